// /rep/orders 我的订单, /boss/orders 团队订单, /hq/orders 全部订单: the orders the user may
// see, newest first, by status. A card opens the order at <list path>/<id>; 导出 downloads
// the orders of the chosen status.
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ExportButton from '../components/export-button.js';
import SubPage from '../components/sub-page.js';
import { formatPrice, formatTime } from '../format.js';
import { ORDER_STATUS_LABELS, orderStatusLabel } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = [{ name: '', title: '全部' }, ...Object.entries(ORDER_STATUS_LABELS).map(([name, title]) => ({ name, title }))];
export const STATUS_TAG_TYPES = { pending: 'warning', paid: 'primary', completed: 'success', cancelled: 'default', refunded: 'danger', expired: 'default' };

export default {
  name: 'OrdersPage',
  components: { ExportButton, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const status = ref(typeof route.query.status === 'string' ? route.query.status : '');
    const orders = reactive(usePagedList((page) => api.get('/orders', {
      query: { status: status.value || null, page, per_page: PER_PAGE },
    })));
    const refreshing = ref(false);

    const showRep = computed(() => session.me?.role !== 'rep');
    const exportFilters = computed(() => (status.value ? { status: status.value } : {}));
    const base = computed(() => route.path.replace(/\/+$/, ''));

    function onTab(name) {
      router.replace({ query: name ? { status: name } : {} });
      orders.restart();
    }

    async function onRefresh() {
      await orders.restart();
      refreshing.value = false;
    }

    const open = (order) => router.push(`${base.value}/${order.id}`);
    const timeOf = (order) => formatTime(order.placed_at, session.me?.company?.timezone);
    const linesText = (order) => order.lines.map((line) => `${line.product_name} ×${line.quantity}`).join('，');

    return {
      TABS, STATUS_TAG_TYPES, status, orders, refreshing, showRep, exportFilters, onTab, onRefresh, open, timeOf, linesText,
      formatPrice, orderStatusLabel,
    };
  },
  template: `
    <sub-page>
      <template #nav-right>
        <export-button name="orders" :filters="exportFilters" class="nav-export" />
      </template>
      <van-tabs v-model:active="status" sticky offset-top="46px" shrink class="status-tabs" @change="onTab">
        <van-tab v-for="tab in TABS" :key="tab.name" :name="tab.name" :title="tab.title" />
      </van-tabs>
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <van-list
          v-model:loading="orders.loading"
          v-model:error="orders.failed"
          :finished="orders.finished"
          :finished-text="orders.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="orders.loadNext"
        >
          <van-empty v-if="orders.finished && orders.items.length === 0" image="search" description="暂无订单" />
          <ul class="order-list">
            <li
              v-for="order in orders.items"
              :key="order.id"
              class="order-card"
              role="button"
              tabindex="0"
              @click="open(order)"
              @keyup.enter="open(order)"
            >
              <div class="order-card__head">
                <span class="order-card__number">{{ order.number }}</span>
                <van-tag :type="STATUS_TAG_TYPES[order.status]" round>{{ orderStatusLabel(order.status) }}</van-tag>
              </div>
              <p class="order-card__lines">{{ linesText(order) }}</p>
              <div class="order-card__foot">
                <span class="order-card__who">
                  <van-icon name="contact-o" /> {{ order.contact_name }}
                  <template v-if="showRep"> · 员工 {{ order.rep_name }}</template>
                </span>
                <span class="order-card__total">{{ formatPrice(order.total_amount) }}</span>
              </div>
              <time class="order-card__time" :datetime="order.placed_at">{{ timeOf(order) }} 下单 · 共 {{ order.item_count }} 件</time>
            </li>
          </ul>
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

// /s/:code/orders: 我的订单 in a rep's shop (no login: the server knows the visitor by its
// cookie). Newest first, with status, lines, discounts and total; an unpaid order says until
// when it is held and can be cancelled, a closed one says why it was closed.
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import { formatDateTime, formatPrice, formatTime } from '../format.js';
import { FULFILMENT_LABELS, orderStatusLabel } from '../labels.js';

const STATUS_TAG = { pending: 'warning', paid: 'primary', completed: 'success', cancelled: 'default', refunded: 'default', expired: 'default' };

export default {
  name: 'ShopOrdersPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const orders = ref([]);
    const loaded = ref(false);
    const error = ref(null);
    const refreshing = ref(false);
    const cancelling = ref(null); // id of the order being cancelled

    async function load() {
      error.value = null;
      try {
        orders.value = await api.get(`/shops/${encodeURIComponent(code.value)}/my-orders`, {
          toast: false,
          redirectOn401: false,
        });
      } catch (failure) {
        error.value = failure;
      } finally {
        loaded.value = true;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    async function cancel(order) {
      try {
        await showConfirmDialog({
          title: '取消订单',
          message: `确定取消订单 ${order.number} 吗？`,
          confirmButtonText: '取消订单',
          cancelButtonText: '再想想',
        });
      } catch {
        return; // the customer changed their mind
      }
      cancelling.value = order.id;
      try {
        const updated = await api.post(
          `/shops/${encodeURIComponent(code.value)}/my-orders/${order.id}/cancel`,
          undefined,
          { redirectOn401: false },
        );
        Object.assign(order, updated);
        showSuccessToast('订单已取消');
      } catch {
        await load(); // the client has shown why (paid meanwhile?); show the order as it is
      } finally {
        cancelling.value = null;
      }
    }

    function back() {
      if (window.history.state?.back) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    function openProduct(line) {
      router.push({ name: 'shop-product', params: { code: code.value, id: line.product_id } });
    }

    const timeOf = (order) => formatTime(order.placed_at);

    onMounted(load);
    return {
      orders, loaded, error, refreshing, cancelling, STATUS_TAG, FULFILMENT_LABELS,
      orderStatusLabel, formatDateTime, formatPrice, timeOf, load, onRefresh, cancel, back, goShop,
      openProduct,
    };
  },
  template: `
    <div class="page page--my-orders">
      <van-nav-bar title="我的订单" left-arrow safe-area-inset-top @click-left="back">
        <template #right><span class="my-orders__shop" @click.stop="goShop"><van-icon name="shop-o" /> 店铺</span></template>
      </van-nav-bar>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <div v-if="!loaded" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
        <van-empty v-else-if="error" image="error" :description="error.message">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
        </van-empty>
        <van-empty v-else-if="orders.length === 0" image="default" description="还没有订单">
          <van-button round type="primary" @click="goShop">去店铺逛逛</van-button>
        </van-empty>
        <ul v-else class="my-orders">
          <li v-for="order in orders" :key="order.id" class="my-order">
            <header class="my-order__head">
              <span class="my-order__number">订单号 {{ order.number }}</span>
              <van-tag :type="STATUS_TAG[order.status] ?? 'default'" size="medium" class="my-order__status">
                {{ orderStatusLabel(order.status) }}
              </van-tag>
            </header>
            <div
              v-for="line in order.lines"
              :key="line.product_id"
              class="my-order__line"
              role="link"
              tabindex="0"
              @click="openProduct(line)"
              @keyup.enter="openProduct(line)"
            >
              <div class="my-order__cover shop-cover">
                <img v-if="line.cover_url" :src="line.cover_url" :alt="line.product_name" loading="lazy" width="120" height="120" />
                <span v-else class="shop-cover__blank">{{ line.product_name.slice(0, 1) }}</span>
              </div>
              <p class="my-order__name">{{ line.product_name }}</p>
              <div class="my-order__qty">
                <span>{{ formatPrice(line.unit_price) }}</span>
                <span>× {{ line.quantity }}</span>
              </div>
            </div>
            <p v-for="discount in order.discounts" :key="discount.source + discount.label" class="my-order__discount">
              {{ discount.label }} -{{ formatPrice(discount.amount) }}
            </p>
            <p class="my-order__total">
              共 {{ order.item_count }} 件 · 合计 <strong>{{ formatPrice(order.total_amount) }}</strong>
            </p>
            <p v-if="order.status === 'pending' && order.hold_until" class="my-order__note my-order__hold">
              请于 {{ formatDateTime(order.hold_until) }} 前付款，逾期自动关闭
            </p>
            <p v-else-if="order.closed_reason" class="my-order__note my-order__reason">
              {{ orderStatusLabel(order.status) }}：{{ order.closed_reason }}
            </p>
            <footer class="my-order__foot">
              <span class="my-order__meta">
                <time :datetime="order.placed_at">{{ timeOf(order) }}</time> · {{ FULFILMENT_LABELS[order.fulfilment] ?? order.fulfilment }}
              </span>
              <van-button
                v-if="order.status === 'pending'"
                size="small"
                round
                plain
                :loading="cancelling === order.id"
                @click="cancel(order)"
              >取消订单</van-button>
            </footer>
          </li>
        </ul>
        <p v-if="loaded && !error" class="my-orders__note">订单凭本机浏览器识别：换手机或清除浏览器数据后在此看不到，可联系顾问查询</p>
      </van-pull-refresh>
    </div>
  `,
};

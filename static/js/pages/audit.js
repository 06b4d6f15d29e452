// /boss/audit and /hq/audit: 互动记录, every customer interaction in the user's scope
// (follow-ups, consultations and answers, bookings, orders, tag and stage changes), newest
// first, by type (tabs) and by rep, customer and date range (chips). A row opens its customer:
// the customer's timeline, and 只看该客户 to keep the list to them. Reading a rep's or a
// customer's interactions is logged on the server (GET /audit/reads).
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import CustomerTimeline from '../components/customer-timeline.js';
import SearchPicker from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { formatTime, isoDay } from '../format.js';
import { AUDIT_KIND_LABELS, customerLabel } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = [{ name: '', title: '全部' }, ...Object.entries(AUDIT_KIND_LABELS).map(([name, title]) => ({ name, title }))];
const ICONS = {
  follow_up: 'notes-o', consultation: 'chat-o', booking: 'calendar-o', order: 'orders-o', tag: 'label-o', stage: 'upgrade',
};

async function findReps(q) {
  const data = await api.get('/users', { query: { role: 'rep', q: q || null, per_page: 20 } });
  return data.items.map((user) => ({ id: user.id, name: user.name }));
}

async function findCustomers(q) {
  const data = await api.get('/customers', { query: { q: q || null, per_page: 20 } });
  return data.items.map((customer) => ({ id: customer.id, name: customerLabel(customer) }));
}

export default {
  name: 'AuditPage',
  components: { CustomerTimeline, SearchPicker, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const kind = ref(typeof route.query.kind === 'string' ? route.query.kind : '');
    const filters = reactive({ rep: null, customer: null, range: null });
    const pickers = reactive({ rep: false, customer: false, range: false });
    const opened = ref(null); // the row whose customer is shown
    const refreshing = ref(false);
    const zone = () => session.me?.company?.timezone;

    const today = new Date();
    const minDate = new Date(today.getFullYear() - 2, today.getMonth(), 1);
    const maxDate = new Date(today.getFullYear(), today.getMonth(), today.getDate());

    const list = reactive(usePagedList((page, { before }) => api.get('/audit/interactions', {
      query: {
        kind: kind.value || null,
        rep_id: filters.rep?.id ?? null,
        customer_id: filters.customer?.id ?? null,
        start: filters.range ? isoDay(filters.range[0]) : null,
        end: filters.range ? isoDay(filters.range[1]) : null,
        before,
        per_page: PER_PAGE,
      },
    }), { key: 'key' }));

    const rangeText = computed(() => (filters.range
      ? `${isoDay(filters.range[0]).slice(5)} 至 ${isoDay(filters.range[1]).slice(5)}`
      : '全部日期'));

    function onTab(name) {
      router.replace({ query: name ? { kind: name } : {} });
      list.restart();
    }

    function choose(name, value) {
      filters[name] = value;
      pickers[name] = false;
      list.restart();
    }

    function onlyCustomer(row) {
      opened.value = null;
      choose('customer', row.customer);
    }

    async function onRefresh() {
      await list.restart();
      refreshing.value = false;
    }

    const timeOf = (row) => formatTime(row.at, zone());
    const iconOf = (row) => ICONS[row.kind] ?? 'info-o';

    return {
      TABS, kind, filters, pickers, opened, refreshing, list, minDate, maxDate, rangeText,
      onTab, choose, onlyCustomer, onRefresh, timeOf, iconOf, findReps, findCustomers,
    };
  },
  template: `
    <sub-page>
      <van-tabs v-model:active="kind" sticky offset-top="46px" shrink class="status-tabs" @change="onTab">
        <van-tab v-for="tab in TABS" :key="tab.name" :name="tab.name" :title="tab.title" />
      </van-tabs>
      <div class="chips chips--padded" role="group" aria-label="筛选">
        <button type="button" class="chip chip--tool" :class="{ 'chip--active': filters.rep }" @click="pickers.rep = true">
          <van-icon name="manager-o" /> {{ filters.rep ? filters.rep.name : '全部员工' }}
        </button>
        <button type="button" class="chip chip--tool" :class="{ 'chip--active': filters.customer }" @click="pickers.customer = true">
          <van-icon name="contact-o" /> {{ filters.customer ? filters.customer.name : '全部客户' }}
        </button>
        <button type="button" class="chip chip--tool" :class="{ 'chip--active': filters.range }" @click="pickers.range = true">
          <van-icon name="calendar-o" /> {{ rangeText }}
        </button>
        <button v-if="filters.range" type="button" class="chip" @click="choose('range', null)">清除日期</button>
      </div>
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <van-list
          v-model:loading="list.loading"
          v-model:error="list.failed"
          :finished="list.finished"
          :finished-text="list.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="list.loadNext"
        >
          <van-empty v-if="list.finished && list.items.length === 0" image="search" description="暂无互动记录" />
          <ol class="timeline__list audit-list">
            <li
              v-for="row in list.items"
              :key="row.key"
              class="timeline-item"
              :class="'timeline-item--' + row.kind"
              :data-kind="row.kind"
              role="button"
              tabindex="0"
              @click="opened = row"
              @keyup.enter="opened = row"
            >
              <span class="timeline-item__icon" aria-hidden="true"><van-icon :name="iconOf(row)" /></span>
              <div class="timeline-item__body">
                <div class="timeline-item__head">
                  <span class="timeline-item__title">{{ row.title }}</span>
                  <time class="timeline-item__time" :datetime="row.at">{{ timeOf(row) }}</time>
                </div>
                <p v-if="row.summary" class="timeline-item__detail">{{ row.summary }}</p>
                <p class="timeline-item__actor">
                  客户 {{ row.customer.name }}<template v-if="row.rep"> · 员工 {{ row.rep.name }}</template>
                </p>
              </div>
            </li>
          </ol>
        </van-list>
      </van-pull-refresh>

      <search-picker v-model:show="pickers.rep" title="选择员工" placeholder="搜索员工姓名或手机号"
        clear-text="全部员工" :search="findReps" @pick="(row) => choose('rep', row)" />
      <search-picker v-model:show="pickers.customer" title="选择客户" placeholder="搜索客户姓名或手机号"
        clear-text="全部客户" :search="findCustomers" @pick="(row) => choose('customer', row)" />
      <van-calendar
        v-model:show="pickers.range"
        type="range"
        title="选择日期范围"
        :min-date="minDate"
        :max-date="maxDate"
        allow-same-day
        color="#e8452c"
        @confirm="(dates) => choose('range', dates)"
      />
      <van-popup :show="opened !== null" position="bottom" round closeable teleport="body" class="audit-customer"
        @update:show="(open) => { if (!open) opened = null; }">
        <template v-if="opened">
          <h2 class="search-picker__title">{{ opened.customer.name }}</h2>
          <div class="page-actions">
            <van-button round block plain type="primary" size="small" icon="filter-o" @click="onlyCustomer(opened)">只看该客户的互动</van-button>
          </div>
          <customer-timeline :customer-id="opened.customer.id" />
        </template>
      </van-popup>
    </sub-page>
  `,
};

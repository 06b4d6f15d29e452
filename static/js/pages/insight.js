// /boss/insight and /hq/insight: 客户洞察. The customer book of the boss's subtree (HQ: the
// company, or a unit picked at the top) at last night's snapshot: the stage funnel with
// stage-to-stage conversion, the RFM segments, the tags by group, the flagged and stale
// customers; and the products from page opens to paid orders over a period. Every figure
// opens the customer list behind it (<home>/customers with the figure's filter).
import { computed, onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';

import { api } from '../api.js';
import InsightBars from '../components/insight-bars.js';
import SubPage from '../components/sub-page.js';
import { formatDay, formatPrice } from '../format.js';
import { FLAG_LABELS, SEGMENT_LABELS, STAGE_LABELS, customerLabel } from '../labels.js';
import { homePath, session } from '../session.js';

const PERIODS = [
  { name: 'today', title: '今日' },
  { name: 'week', title: '本周' },
  { name: 'month', title: '本月' },
];
const SORTS = [
  { name: 'orders', title: '按成交' },
  { name: 'opens', title: '按浏览' },
  { name: 'revenue', title: '按成交额' },
];

const percent = (value) => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

/** A figure's filter as the customer list page's query (tag ids joined, stale as 1). */
export function listQuery(filter) {
  const query = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (key === 'tag_ids') query.tag_ids = value.join(',');
    else if (key === 'stale') query.stale = value ? '1' : '0';
    else query[key] = String(value);
  }
  return query;
}

export default {
  name: 'InsightPage',
  components: { InsightBars, SubPage },
  setup() {
    const router = useRouter();
    const home = computed(() => homePath(session.me?.role));
    const units = ref([]);
    const unitId = ref('');
    const insight = ref(null);
    const failed = ref(false);
    const ranking = ref(null);
    const products = reactive({ period: 'month', sort: 'orders', loading: false });

    const unitOptions = computed(() => [
      { text: session.me?.role === 'hq_admin' ? '全公司' : `${session.me?.org_unit?.name ?? '我的团队'}（全部）`, value: '' },
      ...units.value.map((unit) => ({ text: `${'　'.repeat(Math.max(0, unit.depth - 1))}${unit.name}`, value: unit.id })),
    ]);
    const scope = () => (unitId.value ? { unit_id: unitId.value } : {});

    const funnelRows = computed(() => (insight.value?.funnel ?? []).map((row) => ({
      name: STAGE_LABELS[row.stage],
      value: row.reached,
      label: row.conversion === null ? `${row.reached}` : `${row.reached} · 转${percent(row.conversion)}`,
      filter: row.filter,
    })));
    const segmentRows = computed(() => (insight.value?.segments ?? []).map((row) => ({
      name: SEGMENT_LABELS[row.segment],
      value: row.customers,
      label: `${row.customers}人`,
      filter: row.filter,
    })));
    const tagGroups = computed(() => (insight.value?.tag_groups ?? []).filter((group) => group.tags.length).map((group) => ({
      ...group,
      rows: group.tags.map((tag) => ({ name: tag.name, value: tag.customers, label: `${tag.customers}人`, filter: tag.filter })),
    })));

    async function loadUnits() {
      try {
        const tree = await api.get('/org-tree', { toast: false }); // every unit of the caller's tree
        const own = session.me?.org_unit?.id;
        units.value = tree.filter((unit) => unit.kind !== 'hq' && unit.id !== own);
      } catch {
        units.value = []; // the page works on the default scope
      }
    }

    async function loadInsight() {
      failed.value = false;
      try {
        insight.value = await api.get('/dashboard/insight', { query: scope() });
      } catch {
        failed.value = true;
      }
    }

    async function loadRanking() {
      products.loading = true;
      try {
        ranking.value = await api.get('/dashboard/insight/products', {
          query: { ...scope(), period: products.period, sort: products.sort, limit: 20 },
        });
      } finally {
        products.loading = false;
      }
    }

    function pickUnit() {
      loadInsight();
      loadRanking();
    }

    function pickPeriod(name) {
      products.period = name;
      loadRanking();
    }

    function pickSort(name) {
      products.sort = name;
      loadRanking();
    }

    const open = (filter) => router.push({ path: `${home.value}/customers`, query: listQuery(filter) });

    onMounted(() => {
      loadUnits();
      loadInsight();
      loadRanking();
    });
    return {
      PERIODS, SORTS, FLAG_LABELS, STAGE_LABELS, home, units, unitId, unitOptions, insight, failed, ranking, products,
      funnelRows, segmentRows, tagGroups, loadInsight, pickUnit, pickPeriod, pickSort, open, percent,
      formatDay, formatPrice, customerLabel,
    };
  },
  template: `
    <sub-page :back="home">
      <van-dropdown-menu v-if="units.length" class="insight__units">
        <van-dropdown-item v-model="unitId" :options="unitOptions" @change="pickUnit" />
      </van-dropdown-menu>

      <div v-if="failed" class="page-loading">
        <van-empty image="error" description="加载失败"><van-button round size="small" @click="loadInsight">重试</van-button></van-empty>
      </div>
      <div v-else-if="!insight" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
      <template v-else>
        <p class="insight__as-of">
          <template v-if="insight.day">共 {{ insight.customers }} 位客户 · {{ formatDay(insight.day) }} 统计</template>
          <template v-else>还没有统计：客户数据每晚统计一次</template>
        </p>

        <section class="card insight-card insight-funnel">
          <header class="card__header">
            <h2 class="card__title">客户阶段漏斗</h2>
            <span class="card__extra">曾到达 · 转入下一阶段</span>
          </header>
          <insight-bars :rows="funnelRows" aria-label="客户阶段漏斗" @pick="open($event.filter)" />
          <div class="chips insight__chips" role="group" aria-label="当前阶段">
            <button
              v-for="row in insight.funnel"
              :key="row.stage"
              type="button"
              class="chip"
              @click="open(row.filter)"
            >{{ STAGE_LABELS[row.stage] }} {{ row.customers }}</button>
          </div>
          <p class="insight__hint">条形为曾到达该阶段的客户，“转”为其中走到下一阶段的比例；点阶段查看当前处于该阶段的客户。</p>
        </section>

        <section class="card insight-card insight-segments">
          <header class="card__header">
            <h2 class="card__title">客户分层（RFM）</h2>
            <span class="card__extra">未分层 {{ insight.unsegmented }} 人</span>
          </header>
          <insight-bars :rows="segmentRows" color="#1989fa" aria-label="客户分层" @pick="open($event.filter)" />
          <p class="insight__hint">按近一年付款订单的最近一次、次数和金额分层；未分层为近一年没有付款的客户。</p>
        </section>

        <section class="card insight-card insight-tags">
          <header class="card__header">
            <h2 class="card__title">标签分布</h2>
          </header>
          <van-empty v-if="!tagGroups.length" image="search" description="总部还没有设置标签" />
          <div v-for="group in tagGroups" :key="group.id" class="insight-tags__group">
            <h3 class="insight-tags__name">{{ group.name }}</h3>
            <insight-bars :rows="group.rows" color="#07c160" :aria-label="'标签分布：' + group.name" @pick="open($event.filter)" />
          </div>
        </section>

        <section class="card insight-card insight-lists">
          <header class="card__header">
            <h2 class="card__title">重点客户</h2>
          </header>
          <template v-for="row in insight.flags" :key="row.flag">
            <van-cell :title="FLAG_LABELS[row.flag]" :value="row.customers + ' 人'" is-link :class="'insight-flag insight-flag--' + row.flag" @click="open(row.filter)" />
            <ul v-if="row.top.length" class="insight-flagged">
              <li v-for="top in row.top" :key="top.customer.id" class="insight-flagged__row">
                <span class="insight-flagged__name">{{ customerLabel(top.customer) }}</span>
                <span class="insight-flagged__rep">{{ top.rep_name }}</span>
                <span class="insight-flagged__amounts">{{ formatPrice(top.previous_amount) }} → {{ formatPrice(top.recent_amount) }}</span>
              </li>
            </ul>
          </template>
          <van-cell title="久未跟进" :value="insight.stale.customers + ' 人'" is-link class="insight-stale" @click="open(insight.stale.filter)" />
        </section>
      </template>

      <section class="card insight-card insight-products">
        <header class="card__header">
          <h2 class="card__title">商品排行</h2>
          <span v-if="ranking" class="card__extra">浏览 {{ ranking.totals.opens }} · 成交 {{ ranking.totals.orders }} 单 · 转化 {{ percent(ranking.totals.conversion) }}</span>
        </header>
        <div class="chips" role="group" aria-label="时段">
          <button
            v-for="period in PERIODS"
            :key="period.name"
            type="button"
            class="chip"
            :class="{ 'chip--active': products.period === period.name }"
            :aria-pressed="products.period === period.name"
            @click="pickPeriod(period.name)"
          >{{ period.title }}</button>
          <button
            v-for="sort in SORTS"
            :key="sort.name"
            type="button"
            class="chip chip--tool"
            :class="{ 'chip--active': products.sort === sort.name }"
            :aria-pressed="products.sort === sort.name"
            @click="pickSort(sort.name)"
          >{{ sort.title }}</button>
        </div>
        <van-empty v-if="ranking && !ranking.products.length" image="search" description="这段时间还没有商品被浏览或购买" />
        <ol v-else-if="ranking" class="insight-ranking">
          <li
            v-for="(row, index) in ranking.products"
            :key="row.product_id"
            class="insight-ranking__row"
            role="link"
            tabindex="0"
            @click="open(row.filter)"
            @keyup.enter="open(row.filter)"
          >
            <span class="insight-ranking__rank" :class="{ 'insight-ranking__rank--top': index < 3 }">{{ index + 1 }}</span>
            <div class="insight-ranking__main">
              <span class="insight-ranking__name">{{ row.name }}</span>
              <span class="insight-ranking__figures">浏览 {{ row.opens }} · 成交 {{ row.orders }} 单 {{ row.units }} 件 · 转化 {{ percent(row.conversion) }}</span>
            </div>
            <span class="insight-ranking__revenue">{{ formatPrice(row.revenue) }}</span>
          </li>
        </ol>
        <div v-else class="page-loading"><van-loading size="20" /></div>
      </section>
    </sub-page>
  `,
};

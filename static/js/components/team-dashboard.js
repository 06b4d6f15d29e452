// 团队看板, the boss view's home for a boss (their subtree) and HQ (the company or any unit):
// a period (今天 / 昨天 / 本周 / 本月 / 自选), every figure against the previous period of the
// same length, the units below side by side (tap one to look inside), the trend of counts
// and of money on separate charts, and the top of the rep table. Refreshes itself every 30 s
// while the page is visible, so "today" stays live; refresh() for a pull to refresh.
import { computed, onBeforeUnmount, onMounted, reactive, ref, watch } from 'vue';

import { api } from '../api.js';
import { formatDay, formatFigure, isoDay } from '../format.js';
import TrendChart from './trend-chart.js';

const REFRESH_MS = 30_000;
const PERIODS = [
  { name: 'today', title: '今天' },
  { name: 'yesterday', title: '昨天' },
  { name: 'week', title: '本周' },
  { name: 'month', title: '本月' },
  { name: 'range', title: '自选' },
];
const GRAINS = [{ name: 'day', title: '按日' }, { name: 'week', title: '按周' }, { name: 'month', title: '按月' }];
const UNIT_FIGURES = ['active_reps', 'share', 'visit', 'order_paid', 'revenue'];
const DEFAULT_TREND = ['share', 'visit', 'follow_up'];
const MAX_TREND_LINES = 3;

export function valueText(figure, value = figure.value) {
  return formatFigure(value, figure.unit);
}

export function changeText(change) {
  if (change === null || change === undefined) return '—';
  const percent = Math.round(change * 1000) / 10;
  return `${percent > 0 ? '+' : ''}${percent}%`;
}

export default {
  name: 'TeamDashboard',
  components: { TrendChart },
  props: {
    base: { type: String, required: true }, // '/boss' or '/hq': where the rep pages live
  },
  setup(props, { expose }) {
    const state = reactive({ period: 'today', start: null, end: null, unitId: null, trail: [] });
    const board = ref(null);
    const units = ref(null);
    const reps = ref(null);
    const trend = ref(null);
    const grain = ref('day');
    const trendMetrics = ref([...DEFAULT_TREND]);
    const failed = ref(false);
    const calendar = ref(false);
    let timer = null;
    let generation = 0;

    const query = () => ({
      period: state.period,
      start: state.period === 'range' ? state.start : null,
      end: state.period === 'range' ? state.end : null,
      unit_id: state.unitId,
    });

    // quiet: a refresh of the clock, which keeps the figures shown and says nothing on failure
    async function load({ quiet = false } = {}) {
      const mine = ++generation;
      const toast = !quiet;
      try {
        const [figures, children, table] = await Promise.all([
          api.get('/dashboard', { query: query(), toast }),
          api.get('/dashboard/units', { query: query(), toast }),
          api.get('/dashboard/reps', { query: { ...query(), sort: 'revenue', per_page: 5 }, toast }),
        ]);
        if (mine !== generation) return;
        board.value = figures;
        units.value = children;
        reps.value = table;
        failed.value = false;
      } catch {
        if (mine === generation) failed.value = true;
      }
    }

    async function loadTrend() {
      try {
        trend.value = await api.get('/dashboard/trend', { query: { grain: grain.value, unit_id: state.unitId } });
      } catch {
        trend.value = null;
      }
    }

    const refresh = () => Promise.all([load(), loadTrend()]);

    function pickPeriod(name) {
      if (name === 'range') {
        calendar.value = true;
        return;
      }
      state.period = name;
      load();
    }

    function pickRange([first, last]) {
      calendar.value = false;
      Object.assign(state, { period: 'range', start: isoDay(first), end: isoDay(last) });
      load();
    }

    function openUnit(unit) {
      state.trail.push({ id: state.unitId, name: board.value?.unit?.name ?? '' });
      state.unitId = unit.id;
      refresh();
    }

    function back() {
      state.unitId = state.trail.pop()?.id ?? null;
      refresh();
    }

    // the key figures always; another only when it moved (a later package's figure included)
    const figures = computed(() => (board.value?.figures ?? []).filter((item) => item.key || item.value || item.previous));
    const figureOf = (items, metric) => items.find((item) => item.metric === metric);
    const unitFigures = (unit) => UNIT_FIGURES.map((metric) => figureOf(unit.figures, metric)).filter(Boolean);
    const scopeName = computed(() => board.value?.unit?.name ?? '全公司');
    const periodText = computed(() => {
      const period = board.value?.period;
      if (!period) return '';
      const text = period.start === period.end ? formatDay(period.start) : `${formatDay(period.start)} – ${formatDay(period.end)}`;
      return `${text}，对比前 ${period.days} 天`;
    });
    const countSeries = computed(() => (trend.value?.series ?? [])
      .filter((item) => item.unit === 'count' && trendMetrics.value.includes(item.metric)));
    const moneySeries = computed(() => (trend.value?.series ?? []).filter((item) => item.unit === 'fen'));
    const countChoices = computed(() => (trend.value?.series ?? []).filter((item) => item.unit === 'count'));

    function toggleTrend(metric) {
      const chosen = trendMetrics.value;
      if (chosen.includes(metric)) {
        if (chosen.length > 1) trendMetrics.value = chosen.filter((item) => item !== metric);
      } else {
        trendMetrics.value = [...chosen.slice(-(MAX_TREND_LINES - 1)), metric];
      }
    }

    watch(grain, loadTrend);
    expose({ refresh });

    function tick() {
      if (document.visibilityState === 'visible') load({ quiet: true });
    }

    onMounted(() => {
      refresh();
      timer = setInterval(tick, REFRESH_MS);
      document.addEventListener('visibilitychange', tick);
    });
    onBeforeUnmount(() => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    });

    const minDate = new Date(new Date().getFullYear() - 1, 0, 1);
    const maxDate = new Date();
    return {
      PERIODS, GRAINS, state, board, units, reps, trend, grain, trendMetrics, failed, calendar,
      figures, scopeName, periodText, countSeries, moneySeries, countChoices, minDate, maxDate,
      pickPeriod, pickRange, openUnit, back, toggleTrend, unitFigures, valueText, changeText,
    };
  },
  template: `
    <div class="team-dashboard">
      <van-tabs :active="state.period" class="team-dashboard__periods" shrink @click-tab="({ name }) => pickPeriod(name)">
        <van-tab v-for="item in PERIODS" :key="item.name" :name="item.name" :title="item.title" />
      </van-tabs>
      <van-calendar v-model:show="calendar" type="range" :min-date="minDate" :max-date="maxDate"
        :allow-same-day="true" title="选择时段" color="#e8452c" @confirm="pickRange" />

      <section class="card team-figures">
        <header class="card__header">
          <h2 class="card__title">
            <van-icon v-if="state.trail.length" name="arrow-left" class="team-figures__back" role="button" aria-label="返回上级" @click="back" />
            {{ scopeName }}
          </h2>
          <span class="card__extra">{{ periodText }}</span>
        </header>
        <van-empty v-if="failed && !board" image="network" image-size="72" description="数据加载失败，下拉刷新重试" />
        <div v-else-if="!board" class="today-metrics__loading"><van-loading size="20">加载中…</van-loading></div>
        <ul v-else class="team-figures__grid">
          <li v-for="figure in figures" :key="figure.metric" class="team-figure" :class="{ 'team-figure--zero': !figure.value && !figure.previous }" :data-metric="figure.metric">
            <span class="metric__value" :class="{ 'metric__value--money': figure.unit === 'fen' }">{{ valueText(figure) }}</span>
            <span class="metric__label">{{ figure.label }}</span>
            <span class="team-figure__change" :class="{ 'is-up': figure.change > 0, 'is-down': figure.change < 0 }">{{ changeText(figure.change) }}</span>
          </li>
        </ul>
      </section>

      <section v-if="units && units.units.length" class="card team-units">
        <header class="card__header"><h2 class="card__title">下级组织</h2><span class="card__extra">点击查看</span></header>
        <van-cell v-for="unit in units.units" :key="unit.unit.id" :title="unit.unit.name" is-link center class="team-unit" @click="openUnit(unit.unit)">
          <template #label>
            <span v-for="figure in unitFigures(unit)" :key="figure.metric" class="team-unit__figure">{{ figure.label }} {{ valueText(figure) }}</span>
          </template>
        </van-cell>
      </section>

      <section v-if="reps" class="card team-reps">
        <header class="card__header">
          <h2 class="card__title">员工排行</h2>
          <router-link class="card__extra" :to="{ path: base + '/reps', query: { period: state.period, start: state.start, end: state.end, unit_id: state.unitId } }">
            全部 {{ reps.total }} 人<span v-if="reps.idle_today"> · 今日 {{ reps.idle_today }} 人未活跃</span> ›
          </router-link>
        </header>
        <van-cell v-for="row in reps.items" :key="row.rep.id" center is-link :to="base + '/reps/' + row.rep.id" class="rep-row">
          <template #icon><span class="rep-row__rank" :class="{ 'is-top': row.top }">{{ row.rank }}</span></template>
          <template #title>
            <span class="rep-row__name">{{ row.rep.name }}</span>
            <van-tag v-if="row.idle_today" plain type="warning" class="rep-row__idle">今日未活跃</van-tag>
          </template>
          <template #label>{{ row.rep.org_unit.name }}</template>
          <template #value>{{ valueText({ unit: 'fen' }, row.values.revenue ?? 0) }}</template>
        </van-cell>
      </section>

      <section class="card team-trend">
        <header class="card__header">
          <h2 class="card__title">趋势</h2>
          <van-radio-group v-model="grain" direction="horizontal" class="team-trend__grain">
            <van-radio v-for="item in GRAINS" :key="item.name" :name="item.name" shape="dot">{{ item.title }}</van-radio>
          </van-radio-group>
        </header>
        <template v-if="trend">
          <div class="team-trend__chips">
            <van-tag v-for="item in countChoices" :key="item.metric" round size="medium"
              :type="trendMetrics.includes(item.metric) ? 'primary' : 'default'" :plain="!trendMetrics.includes(item.metric)"
              role="button" @click="toggleTrend(item.metric)">{{ item.label }}</van-tag>
          </div>
          <trend-chart :buckets="trend.buckets" :series="countSeries" :grain="trend.grain" unit="count" label="数量趋势图" />
          <h3 class="team-trend__subtitle">金额（元）</h3>
          <trend-chart :buckets="trend.buckets" :series="moneySeries" :grain="trend.grain" unit="fen" label="金额趋势图" />
        </template>
        <div v-else class="today-metrics__loading"><van-loading size="20">加载中…</van-loading></div>
      </section>
    </div>
  `,
};

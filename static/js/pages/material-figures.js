// /hq/materials/figures and /boss/materials/figures: 素材数据, what the materials did over a
// period (近 7 / 30 / 90 天 or days picked, up to 366): shares, opens, unique openers, new
// customers, the average stay and the paid orders that followed an open within 7 days, in
// all, by content kind and by scene (内容规划), then each material (optionally of one kind),
// each to its own figures. /hq/materials/:id/figures and /boss/materials/:id/figures: one
// material's. A boss's figures are their subtree's; the API scopes them.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { addDays, dayOf, formatDay, formatPrice, formatStay, isoDay } from '../format.js';
import {
  CONTENT_KIND_LABELS,
  MATERIAL_KIND_LABELS,
  SCENE_AIM_LABELS,
  SCENE_CHANNEL_LABELS,
  SCENE_FREQUENCY_LABELS,
} from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const MAX_DAYS = 366;
const PERIODS = [
  { name: '7d', title: '近 7 天', days: 7 },
  { name: '30d', title: '近 30 天', days: 30 },
  { name: '90d', title: '近 90 天', days: 90 },
  { name: 'range', title: '自选' },
];
// The API's figures, in the order the page shows them, with the unit each is shown in.
const FIGURES = [
  { key: 'shares', label: '分享次数' },
  { key: 'opens', label: '打开次数' },
  { key: 'openers', label: '打开人数' },
  { key: 'new_customers', label: '新客户' },
  { key: 'seconds_average', label: '平均停留', unit: 'seconds' },
  { key: 'orders', label: '成交订单' },
  { key: 'revenue', label: '成交金额', unit: 'fen' },
];
const COLUMNS = FIGURES.filter((figure) => figure.key !== 'shares');
const REVENUE = FIGURES.find((figure) => figure.key === 'revenue');
const SCENES = [
  { key: 'channel', title: '渠道', labels: SCENE_CHANNEL_LABELS },
  { key: 'frequency', title: '频次', labels: SCENE_FREQUENCY_LABELS },
  { key: 'aim', title: '目的', labels: SCENE_AIM_LABELS },
];

function figureText(figures, figure) {
  const value = figures[figure.key];
  if (figure.unit === 'fen') return formatPrice(value);
  return figure.unit === 'seconds' ? formatStay(value) : String(value);
}

export default {
  name: 'MaterialFiguresPage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const materialId = route.params.id ? Number(route.params.id) : null;
    const base = session.me?.role === 'boss' ? '/boss' : '/hq';
    const zone = () => session.me?.company?.timezone;
    const period = reactive({ name: '30d', start: null, end: null });
    const calendar = ref(false);
    const kind = ref('');
    const one = ref(null); // one material's answer
    const failed = ref(false);

    function range() {
      if (period.name === 'range') return { start: period.start, end: period.end };
      const today = dayOf(new Date(), zone());
      return { start: addDays(today, 1 - PERIODS.find((item) => item.name === period.name).days), end: today };
    }

    // Rows are told apart by their material's id.
    const list = reactive(usePagedList(async (page) => {
      const data = await api.get('/materials/figures', { query: { ...range(), page, per_page: PER_PAGE, kind: kind.value || null } });
      return { ...data, items: data.items.map((row) => ({ id: row.material.id, ...row })) };
    }));
    const summary = computed(() => (materialId ? one.value : list.latest));
    const totals = computed(() => (materialId ? one.value?.figures : list.latest?.totals) ?? null);
    const periodText = computed(() => {
      const shown = summary.value?.period;
      if (!shown) return '';
      return shown.start === shown.end ? formatDay(shown.start) : `${formatDay(shown.start)} – ${formatDay(shown.end)}`;
    });
    const byContentKind = computed(() => (list.latest?.by_content_kind ?? []).map((row) => ({ ...row, label: CONTENT_KIND_LABELS[row.key] ?? row.key })));
    const byScene = computed(() => SCENES.map((scene) => ({
      ...scene,
      rows: (list.latest?.by_scene?.[scene.key] ?? []).map((row) => ({ ...row, label: scene.labels[row.key] ?? row.key })),
    })));

    async function loadOne() {
      failed.value = false;
      try {
        one.value = await api.get(`/materials/${materialId}/figures`, { query: range() });
      } catch {
        failed.value = !one.value;
      }
    }

    function reload() {
      if (materialId) loadOne();
      else list.restart();
    }

    function pickPeriod(name) {
      if (name === 'range') {
        calendar.value = true;
        return;
      }
      period.name = name;
      reload();
    }

    function pickRange([first, last]) {
      calendar.value = false;
      Object.assign(period, { name: 'range', start: isoDay(first), end: isoDay(last) });
      reload();
    }

    function pickKind(name) {
      kind.value = name;
      list.restart();
    }

    const open = (row) => router.push(`${base}/materials/${row.material.id}/figures`);
    const minDate = new Date(Date.now() - (MAX_DAYS - 1) * 86_400_000);
    const maxDate = new Date();

    onMounted(() => {
      if (materialId) loadOne(); // the list loads its first page itself
    });
    return {
      PERIODS, FIGURES, COLUMNS, REVENUE, MATERIAL_KIND_LABELS, MAX_DAYS, materialId, base, period, calendar, kind,
      one, failed, list, totals, periodText, byContentKind, byScene, minDate, maxDate, figureText,
      loadOne, pickPeriod, pickRange, pickKind, open, router,
    };
  },
  template: `
    <sub-page :back="base === '/hq' ? '/hq/materials' : '/boss'">
      <template v-if="materialId && base === '/hq'" #nav-right>
        <van-button size="small" round plain type="primary" icon="edit" @click="router.push('/hq/materials/' + materialId)">编辑</van-button>
      </template>
      <van-tabs :active="period.name" shrink class="material-figures__periods" @click-tab="({ name }) => pickPeriod(name)">
        <van-tab v-for="item in PERIODS" :key="item.name" :name="item.name" :title="item.title" />
      </van-tabs>
      <van-calendar v-model:show="calendar" type="range" :min-date="minDate" :max-date="maxDate" :max-range="MAX_DAYS"
        :allow-same-day="true" title="选择时段" color="#e8452c" @confirm="pickRange" />

      <div class="page__body material-figures">
        <van-empty v-if="failed" image="network" description="加载失败">
          <van-button round size="small" @click="loadOne">重试</van-button>
        </van-empty>

        <section v-if="materialId && one" class="card material-figures__head">
          <van-image v-if="one.material.cover_url" :src="one.material.cover_url" width="56" height="56" radius="8" fit="cover" />
          <div class="material-card__body">
            <h2 class="material-card__title">{{ one.material.title }}</h2>
            <p class="material-card__tags">
              <van-tag plain type="primary">{{ MATERIAL_KIND_LABELS[one.material.kind] }}</van-tag>
              <van-tag v-if="!one.material.enabled" plain>已停用</van-tag>
            </p>
          </div>
        </section>

        <section v-if="totals" class="card material-totals">
          <header class="card__header">
            <h2 class="card__title">{{ materialId ? '素材数据' : '全部素材' }}</h2>
            <span class="card__extra">{{ periodText }}</span>
          </header>
          <van-grid :column-num="4" :border="false">
            <van-grid-item v-for="figure in FIGURES" :key="figure.key" :data-figure="figure.key">
              <span class="metric__value" :class="{ 'metric__value--money': figure.unit === 'fen' }">{{ figureText(totals, figure) }}</span>
              <span class="metric__label">{{ figure.label }}</span>
            </van-grid-item>
          </van-grid>
          <p class="material-figures__note">成交订单：打开素材的客户在首次打开后 7 天内付款的订单</p>
        </section>

        <template v-if="!materialId">
          <section v-if="list.latest" class="material-groups">
            <h2 class="list-section__title">按内容类型</h2>
            <div class="rep-table" role="region" aria-label="按内容类型" tabindex="0">
              <table>
                <thead><tr><th class="rep-table__name">内容类型</th><th v-for="figure in COLUMNS" :key="figure.key">{{ figure.label }}</th></tr></thead>
                <tbody>
                  <tr v-for="row in byContentKind" :key="row.key" :data-content-kind="row.key">
                    <td class="rep-table__name">{{ row.label }}</td>
                    <td v-for="figure in COLUMNS" :key="figure.key">{{ figureText(row.figures, figure) }}</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <template v-for="scene in byScene" :key="scene.key">
              <h2 class="list-section__title">按场景：{{ scene.title }}</h2>
              <div class="rep-table" role="region" :aria-label="'按场景' + scene.title" tabindex="0">
                <table>
                  <thead><tr><th class="rep-table__name">{{ scene.title }}</th><th v-for="figure in COLUMNS" :key="figure.key">{{ figure.label }}</th></tr></thead>
                  <tbody>
                    <tr v-for="row in scene.rows" :key="row.key">
                      <td class="rep-table__name">{{ row.label }}</td>
                      <td v-for="figure in COLUMNS" :key="figure.key">{{ figureText(row.figures, figure) }}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </template>
          </section>

          <h2 class="list-section__title material-figures__list-title">每个素材</h2>
          <div class="chips" role="group" aria-label="素材类型">
            <button type="button" class="chip" :class="{ 'chip--active': !kind }" :aria-pressed="!kind" @click="pickKind('')">全部类型</button>
            <button v-for="(label, name) in MATERIAL_KIND_LABELS" :key="name" type="button" class="chip"
              :class="{ 'chip--active': kind === name }" :aria-pressed="kind === name" @click="pickKind(name)">{{ label }}</button>
          </div>
          <van-list v-model:loading="list.loading" v-model:error="list.failed" :finished="list.finished"
            :finished-text="list.items.length ? '没有更多了' : ''" error-text="加载失败，点击重试" @load="list.loadNext">
            <van-empty v-if="list.finished && !list.items.length" image="search" description="没有素材" />
            <van-cell v-for="row in list.items" :key="row.material.id" is-link class="material-figure-row"
              :data-material-id="row.material.id" @click="open(row)">
              <template #title>
                <span class="material-figure-row__title">{{ row.material.title }}</span>
                <van-tag plain type="primary">{{ MATERIAL_KIND_LABELS[row.material.kind] }}</van-tag>
              </template>
              <template #label>
                分享 {{ row.figures.shares }} · 打开 {{ row.figures.opens }} · {{ row.figures.openers }} 人 · 新客 {{ row.figures.new_customers }} · 订单 {{ row.figures.orders }} · {{ figureText(row.figures, REVENUE) }}
              </template>
            </van-cell>
          </van-list>
        </template>
      </div>
    </sub-page>
  `,
};

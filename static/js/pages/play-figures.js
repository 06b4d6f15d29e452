// The figures of one coupon or group-buy (route meta.kind), for whoever may read them: a rep
// (/rep/toolbox/...: 我的数据, their own row), a boss (their subtree) or HQ (everyone). The
// totals of a period (全部, 近 7 天, 近 30 天), the table per rep for bosses and HQ, then who
// claimed the coupon (each to the customer's page) or the groups opened (each to its page,
// by state), all through the caller's scope. A rep shares it from here; HQ, and a boss for
// their own coupons, edit it.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { addDays, dayOf, formatFigure, formatPrice, formatTime } from '../format.js';
import { CLAIM_STATE_LABELS, GROUP_STATE_LABELS } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { PLAY_FIGURES, campaignTerms } from '../plays.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const PERIODS = [
  { name: 'all', title: '全部', days: null },
  { name: '7d', title: '近 7 天', days: 7 },
  { name: '30d', title: '近 30 天', days: 30 },
];
// By kind: its API path, its list (claims or groups) and that list's states.
const KINDS = {
  coupon: { path: 'coupons', list: 'claims', states: CLAIM_STATE_LABELS, listTitle: '领券客户', empty: '还没有人领取' },
  group_buy: { path: 'group-buys', list: 'groups', states: GROUP_STATE_LABELS, listTitle: '开团记录', empty: '还没有人开团' },
};
const ROLE_BASE = { rep: '/rep', boss: '/boss', hq_admin: '/hq' };
const STATE_TAG = { unused: 'primary', used: 'success', open: 'warning', succeeded: 'success' };

export default {
  name: 'PlayFiguresPage',
  components: { ShareSheet, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const kind = KINDS[route.meta.kind];
    const figureSpecs = PLAY_FIGURES[route.meta.kind];
    const base = `/${kind.path}/${route.params.id}`;
    const role = computed(() => session.me?.role);
    const zone = () => session.me?.company?.timezone;
    const play = ref(null);
    const figures = ref(null);
    const failed = ref(false);
    const period = ref('all');
    const state = ref('');
    const sharing = ref(false);

    const rows = reactive(usePagedList((page) => api.get(`${base}/${kind.list}`, {
      query: { page, per_page: PER_PAGE, state: state.value || null } })));
    const headline = computed(() => {
      if (!play.value) return '';
      return route.meta.kind === 'coupon' ? play.value.terms : campaignTerms(play.value);
    });
    // HQ edits any play; a boss the coupons made in their subtree (the API says 403 otherwise).
    const editPath = computed(() => {
      if (!play.value || role.value === 'rep') return '';
      if (role.value === 'boss' && (route.meta.kind !== 'coupon' || play.value.org_unit_id === null)) return '';
      return `${ROLE_BASE[role.value]}/${kind.path}/${play.value.id}`;
    });

    function range() {
      const days = PERIODS.find((item) => item.name === period.value).days;
      if (!days) return {};
      const today = dayOf(new Date(), zone());
      return { start: addDays(today, 1 - days), end: today };
    }

    async function loadFigures() {
      try {
        figures.value = await api.get(`${base}/figures`, { query: range() });
      } catch {
        failed.value = !figures.value;
      }
    }

    async function load() {
      failed.value = false;
      try {
        play.value = await api.get(base);
      } catch {
        failed.value = true;
        return;
      }
      loadFigures();
    }

    function setPeriod(name) {
      period.value = name;
      loadFigures();
    }

    function setState(name) {
      state.value = name;
      rows.restart();
    }

    function openRow(row) {
      if (route.meta.kind === 'coupon') {
        router.push(`${role.value === 'rep' ? '/rep' : '/boss'}/customers/${row.customer_id}`);
      } else {
        router.push(`${ROLE_BASE[role.value]}/groups/${row.id}`);
      }
    }

    const figureText = (spec, source) => formatFigure(source[spec.key], spec.unit);
    const timeOf = (iso) => formatTime(iso, zone());
    onMounted(load);
    return {
      kind, figureSpecs, role, play, figures, failed, period, state, sharing, rows, headline, editPath,
      PERIODS, STATE_TAG, load, setPeriod, setState, openRow, figureText, formatPrice, timeOf, router,
    };
  },
  template: `
    <sub-page :title="role === 'rep' ? '我的数据' : '数据'">
      <template #nav-right>
        <van-button v-if="role === 'rep' && play" size="small" round type="primary" icon="share-o" @click="sharing = true">分享</van-button>
        <van-button v-else-if="editPath" size="small" round plain type="primary" icon="edit" @click="router.push(editPath)">编辑</van-button>
      </template>
      <div class="page__body play-figures">
        <div v-if="!play && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!play" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card play-figures__head">
            <h2 class="play-figures__name">{{ play.name }}</h2>
            <p class="play-card__terms">{{ headline }}</p>
          </section>
          <div class="chips chips--padded" role="tablist">
            <button v-for="item in PERIODS" :key="item.name" type="button" class="chip" :class="{ 'chip--active': period === item.name }"
              role="tab" :aria-selected="period === item.name" @click="setPeriod(item.name)">{{ item.title }}</button>
          </div>
          <section class="card play-totals">
            <div v-if="!figures" class="page-loading"><van-loading size="20" /></div>
            <van-grid v-else :column-num="figureSpecs.length > 4 ? 3 : 2" :border="false">
              <van-grid-item v-for="spec in figureSpecs" :key="spec.key" :data-figure="spec.key">
                <span class="metric__value" :class="{ 'metric__value--money': spec.unit === 'fen' }">{{ figureText(spec, figures.totals) }}</span>
                <span class="metric__label">{{ spec.label }}</span>
              </van-grid-item>
            </van-grid>
          </section>
          <div v-if="figures && role !== 'rep'" class="rep-table play-reps">
            <table>
              <thead>
                <tr><th class="rep-table__name">员工</th><th v-for="spec in figureSpecs" :key="spec.key">{{ spec.label }}</th></tr>
              </thead>
              <tbody>
                <tr v-if="!figures.reps.length"><td :colspan="figureSpecs.length + 1" class="play-reps__none">这段时间没有数据</td></tr>
                <tr v-for="rep in figures.reps" :key="rep.rep_id" :data-rep="rep.rep_id">
                  <td class="rep-table__name"><span class="rep-table__rep">{{ rep.rep_name }}</span></td>
                  <td v-for="spec in figureSpecs" :key="spec.key">{{ figureText(spec, rep) }}</td>
                </tr>
              </tbody>
            </table>
          </div>

          <h2 class="list-section__title list-section__title--page">{{ kind.listTitle }}</h2>
          <div class="chips">
            <button type="button" class="chip" :class="{ 'chip--active': !state }" @click="setState('')">全部</button>
            <button v-for="(label, name) in kind.states" :key="name" type="button" class="chip" :class="{ 'chip--active': state === name }" @click="setState(name)">{{ label }}</button>
          </div>
          <van-list
            v-model:loading="rows.loading"
            v-model:error="rows.failed"
            :finished="rows.finished"
            :finished-text="rows.items.length ? '共 ' + rows.total + ' 条' : ''"
            error-text="加载失败，点击重试"
            class="play-rows"
            @load="rows.loadNext"
          >
            <van-empty v-if="rows.finished && !rows.items.length" image="search" image-size="72" :description="kind.empty" />
            <van-cell-group v-else inset>
              <van-cell v-for="row in rows.items" :key="row.id" is-link center class="play-row" :data-row-id="row.id" @click="openRow(row)">
                <template #title>
                  <span class="play-row__title">{{ row.customer_label ?? (row.size + '人团 · 已参团 ' + row.seats_taken + ' 人') }}</span>
                </template>
                <template #label>
                  <span v-if="row.customer_label">领取于 {{ timeOf(row.claimed_at) }}<template v-if="row.discount"> · 优惠 {{ formatPrice(row.discount) }}</template></span>
                  <span v-else>开团于 {{ timeOf(row.opened_at) }} · 已付款 {{ row.seats_paid }} 人</span>
                </template>
                <template #value>
                  <van-tag :type="STATE_TAG[row.state] ?? 'default'" plain>{{ kind.states[row.state] ?? row.state }}</van-tag>
                </template>
              </van-cell>
            </van-cell-group>
          </van-list>
        </template>
      </div>
      <share-sheet v-if="play" v-model:show="sharing" :target="{ type: $route.meta.kind, id: play.id, title: play.name }" />
    </sub-page>
  `,
};

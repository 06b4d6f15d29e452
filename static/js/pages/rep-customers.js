// /rep/customers: 我的客户; /boss/customers and /hq/customers: the customers behind a figure
// of 客户洞察. The customers and visitors in scope, latest visit first: search by name,
// nickname or phone; filter by stage, follow state, tags (any tag of a group, every group) and
// 久未跟进; and, as an insight figure opens it, by segment, flag, org unit or a product bought
// (shown as pills to take off). A folded funnel on top counts them per stage. The filters live
// in the query string, so coming back from a customer finds the list as it was. For the rep,
// the menu at the top right leads to 导入客户 and 重复客户; a card opens the customer (a boss's
// and HQ's at /boss/customers/:id);
// 导出 downloads the list as it is filtered.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ExportButton from '../components/export-button.js';
import { StageTag, TagChip } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import {
  FLAG_LABELS, FOLLOW_STATE_LABELS, SEGMENT_LABELS, STAGE_LABELS, customerLabel, followStateLabel,
} from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { homePath, session } from '../session.js';

const PER_PAGE = 20;
const STAGES = Object.keys(STAGE_LABELS);
const FOLLOW_STATES = Object.keys(FOLLOW_STATE_LABELS);
const MENU = [
  { text: '导入客户', icon: 'upgrade', to: '/rep/customers/import' },
  { text: '重复客户', icon: 'friends-o', to: '/rep/customers/duplicates' },
];

const one = (value, allowed) => (typeof value === 'string' && allowed.includes(value) ? value : '');
const positive = (value) => (/^\d{1,9}$/.test(value ?? '') && Number(value) > 0 ? Number(value) : null);
const ids = (value) => (typeof value === 'string' ? value.split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0) : []);

export default {
  name: 'RepCustomersPage',
  components: { ExportButton, StageTag, SubPage, TagChip },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const filters = reactive({
      q: typeof route.query.q === 'string' ? route.query.q : '',
      stage: one(route.query.stage, STAGES),
      followState: one(route.query.follow_state, FOLLOW_STATES),
      stale: route.query.stale === '1',
      tagIds: ids(route.query.tag_ids),
      segment: one(route.query.segment, Object.keys(SEGMENT_LABELS)),
      flag: one(route.query.flag, Object.keys(FLAG_LABELS)),
      unitId: positive(route.query.unit_id),
      productId: positive(route.query.product_id),
    });
    const isRep = computed(() => session.me?.role === 'rep');
    const back = computed(() => (isRep.value ? '/rep' : `${homePath(session.me?.role)}/insight`));
    // the insight's filters, each a pill to take off
    const extraFilters = computed(() => [
      filters.segment && { key: 'segment', text: `分层：${SEGMENT_LABELS[filters.segment]}` },
      filters.flag && { key: 'flag', text: FLAG_LABELS[filters.flag] },
      filters.unitId && filters.unitId !== session.me?.org_unit?.id && { key: 'unitId', text: '所选组织' },
      filters.productId && { key: 'productId', text: '购买过所选商品' },
    ].filter(Boolean));
    const search = ref(filters.q);
    const customers = reactive(usePagedList((page) => api.get('/customers', {
      query: {
        q: filters.q || null,
        stage: filters.stage || null,
        follow_state: filters.followState || null,
        stale: filters.stale ? 'true' : null,
        tag_ids: filters.tagIds,
        segment: filters.segment || null,
        flag: filters.flag || null,
        unit_id: filters.unitId,
        product_id: filters.productId,
        page,
        per_page: PER_PAGE,
      },
    })));
    const refreshing = ref(false);
    const funnel = ref(null);
    const funnelOpen = ref([]); // van-collapse: folded by default
    const groups = ref(null); // the tag vocabulary, loaded with the page
    const sheet = reactive({ show: false, chosen: [] });
    const menu = ref(false);

    const zone = () => session.me?.company?.timezone;
    const funnelTotal = computed(() => (funnel.value ?? []).reduce((sum, row) => sum + row.customers, 0));
    const funnelMax = computed(() => Math.max(1, ...(funnel.value ?? []).map((row) => row.customers)));
    const tagsById = computed(() => new Map((groups.value ?? []).flatMap((group) => group.tags.map((tag) => [tag.id, tag]))));
    const chosenTags = computed(() => filters.tagIds.map((id) => tagsById.value.get(id)).filter(Boolean));
    const filtered = computed(() => Boolean(filters.q || filters.stage || filters.followState || filters.stale || filters.tagIds.length || extraFilters.value.length));
    // The list's filters as the export takes them (the same names as its query string).
    const exportFilters = computed(() => Object.fromEntries(Object.entries({
      q: filters.q || null,
      stage: filters.stage || null,
      follow_state: filters.followState || null,
      stale: filters.stale || null,
      tag_ids: filters.tagIds.length ? [...filters.tagIds] : null,
      segment: filters.segment || null,
      flag: filters.flag || null,
      unit_id: filters.unitId || null,
      product_id: filters.productId || null,
    }).filter(([, value]) => value !== null)));

    async function loadFunnel() {
      try {
        funnel.value = await api.get('/customers/funnel', { toast: false });
      } catch {
        funnel.value = null; // the list works without it
      }
    }

    async function loadGroups() {
      try {
        groups.value = await api.get('/tag-groups', { toast: false });
      } catch {
        groups.value = null;
      }
    }

    function syncQuery() {
      const query = {};
      if (filters.q) query.q = filters.q;
      if (filters.stage) query.stage = filters.stage;
      if (filters.followState) query.follow_state = filters.followState;
      if (filters.stale) query.stale = '1';
      if (filters.tagIds.length) query.tag_ids = filters.tagIds.join(',');
      if (filters.segment) query.segment = filters.segment;
      if (filters.flag) query.flag = filters.flag;
      if (filters.unitId) query.unit_id = String(filters.unitId);
      if (filters.productId) query.product_id = String(filters.productId);
      router.replace({ query });
    }

    function restart() {
      syncQuery();
      return customers.restart();
    }

    function pickStage(stage) {
      filters.stage = filters.stage === stage ? '' : stage;
      restart();
    }

    function pickFollowState(state) {
      filters.followState = filters.followState === state ? '' : state;
      restart();
    }

    function toggleStale() {
      filters.stale = !filters.stale;
      restart();
    }

    function onSearch() {
      filters.q = search.value.trim().slice(0, 50);
      restart();
    }

    function onClear() {
      search.value = '';
      if (filters.q) onSearch();
    }

    function openTags() {
      sheet.chosen = [...filters.tagIds];
      sheet.show = true;
      if (!groups.value) loadGroups();
    }

    function toggleTag(tag) {
      const at = sheet.chosen.indexOf(tag.id);
      if (at === -1) sheet.chosen.push(tag.id);
      else sheet.chosen.splice(at, 1);
    }

    function applyTags() {
      filters.tagIds = [...sheet.chosen];
      sheet.show = false;
      restart();
    }

    function removeTag(id) {
      filters.tagIds = filters.tagIds.filter((tagId) => tagId !== id);
      restart();
    }

    function removeExtra(key) {
      filters[key] = typeof filters[key] === 'string' ? '' : null;
      restart();
    }

    function clearAll() {
      Object.assign(filters, {
        q: '', stage: '', followState: '', stale: false, tagIds: [], segment: '', flag: '', unitId: null, productId: null,
      });
      search.value = '';
      restart();
    }

    async function onRefresh() {
      await Promise.all([restart(), loadFunnel()]);
      refreshing.value = false;
    }

    const open = (customer) => {
      router.push(isRep.value ? `/rep/customers/${customer.id}` : `/boss/customers/${customer.id}`);
    };
    const goTo = (action) => router.push(action.to);
    const visitText = (customer) => {
      const when = formatTime(customer.last_visit_at, zone());
      return `最近访问 ${when}${customer.visit_count > 1 ? ` · 共 ${customer.visit_count} 次` : ''}`;
    };
    const barWidth = (row) => `${Math.max(row.customers ? 4 : 0, Math.round((row.customers / funnelMax.value) * 100))}%`;
    const percent = (value) => (value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`);

    onMounted(() => {
      loadFunnel();
      loadGroups();
    });
    return {
      MENU, menu, goTo, isRep, back, extraFilters, removeExtra, STAGES, FOLLOW_STATES, STAGE_LABELS, FOLLOW_STATE_LABELS, filters, search, customers,
      refreshing, funnel, funnelOpen, funnelTotal, groups, sheet, chosenTags, filtered, exportFilters,
      loadGroups, pickStage, pickFollowState, toggleStale, onSearch, onClear, openTags, toggleTag,
      applyTags, removeTag, clearAll, onRefresh, open, visitText, barWidth, percent, customerLabel, followStateLabel,
    };
  },
  template: `
    <sub-page :back="back">
      <template #nav-right>
        <export-button name="customers" :filters="exportFilters" class="nav-export" />
        <van-popover v-if="isRep" v-model:show="menu" :actions="MENU" placement="bottom-end" @select="goTo">
          <template #reference>
            <van-icon name="ellipsis" size="20" role="button" aria-label="更多" />
          </template>
        </van-popover>
      </template>
      <van-collapse v-if="funnel" v-model="funnelOpen" :border="false" class="card funnel">
        <van-collapse-item name="funnel" :border="false">
          <template #title>
            <span class="funnel__title">客户阶段</span>
            <span class="funnel__total">共 {{ funnelTotal }} 人</span>
          </template>
          <template #value>
            <span class="funnel__peek">
              <template v-for="row in funnel" :key="row.stage">
                <span v-if="row.customers" class="funnel__peek-item">{{ STAGE_LABELS[row.stage] }} {{ row.customers }}</span>
              </template>
            </span>
          </template>
          <ul class="funnel__rows">
            <li
              v-for="row in funnel"
              :key="row.stage"
              class="funnel__row"
              :class="{ 'funnel__row--active': filters.stage === row.stage }"
              role="button"
              tabindex="0"
              @click="pickStage(row.stage)"
              @keyup.enter="pickStage(row.stage)"
            >
              <span class="funnel__label">{{ STAGE_LABELS[row.stage] }}</span>
              <span class="funnel__track"><span class="funnel__bar" :class="'funnel__bar--' + row.stage" :style="{ width: barWidth(row) }"></span></span>
              <span class="funnel__count">{{ row.customers }}</span>
              <span class="funnel__conversion">{{ row.conversion === null ? '' : '转化 ' + percent(row.conversion) }}</span>
            </li>
          </ul>
          <p class="funnel__hint">点一个阶段，只看这个阶段的客户；转化：到达该阶段的客户里走得更远的比例</p>
        </van-collapse-item>
      </van-collapse>

      <div class="sticky-bar customer-filters">
        <van-search
          v-model="search"
          placeholder="搜索姓名、昵称或手机号"
          shape="round"
          maxlength="50"
          @search="onSearch"
          @clear="onClear"
        />
        <div class="chips" role="group" aria-label="客户阶段">
          <button type="button" class="chip" :class="{ 'chip--active': !filters.stage }" :aria-pressed="!filters.stage" @click="pickStage('')">全部阶段</button>
          <button
            v-for="stage in STAGES"
            :key="stage"
            type="button"
            class="chip"
            :class="{ 'chip--active': filters.stage === stage }"
            :aria-pressed="filters.stage === stage"
            @click="pickStage(stage)"
          >{{ STAGE_LABELS[stage] }}</button>
        </div>
        <div class="chips" role="group" aria-label="跟进状态">
          <button
            type="button"
            class="chip chip--tool"
            :class="{ 'chip--active': filters.tagIds.length }"
            :aria-pressed="filters.tagIds.length > 0"
            @click="openTags"
          ><van-icon name="filter-o" /> 标签{{ filters.tagIds.length ? ' ' + filters.tagIds.length : '' }}</button>
          <button
            type="button"
            class="chip chip--tool"
            :class="{ 'chip--active': filters.stale }"
            :aria-pressed="filters.stale"
            @click="toggleStale"
          ><van-icon name="clock-o" /> 久未跟进</button>
          <button
            v-for="state in FOLLOW_STATES"
            :key="state"
            type="button"
            class="chip"
            :class="{ 'chip--active': filters.followState === state }"
            :aria-pressed="filters.followState === state"
            @click="pickFollowState(state)"
          >{{ FOLLOW_STATE_LABELS[state] }}</button>
        </div>
      </div>

      <div v-if="extraFilters.length" class="customer-filters__tags">
        <span class="customer-filters__tags-label">筛选：</span>
        <button
          v-for="extra in extraFilters"
          :key="extra.key"
          type="button"
          class="tag-pill"
          :aria-label="'取消筛选 ' + extra.text"
          @click="removeExtra(extra.key)"
        >{{ extra.text }} <van-icon name="cross" /></button>
      </div>

      <div v-if="chosenTags.length" class="customer-filters__tags">
        <span class="customer-filters__tags-label">标签：</span>
        <button
          v-for="tag in chosenTags"
          :key="tag.id"
          type="button"
          class="tag-pill"
          :aria-label="'取消标签 ' + tag.name"
          @click="removeTag(tag.id)"
        >{{ tag.name }} <van-icon name="cross" /></button>
      </div>

      <!-- the sticky filters stay outside: pull-refresh clips its content (overflow: hidden) -->
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <van-list
          v-model:loading="customers.loading"
          v-model:error="customers.failed"
          :finished="customers.finished"
          :finished-text="customers.items.length ? '共 ' + customers.total + ' 位' : ''"
          error-text="加载失败，点击重试"
          @load="customers.loadNext"
        >
          <van-empty v-if="customers.finished && customers.items.length === 0" image="search" :description="filtered || !isRep ? '没有符合条件的客户' : '还没有客户，分享店铺来吸引访客吧'">
            <van-button v-if="filtered" round size="small" @click="clearAll">清除筛选</van-button>
          </van-empty>
          <ul class="customer-list">
            <li
              v-for="customer in customers.items"
              :key="customer.id"
              class="customer-card"
              :data-customer-id="customer.id"
              :role="isRep ? 'link' : null"
              :tabindex="isRep ? 0 : null"
              @click="open(customer)"
              @keyup.enter="open(customer)"
            >
              <div class="customer-card__head">
                <span class="customer-card__avatar" :class="{ 'customer-card__avatar--visitor': customer.status === 'visitor' }" aria-hidden="true">{{ customerLabel(customer).slice(0, 1) }}</span>
                <div class="customer-card__who">
                  <span class="customer-card__name">{{ customerLabel(customer) }}</span>
                  <stage-tag :stage="customer.stage" />
                  <van-tag v-if="customer.stale" type="warning" plain class="customer-card__stale">久未跟进</van-tag>
                </div>
                <span class="customer-card__state" :class="'follow-state--' + customer.follow_state">{{ followStateLabel(customer.follow_state) }}</span>
              </div>
              <div v-if="customer.tags.length" class="customer-card__tags">
                <tag-chip v-for="tag in customer.tags" :key="tag.tag_id" :tag="tag" />
              </div>
              <div class="customer-card__foot">
                <span>{{ visitText(customer) }}</span>
                <span v-if="customer.phone" class="customer-card__phone">{{ customer.phone }}</span>
              </div>
            </li>
          </ul>
        </van-list>
      </van-pull-refresh>

      <van-popup v-model:show="sheet.show" position="bottom" round closeable safe-area-inset-bottom class="tag-sheet">
        <h2 class="tag-sheet__title">按标签筛选</h2>
        <p class="tag-sheet__hint">同组任一，跨组同时满足：同一组里选多个标签，客户带其中任一个即可；不同组的标签要同时带有。</p>
        <div class="tag-sheet__body">
          <div v-if="!groups" class="page-loading"><van-loading size="20">加载中…</van-loading></div>
          <van-empty v-else-if="!groups.length" image="search" description="总部还没有设置标签" />
          <section v-for="group in groups || []" :key="group.id" class="tag-sheet__group">
            <h3 class="tag-sheet__group-name">{{ group.name }}</h3>
            <div class="tag-sheet__tags">
              <button
                v-for="tag in group.tags"
                :key="tag.id"
                type="button"
                class="chip"
                :class="{ 'chip--active': sheet.chosen.includes(tag.id) }"
                :aria-pressed="sheet.chosen.includes(tag.id)"
                @click="toggleTag(tag)"
              >{{ tag.name }}</button>
              <span v-if="!group.tags.length" class="tag-sheet__none">暂无标签</span>
            </div>
          </section>
        </div>
        <div class="tag-sheet__actions">
          <van-button round plain @click="sheet.chosen = []">重置</van-button>
          <van-button round type="primary" @click="applyTags">确定{{ sheet.chosen.length ? '（' + sheet.chosen.length + '）' : '' }}</van-button>
        </div>
      </van-popup>
    </sub-page>
  `,
};

// /hq/coupons and /hq/group-buys (HQ: every play), /boss/coupons and /boss/group-buys (a
// boss: those of their subtree; they make team coupons, not group-buys): one list per kind of
// play (route meta.kind), by name and on/off. Each row: its terms, what is left and its dates,
// a switch to stop or start sharing it, 数据 (figures) and 编辑.
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { COUPON_KIND_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { campaignTerms, campaignWindow, claimWindow, couponLeft, couponValidity } from '../plays.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'all', title: '全部', enabled: null },
  { name: 'on', title: '发放中', enabled: true },
  { name: 'off', title: '已停用', enabled: false },
];
const KINDS = {
  coupon: { path: 'coupons', noun: '优惠券', create: ['hq_admin', 'boss'] },
  group_buy: { path: 'group-buys', noun: '拼团活动', create: ['hq_admin'] },
};

export default {
  name: 'HqPlaysPage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const kind = KINDS[route.meta.kind];
    const coupons = route.meta.kind === 'coupon';
    const base = route.path; // /hq/coupons, /boss/group-buys...
    const role = computed(() => session.me?.role);
    const zone = () => session.me?.company?.timezone;
    const tab = ref('all');
    const { search, query, onSearch, onClear } = useListSearch(() => plays.restart());
    const switching = ref(null);
    const plays = reactive(usePagedList((page) => api.get(`/${kind.path}`, { query: {
      page, per_page: PER_PAGE, q: query.value || null, enabled: TABS.find((item) => item.name === tab.value).enabled,
    } })));

    const canCreate = computed(() => kind.create.includes(role.value));
    // HQ changes any play; a boss the coupons made in their subtree.
    const canChange = (play) => role.value === 'hq_admin' || (coupons && play.org_unit_id !== null);

    async function setEnabled(play, enabled) {
      switching.value = play.id;
      try {
        Object.assign(play, await api.patch(`/${kind.path}/${play.id}`, { enabled }));
        showSuccessToast(enabled ? '已启用，员工可以分享' : '已停用，员工不能再分享');
      } catch {
        // shown by the client
      } finally {
        switching.value = null;
      }
    }

    return {
      kind, coupons, base, tab, search, query, switching, plays, canCreate, canChange, TABS, COUPON_KIND_LABELS,
      zone, onSearch, onClear, setEnabled, campaignTerms, campaignWindow, claimWindow, couponLeft, couponValidity, router,
    };
  },
  template: `
    <sub-page>
      <template #nav-right>
        <van-button v-if="canCreate" size="small" type="primary" round icon="plus" @click="router.push(base + '/new')">新建</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" :placeholder="'搜索' + kind.noun + '名称'" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="plays.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
      </div>
      <van-list
        v-model:loading="plays.loading"
        v-model:error="plays.failed"
        :finished="plays.finished"
        :finished-text="plays.items.length ? '共 ' + plays.total + ' 个' : ''"
        error-text="加载失败，点击重试"
        class="page__body play-list"
        @load="plays.loadNext"
      >
        <van-empty v-if="plays.finished && !plays.items.length" image="search" :description="query ? '没有找到' : '还没有' + kind.noun" />
        <article v-for="play in plays.items" :key="play.id" class="card play-card" :class="{ 'play-card--off': !play.enabled }" :data-play-id="play.id">
          <div class="play-card__head">
            <span class="play-card__terms">{{ coupons ? play.terms : campaignTerms(play) }}</span>
            <van-tag v-if="coupons" plain type="primary">{{ COUPON_KIND_LABELS[play.kind] }}</van-tag>
            <van-tag v-if="coupons && play.org_unit_id !== null" plain>团队券</van-tag>
          </div>
          <h3 class="play-card__name">{{ play.name }}</h3>
          <template v-if="coupons">
            <p class="play-card__line">{{ couponLeft(play) }}</p>
            <p class="play-card__line">{{ claimWindow(play, zone()) }}</p>
            <p class="play-card__line">{{ couponValidity(play, zone()) }}</p>
          </template>
          <template v-else>
            <p class="play-card__line">{{ play.product.name }}</p>
            <p class="play-card__line">{{ campaignWindow(play, zone()) }}</p>
          </template>
          <div class="play-card__actions">
            <label v-if="canChange(play)" class="shelf-item__switch play-card__switch">
              <span>{{ play.enabled ? '发放中' : '已停用' }}</span>
              <van-switch :model-value="play.enabled" size="20px" :loading="switching === play.id" :aria-label="'发放 ' + play.name"
                @update:model-value="setEnabled(play, $event)" />
            </label>
            <van-button size="small" round plain icon="bar-chart-o" @click="router.push(base + '/' + play.id + '/figures')">数据</van-button>
            <van-button v-if="canChange(play)" size="small" round plain type="primary" icon="edit" @click="router.push(base + '/' + play.id)">编辑</van-button>
          </div>
        </article>
      </van-list>
    </sub-page>
  `,
};

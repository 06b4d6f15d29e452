// /s/:code/groups/:id: one group of a group-buy (no login), what a member forwards to friends.
// Who is in (an avatar or initial each, an empty seat per place left), 还差 N 人 with a live
// countdown to when it closes, the product at the group price, this visitor's seat, and the
// one thing they may do: 立即参团, invite friends (their own link), or, when the group is full
// or over, 开新团. The page reads the group again every POLL_MS while the group is open and on
// screen (a friend's join shows without a pull), when its time is up, when the phone comes back
// to it, and on a pull. Every open records a visit.
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import { copyLink } from '../clipboard.js';
import GroupFaces from '../components/group-faces.js';
import ShopPrice from '../components/shop-price.js';
import ShopStrip from '../components/shop-strip.js';
import { MEMBER_STATE_LABELS } from '../labels.js';
import { countdownFormat, groupOrderQuery, msUntil } from '../shop-plays.js';
import { recordVisit } from '../shop-visits.js';

const SEATED = ['held', 'paid'];
// Between two reads of an open group on screen: the server keeps the group's page per process
// for a second or so, so a waiting crowd costs it little.
const POLL_MS = 15000;

export default {
  name: 'ShopGroupPage',
  components: { GroupFaces, ShopPrice, ShopStrip },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const group = ref(null);
    const error = ref(null);
    const refreshing = ref(false);
    const left = ref(0); // ms until the group closes, as of the last load

    const seated = computed(() => SEATED.includes(group.value?.my_state));
    const open = computed(() => group.value?.state === 'open' && left.value > 0);
    // The main button: join, invite, or open a new group (when this one is full or over).
    const action = computed(() => {
      const g = group.value;
      if (!g) return null;
      if (g.joinable) return { kind: 'join', text: '立即参团' };
      if (seated.value && open.value) return { kind: 'invite', text: '邀请好友参团' };
      if (!seated.value && !g.campaign.closed) return { kind: 'new', text: g.state === 'open' && open.value ? '这个团已满，开个新团' : '开个新团' };
      return null;
    });
    const headline = computed(() => {
      const g = group.value;
      if (!g) return '';
      if (g.state === 'succeeded') return '拼团成功';
      if (g.state === 'failed') return '拼团失败';
      if (!open.value) return '拼团时间已到，等待结果';
      return g.seats_left > 0 ? `还差 ${g.seats_left} 人拼团成功` : '人已满，等待团员付款';
    });
    const mine = computed(() => {
      const g = group.value;
      switch (g?.my_state) {
        case 'held': return '您已参团，请尽快付款：付款后座位才算数';
        case 'paid': return g.state === 'succeeded' ? '您已付款，拼团成功，顾问会尽快为您安排' : '您已付款，等待成团';
        case 'left': return '您的订单已关闭，已退出这个团';
        case 'refunded': return '您的订单已退款';
        default: return '';
      }
    });

    async function load() {
      error.value = null;
      try {
        // The group as everyone sees it, and this phone's own seat in it beside.
        const page = await api.get(`/shops/${encodeURIComponent(code.value)}/groups/${route.params.id}`, { toast: false, redirectOn401: false });
        const seat = page.me;
        group.value = {
          ...page.group,
          joinable: page.group.joinable && !SEATED.includes(seat?.state),
          my_state: seat?.state ?? null,
          my_order_id: seat?.order_id ?? null,
        };
        left.value = msUntil(group.value.expires_at);
      } catch (failure) {
        if (!group.value) error.value = failure;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    watch(() => group.value?.campaign.name, (name) => {
      if (name) document.title = `${name} · 拼团`;
    });

    function act() {
      const g = group.value;
      if (action.value.kind === 'invite') {
        copyLink(window.location.href, '链接已复制，发给好友即可参团');
        return;
      }
      const ids = action.value.kind === 'join' ? { groupId: g.id } : { campaignId: g.campaign.id };
      router.push({ name: 'shop-order', params: { code: code.value }, query: groupOrderQuery(g.campaign.product.id, ids) });
    }

    function goCampaign() {
      router.push({ name: 'shop-group-buy', params: { code: code.value, id: group.value.campaign.id } });
    }

    function goOrders() {
      router.push({ name: 'shop-orders', params: { code: code.value } });
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    // Back on the page after a while (a friend may have joined): read it again.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && group.value) load();
    };
    const poll = () => {
      if (document.visibilityState === 'visible' && group.value?.state === 'open') load();
    };
    let timer = null;

    onMounted(() => {
      load();
      recordVisit(router, { code: code.value, objectType: 'group', objectId: Number(route.params.id), token: route.query.t ?? null });
      document.addEventListener('visibilitychange', onVisible);
      timer = window.setInterval(poll, POLL_MS);
    });
    onBeforeUnmount(() => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    });

    return {
      code, group, error, refreshing, left, seated, open, action, headline, mine, MEMBER_STATE_LABELS,
      countdownFormat, load, onRefresh, act, goCampaign, goOrders, goShop,
    };
  },
  template: `
    <div class="page page--play">
      <van-nav-bar title="拼团" safe-area-inset-top>
        <template #right><span class="play-nav__mine" @click="goShop"><van-icon name="shop-o" /> 店铺</span></template>
      </van-nav-bar>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <div v-if="!group && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
        <van-empty v-else-if="error" image="error" :description="error.status === 404 ? '拼团不存在' : error.message">
          <div class="shop-empty-actions">
            <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
            <van-button round plain type="primary" @click="goShop">去店铺看看</van-button>
          </div>
        </van-empty>
        <template v-else>
          <section class="group-status" :class="'group-status--' + group.state" :data-state="group.state">
            <van-icon v-if="group.state === 'succeeded'" name="checked" class="group-status__icon" />
            <van-icon v-else-if="group.state === 'failed'" name="clear" class="group-status__icon" />
            <h1 class="group-status__headline">{{ headline }}</h1>
            <p v-if="open" class="group-status__time">
              剩余 <van-count-down :time="left" :format="countdownFormat(left)" class="play-countdown" @finish="load" />
            </p>
            <p v-else-if="group.state === 'failed'" class="group-status__note">未付款的订单已取消，已付款项全额退款</p>
            <group-faces :members="group.members" :seats-left="group.state === 'open' ? group.seats_left : 0" class="group-status__faces" />
            <p v-if="mine" class="group-status__mine" :data-my-state="group.my_state">{{ mine }}</p>
            <div class="group-status__actions">
              <van-button v-if="action" block round type="primary" class="group-action" :data-action="action.kind" @click="act">{{ action.text }}</van-button>
              <van-button v-if="group.my_order_id" block round plain type="primary" @click="goOrders">查看我的订单</van-button>
            </div>
          </section>

          <section class="play-product" role="link" tabindex="0" @click="goCampaign" @keyup.enter="goCampaign">
            <div class="play-product__cover shop-cover">
              <img v-if="group.campaign.product.cover_url" :src="group.campaign.product.cover_url" :alt="group.campaign.product.name" width="160" height="160" />
              <span v-else class="shop-cover__blank">{{ group.campaign.product.name.slice(0, 1) }}</span>
            </div>
            <div class="play-product__body">
              <p class="play-product__name">{{ group.campaign.name }}</p>
              <p class="play-product__meta">{{ group.size }}人团 · {{ group.campaign.product.name }}</p>
              <shop-price :fen="group.campaign.group_price" :list-fen="group.campaign.product.price" size="sm" />
            </div>
            <van-icon name="arrow" class="play-product__arrow" />
          </section>
          <ul class="play-facts play-facts--card">
            <li>{{ group.size }} 人付款即成团，未成团自动取消订单、全额退款</li>
            <li v-if="group.campaign.new_customers_only">仅限新客参团</li>
            <li>在微信中可点右上角「···」把这个团转发给好友</li>
          </ul>
          <shop-strip :code="code" />
        </template>
      </van-pull-refresh>
    </div>
  `,
};

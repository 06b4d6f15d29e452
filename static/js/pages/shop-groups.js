// /s/:code/my-groups: 我的拼团 on a rep's shop (no login: the visitor's cookie). Each seat
// the visitor took, newest first: the group's state, 还差 N 人 while it is open, the seat's
// own state; a group that succeeded or failed since they last looked is marked 新, and
// opening the page marks that news seen (the mark stays until the page is left).
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ShopPrice from '../components/shop-price.js';
import { formatTime } from '../format.js';
import { GROUP_STATE_LABELS, MEMBER_STATE_LABELS } from '../labels.js';

const STATE_TAG = { open: 'warning', succeeded: 'success', failed: 'default' };

export default {
  name: 'ShopGroupsPage',
  components: { ShopPrice },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const base = () => `/shops/${encodeURIComponent(code.value)}/my-groups`;
    const seats = ref(null);
    const error = ref(null);
    const refreshing = ref(false);

    async function load() {
      error.value = null;
      try {
        const fresh = await api.get(base(), { toast: false, redirectOn401: false });
        const marked = new Set((seats.value ?? []).filter((seat) => seat.unseen).map((seat) => seat.id));
        seats.value = fresh.map((seat) => ({ ...seat, unseen: seat.unseen || marked.has(seat.id) }));
        if (fresh.some((seat) => seat.unseen)) {
          api.post(`${base()}/seen`, undefined, { toast: false, redirectOn401: false }).catch(() => {});
        }
      } catch (failure) {
        error.value = failure;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    function open(seat) {
      router.push({ name: 'shop-group', params: { code: code.value, id: seat.group.id } });
    }

    function back() {
      if (window.history.state?.back) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    onMounted(load);
    return {
      seats, error, refreshing, STATE_TAG, GROUP_STATE_LABELS, MEMBER_STATE_LABELS, formatTime,
      load, onRefresh, open, back, goShop,
    };
  },
  template: `
    <div class="page page--play">
      <van-nav-bar title="我的拼团" left-arrow safe-area-inset-top @click-left="back">
        <template #right><span class="play-nav__mine" @click.stop="goShop"><van-icon name="shop-o" /> 店铺</span></template>
      </van-nav-bar>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <div v-if="!seats && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
        <van-empty v-else-if="error" image="error" :description="error.message">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
        </van-empty>
        <van-empty v-else-if="seats.length === 0" image="default" description="还没有参加拼团">
          <van-button round type="primary" @click="goShop">去店铺逛逛</van-button>
        </van-empty>
        <ul v-else class="my-groups">
          <li v-for="seat in seats" :key="seat.id" class="my-group" :class="{ 'my-group--new': seat.unseen }"
            :data-group-state="seat.group.state" role="link" tabindex="0" @click="open(seat)" @keyup.enter="open(seat)">
            <div class="my-group__cover shop-cover">
              <img v-if="seat.product.cover_url" :src="seat.product.cover_url" :alt="seat.product.name" loading="lazy" width="120" height="120" />
              <span v-else class="shop-cover__blank">{{ seat.product.name.slice(0, 1) }}</span>
            </div>
            <div class="my-group__body">
              <p class="my-group__name">
                <van-tag v-if="seat.unseen" type="danger" round class="my-group__new">新</van-tag>
                {{ seat.campaign_name }}
              </p>
              <p class="my-group__meta">{{ seat.group.size }}人团 · {{ MEMBER_STATE_LABELS[seat.state] ?? seat.state }} · {{ formatTime(seat.joined_at) }}</p>
              <div class="my-group__foot">
                <shop-price :fen="seat.group_price" size="sm" />
                <span v-if="seat.group.state === 'open' && seat.group.seats_left" class="my-group__left">还差 {{ seat.group.seats_left }} 人</span>
                <van-tag :type="STATE_TAG[seat.group.state] ?? 'default'" size="medium" class="my-group__state">{{ GROUP_STATE_LABELS[seat.group.state] ?? seat.group.state }}</van-tag>
              </div>
            </div>
          </li>
        </ul>
      </van-pull-refresh>
    </div>
  `,
};

// /s/:code/my-coupons: 我的优惠券 on a rep's shop (no login: the visitor's cookie). Usable
// coupons first, each with its terms and until when it is valid, and 去使用 to the shop; used
// and expired ones after, greyed, a used one with what it took off its order.
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import { formatDateTime, formatPrice } from '../format.js';
import { CLAIM_STATE_LABELS } from '../labels.js';

export default {
  name: 'ShopCouponsPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const coupons = ref(null);
    const error = ref(null);
    const refreshing = ref(false);

    async function load() {
      error.value = null;
      try {
        coupons.value = await api.get(`/shops/${encodeURIComponent(code.value)}/my-coupons`, { toast: false, redirectOn401: false });
      } catch (failure) {
        error.value = failure;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    function back() {
      if (window.history.state?.back) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    onMounted(load);
    return { coupons, error, refreshing, CLAIM_STATE_LABELS, formatDateTime, formatPrice, load, onRefresh, back, goShop };
  },
  template: `
    <div class="page page--play">
      <van-nav-bar title="我的优惠券" left-arrow safe-area-inset-top @click-left="back">
        <template #right><span class="play-nav__mine" @click.stop="goShop"><van-icon name="shop-o" /> 店铺</span></template>
      </van-nav-bar>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <div v-if="!coupons && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
        <van-empty v-else-if="error" image="error" :description="error.message">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
        </van-empty>
        <van-empty v-else-if="coupons.length === 0" image="default" description="还没有优惠券">
          <van-button round type="primary" @click="goShop">去店铺逛逛</van-button>
        </van-empty>
        <ul v-else class="my-coupons">
          <li v-for="coupon in coupons" :key="coupon.id" class="coupon-ticket coupon-ticket--row"
            :class="{ 'coupon-ticket--off': coupon.state !== 'unused' }" :data-state="coupon.state">
            <div class="coupon-ticket__value">
              <p class="coupon-ticket__terms">{{ coupon.terms }}</p>
            </div>
            <div class="coupon-ticket__about">
              <p class="coupon-ticket__name">{{ coupon.name }}</p>
              <p class="coupon-ticket__line">{{ formatDateTime(coupon.valid_until) }} 前有效</p>
              <p v-if="coupon.state === 'used' && coupon.discount" class="coupon-ticket__line">已为订单优惠 {{ formatPrice(coupon.discount) }}</p>
            </div>
            <van-button v-if="coupon.state === 'unused'" size="small" round type="primary" class="coupon-ticket__use" @click="goShop">去使用</van-button>
            <span v-else class="coupon-ticket__state">{{ CLAIM_STATE_LABELS[coupon.state] }}</span>
          </li>
        </ul>
        <p v-if="coupons && coupons.length" class="my-orders__note">下单时在「确认订单」中选择优惠券；订单取消后未过期的券会退回</p>
      </van-pull-refresh>
    </div>
  `,
};

// /s/:code/coupons/:id: a coupon a rep shared (no login). Its terms, validity and what is
// left, and one button whose state says what the visitor may do: 立即领取, 已领取 (their limit
// reached: 去使用), 已领完, or why claiming is closed. A claim is sent with the token the
// visitor arrived with and its own Idempotency-Key, so a resend never claims twice. Every
// open records a visit.
import { computed, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, newIdempotencyKey } from '../api.js';
import ShopStrip from '../components/shop-strip.js';
import { formatDateTime } from '../format.js';
import { COUPON_SCOPE_LABELS } from '../labels.js';
import { arrivalToken, recordVisit } from '../shop-visits.js';

// The 409 codes of a claim: the page is reloaded to show the state the server told.
const REFUSALS = new Set(['coupon_closed', 'coupon_limit', 'coupon_sold_out']);

export default {
  name: 'ShopCouponPage',
  components: { ShopStrip },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const coupon = ref(null);
    const error = ref(null);
    const claiming = ref(false);
    const claimed = ref(false); // claimed on this open
    let claimKey = null; // one claim attempt, kept for its retries

    const base = () => `/shops/${encodeURIComponent(code.value)}/coupons/${route.params.id}`;
    const full = computed(() => coupon.value && coupon.value.mine >= coupon.value.per_customer);
    const soldOut = computed(() => coupon.value?.remaining === 0);
    // What the button says and whether it claims.
    const action = computed(() => {
      const c = coupon.value;
      if (!c) return null;
      if (full.value) return { text: '已领取', claim: false };
      if (c.closed) return { text: c.closed, claim: false };
      if (soldOut.value) return { text: '已领完', claim: false };
      return { text: c.mine ? '再领一张' : '立即领取', claim: true };
    });
    const leftText = computed(() => {
      const c = coupon.value;
      if (!c) return '';
      return c.remaining === null ? '数量不限' : `剩余 ${c.remaining} 张`;
    });

    async function load() {
      error.value = null;
      try {
        coupon.value = await api.get(base(), { toast: false, redirectOn401: false });
      } catch (failure) {
        error.value = failure;
      }
    }

    watch(() => coupon.value?.name, (name) => {
      if (name) document.title = name;
    });

    async function claim() {
      if (claiming.value || !action.value?.claim) return;
      claiming.value = true;
      claimKey ??= newIdempotencyKey();
      try {
        await api.post(`${base()}/claims`, { token: arrivalToken(code.value) }, {
          redirectOn401: false,
          headers: { 'Idempotency-Key': claimKey },
        });
        claimKey = null;
        claimed.value = true;
        showSuccessToast('领取成功');
        await load();
      } catch (failure) {
        claimKey = null; // refused: nothing was claimed, the next tap is a new attempt
        if (REFUSALS.has(failure.code)) await load();
      } finally {
        claiming.value = false;
      }
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    function goMine() {
      router.push({ name: 'shop-my-coupons', params: { code: code.value } });
    }

    onMounted(() => {
      load();
      recordVisit(router, { code: code.value, objectType: 'coupon', objectId: Number(route.params.id), token: route.query.t ?? null });
    });

    return {
      code, coupon, error, claiming, claimed, full, action, leftText, COUPON_SCOPE_LABELS,
      formatDateTime, load, claim, goShop, goMine,
    };
  },
  template: `
    <div class="page page--play">
      <van-nav-bar title="领取优惠券" safe-area-inset-top>
        <template #right><span class="play-nav__mine" @click="goMine"><van-icon name="coupon-o" /> 我的券</span></template>
      </van-nav-bar>
      <div v-if="!coupon && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
      <van-empty v-else-if="error" image="error" :description="error.status === 404 ? '优惠券不存在或已停止发放' : error.message">
        <div class="shop-empty-actions">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
          <van-button round plain type="primary" @click="goShop">去店铺看看</van-button>
        </div>
      </van-empty>
      <template v-else>
        <shop-strip :code="code" />
        <section class="coupon-ticket" :class="{ 'coupon-ticket--off': !action.claim && !full }">
          <div class="coupon-ticket__value">
            <p class="coupon-ticket__terms">{{ coupon.terms }}</p>
            <p class="coupon-ticket__scope">{{ COUPON_SCOPE_LABELS[coupon.scope] }}可用</p>
          </div>
          <div class="coupon-ticket__about">
            <h1 class="coupon-ticket__name">{{ coupon.name }}</h1>
            <p class="coupon-ticket__line">{{ coupon.validity }}</p>
            <p v-if="coupon.claim_until" class="coupon-ticket__line">领取截止 {{ formatDateTime(coupon.claim_until) }}</p>
            <p class="coupon-ticket__line">{{ leftText }} · 每人限领 {{ coupon.per_customer }} 张</p>
          </div>
        </section>
        <p v-if="coupon.description" class="play-description">{{ coupon.description }}</p>

        <section class="play-action">
          <p v-if="claimed || full" class="play-action__note play-action__note--done">
            <van-icon name="checked" /> 您已领取 {{ coupon.mine }} 张，下单时自动为您使用
          </p>
          <van-button
            v-if="!full"
            block
            round
            type="primary"
            class="coupon-claim"
            :disabled="!action.claim"
            :loading="claiming"
            loading-text="领取中…"
            @click="claim"
          >{{ action.text }}</van-button>
          <div v-if="coupon.mine" class="play-action__row">
            <van-button round type="primary" :plain="!full" @click="goShop">去使用</van-button>
            <van-button round plain type="primary" @click="goMine">我的优惠券</van-button>
          </div>
        </section>
        <p class="play-note">优惠券凭本机浏览器识别，下单时在「确认订单」中选择使用</p>
      </template>
    </div>
  `,
};

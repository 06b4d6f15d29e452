// 优惠券 on the shop's order form: the visitor's unused coupons priced on the items being
// ordered (POST /shops/{code}/my-coupons/quote, best first), each that does not apply with
// why. The best one that applies is chosen until the customer picks another, or none; the
// items are priced again a moment after each change. v-model is the chosen claim's id
// (null: none); `chosen` gives the chosen quote (or null) for the total. requote() prices
// again now (after the server refused a coupon).
import { computed, onBeforeUnmount, ref, watch } from 'vue';

import { api } from '../api.js';
import { formatDateTime, formatPrice } from '../format.js';

const SETTLE_MS = 300;

export default {
  name: 'CouponPicker',
  props: {
    code: { type: String, required: true },
    items: { type: Array, required: true }, // [{ product_id, quantity }]
    modelValue: { type: Number, default: null },
  },
  emits: ['update:modelValue', 'chosen'],
  setup(props, { emit, expose }) {
    const quotes = ref([]);
    const show = ref(false);
    let picked = false; // the customer chose themselves (a coupon or none)
    let generation = 0;
    let timer = null;

    const usable = computed(() => quotes.value.filter((quote) => quote.applies));
    const chosen = computed(() => usable.value.find((quote) => quote.id === props.modelValue) ?? null);
    const valueText = computed(() => {
      if (chosen.value) return `-${formatPrice(chosen.value.saving)}`;
      return usable.value.length ? `${usable.value.length} 张可用` : '暂无可用';
    });

    async function requote() {
      const mine = ++generation;
      if (!props.items.length) return;
      let answer;
      try {
        answer = await api.post(`/shops/${encodeURIComponent(props.code)}/my-coupons/quote`, { items: props.items }, { toast: false, redirectOn401: false });
      } catch {
        return; // the order can be placed without a coupon
      }
      if (mine !== generation) return;
      quotes.value = answer;
      const still = answer.some((quote) => quote.applies && quote.id === props.modelValue);
      if (!picked) emit('update:modelValue', answer.find((quote) => quote.applies)?.id ?? null);
      else if (!still) emit('update:modelValue', null);
    }

    watch(() => JSON.stringify(props.items), () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(requote, SETTLE_MS);
    }, { immediate: true });
    watch(chosen, (quote) => emit('chosen', quote), { immediate: true });
    onBeforeUnmount(() => window.clearTimeout(timer)); // the order was placed: nothing to price

    function pick(quote) {
      if (quote && !quote.applies) return;
      picked = true;
      emit('update:modelValue', quote ? quote.id : null);
      show.value = false;
    }

    expose({ requote });
    return { quotes, show, chosen, valueText, formatDateTime, formatPrice, pick };
  },
  template: `
    <van-cell-group v-if="quotes.length" inset title="优惠" class="coupon-picker">
      <van-cell title="优惠券" is-link :value="valueText" :class="{ 'coupon-picker--chosen': chosen }" class="coupon-picker__cell" @click="show = true" />
    </van-cell-group>
    <van-popup v-model:show="show" position="bottom" round closeable safe-area-inset-bottom teleport="body" class="coupon-sheet">
      <h2 class="coupon-sheet__title">选择优惠券</h2>
      <ul class="coupon-sheet__list">
        <li v-for="quote in quotes" :key="quote.id" class="coupon-ticket coupon-ticket--row"
          :class="{ 'coupon-ticket--off': !quote.applies, 'coupon-ticket--chosen': quote.id === modelValue && quote.applies }"
          role="radio" :aria-checked="quote.id === modelValue && quote.applies" :aria-disabled="!quote.applies" @click="pick(quote)">
          <div class="coupon-ticket__value">
            <p class="coupon-ticket__terms">{{ quote.terms }}</p>
          </div>
          <div class="coupon-ticket__about">
            <p class="coupon-ticket__name">{{ quote.name }}</p>
            <p class="coupon-ticket__line">{{ formatDateTime(quote.valid_until) }} 前有效</p>
            <p v-if="quote.applies" class="coupon-ticket__saving">本单可减 {{ formatPrice(quote.saving) }}</p>
            <p v-else class="coupon-ticket__reason">{{ quote.reason }}</p>
          </div>
          <van-icon v-if="quote.id === modelValue && quote.applies" name="checked" class="coupon-ticket__check" />
        </li>
      </ul>
      <div class="coupon-sheet__none">
        <van-button block round plain @click="pick(null)">不使用优惠券</van-button>
      </div>
    </van-popup>
  `,
};

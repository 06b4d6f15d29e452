// A price in fen as the shop shows it: a small ¥, the yuan big, the decimals small; with the
// list price struck through when there is a higher one.
import { computed } from 'vue';

import { formatPrice, formatYuan } from '../format.js';

export default {
  name: 'ShopPrice',
  props: {
    fen: { type: Number, required: true },
    listFen: { type: Number, default: null },
    size: { type: String, default: 'md' }, // sm, md, lg
  },
  setup(props) {
    const parts = computed(() => {
      const [whole, cents] = formatYuan(props.fen).split('.');
      return { whole, cents };
    });
    const struck = computed(() => (props.listFen && props.listFen > props.fen ? formatPrice(props.listFen) : ''));
    return { parts, struck };
  },
  template: `
    <span class="shop-price" :class="'shop-price--' + size">
      <span class="shop-price__now"><small>¥</small>{{ parts.whole }}<small>.{{ parts.cents }}</small></span>
      <s v-if="struck" class="shop-price__list">{{ struck }}</s>
    </span>
  `,
};

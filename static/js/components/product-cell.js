// A product as staff lists show it: cover, name, subtitle, price (and list price), with
// slots for tags before the name, extra text after the price, and actions below.
import { formatPrice } from '../format.js';

export default {
  name: 'ProductCell',
  props: {
    product: { type: Object, required: true }, // a product or its brief (shelf, pins)
    muted: { type: Boolean, default: false }, // greyed: off sale
  },
  setup() {
    return { formatPrice };
  },
  template: `
    <article class="product-cell" :class="{ 'product-cell--muted': muted }">
      <div class="product-cell__main">
        <van-image
          v-if="product.cover_url"
          :src="product.cover_url"
          width="72"
          height="72"
          radius="8"
          fit="cover"
          class="product-cell__cover"
          :alt="product.name"
        />
        <div v-else class="product-cell__cover product-cell__cover--none" aria-hidden="true">
          <van-icon name="photo-o" size="26" />
        </div>
        <div class="product-cell__body">
          <div class="product-cell__name"><slot name="tags" />{{ product.name }}</div>
          <div v-if="product.subtitle" class="product-cell__subtitle">{{ product.subtitle }}</div>
          <div class="product-cell__price">
            <span class="price">{{ formatPrice(product.price) }}</span>
            <s v-if="product.list_price && product.list_price > product.price" class="price--list">{{ formatPrice(product.list_price) }}</s>
            <span class="product-cell__extra"><slot name="extra" /></span>
          </div>
        </div>
      </div>
      <div v-if="$slots.default" class="product-cell__actions"><slot /></div>
    </article>
  `,
};

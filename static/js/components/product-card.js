// A product in the shop's 2-column grid: square cover (lazy, fixed box so nothing jumps),
// name, a tag, price and the struck list price; "售罄" over the cover when sold out.
import ShopPrice from './shop-price.js';

export default {
  name: 'ProductCard',
  components: { ShopPrice },
  props: {
    product: { type: Object, required: true },
  },
  emits: ['open'],
  template: `
    <article
      class="product-card"
      :class="{ 'product-card--sold-out': product.sold_out }"
      role="link"
      tabindex="0"
      @click="$emit('open', product)"
      @keyup.enter="$emit('open', product)"
    >
      <div class="product-card__cover shop-cover">
        <img v-if="product.cover_url" :src="product.cover_url" :alt="product.name" loading="lazy" width="400" height="400" />
        <span v-else class="shop-cover__blank">{{ product.name.slice(0, 1) }}</span>
        <span v-if="product.sold_out" class="shop-cover__sold-out">售罄</span>
      </div>
      <div class="product-card__body">
        <h3 class="product-card__name">{{ product.name }}</h3>
        <p class="product-card__tags">
          <span v-for="tag in product.tags.slice(0, 2)" :key="tag" class="shop-tag">{{ tag }}</span>
        </p>
        <shop-price :fen="product.price" :list-fen="product.list_price" size="sm" />
      </div>
    </article>
  `,
};

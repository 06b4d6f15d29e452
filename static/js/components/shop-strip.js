// Whose shop a coupon or group-buy page belongs to: the rep's avatar and shop name, and a
// way into the shop. The shop is read as the shop page reads it (cached, revalidated by ETag);
// without it the strip stays empty rather than failing the page.
import { onMounted, ref } from 'vue';

import { cachedShop, loadShop } from '../shop-visits.js';
import ShopAvatar from './shop-avatar.js';

export default {
  name: 'ShopStrip',
  components: { ShopAvatar },
  props: {
    code: { type: String, required: true },
  },
  setup(props) {
    const data = ref(cachedShop(props.code));
    onMounted(async () => {
      try {
        data.value = await loadShop(props.code);
      } catch {
        // only the strip is missing
      }
    });
    return { data };
  },
  template: `
    <router-link v-if="data" :to="{ name: 'shop', params: { code } }" class="shop-strip">
      <shop-avatar :url="data.shop.avatar_url" :name="data.shop.rep_name" :size="32" />
      <span class="shop-strip__name">{{ data.shop.display_name }}</span>
      <span class="shop-strip__enter">进店逛逛<van-icon name="arrow" /></span>
    </router-link>
  `,
};

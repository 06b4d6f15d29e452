// A rep's round avatar in the shop: their picture, or the first character of their name on a
// colour picked from the name (the same name always gets the same colour).
import { computed } from 'vue';

const COLORS = ['#E8452C', '#F29F3D', '#3DAA77', '#3C8DDE', '#7B68C8', '#D65A8C', '#2F9C9C', '#8A6E4B'];

export default {
  name: 'ShopAvatar',
  props: {
    url: { type: String, default: null },
    name: { type: String, default: '' },
    size: { type: Number, default: 48 },
  },
  setup(props) {
    const initial = computed(() => Array.from(props.name.trim())[0] ?? '店');
    const style = computed(() => {
      let hash = 0;
      for (const char of props.name) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
      return {
        width: `${props.size}px`,
        height: `${props.size}px`,
        fontSize: `${Math.round(props.size * 0.45)}px`,
        lineHeight: `${props.size}px`,
        background: props.url ? undefined : COLORS[hash % COLORS.length],
      };
    });
    return { initial, style };
  },
  template: `
    <span class="shop-avatar" :style="style">
      <img v-if="url" :src="url" :alt="name" width="96" height="96" />
      <template v-else>{{ initial }}</template>
    </span>
  `,
};

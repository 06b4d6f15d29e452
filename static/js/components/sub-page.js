// The frame of an inner page: a fixed nav bar whose back arrow goes back in history (or,
// opened from a link, up to the parent page), then the page body in the default slot.
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** "/rep/orders/12" -> "/rep/orders"; "/rep/shelf" -> "/rep". */
export function parentPath(path) {
  const parent = path.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
  return parent || '/';
}

export default {
  name: 'SubPage',
  props: {
    title: { type: String, default: '' }, // default: the route's meta.title
    back: { type: String, default: '' }, // where the arrow leads without history; default: the parent path
  },
  setup(props) {
    const route = useRoute();
    const router = useRouter();
    const heading = computed(() => props.title || route.meta.title || '');

    function goBack() {
      if (window.history.state?.back) router.back();
      else router.replace(props.back || parentPath(route.path));
    }

    return { heading, goBack };
  },
  template: `
    <div class="page page--sub">
      <van-nav-bar
        :title="heading"
        left-arrow
        fixed
        placeholder
        safe-area-inset-top
        class="page__nav"
        @click-left="goBack"
      >
        <template #right><slot name="nav-right" /></template>
      </van-nav-bar>
      <slot />
    </div>
  `,
};

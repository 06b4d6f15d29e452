// 动态: everything that happened with one customer (GET /customers/{id}/timeline), newest
// first: follow-ups, visits, orders, tags, stages, segments, consultations, bookings,
// handovers, coupons claimed, group-buy seats. Loaded page by page as the list scrolls, each
// page starting where the last one ended, so new activity never repeats or skips an item.
// reload() starts again from the top.
import { reactive, ref } from 'vue';

import { api } from '../api.js';
import { formatTime } from '../format.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const ICONS = {
  follow_up: 'notes-o',
  visit: 'eye-o',
  material_open: 'description',
  customer_new: 'add-o',
  order: 'orders-o',
  tag: 'label-o',
  stage: 'upgrade',
  segment: 'chart-trending-o',
  consultation: 'chat-o',
  booking: 'calendar-o',
  handover: 'exchange',
  coupon: 'coupon-o',
  group_buy: 'friends-o',
};

export default {
  name: 'CustomerTimeline',
  props: {
    customerId: { type: Number, required: true },
  },
  setup(props, { expose }) {
    const list = reactive({ items: [], next: null, loading: false, finished: false, failed: false });
    const now = ref(new Date());

    let generation = 0;
    async function loadPage() {
      const mine = generation;
      list.loading = true;
      try {
        const query = { per_page: PER_PAGE, ...(list.next ? { before: list.next } : {}) };
        const data = await api.get(`/customers/${props.customerId}/timeline`, { query });
        if (mine !== generation) return;
        list.items = list.items.concat(data.items);
        list.next = data.next;
        list.finished = !data.next;
        now.value = new Date();
      } catch {
        if (mine === generation) list.failed = true;
      } finally {
        if (mine === generation) list.loading = false;
      }
    }

    function reload() {
      generation += 1;
      Object.assign(list, { items: [], next: null, loading: false, finished: false, failed: false });
      return loadPage();
    }

    expose({ reload });
    const iconOf = (item) => ICONS[item.kind] ?? 'info-o';
    const timeOf = (iso) => formatTime(iso, session.me?.company?.timezone, now.value);
    return { list, loadPage, iconOf, timeOf };
  },
  template: `
    <van-list
      v-model:loading="list.loading"
      v-model:error="list.failed"
      :finished="list.finished"
      :finished-text="list.items.length ? '没有更多了' : ''"
      error-text="加载失败，点击重试"
      class="timeline"
      @load="loadPage"
    >
      <van-empty v-if="list.finished && !list.items.length" image-size="80" description="还没有动态" />
      <ol class="timeline__list">
        <li v-for="item in list.items" :key="item.key" class="timeline-item" :class="'timeline-item--' + item.kind" :data-kind="item.kind">
          <span class="timeline-item__icon" aria-hidden="true"><van-icon :name="iconOf(item)" /></span>
          <div class="timeline-item__body">
            <div class="timeline-item__head">
              <span class="timeline-item__title">{{ item.title }}</span>
              <time class="timeline-item__time" :datetime="item.at">{{ timeOf(item.at) }}</time>
            </div>
            <p v-if="item.detail" class="timeline-item__detail">{{ item.detail }}</p>
            <p v-if="item.actor_name" class="timeline-item__actor">{{ item.actor_name }}</p>
          </div>
        </li>
      </ol>
    </van-list>
  `,
};

// Today's counters from GET /dashboard/today as a grid, with loading and empty states. Each
// figure comes with its label and unit (core.events' declared metrics): nothing to map here.
import { computed } from 'vue';

import { formatDay, formatPrice } from '../format.js';
import { SCOPE_LABELS } from '../labels.js';

export default {
  name: 'TodayMetrics',
  props: {
    dashboard: { type: Object, default: null }, // null while loading or after an error
    loading: { type: Boolean, default: false },
  },
  setup(props) {
    const items = computed(() => props.dashboard?.figures ?? []);
    const subtitle = computed(() => {
      const board = props.dashboard;
      if (!board) return '';
      const scope = SCOPE_LABELS[board.scope] ?? '';
      const reps = board.scope !== 'self' && board.reps != null ? ` · ${board.reps} 名员工` : '';
      return `${formatDay(board.day)} · ${scope}${reps}`;
    });
    const valueOf = (item) => (item.unit === 'fen' ? formatPrice(item.value) : item.value);
    return { items, subtitle, valueOf };
  },
  template: `
    <section class="card today-metrics">
      <header class="card__header">
        <h2 class="card__title">今日数据</h2>
        <span class="card__extra">{{ subtitle }}</span>
      </header>
      <div v-if="loading && !dashboard" class="today-metrics__loading">
        <van-loading size="20">加载中…</van-loading>
      </div>
      <van-empty
        v-else-if="items.length === 0"
        image="search"
        image-size="72"
        :description="dashboard ? '今天还没有数据' : '数据加载失败，下拉刷新重试'"
      />
      <van-grid v-else :column-num="3" :border="false" class="today-metrics__grid">
        <van-grid-item v-for="item in items" :key="item.metric">
          <span class="metric__value" :class="{ 'metric__value--money': item.unit === 'fen' }">{{ valueOf(item) }}</span>
          <span class="metric__label">{{ item.label }}</span>
        </van-grid-item>
      </van-grid>
    </section>
  `,
};

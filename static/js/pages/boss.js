// /boss: the boss's home, 团队看板: today's team counters, also as a bar chart, and the
// team's orders (read only).
import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';
import MetricChart from '../components/metric-chart.js';

export default {
  name: 'BossHomePage',
  components: { EntryGrid, HomeLayout, MetricChart },
  setup() {
    const hasMetrics = (dashboard) => (dashboard?.figures ?? []).some((item) => item.unit === 'count');
    const entries = [{ text: '团队订单', icon: 'orders-o', to: '/boss/orders' }, { text: '客户洞察', icon: 'chart-trending-o', to: '/boss/insight' }];
    return { hasMetrics, entries };
  },
  template: `
    <home-layout title="团队看板">
      <template #default="{ dashboard }">
        <entry-grid :items="entries" :columns="4" />
        <section v-if="hasMetrics(dashboard)" class="card">
          <header class="card__header">
            <h2 class="card__title">今日数据分布</h2>
          </header>
          <metric-chart :figures="dashboard.figures" />
        </section>
      </template>
    </home-layout>
  `,
};

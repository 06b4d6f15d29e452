// /boss: the boss's home, 团队看板: today's team counters, also as a bar chart.
import HomeLayout from '../components/home-layout.js';
import MetricChart from '../components/metric-chart.js';

export default {
  name: 'BossHomePage',
  components: { HomeLayout, MetricChart },
  setup() {
    const hasMetrics = (dashboard) => Object.keys(dashboard?.metrics ?? {}).length > 0;
    return { hasMetrics };
  },
  template: `
    <home-layout title="团队看板">
      <template #default="{ dashboard }">
        <section v-if="hasMetrics(dashboard)" class="card">
          <header class="card__header">
            <h2 class="card__title">今日数据分布</h2>
          </header>
          <metric-chart :metrics="dashboard.metrics" />
        </section>
      </template>
    </home-layout>
  `,
};

// A bar chart of today's counters (ECharts), used on the boss dashboard: the figures of
// GET /dashboard/today, each with its label and unit.
import { onBeforeUnmount, onMounted, ref, watch } from 'vue';
import * as echarts from 'echarts';

const BRAND = '#e8452c';

function optionFor(figures) {
  const items = figures.filter((item) => item.unit === 'count'); // money has its own scale
  return {
    animationDuration: 400,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: {
      type: 'category',
      data: items.map((item) => item.label),
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11, color: '#646566', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: '#ebedf0' } },
      axisLabel: { fontSize: 11, color: '#969799' },
    },
    series: [
      {
        type: 'bar',
        data: items.map((item) => item.value),
        barMaxWidth: 28,
        itemStyle: { color: BRAND, borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: 'top', fontSize: 11, color: '#323233' },
      },
    ],
  };
}

export default {
  name: 'MetricChart',
  props: {
    figures: { type: Array, required: true },
  },
  setup(props) {
    const el = ref(null);
    let chart = null;
    // The container changes width on rotation and when the tab bar safe area settles.
    let observer = null;

    onMounted(() => {
      chart = echarts.init(el.value, null, { renderer: 'canvas' });
      chart.setOption(optionFor(props.figures));
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(el.value);
    });
    watch(
      () => props.figures,
      (figures) => chart?.setOption(optionFor(figures), { notMerge: true }),
      { deep: true },
    );
    onBeforeUnmount(() => {
      observer?.disconnect();
      chart?.dispose();
      chart = null;
    });
    return { el };
  },
  template: `<div ref="el" class="metric-chart" role="img" aria-label="今日数据柱状图"></div>`,
};

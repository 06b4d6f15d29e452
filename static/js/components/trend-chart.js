// A line chart of figures over time buckets (ECharts), from GET /dashboard/trend. One chart
// holds figures of one unit only (counts, or money in fen shown as yuan): money and counts
// never share an axis. Axis labels are thinned to what fits a phone, never cut.
import { onBeforeUnmount, onMounted, ref, watch } from 'vue';
import * as echarts from 'echarts';

import { formatYuan } from '../format.js';

const COLORS = ['#e8452c', '#1989fa', '#07c160', '#ff976a', '#7232dd'];
const MAX_AXIS_LABELS = 6;

function bucketLabel(bucket, grain) {
  const [, month, day] = bucket.start.split('-').map(Number);
  if (grain === 'month') return `${month}月`;
  return `${month}/${day}`;
}

function optionFor({ buckets, series, grain, unit }) {
  const money = unit === 'fen';
  const yuan = (fen) => (money ? Number(formatYuan(fen)) : fen);
  const every = Math.max(1, Math.ceil(buckets.length / MAX_AXIS_LABELS));
  return {
    animationDuration: 300,
    color: COLORS,
    grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, left: 0, itemWidth: 14, textStyle: { fontSize: 11 } } : undefined,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value) => (money ? `¥${Number(value).toFixed(2)}` : value),
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: buckets.map((bucket) => bucketLabel(bucket, grain)),
      axisTick: { show: false },
      // every nth label, the last one always: thinned by design, none dropped for overlap
      axisLabel: { fontSize: 11, color: '#646566', interval: (index) => (buckets.length - 1 - index) % every === 0 },
    },
    yAxis: {
      type: 'value',
      minInterval: money ? 0 : 1,
      splitLine: { lineStyle: { color: '#ebedf0' } },
      axisLabel: { fontSize: 11, color: '#969799', formatter: (value) => (money && value >= 10000 ? `${value / 10000}万` : value) },
    },
    series: series.map((item) => ({
      name: item.label,
      type: 'line',
      smooth: false, // a curve overshoots its points: a boss reads a dip that never happened
      symbol: 'circle',
      symbolSize: 5,
      data: item.values.map(yuan),
    })),
  };
}

export default {
  name: 'TrendChart',
  props: {
    buckets: { type: Array, required: true },
    series: { type: Array, required: true }, // [{ label, values }], all of one unit
    grain: { type: String, default: 'day' },
    unit: { type: String, default: 'count' },
    label: { type: String, default: '趋势图' },
  },
  setup(props) {
    const el = ref(null);
    let chart = null;
    let observer = null;

    onMounted(() => {
      // SVG: crisp on a phone's screen, and its labels are text a test can measure
      chart = echarts.init(el.value, null, { renderer: 'svg' });
      chart.setOption(optionFor(props));
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(el.value);
    });
    watch(() => [props.buckets, props.series, props.grain, props.unit],
      () => chart?.setOption(optionFor(props), { notMerge: true }), { deep: true });
    onBeforeUnmount(() => {
      observer?.disconnect();
      chart?.dispose();
      chart = null;
    });
    return { el };
  },
  template: `<div ref="el" class="trend-chart" role="img" :aria-label="label"></div>`,
};

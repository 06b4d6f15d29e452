// Horizontal bars of the customer insight page (ECharts): one bar per row, its name on the
// left and its label (the count, and a note such as a conversion) at the bar's end; tapping a
// bar emits `pick` with the row. Rows: [{ name, value, label }]. The height grows with the
// rows and every category label is drawn (interval 0), so none is dropped at 375 px; the
// grid keeps room on the right for the longest label, so none is clipped.
import { onBeforeUnmount, onMounted, ref, watch } from 'vue';
import * as echarts from 'echarts';

const BRAND = '#e8452c';
const ROW_HEIGHT = 30;
const FONT = 12;

// Chinese glyphs are about one em wide at this size, digits and signs about half of one.
const textWidth = (text) => [...String(text)].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 255 ? FONT : FONT * 0.6), 0);

function optionFor(rows, color) {
  const labelRoom = Math.ceil(Math.max(24, ...rows.map((row) => textWidth(row.label)))) + 12;
  return {
    animationDuration: 300,
    grid: { left: 8, right: labelRoom, top: 4, bottom: 4, containLabel: true },
    tooltip: { show: false },
    xAxis: { type: 'value', show: false, max: (extent) => Math.max(1, extent.max) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { interval: 0, fontSize: FONT, color: '#646566' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => row.value),
        barMaxWidth: 16,
        barMinHeight: 2,
        itemStyle: { color, borderRadius: [0, 4, 4, 0] },
        label: {
          show: true,
          position: 'right',
          fontSize: FONT,
          color: '#323233',
          formatter: ({ dataIndex }) => rows[dataIndex].label,
        },
      },
    ],
  };
}

export default {
  name: 'InsightBars',
  props: {
    rows: { type: Array, required: true },
    color: { type: String, default: BRAND },
    ariaLabel: { type: String, default: '' },
  },
  emits: ['pick'],
  setup(props, { emit }) {
    const el = ref(null);
    let chart = null;
    let observer = null;

    onMounted(() => {
      chart = echarts.init(el.value, null, { renderer: 'canvas' });
      chart.setOption(optionFor(props.rows, props.color));
      // a tap anywhere on a row (its bar, label or name) picks it
      chart.getZr().on('click', (event) => {
        const [, index] = chart.convertFromPixel({ seriesIndex: 0 }, [event.offsetX, event.offsetY]);
        const row = props.rows[Math.round(index)];
        if (row) emit('pick', row);
      });
      observer = new ResizeObserver(() => chart?.resize());
      observer.observe(el.value);
    });
    watch(
      () => props.rows,
      (rows) => chart?.setOption(optionFor(rows, props.color), { notMerge: true }),
      { deep: true },
    );
    onBeforeUnmount(() => {
      observer?.disconnect();
      chart?.dispose();
      chart = null;
    });
    return { el, height: () => `${props.rows.length * ROW_HEIGHT + 8}px` };
  },
  template: `<div ref="el" class="insight-bars" :style="{ height: height() }" role="img" :aria-label="ariaLabel"></div>`,
};

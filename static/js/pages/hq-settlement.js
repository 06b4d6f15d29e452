// /hq/settlement: 提成结算. Pick a period (local days, both included) and download the
// settlement sheet: per rep the commission settled in it, and every line (Excel), or the
// summary alone (CSV).
import { computed, ref } from 'vue';
import { showSuccessToast } from 'vant';

import { api, saveBlob } from '../api.js';
import SubPage from '../components/sub-page.js';
import { isoDay } from '../format.js';

function lastMonth() {
  const today = new Date();
  const start = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const end = new Date(today.getFullYear(), today.getMonth(), 0);
  return [start, end];
}

export default {
  name: 'HqSettlementPage',
  components: { SubPage },
  setup() {
    const today = new Date();
    const minDate = new Date(today.getFullYear() - 2, today.getMonth(), 1);
    const maxDate = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    const range = ref(lastMonth());
    const picking = ref(false);
    const downloading = ref('');

    const startText = computed(() => isoDay(range.value[0]));
    const endText = computed(() => isoDay(range.value[1]));
    const days = computed(() => Math.round((range.value[1] - range.value[0]) / 86_400_000) + 1);

    function onConfirm(dates) {
      range.value = dates;
      picking.value = false;
    }

    function preset(name) {
      const now = new Date();
      if (name === 'last-month') range.value = lastMonth();
      if (name === 'this-month') range.value = [new Date(now.getFullYear(), now.getMonth(), 1), maxDate];
      if (name === 'last-7') range.value = [new Date(now.getFullYear(), now.getMonth(), now.getDate() - 6), maxDate];
    }

    async function download(format) {
      downloading.value = format;
      try {
        const start = isoDay(range.value[0]);
        const end = isoDay(range.value[1]);
        const { blob, filename } = await api.download('/commission/settlement', { query: { start, end, format } });
        saveBlob(blob, filename || `提成结算-${start}-${end}.${format}`);
        showSuccessToast('已开始下载');
      } catch {
        // shown by the client (a period longer than a year, ...)
      } finally {
        downloading.value = '';
      }
    }

    return { minDate, maxDate, range, picking, downloading, startText, endText, days, onConfirm, preset, download };
  },
  template: `
    <sub-page back="/hq">
      <div class="page__body">
        <van-cell-group inset title="结算周期">
          <van-cell title="开始日期" :value="startText" is-link @click="picking = true" />
          <van-cell title="结束日期" :value="endText" is-link @click="picking = true" />
          <van-cell title="共计" :value="days + ' 天'" />
        </van-cell-group>
        <div class="chips chips--padded">
          <button type="button" class="chip" @click="preset('last-month')">上个月</button>
          <button type="button" class="chip" @click="preset('this-month')">本月</button>
          <button type="button" class="chip" @click="preset('last-7')">近 7 天</button>
        </div>
        <p class="page-tip">导出所选周期内已结算的提成：每位员工的汇总，Excel 另含每一笔明细。</p>
        <div class="page-actions page-actions--row">
          <van-button round type="primary" icon="down" :loading="downloading === 'xlsx'" :disabled="downloading !== ''" @click="download('xlsx')">导出 Excel</van-button>
          <van-button round plain type="primary" icon="description" :loading="downloading === 'csv'" :disabled="downloading !== ''" @click="download('csv')">导出 CSV</van-button>
        </div>
      </div>
      <van-calendar
        v-model:show="picking"
        type="range"
        title="选择结算周期"
        :min-date="minDate"
        :max-date="maxDate"
        :default-date="range"
        allow-same-day
        color="#e8452c"
        @confirm="onConfirm"
      />
    </sub-page>
  `,
};

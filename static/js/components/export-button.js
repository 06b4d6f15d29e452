// The 导出 button a list page drops in: choose Excel or CSV, and the list's current filters
// are posted to /exports. A short table comes back as the file and is saved at once; a long
// one is a job the jobs process writes: a sheet shows its progress (polled every 1.5 s) and
// then the download link, which 我的导出 (/account/exports) also keeps until it expires.
//
//   <export-button name="customers" :filters="exportFilters" />
//
// `filters` is what the list endpoint's query string takes, as JSON (arrays, booleans).
import { computed, onBeforeUnmount, reactive, ref } from 'vue';

import { fileOf, request, saveBlob } from '../api.js';

const POLL_MS = 1500;
const FORMATS = [
  { name: 'Excel 表格（.xlsx）', format: 'xlsx' },
  { name: 'CSV 文本（.csv）', format: 'csv' },
];

/** A job's progress in percent (0 until its rows are counted). */
export function percentOf(job) {
  if (job.status === 'done') return 100;
  return job.rows_total ? Math.min(99, Math.floor((job.rows_done / job.rows_total) * 100)) : 0;
}

/** GET /exports/<id> every POLL_MS until it is done or failed; `stop()` ends it early. */
export function pollExport(job, onChange) {
  let timer = null;
  let stopped = false;
  async function tick() {
    try {
      const fresh = await request('GET', `/exports/${job.id}`, { toast: false });
      if (stopped) return;
      onChange(fresh);
      if (fresh.status === 'done' || fresh.status === 'failed') return;
    } catch {
      if (stopped) return; // a lost poll: try again at the next tick
    }
    timer = window.setTimeout(tick, POLL_MS);
  }
  timer = window.setTimeout(tick, POLL_MS);
  return { stop: () => { stopped = true; window.clearTimeout(timer); } };
}

export default {
  name: 'ExportButton',
  props: {
    name: { type: String, required: true }, // the registered export: customers, orders, ...
    filters: { type: Object, default: () => ({}) },
    text: { type: String, default: '导出' },
  },
  setup(props) {
    const choosing = ref(false);
    const busy = ref(false);
    const sheet = reactive({ show: false, job: null });
    let poll = null;

    const percent = computed(() => (sheet.job ? percentOf(sheet.job) : 0));
    const stopPolling = () => { poll?.stop(); poll = null; };

    async function start(action) {
      choosing.value = false;
      busy.value = true;
      try {
        const response = await request('POST', '/exports', {
          body: { name: props.name, format: action.format, filters: props.filters },
          raw: true,
        });
        if (response.status === 202) {
          sheet.job = await response.json();
          sheet.show = true;
          stopPolling();
          poll = pollExport(sheet.job, (fresh) => { sheet.job = fresh; });
        } else {
          const { blob, filename } = await fileOf(response);
          saveBlob(blob, filename || `导出.${action.format}`);
        }
      } catch {
        // shown by the client
      } finally {
        busy.value = false;
      }
    }

    onBeforeUnmount(stopPolling);
    return { FORMATS, choosing, busy, sheet, percent, start };
  },
  template: `
    <span class="export-button">
      <van-button size="small" plain round icon="down" :loading="busy" loading-text="导出中" @click="choosing = true">{{ text }}</van-button>
      <van-action-sheet v-model:show="choosing" teleport="body" :actions="FORMATS" cancel-text="取消" description="按当前筛选条件导出" close-on-click-action @select="start" />
      <van-popup v-model:show="sheet.show" teleport="body" round position="bottom" class="export-sheet" closeable>
        <div v-if="sheet.job" class="export-sheet__body">
          <h3 class="export-sheet__title">{{ sheet.job.label }}导出</h3>
          <template v-if="sheet.job.status === 'failed'">
            <van-icon name="warning-o" class="export-sheet__failed" />
            <p class="export-sheet__error">{{ sheet.job.error || '导出失败，请稍后重试' }}</p>
          </template>
          <template v-else>
            <van-progress :percentage="percent" stroke-width="8" />
            <p class="export-sheet__hint">
              <template v-if="sheet.job.status === 'done'">已完成，共 {{ sheet.job.rows_done }} 行</template>
              <template v-else-if="sheet.job.status === 'queued'">排队中，共 {{ sheet.job.rows_total }} 行…</template>
              <template v-else>正在导出 {{ sheet.job.rows_done }} / {{ sheet.job.rows_total }} 行…</template>
            </p>
            <van-button v-if="sheet.job.download_url" type="primary" round block icon="down" tag="a" :href="sheet.job.download_url">下载文件</van-button>
          </template>
          <p class="export-sheet__more">
            可以离开本页，稍后在 <router-link to="/account/exports">我的导出</router-link> 下载；文件仅本人可下载，到期自动删除
          </p>
        </div>
      </van-popup>
    </span>
  `,
};

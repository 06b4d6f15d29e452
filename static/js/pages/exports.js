// /account/exports: 我的导出. The exports the jobs process writes for me, newest first: the
// progress of those still running (refreshed every 2 s while any is), the download link of
// those done until they expire, the error of those that failed.
import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue';

import { api } from '../api.js';
import { percentOf } from '../components/export-button.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import { EXPORT_FORMAT_LABELS, EXPORT_STATUS_LABELS } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const REFRESH_MS = 2000;
const STATUS_TAG_TYPES = { queued: 'default', running: 'primary', done: 'success', failed: 'danger' };

export default {
  name: 'ExportsPage',
  components: { SubPage },
  setup() {
    const exports = reactive(usePagedList((page, { quiet }) => api.get('/exports', {
      query: { page, per_page: PER_PAGE }, toast: !quiet,
    })));
    const refreshing = ref(false);
    let timer = null;

    const working = computed(() => exports.items.some((job) => job.status === 'queued' || job.status === 'running'));
    watch(working, (now) => {
      window.clearInterval(timer);
      timer = now ? window.setInterval(() => exports.refreshFirst(), REFRESH_MS) : null;
    });
    onBeforeUnmount(() => window.clearInterval(timer));

    async function onRefresh() {
      await exports.restart({ keep: true });
      refreshing.value = false;
    }

    const zone = () => session.me?.company?.timezone;
    const timeOf = (moment) => formatTime(moment, zone());
    const expired = (job) => job.status === 'done' && !job.download_url;

    return {
      EXPORT_FORMAT_LABELS, EXPORT_STATUS_LABELS, STATUS_TAG_TYPES, exports, refreshing, onRefresh,
      timeOf, expired, percentOf,
    };
  },
  template: `
    <sub-page back="/account">
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <van-list
          v-model:loading="exports.loading"
          v-model:error="exports.failed"
          :finished="exports.finished"
          :finished-text="exports.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="exports.loadNext"
        >
          <van-empty v-if="exports.finished && exports.items.length === 0" image="search" description="还没有导出过大表格；列表页的「导出」按钮可以导出当前筛选的数据" />
          <ul class="export-list">
            <li v-for="job in exports.items" :key="job.id" class="card export-card">
              <div class="export-card__head">
                <span class="export-card__name">{{ job.label }} · {{ EXPORT_FORMAT_LABELS[job.format] ?? job.format }}</span>
                <van-tag v-if="expired(job)" round>已过期</van-tag>
                <van-tag v-else :type="STATUS_TAG_TYPES[job.status]" round>{{ EXPORT_STATUS_LABELS[job.status] ?? job.status }}</van-tag>
              </div>
              <time class="export-card__time" :datetime="job.created_at">{{ timeOf(job.created_at) }} 提交 · 共 {{ job.rows_total }} 行</time>
              <van-progress v-if="job.status === 'queued' || job.status === 'running'" :percentage="percentOf(job)" stroke-width="6" class="export-card__progress" />
              <p v-if="job.status === 'failed'" class="export-card__error">{{ job.error }}</p>
              <div v-if="job.download_url" class="export-card__foot">
                <span class="export-card__expires">{{ timeOf(job.expires_at) }} 前有效</span>
                <van-button size="small" type="primary" round icon="down" tag="a" :href="job.download_url">下载</van-button>
              </div>
            </li>
          </ul>
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

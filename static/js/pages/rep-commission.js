// /rep/commission: 我的提成. Pending (frozen), settled and total, then the ledger: an
// earning per completed order, a negative reversal per refund of a completed order.
import { onMounted, ref } from 'vue';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime, formatPrice } from '../format.js';
import { COMMISSION_KIND_LABELS, COMMISSION_STATUS_LABELS } from '../labels.js';
import { session } from '../session.js';

const PER_PAGE = 20;

/** Fen with its sign in front: -1250 -> "-¥12.50", 800 -> "+¥8.00". */
export function signedPrice(fen) {
  if (fen < 0) return `-${formatPrice(-fen)}`;
  return `+${formatPrice(fen)}`;
}

export default {
  name: 'RepCommissionPage',
  components: { SubPage },
  setup() {
    const summary = ref(null);
    const entries = ref([]);
    const page = ref(0);
    const loading = ref(false);
    const finished = ref(false);
    const failed = ref(false);
    const refreshing = ref(false);

    async function loadSummary() {
      try {
        summary.value = await api.get('/commission/summary');
      } catch {
        // the figures stay as they were
      }
    }

    async function loadNextPage() {
      loading.value = true;
      try {
        const data = await api.get('/commission/entries', { query: { page: page.value + 1, per_page: PER_PAGE } });
        entries.value = page.value === 0 ? data.items : entries.value.concat(data.items);
        page.value = data.page;
        finished.value = entries.value.length >= data.total || data.items.length === 0;
      } catch {
        failed.value = true;
      } finally {
        loading.value = false;
      }
    }

    async function onRefresh() {
      page.value = 0;
      finished.value = false;
      failed.value = false;
      await Promise.all([loadSummary(), loadNextPage()]);
      refreshing.value = false;
    }

    const zone = () => session.me?.company?.timezone;
    const day = (iso) => formatDateTime(iso, zone()).slice(0, 10);

    onMounted(loadSummary);
    return {
      summary, entries, loading, finished, failed, refreshing, loadNextPage, onRefresh, day,
      formatPrice, signedPrice, COMMISSION_KIND_LABELS, COMMISSION_STATUS_LABELS,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <section class="commission-summary">
          <div class="commission-summary__main">
            <span class="commission-summary__label">待结算</span>
            <span class="commission-summary__value">{{ summary ? formatPrice(summary.frozen) : '—' }}</span>
          </div>
          <div class="commission-summary__row">
            <div><span class="commission-summary__label">已结算</span><span>{{ summary ? formatPrice(summary.settled) : '—' }}</span></div>
            <div><span class="commission-summary__label">累计</span><span>{{ summary ? formatPrice(summary.total) : '—' }}</span></div>
          </div>
          <p v-if="summary" class="commission-summary__note">订单完成后 {{ summary.settle_days }} 天结算；退款会冲回已得提成</p>
        </section>

        <h2 class="list-section__title list-section__title--page">提成明细</h2>
        <van-list
          v-model:loading="loading"
          v-model:error="failed"
          :finished="finished"
          :finished-text="entries.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="loadNextPage"
        >
          <van-empty v-if="finished && entries.length === 0" image="search" description="还没有提成，订单完成后会记在这里" />
          <van-cell-group v-else inset>
            <van-cell v-for="entry in entries" :key="entry.id" center class="commission-entry">
              <template #title>
                <span class="commission-entry__kind">{{ COMMISSION_KIND_LABELS[entry.kind] || entry.kind }}</span>
                <van-tag :type="entry.status === 'settled' ? 'success' : 'warning'" plain class="name-tag">{{ COMMISSION_STATUS_LABELS[entry.status] || entry.status }}</van-tag>
              </template>
              <template #label>
                订单 {{ entry.order_number }}<br />
                {{ entry.status === 'settled' ? '结算于 ' + day(entry.settled_at || entry.settle_at) : '预计 ' + day(entry.settle_at) + ' 结算' }}
              </template>
              <template #value>
                <span class="commission-entry__amount" :class="{ 'amount--negative': entry.amount < 0 }">{{ signedPrice(entry.amount) }}</span>
              </template>
            </van-cell>
          </van-cell-group>
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

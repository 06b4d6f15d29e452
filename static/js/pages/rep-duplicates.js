// /rep/customers/duplicates: 重复客户. The rep's customers who share a phone, one card per
// phone: pick the record to keep (the first real customer by default) and merge the others
// into it, after a confirm. A merge moves every order, follow-up, tag, stage change and visit
// to the kept record; the kept record's profile wins and its gaps are filled from the others.
import { reactive, ref, watch } from 'vue';
import { useRouter } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import { StageTag, TagChip } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import { CUSTOMER_SOURCE_LABELS, CUSTOMER_STATUS_LABELS, customerLabel } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 10;

/** The record kept by default: the first one that is a customer, else the first. */
const defaultKept = (group) => (group.customers.find((c) => c.status === 'customer') ?? group.customers[0]).id;

export default {
  name: 'RepDuplicatesPage',
  components: { StageTag, SubPage, TagChip },
  setup() {
    const router = useRouter();
    const groups = reactive(usePagedList(
      (page) => api.get('/customers/duplicates', { query: { page, per_page: PER_PAGE } }),
      { key: 'phone' },
    ));
    const kept = ref({}); // phone -> id of the record to keep
    const merging = ref('');

    // a group that comes in keeps its first real customer unless the rep picks another
    watch(() => groups.items, (rows) => {
      for (const group of rows) kept.value[group.phone] ??= defaultKept(group);
    });

    async function merge(group) {
      const keptId = kept.value[group.phone];
      const keeper = group.customers.find((c) => c.id === keptId);
      const others = group.customers.filter((c) => c.id !== keptId);
      try {
        await showConfirmDialog({
          title: '合并客户',
          message: `把另外 ${others.length} 条记录合并到「${customerLabel(keeper)}」？\n它们的订单、跟进、标签、阶段和访问记录都会归到这位客户名下，合并后不能撤销。`,
          confirmButtonText: '合并',
        });
      } catch {
        return; // cancelled
      }
      merging.value = group.phone;
      try {
        for (const other of others) {
          await api.post(`/customers/${keptId}/merge`, { other_id: other.id });
        }
        showSuccessToast('已合并');
      } catch {
        // shown by the client; the list is reloaded to show what is left
      } finally {
        merging.value = '';
        delete kept.value[group.phone];
        groups.restart();
      }
    }

    const zone = () => session.me?.company?.timezone;
    const detail = (customer) => [
      CUSTOMER_STATUS_LABELS[customer.status] ?? customer.status,
      CUSTOMER_SOURCE_LABELS[customer.source] ?? customer.source,
      customer.visit_count ? `访问 ${customer.visit_count} 次` : '',
      `最近 ${formatTime(customer.last_visit_at, zone())}`,
    ].filter(Boolean).join(' · ');

    return {
      router, groups, kept, merging, merge, detail, customerLabel,
    };
  },
  template: `
    <sub-page back="/rep/customers">
      <p class="duplicates__hint">同一个手机号下有多条客户记录时，选一条保留，把其他记录合并进来。</p>
      <van-list
        v-model:loading="groups.loading"
        v-model:error="groups.failed"
        :finished="groups.finished"
        :finished-text="groups.items.length ? '共 ' + groups.total + ' 组' : ''"
        error-text="加载失败，点击重试"
        class="page__body"
        @load="groups.loadNext"
      >
        <van-empty v-if="groups.finished && groups.items.length === 0" image="search" description="没有重复的客户" />
        <section v-for="group in groups.items" :key="group.phone" class="card duplicates__group" :data-phone="group.phone">
          <div class="card__header">
            <span class="card__title">{{ group.phone }}</span>
            <span class="card__extra">{{ group.customers.length }} 条记录</span>
          </div>
          <van-radio-group v-model="kept[group.phone]">
            <van-cell-group :border="false">
              <van-cell
                v-for="customer in group.customers"
                :key="customer.id"
                clickable
                class="duplicates__record"
                :data-customer-id="customer.id"
                @click="kept[group.phone] = customer.id"
              >
                <template #title>
                  <div class="duplicates__who">
                    <span class="customer-card__name">{{ customerLabel(customer) }}</span>
                    <stage-tag :stage="customer.stage" />
                    <van-tag v-if="kept[group.phone] === customer.id" type="primary" plain>保留</van-tag>
                  </div>
                  <div class="duplicates__detail">{{ detail(customer) }}</div>
                  <div v-if="customer.tags.length" class="duplicates__tags">
                    <tag-chip v-for="tag in customer.tags" :key="tag.tag_id" :tag="tag" />
                  </div>
                </template>
                <template #right-icon>
                  <van-radio :name="customer.id" :aria-label="'保留 ' + customerLabel(customer)" @click.stop />
                </template>
              </van-cell>
            </van-cell-group>
          </van-radio-group>
          <div class="duplicates__actions">
            <van-button size="small" round plain @click="router.push('/rep/customers/' + kept[group.phone])">查看保留的客户</van-button>
            <van-button size="small" round type="primary" :loading="merging === group.phone" :disabled="Boolean(merging)" @click="merge(group)">合并为一位</van-button>
          </div>
        </section>
      </van-list>
    </sub-page>
  `,
};

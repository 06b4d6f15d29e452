// /guidance: 督导 threads I may see (a rep: about my work; a boss: mine and my subtree's),
// latest first, the new ones marked; ?customer_id= narrows to one customer's.
import { reactive, ref } from 'vue';
import { useRoute } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatDay, formatTime } from '../format.js';
import { customerLabel } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { homePath, session } from '../session.js';

const PER_PAGE = 20;

/** What a thread is about, in words: "跟进 · 王女士", "客户 · 王女士", "11月20日的工作". */
export function threadAbout(thread) {
  const who = thread.customer_id ? customerLabel({ id: thread.customer_id, name: thread.customer_name }) : '';
  if (thread.subject === 'follow_up') return `跟进记录 · ${who}`;
  if (thread.subject === 'customer') return `客户 · ${who}`;
  return `${formatDay(thread.day)} 的工作`;
}

/** How many threads have news for me (a badge); rejects on failure. */
export async function countUnread() {
  const data = await api.get('/guidance/threads', { query: { per_page: 1 } });
  return data.unread;
}

export default {
  name: 'GuidanceThreadsPage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const customerId = route.query.customer_id ? Number(route.query.customer_id) : null;
    const threads = reactive(usePagedList((page) => api.get('/guidance/threads', {
      query: { page, per_page: PER_PAGE, customer_id: customerId },
    })));
    const refreshing = ref(false);

    async function onRefresh() {
      await threads.restart({ keep: true });
      refreshing.value = false;
    }

    const timeOf = (iso) => formatTime(iso, session.me?.company?.timezone);
    const back = homePath(session.me?.role);
    return { threads, refreshing, onRefresh, timeOf, threadAbout, back };
  },
  template: `
    <sub-page title="督导" :back="back">
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <van-list
          v-model:loading="threads.loading"
          v-model:error="threads.failed"
          :finished="threads.finished"
          :finished-text="threads.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="threads.loadNext"
        >
          <van-empty v-if="threads.finished && !threads.items.length" image="default" description="还没有督导" />
          <van-cell-group v-else inset class="guidance-list">
            <van-cell
              v-for="thread in threads.items"
              :key="thread.id"
              :to="'/guidance/' + thread.id"
              is-link
              :label="thread.rep.name + ' · ' + thread.message_count + ' 条 · ' + timeOf(thread.last_message_at)"
              class="guidance-list__item"
              :data-thread-id="thread.id"
            >
              <template #title>
                <van-badge :dot="thread.unread"><span class="guidance-list__about">{{ threadAbout(thread) }}</span></van-badge>
              </template>
            </van-cell>
          </van-cell-group>
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

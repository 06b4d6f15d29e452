// /rep/follow-ups: 待跟进. The open next actions of the rep's follow-ups due within 7 days, by
// 已逾期 / 今天 / 未来7天, earliest first. A row opens its customer; 完成 closes the action.
import { computed, onMounted, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { kindIcon } from '../components/follow-up-form.js';
import { StageTag } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { dayOf, formatDue } from '../format.js';
import { FOLLOW_UP_KIND_LABELS, customerLabel } from '../labels.js';
import { session } from '../session.js';

const WITHIN_DAYS = 7;
const PER_PAGE = 100; // the API's largest page
const MAX_PAGES = 5;

/** Every open follow-up due within `days` days (overdue first), over the API's pages. */
export async function loadDue(days, options = {}) {
  const items = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const data = await api.get('/follow-ups/due', { ...options, query: { within_days: days, page, per_page: PER_PAGE } });
    items.push(...data.items);
    if (!data.items.length || items.length >= data.total) break;
  }
  return items;
}

/** How many follow-ups are overdue or due today, for the tile on the rep's home. */
export async function countDueToday(timeZone) {
  const today = dayOf(new Date(), timeZone);
  const items = await loadDue(1, { toast: false });
  return items.filter((item) => dayOf(item.due_at, timeZone) <= today).length;
}

export default {
  name: 'RepFollowUpsPage',
  components: { StageTag, SubPage },
  setup() {
    const router = useRouter();
    const items = ref(null);
    const failed = ref(false);
    const refreshing = ref(false);
    const completing = ref(null);
    const now = ref(new Date());

    const zone = () => session.me?.company?.timezone;
    const sections = computed(() => {
      const today = dayOf(now.value, zone());
      const groups = [
        { key: 'overdue', title: '已逾期', rows: [] },
        { key: 'today', title: '今天', rows: [] },
        { key: 'upcoming', title: `未来${WITHIN_DAYS}天`, rows: [] },
      ];
      for (const item of items.value ?? []) {
        const due = new Date(item.due_at);
        if (due < now.value) groups[0].rows.push(item);
        else if (dayOf(item.due_at, zone()) === today) groups[1].rows.push(item);
        else groups[2].rows.push(item);
      }
      return groups.filter((group) => group.rows.length);
    });

    async function load() {
      failed.value = false;
      try {
        const list = await loadDue(WITHIN_DAYS);
        now.value = new Date();
        items.value = list;
      } catch {
        failed.value = !items.value;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    async function complete(item) {
      completing.value = item.id;
      try {
        await api.post(`/follow-ups/${item.id}/done`);
        items.value = items.value.filter((other) => other.id !== item.id);
        showSuccessToast('已完成');
      } catch {
        // shown by the client
      } finally {
        completing.value = null;
      }
    }

    const open = (item) => router.push(`/rep/customers/${item.customer_id}`);
    // Each due follow-up carries its customer's name and stage.
    const nameOf = (item) => customerLabel(item.customer);
    const stageOf = (item) => item.customer.stage;
    const dueOf = (item) => formatDue(item.due_at, zone(), now.value);

    onMounted(load);
    return {
      FOLLOW_UP_KIND_LABELS, items, failed, refreshing, completing, sections, load, onRefresh, complete, open,
      nameOf, stageOf, dueOf, kindIcon, WITHIN_DAYS,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-pull-refresh v-model="refreshing" class="page__body due-page" @refresh="onRefresh">
        <div v-if="!items && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!items" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-empty v-else-if="!sections.length" image="search" :description="'未来' + WITHIN_DAYS + '天没有要跟进的事，去看看我的客户吧'">
          <van-button round size="small" type="primary" to="/rep/customers">我的客户</van-button>
        </van-empty>
        <section v-for="section in sections" :key="section.key" class="list-section due-section" :class="'due-section--' + section.key" :data-section="section.key">
          <h2 class="list-section__title">{{ section.title }} <span class="due-section__count">{{ section.rows.length }}</span></h2>
          <ul class="due-list">
            <li
              v-for="item in section.rows"
              :key="item.id"
              class="due-item"
              :data-follow-up-id="item.id"
              role="link"
              tabindex="0"
              @click="open(item)"
              @keyup.enter="open(item)"
            >
              <div class="due-item__head">
                <span class="due-item__name">{{ nameOf(item) }}</span>
                <stage-tag v-if="stageOf(item)" :stage="stageOf(item)" />
                <time class="due-item__time" :datetime="item.due_at">{{ dueOf(item) }}</time>
              </div>
              <p class="due-item__action">{{ item.next_action || item.content }}</p>
              <div class="due-item__foot">
                <span class="due-item__kind"><van-icon :name="kindIcon(item.kind)" /> 上次{{ FOLLOW_UP_KIND_LABELS[item.kind] || item.kind }}：{{ item.content }}</span>
                <van-button
                  size="mini"
                  round
                  type="primary"
                  plain
                  class="due-item__done"
                  :loading="completing === item.id"
                  @click.stop="complete(item)"
                >完成</van-button>
              </div>
            </li>
          </ul>
        </section>
      </van-pull-refresh>
    </sub-page>
  `,
};

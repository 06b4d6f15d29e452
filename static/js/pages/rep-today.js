// /rep/today: 今日待办. One card per customer, most urgent first (the API ranks them), each
// with the reasons it is on the list as chips. The header counts the reasons per kind; a tap on
// a count shows only the cards with that reason. A card opens its customer; 拨打 calls them,
// 写跟进 opens the quick form, 完成 closes a follow-up that is due.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import FollowUpForm from '../components/follow-up-form.js';
import { StageTag } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { TODAY_KIND_LABELS, customerLabel } from '../labels.js';

const KIND_ICONS = {
  follow_up_overdue: 'warning-o',
  follow_up_due: 'clock-o',
  consultation: 'chat-o',
  booking_today: 'calendar-o',
  booking_pending: 'calendar-o',
  hot_lead: 'fire-o',
  birthday: 'gift-o',
  fading: 'down',
  high_potential: 'arrow-up',
};

/** How many customers are on today's list, for the tile on the rep's home. */
export async function countToday() {
  return (await api.get('/today', { toast: false })).total;
}

export default {
  name: 'RepTodayPage',
  components: { FollowUpForm, StageTag, SubPage },
  setup() {
    const router = useRouter();
    const data = ref(null);
    const failed = ref(false);
    const refreshing = ref(false);
    const filter = ref('');
    const completing = ref(null);
    const writer = reactive({ show: false, customerId: 0 });

    const counts = computed(() => Object.entries(TODAY_KIND_LABELS)
      .map(([kind, label]) => ({ kind, label, count: data.value?.counts[kind] ?? 0 }))
      .filter((entry) => entry.count));
    const cards = computed(() => (data.value?.items ?? [])
      .filter((card) => !filter.value || card.reasons.some((reason) => reason.kind === filter.value)));

    async function load() {
      failed.value = false;
      try {
        data.value = await api.get('/today');
        if (filter.value && !data.value.counts[filter.value]) filter.value = '';
      } catch {
        failed.value = !data.value;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    function pick(kind) {
      filter.value = filter.value === kind ? '' : kind;
    }

    function write(card) {
      writer.customerId = card.customer.id;
      writer.show = true;
    }

    async function complete(reason) {
      completing.value = reason.ref_id;
      try {
        await api.post(`/follow-ups/${reason.ref_id}/done`);
        showSuccessToast('已完成');
        await load();
      } catch {
        // shown by the client
      } finally {
        completing.value = null;
      }
    }

    const open = (card) => router.push(`/rep/customers/${card.customer.id}`);
    const isFollowUp = (reason) => reason.ref_type === 'follow_up';
    const iconOf = (reason) => KIND_ICONS[reason.kind] ?? 'info-o';

    onMounted(load);
    return {
      data, failed, refreshing, filter, completing, writer, counts, cards, load, onRefresh, pick, write,
      complete, open, isFollowUp, iconOf, customerLabel,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-pull-refresh v-model="refreshing" class="page__body today-page" @refresh="onRefresh">
        <div v-if="!data && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!data" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card today-head">
            <p class="today-head__total">今天有 <strong class="today-head__number">{{ data.total }}</strong> 位客户要跟进</p>
            <div v-if="counts.length" class="today-head__counts" role="group" aria-label="按原因筛选">
              <button
                v-for="entry in counts"
                :key="entry.kind"
                type="button"
                class="chip today-count"
                :class="{ 'chip--active': filter === entry.kind }"
                :data-kind="entry.kind"
                :aria-pressed="filter === entry.kind"
                @click="pick(entry.kind)"
              >{{ entry.label }} {{ entry.count }}</button>
            </div>
          </section>

          <van-empty v-if="!data.items.length" image="search" description="今天没有待办，去看看我的客户吧">
            <van-button round size="small" type="primary" to="/rep/customers">我的客户</van-button>
          </van-empty>

          <ul class="today-list">
            <li
              v-for="card in cards"
              :key="card.customer.id"
              class="today-card"
              :class="'today-card--' + card.kind"
              :data-customer-id="card.customer.id"
            >
              <div class="today-card__main" role="link" tabindex="0" @click="open(card)" @keyup.enter="open(card)">
                <div class="today-card__head">
                  <span class="today-card__avatar" aria-hidden="true">{{ customerLabel(card.customer).slice(0, 1) }}</span>
                  <span class="today-card__name">{{ customerLabel(card.customer) }}</span>
                  <stage-tag :stage="card.customer.stage" />
                  <van-icon name="arrow" class="today-card__arrow" />
                </div>
                <ul class="today-card__reasons">
                  <li
                    v-for="(reason, index) in card.reasons"
                    :key="index"
                    class="today-reason"
                    :class="'today-reason--' + reason.kind"
                    :data-kind="reason.kind"
                  >
                    <van-icon :name="iconOf(reason)" class="today-reason__icon" />
                    <span class="today-reason__text">{{ reason.text }}</span>
                    <van-button
                      v-if="isFollowUp(reason)"
                      size="mini"
                      round
                      plain
                      type="primary"
                      class="today-reason__done"
                      :loading="completing === reason.ref_id"
                      @click.stop="complete(reason)"
                    >完成</van-button>
                  </li>
                </ul>
              </div>
              <div class="today-card__actions">
                <a v-if="card.customer.phone" :href="'tel:' + card.customer.phone" class="today-card__action today-card__call">
                  <van-icon name="phone-o" /> 拨打
                </a>
                <button type="button" class="today-card__action today-card__write" @click="write(card)">
                  <van-icon name="edit" /> 写跟进
                </button>
              </div>
            </li>
          </ul>
        </template>
      </van-pull-refresh>

      <follow-up-form v-if="writer.customerId" v-model:show="writer.show" :customer-id="writer.customerId" @saved="load" />
    </sub-page>
  `,
};

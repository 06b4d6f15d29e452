// /boss/reps/:id and /hq/reps/:id 员工日报 (the 七个在线 scorecard): one rep's day: the day's
// figures, customers followed up, leads that came in, questions and bookings with how fast
// they were answered, shares and who opened them, orders, and the timeline. ‹ › move a day;
// 督导这一天 writes the rep a comment on the day (components/guidance-sheet.js); a customer
// opens at /boss/customers/:id.
import { computed, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import GuidanceSheet from '../components/guidance-sheet.js';
import SubPage from '../components/sub-page.js';
import { valueText } from '../components/team-dashboard.js';
import { addDays, clockOf, formatDay, formatPrice } from '../format.js';
import { orderStatusLabel } from '../labels.js';
import { session } from '../session.js';

export default {
  name: 'RepDayPage',
  components: { GuidanceSheet, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const day = ref(null);
    const failed = ref(false);
    const today = ref(null);

    async function load() {
      failed.value = false;
      try {
        const query = typeof route.query.day === 'string' ? { day: route.query.day } : {};
        day.value = await api.get(`/dashboard/reps/${route.params.id}/day`, { query });
        today.value ??= query.day ? null : day.value.day;
      } catch {
        failed.value = true;
      }
    }

    watch(() => [route.params.id, route.query.day], () => route.params.id && load(), { immediate: true });

    const move = (days) => router.replace({ query: { day: addDays(day.value.day, days) } });
    const isToday = computed(() => day.value && today.value && day.value.day >= today.value);
    const zone = () => session.me?.company?.timezone;
    const clock = (iso) => clockOf(iso, zone());
    const shown = computed(() => (day.value?.figures ?? []).filter((figure) => figure.value));
    const guidance = reactive({ show: false, subject: null });
    function guide() {
      Object.assign(guidance, { show: true, subject: { subject: 'day', rep_id: day.value.rep.id, day: day.value.day } });
    }
    const openThread = (thread) => router.push(`/guidance/${thread.id}`);
    const customerLink = (customer) => (customer ? `/boss/customers/${customer.id}` : null);
    const minutes = (value) => (value === null || value === undefined ? '未回复' : value < 60 ? `${value} 分钟` : `${Math.floor(value / 60)} 小时 ${value % 60} 分`);
    return { day, failed, isToday, shown, guidance, guide, openThread, customerLink, move, clock, minutes, formatDay, formatPrice, valueText, orderStatusLabel };
  },
  template: `
    <sub-page :title="day ? day.rep.name + ' 的一天' : '员工日报'">
      <div class="page__body rep-day">
        <van-empty v-if="failed" image="error" description="加载失败，请返回重试" />
        <div v-else-if="!day" class="today-metrics__loading"><van-loading size="20">加载中…</van-loading></div>
        <template v-else>
          <div class="rep-day__nav">
            <van-button size="small" icon="arrow-left" aria-label="前一天" @click="move(-1)" />
            <span class="rep-day__date">{{ formatDay(day.day) }} · {{ day.rep.org_unit.name }}</span>
            <van-button size="small" icon="arrow" aria-label="后一天" :disabled="isToday" @click="move(1)" />
          </div>
          <section class="card">
            <header class="card__header">
              <h2 class="card__title">当日数据</h2>
              <van-button size="small" round plain type="primary" icon="comment-o" class="rep-day__guide" @click="guide">督导这一天</van-button>
            </header>
            <van-empty v-if="day.idle" image-size="64" description="这一天没有任何活动" />
            <ul v-else class="team-figures__grid">
              <li v-for="figure in shown" :key="figure.metric" class="team-figure" :data-metric="figure.metric">
                <span class="metric__value" :class="{ 'metric__value--money': figure.unit === 'fen' }">{{ valueText(figure) }}</span>
                <span class="metric__label">{{ figure.label }}</span>
              </li>
            </ul>
          </section>
          <section v-if="day.follow_ups.length" class="card rep-day__section">
            <header class="card__header"><h2 class="card__title">跟进客户 {{ day.follow_ups.length }}</h2></header>
            <van-cell v-for="item in day.follow_ups" :key="item.id" :title="item.customer ? item.customer.name : '客户'" :label="item.content" :value="clock(item.at)" :to="customerLink(item.customer)" :is-link="!!item.customer" />
          </section>
          <section v-if="day.leads.length" class="card rep-day__section">
            <header class="card__header"><h2 class="card__title">新线索 {{ day.leads.length }}</h2></header>
            <van-cell v-for="(item, index) in day.leads" :key="index" :title="item.customer ? item.customer.name : '访客'" :label="item.label" :value="clock(item.at)" />
          </section>
          <section v-if="day.consultations.length || day.bookings.length" class="card rep-day__section">
            <header class="card__header">
              <h2 class="card__title">咨询与预约</h2>
              <span class="card__extra">已回复 {{ day.answer_speed.answered }}，待回复 {{ day.answer_speed.waiting }}<template v-if="day.answer_speed.median_minutes !== null">，回复用时中位 {{ minutes(day.answer_speed.median_minutes) }}</template></span>
            </header>
            <van-cell v-for="item in day.consultations" :key="'c' + item.id" :title="item.customer ? item.customer.name : '客户'" :label="'咨询：' + item.question" :value="minutes(item.answer_minutes)" />
            <van-cell v-for="item in day.bookings" :key="'b' + item.id" :title="item.customer ? item.customer.name : '客户'" label="预约" :value="minutes(item.answer_minutes)" />
          </section>
          <section v-if="day.shares.length" class="card rep-day__section">
            <header class="card__header"><h2 class="card__title">分享 {{ day.shares.length }}</h2></header>
            <van-cell v-for="item in day.shares" :key="item.id" :title="(item.object_type === 'product' ? '商品' : '微店') + ' · ' + clock(item.at)"
              :label="item.openers.length ? '打开的人：' + item.openers.map((c) => c.name).join('、') : '还没有人打开'" :value="item.opens + ' 次打开'" />
          </section>
          <section v-if="day.orders.length" class="card rep-day__section">
            <header class="card__header"><h2 class="card__title">订单 {{ day.orders.length }}</h2></header>
            <van-cell v-for="item in day.orders" :key="item.id" :title="item.customer ? item.customer.name : '客户'" :label="item.number + ' · ' + orderStatusLabel(item.status)" :value="formatPrice(item.amount)" />
          </section>
          <section v-if="day.timeline.length" class="card rep-day__section">
            <header class="card__header"><h2 class="card__title">当日动态</h2></header>
            <van-steps direction="vertical" :active="-1" class="rep-day__timeline">
              <van-step v-for="(item, index) in day.timeline" :key="index">
                <span class="rep-day__when">{{ clock(item.at) }}</span> {{ item.label }}<template v-if="item.customer"> · {{ item.customer.name }}</template>
              </van-step>
            </van-steps>
          </section>
        </template>
      </div>
      <guidance-sheet v-model:show="guidance.show" :subject="guidance.subject" title="督导这一天" @sent="openThread" />
    </sub-page>
  `,
};

// /rep: the rep's home, 我的工作台: today's counters, then the customer book (today's list
// first, its tile counting its customers; my customers; what is due, its tile counting what is
// overdue or due today; 咨询预约, its tile counting what waits for an answer), then the shop's
// entries (shop, shelf, 营销百宝箱, visitor radar, orders, commission) and sharing the shop,
// then 培训在线 (我的任务, its tile counting what is to do or overdue, and 积分排行).
import { computed, onMounted, ref } from 'vue';

import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';
import ShareSheet from '../components/share-sheet.js';
import TargetProgress from '../components/target-progress.js';
import { badgeCount } from '../format.js';
import { session } from '../session.js';
import { countOpenTasks } from '../training.js';
import { countDueToday } from './rep-follow-ups.js';
import { countUnread } from './guidance-threads.js';
import { countWaiting } from './rep-inbox.js';
import { countToday } from './rep-today.js';

const ENTRIES = [
  { text: '我的微店', icon: 'shop-o', to: '/rep/shop' },
  { text: '货架管理', icon: 'apps-o', to: '/rep/shelf' },
  { text: '营销百宝箱', icon: 'gift-o', to: '/rep/toolbox' },
  { text: '访客雷达', icon: 'eye-o', to: '/rep/radar' },
  { text: '我的订单', icon: 'orders-o', to: '/rep/orders' },
  { text: '我的提成', icon: 'gold-coin-o', to: '/rep/commission' },
  { text: '营销素材', icon: 'photo-o', to: '/rep/materials' },
];

export default {
  name: 'RepHomePage',
  components: { EntryGrid, HomeLayout, ShareSheet, TargetProgress },
  setup() {
    const sharing = ref(false);
    const due = ref(0);
    const todo = ref(0);
    const waiting = ref(0);
    const guidance = ref(0);
    const tasks = ref(0);
    const trainingEntries = computed(() => [
      { text: '我的任务', icon: 'certificate', to: '/training', badge: badgeCount(tasks.value) },
      { text: '积分排行', icon: 'medal-o', to: '/training/leaderboard' },
    ]);
    const customerEntries = computed(() => [
      { text: '今日待办', icon: 'flag-o', to: '/rep/today', badge: badgeCount(todo.value) },
      { text: '我的客户', icon: 'friends-o', to: '/rep/customers' },
      { text: '待跟进', icon: 'todo-list-o', to: '/rep/follow-ups', badge: badgeCount(due.value) },
      { text: '咨询预约', icon: 'chat-o', to: '/rep/inbox', badge: badgeCount(waiting.value) },
      { text: '督导', icon: 'comment-o', to: '/guidance', badge: badgeCount(guidance.value) },
    ]);

    onMounted(async () => {
      countToday().then((count) => { todo.value = count; }, () => {}); // only a badge
      countWaiting().then((count) => { waiting.value = count; }, () => {});
      countUnread().then((count) => { guidance.value = count; }, () => {});
      countOpenTasks().then((count) => { tasks.value = count; }, () => {});
      try {
        due.value = await countDueToday(session.me?.company?.timezone);
      } catch {
        // only a badge
      }
    });
    return { ENTRIES, customerEntries, trainingEntries, sharing };
  },
  template: `
    <home-layout title="我的工作台">
      <target-progress />
      <entry-grid title="客户经营" :items="customerEntries" class="customer-entries" />
      <entry-grid title="微店经营" :items="ENTRIES">
        <van-button block round type="primary" icon="share-o" @click="sharing = true">分享店铺</van-button>
      </entry-grid>
      <entry-grid title="培训在线" :items="trainingEntries" class="training-entries" />
      <share-sheet v-model:show="sharing" :target="{ type: 'shop' }" />
    </home-layout>
  `,
};

// /rep: the rep's home, 我的工作台: today's counters, then the shop's entries (shop, shelf,
// visitor radar, orders, commission) and sharing the shop, then the customer book (my
// customers, and what is due: the tile counts what is overdue or due today).
import { computed, onMounted, ref } from 'vue';

import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';
import ShareSheet from '../components/share-sheet.js';
import { badgeCount } from '../format.js';
import { session } from '../session.js';
import { countDueToday } from './rep-follow-ups.js';

const ENTRIES = [
  { text: '我的微店', icon: 'shop-o', to: '/rep/shop' },
  { text: '货架管理', icon: 'apps-o', to: '/rep/shelf' },
  { text: '访客雷达', icon: 'eye-o', to: '/rep/radar' },
  { text: '我的订单', icon: 'orders-o', to: '/rep/orders' },
  { text: '我的提成', icon: 'gold-coin-o', to: '/rep/commission' },
];

export default {
  name: 'RepHomePage',
  components: { EntryGrid, HomeLayout, ShareSheet },
  setup() {
    const sharing = ref(false);
    const due = ref(0);
    const customerEntries = computed(() => [
      { text: '我的客户', icon: 'friends-o', to: '/rep/customers' },
      { text: '待跟进', icon: 'todo-list-o', to: '/rep/follow-ups', badge: badgeCount(due.value) },
    ]);

    onMounted(async () => {
      try {
        due.value = await countDueToday(session.me?.company?.timezone);
      } catch {
        // only a badge
      }
    });
    return { ENTRIES, customerEntries, sharing };
  },
  template: `
    <home-layout title="我的工作台">
      <entry-grid title="微店经营" :items="ENTRIES">
        <van-button block round type="primary" icon="share-o" @click="sharing = true">分享店铺</van-button>
      </entry-grid>
      <entry-grid title="客户经营" :items="customerEntries" class="customer-entries" />
      <share-sheet v-model:show="sharing" :target="{ type: 'shop' }" />
    </home-layout>
  `,
};

// /rep: the rep's home, 我的工作台: today's counters, then the shop's entries (shop, shelf,
// visitor radar, orders, commission) and sharing the shop.
import { ref } from 'vue';

import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';
import ShareSheet from '../components/share-sheet.js';

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
    return { ENTRIES, sharing };
  },
  template: `
    <home-layout title="我的工作台">
      <entry-grid title="微店经营" :items="ENTRIES">
        <van-button block round type="primary" icon="share-o" @click="sharing = true">分享店铺</van-button>
      </entry-grid>
      <share-sheet v-model:show="sharing" :target="{ type: 'shop' }" />
    </home-layout>
  `,
};

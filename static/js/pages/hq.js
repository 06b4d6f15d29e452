// /hq: the head office home, 总部管理: today's counters, then the catalog, every order and
// the commission settlement, the org tree and its people; the customer book's tag vocabulary
// and auto-tag rules, customer import, the knowledge base and strategies; the company
// settings; 营销百宝箱's coupons and group-buys; 培训在线's tasks, question banks and the
// check-ins to review.
import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';

const BOARD_ENTRIES = [
  { text: '经营看板', icon: 'chart-trending-o', to: '/hq/dashboard' },
  { text: '员工排行', icon: 'bar-chart-o', to: '/hq/reps' },
];

const ENTRIES = [
  { text: '商品管理', icon: 'goods-collect-o', to: '/hq/products' },
  { text: '全部订单', icon: 'orders-o', to: '/hq/orders' },
  { text: '提成结算', icon: 'balance-list-o', to: '/hq/settlement' },
  { text: '公司设置', icon: 'setting-o', to: '/hq/settings' },
  { text: '组织架构', icon: 'cluster-o', to: '/hq/org' },
  { text: '员工管理', icon: 'friends-o', to: '/hq/people' },
  { text: '营销素材', icon: 'photo-o', to: '/hq/materials' },
];

const MARKETING_ENTRIES = [
  { text: '优惠券', icon: 'coupon-o', to: '/hq/coupons' },
  { text: '拼团', icon: 'friends-o', to: '/hq/group-buys' },
];

const TRAINING_ENTRIES = [
  { text: '培训任务', icon: 'certificate', to: '/hq/training' },
  { text: '题库', icon: 'notes-o', to: '/hq/question-banks' },
  { text: '打卡审核', icon: 'passed', to: '/hq/training/check-ins' },
  { text: '积分排行', icon: 'medal-o', to: '/training/leaderboard' },
];

const CUSTOMER_ENTRIES = [
  { text: '客户洞察', icon: 'chart-trending-o', to: '/hq/insight' },
  { text: '标签管理', icon: 'label-o', to: '/hq/tags' },
  { text: '自动标签', icon: 'bulb-o', to: '/hq/tag-rules' },
  { text: '导入客户', icon: 'upgrade', to: '/hq/customers/import' },
  { text: '知识库', icon: 'notes-o', to: '/hq/articles' },
  { text: '策略库', icon: 'guide-o', to: '/hq/strategies' },
  { text: '互动记录', icon: 'records-o', to: '/hq/audit' },
];

export default {
  name: 'HqHomePage',
  components: { EntryGrid, HomeLayout },
  setup() {
    return { BOARD_ENTRIES, ENTRIES, MARKETING_ENTRIES, TRAINING_ENTRIES, CUSTOMER_ENTRIES };
  },
  template: `
    <home-layout title="总部管理">
      <entry-grid title="经营数据" :items="BOARD_ENTRIES" />
      <entry-grid title="商城管理" :items="ENTRIES" />
      <entry-grid title="营销百宝箱" :items="MARKETING_ENTRIES" class="marketing-entries" />
      <entry-grid title="客户经营" :items="CUSTOMER_ENTRIES" />
      <entry-grid title="培训在线" :items="TRAINING_ENTRIES" class="training-entries" />
    </home-layout>
  `,
};

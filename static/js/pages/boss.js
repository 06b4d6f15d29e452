// /boss: the boss's home, 团队看板: the team's figures for a period against the previous one,
// the units below, the rep table's top and the trend (components/team-dashboard.js), the
// month's targets, the team's pages (with its coupons and group-buys, and 培训在线: the team's
// training tasks, check-ins to review and my own tasks) and when the daily report comes.
import { ref } from 'vue';

import EntryGrid from '../components/entry-grid.js';
import HomeLayout from '../components/home-layout.js';
import ReportTime from '../components/report-time.js';
import TargetProgress from '../components/target-progress.js';
import TeamDashboard from '../components/team-dashboard.js';

export default {
  name: 'BossHomePage',
  components: { EntryGrid, HomeLayout, ReportTime, TargetProgress, TeamDashboard },
  setup() {
    const board = ref(null);
    const entries = [
      { text: '员工排行', icon: 'bar-chart-o', to: '/boss/reps' },
      { text: '团队订单', icon: 'orders-o', to: '/boss/orders' },
      { text: '素材数据', icon: 'photo-o', to: '/boss/materials/figures' },
      { text: '督导', icon: 'comment-o', to: '/guidance' },
      { text: '互动记录', icon: 'records-o', to: '/boss/audit' },
      { text: '组织架构', icon: 'cluster-o', to: '/boss/org' },
      { text: '员工管理', icon: 'friends-o', to: '/boss/people' },
      { text: '客户洞察', icon: 'chart-trending-o', to: '/boss/insight' },
      { text: '团队优惠券', icon: 'coupon-o', to: '/boss/coupons' },
      { text: '拼团活动', icon: 'friends-o', to: '/boss/group-buys' },
      { text: '培训任务', icon: 'certificate', to: '/boss/training' },
      { text: '打卡审核', icon: 'passed', to: '/boss/training/check-ins' },
      { text: '积分排行', icon: 'medal-o', to: '/training/leaderboard' },
      { text: '我的任务', icon: 'todo-list-o', to: '/training' },
    ];
    const onRefresh = (wait) => wait(board.value?.refresh());
    return { board, entries, onRefresh };
  },
  template: `
    <home-layout title="团队看板" :today-metrics="false" @refresh="onRefresh">
      <team-dashboard ref="board" base="/boss" />
      <target-progress manage />
      <entry-grid :items="entries" :columns="4" />
      <report-time />
    </home-layout>
  `,
};

// /training: 我的任务, for whoever has training tasks (reps, and bosses a task names). My points
// on top (all time, this month's, my rank in my team) leading to 积分排行; then my tasks by
// 待完成 (soonest deadline first) / 已逾期 / 已完成, each tab counting its tasks. A card
// opens the task.
import { onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import TaskCard from '../components/task-card.js';
import { badgeCount } from '../format.js';
import { usePagedList } from '../paged-list.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'todo', title: '待完成' },
  { name: 'overdue', title: '已逾期' },
  { name: 'done', title: '已完成' },
];
const EMPTY = { todo: '没有待完成的任务', overdue: '没有逾期的任务', done: '还没有完成的任务' };

export default {
  name: 'TrainingTasksPage',
  components: { SubPage, TaskCard },
  setup() {
    const router = useRouter();
    const tab = ref('todo');
    const counts = ref({});
    const points = ref(null);
    const refreshing = ref(false);
    const tasks = reactive(usePagedList(async (page, { quiet }) => {
      const data = await api.get('/training/my-tasks', { query: { state: tab.value, page, per_page: PER_PAGE }, toast: !quiet });
      counts.value = data.counts;
      return data;
    }));

    async function loadPoints() {
      try {
        points.value = await api.get('/training/my-points', { query: { period: 'month' }, toast: false });
      } catch {
        // the card stays hidden; the tasks are what the page is for
      }
    }

    async function onRefresh() {
      await Promise.all([tasks.restart({ keep: true }), loadPoints()]);
      refreshing.value = false;
    }

    onMounted(loadPoints);
    return { TABS, EMPTY, router, tab, counts, points, refreshing, tasks, onRefresh, badgeCount };
  },
  template: `
    <sub-page>
      <van-pull-refresh v-model="refreshing" class="page__body training-tasks" @refresh="onRefresh">
        <router-link v-if="points" to="/training/leaderboard" class="card points-card" data-testid="my-points">
          <div class="points-card__figure">
            <span class="points-card__value">{{ points.points }}</span>
            <span class="points-card__label">本月积分</span>
          </div>
          <div class="points-card__figure">
            <span class="points-card__value">{{ points.rank ? '第 ' + points.rank : '—' }}</span>
            <span class="points-card__label">{{ points.org_unit_name }}排名</span>
          </div>
          <div class="points-card__figure">
            <span class="points-card__value">{{ points.total }}</span>
            <span class="points-card__label">累计积分</span>
          </div>
          <span class="points-card__more">积分排行 <van-icon name="arrow" /></span>
        </router-link>
        <van-tabs v-model:active="tab" shrink sticky :offset-top="46" class="status-tabs" @change="tasks.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" :badge="badgeCount(item.name === 'done' ? 0 : counts[item.name])" />
        </van-tabs>
        <van-list v-model:loading="tasks.loading" v-model:error="tasks.failed" :finished="tasks.finished"
          :finished-text="tasks.items.length ? '没有更多了' : ''" error-text="加载失败，点击重试" class="task-list" @load="tasks.loadNext">
          <van-empty v-if="tasks.finished && !tasks.items.length" image="search" :description="EMPTY[tab]" />
          <task-card v-for="task in tasks.items" :key="task.id" :task="task" @open="router.push('/training/' + task.id)" />
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

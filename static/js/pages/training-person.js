// /boss/training/people/:id and /hq/training/people/:id: 员工任务, every training task one
// person of my subtree has and where they are with it (the cards of 我的任务). A card opens
// the task's report.
import { reactive } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import TaskCard from '../components/task-card.js';
import { usePagedList } from '../paged-list.js';
import { staffBase } from '../training.js';

const PER_PAGE = 20;

export default {
  name: 'TrainingPersonPage',
  components: { SubPage, TaskCard },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = staffBase(route);
    const userId = Number(route.params.id);
    const tasks = reactive(usePagedList((page) => api.get(`/training/people/${userId}/tasks`, { query: { page, per_page: PER_PAGE } })));
    return { router, base, tasks };
  },
  template: `
    <sub-page :back="base + '/training'">
      <p v-if="tasks.latest" class="page-tip">{{ tasks.latest.name }} · 共 {{ tasks.total }} 个任务</p>
      <van-list v-model:loading="tasks.loading" v-model:error="tasks.failed" :finished="tasks.finished"
        :finished-text="tasks.items.length ? '没有更多了' : ''" error-text="加载失败，点击重试"
        class="page__body task-list" @load="tasks.loadNext">
        <van-empty v-if="tasks.finished && !tasks.items.length" image="search" description="还没有培训任务" />
        <task-card v-for="task in tasks.items" :key="task.id" :task="task" @open="router.push(base + '/training/' + task.id)" />
      </van-list>
    </sub-page>
  `,
};

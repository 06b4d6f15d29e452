// /boss/training and /hq/training: 培训任务, the tasks I may follow (HQ: all; a boss: those
// made in their subtree and those published above it), by words of the title, 草稿/已发布
// and kind. A row (title, kind, state, deadline) opens its report; 新建任务 is in the nav
// bar, 打卡审核 (and HQ's 题库) above the list.
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime } from '../format.js';
import { TASK_KIND_LABELS, TASK_STATE_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { session } from '../session.js';
import { staffBase } from '../training.js';

const PER_PAGE = 20;
const TABS = [{ name: '', title: '全部' }, ...Object.entries(TASK_STATE_LABELS).map(([name, title]) => ({ name, title }))];

export default {
  name: 'TrainingAdminPage',
  components: { SubPage },
  setup() {
    const router = useRouter();
    const base = staffBase(useRoute());
    const hq = computed(() => base === '/hq');
    const tab = ref('');
    const kind = ref('');
    const { search, query, onSearch, onClear } = useListSearch(() => tasks.restart());
    const tasks = reactive(usePagedList((page) => api.get('/training/tasks', {
      query: { page, per_page: PER_PAGE, state: tab.value || null, kind: kind.value || null, q: query.value || null },
    })));

    function pickKind(name) {
      kind.value = name;
      tasks.restart();
    }

    const due = (task) => `截止 ${formatDateTime(task.due_at, session.me?.company?.timezone)}`;
    const open = (task) => router.push(`${base}/training/${task.id}`);
    return { TASK_KIND_LABELS, TASK_STATE_LABELS, TABS, router, base, hq, tab, kind, search, query, tasks, onSearch, onClear, pickKind, due, open };
  },
  template: `
    <sub-page :back="base">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="router.push(base + '/training/new')">新建任务</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索任务标题" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="tasks.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
        <div class="chips chips--padded" role="group" aria-label="任务类型">
          <button type="button" class="chip" :class="{ 'chip--active': !kind }" :aria-pressed="!kind" @click="pickKind('')">全部类型</button>
          <button v-for="(label, name) in TASK_KIND_LABELS" :key="name" type="button" class="chip"
            :class="{ 'chip--active': kind === name }" :aria-pressed="kind === name" @click="pickKind(name)">{{ label }}</button>
        </div>
      </div>
      <div class="import-bar">
        <van-button size="small" round icon="passed" @click="router.push(base + '/training/check-ins')">打卡审核</van-button>
        <van-button v-if="hq" size="small" round icon="notes-o" @click="router.push('/hq/question-banks')">题库</van-button>
      </div>
      <van-list v-model:loading="tasks.loading" v-model:error="tasks.failed" :finished="tasks.finished"
        :finished-text="tasks.items.length ? '共 ' + tasks.total + ' 个任务' : ''" error-text="加载失败，点击重试"
        class="page__body" @load="tasks.loadNext">
        <van-empty v-if="tasks.finished && !tasks.items.length" image="search" :description="query || kind || tab ? '没有找到相关任务' : '还没有培训任务'">
          <van-button v-if="!query && !kind && !tab" round size="small" type="primary" @click="router.push(base + '/training/new')">新建任务</van-button>
        </van-empty>
        <van-cell-group v-else inset class="training-admin__list">
          <van-cell v-for="task in tasks.items" :key="task.id" :title="task.title" :label="due(task)" is-link center :data-task-id="task.id" @click="open(task)">
            <template #value>
              <span class="training-admin__tags">
                <van-tag plain type="primary">{{ TASK_KIND_LABELS[task.kind] }}</van-tag>
                <van-tag :type="task.state === 'draft' ? 'warning' : 'success'" plain>{{ TASK_STATE_LABELS[task.state] }}</van-tag>
              </span>
            </template>
          </van-cell>
        </van-cell-group>
      </van-list>
    </sub-page>
  `,
};

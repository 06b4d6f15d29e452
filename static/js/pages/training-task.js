// /training/:id: 任务详情, one of my tasks as I do it. On top what it is (kind, title, what to
// do, deadline, 必修/选修, points, my state and progress), and whether a task must be done
// first (请先完成「…」) or a material it unlocks; then by kind: a course's pages to read
// (components/course-reader.js), a
// quiz's terms and my attempts (components/quiz-panel.js), an action task's goal counted as
// my customers act (refreshed on pull and every 30 s while the page is in front), or a
// check-in's form and reviews (components/check-in-panel.js).
import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import { useRoute } from 'vue-router';

import { api } from '../api.js';
import CheckInPanel from '../components/check-in-panel.js';
import CourseReader from '../components/course-reader.js';
import QuizPanel from '../components/quiz-panel.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import TaskCard from '../components/task-card.js';
import { session } from '../session.js';
import { deadlineText, progressPercent } from '../training.js';

const ACTION_POLL_MS = 30_000;

export default {
  name: 'TrainingTaskPage',
  components: { CheckInPanel, CourseReader, QuizPanel, ShareSheet, SubPage, TaskCard },
  setup() {
    const taskId = Number(useRoute().params.id);
    const task = ref(null);
    const failed = ref(false);
    const refreshing = ref(false);
    let poll = null;

    // nothing can be done yet: the required task is not done, or the task has not started
    const blocked = computed(() => task.value && (task.value.locked || task.value.mine.state === 'upcoming'));
    const zone = () => session.me?.company?.timezone;
    const rep = computed(() => session.me?.role === 'rep');
    const sharing = ref(false);
    // What a rep shares to move a goal counted from customers' opens: its product or
    // material, else the shop.
    const shareTarget = computed(() => {
      const goal = task.value;
      if (!goal || goal.goal !== 'customer_opens') return null;
      return goal.goal_object_type ? { type: goal.goal_object_type, id: goal.goal_object_id } : { type: 'shop' };
    });

    async function load({ quiet = false } = {}) {
      failed.value = false;
      try {
        task.value = await api.get(`/training/my-tasks/${taskId}`, { toast: !quiet });
      } catch {
        failed.value = !task.value;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    // An action task moves as customers act: read it again while it is in front.
    function pollAction() {
      if (task.value?.kind === 'action' && task.value.mine.state !== 'done' && document.visibilityState === 'visible') load({ quiet: true });
    }

    function onVisible() {
      if (document.visibilityState === 'visible') pollAction();
    }

    onMounted(() => {
      load();
      poll = window.setInterval(pollAction, ACTION_POLL_MS);
      document.addEventListener('visibilitychange', onVisible);
    });
    onBeforeUnmount(() => {
      window.clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisible);
    });

    return {
      task, failed, refreshing, blocked, rep, load, onRefresh, sharing, shareTarget,
      deadline: computed(() => task.value && deadlineText(task.value, zone())),
      percent: computed(() => task.value && progressPercent(task.value.mine)),
    };
  },
  template: `
    <sub-page back="/training">
      <van-pull-refresh v-model="refreshing" class="page__body training-task" @refresh="onRefresh">
        <div v-if="!task && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!task" image="network" description="加载失败">
          <van-button round size="small" @click="load()">重试</van-button>
        </van-empty>
        <template v-else>
          <task-card :task="task" detail />

          <van-notice-bar v-if="task.locked && task.requires" left-icon="lock" wrapable :scrollable="false" class="task-locked">
            请先完成「<router-link :to="'/training/' + task.requires.id" class="link">{{ task.requires.title }}</router-link>」
          </van-notice-bar>
          <van-notice-bar v-else-if="task.mine.state === 'upcoming'" left-icon="clock-o" wrapable :scrollable="false">任务还没开始，{{ deadline }}</van-notice-bar>
          <van-notice-bar v-if="task.unlocks" :left-icon="task.mine.state === 'done' ? 'passed' : 'gift-o'" wrapable :scrollable="false" class="task-unlocks">
            <template v-if="task.mine.state === 'done'">已解锁素材「{{ task.unlocks.title }}」，<router-link v-if="rep" to="/rep/materials" class="link">去营销素材分享</router-link><template v-else>可以分享了</template></template>
            <template v-else>学完本课程即可解锁素材「{{ task.unlocks.title }}」</template>
          </van-notice-bar>

          <course-reader v-if="task.kind === 'course'" :task="task" :disabled="blocked" @update="task = $event" />
          <quiz-panel v-else-if="task.kind === 'quiz'" :task="task" :disabled="blocked" />
          <section v-else-if="task.kind === 'action'" class="card action-goal" data-testid="action-goal">
            <p class="action-goal__text">{{ task.goal_text }}</p>
            <p class="action-goal__figure"><b>{{ Math.min(task.mine.progress, task.mine.target) }}</b> / {{ task.mine.target }}</p>
            <van-progress :percentage="percent" :pivot-text="percent + '%'" stroke-width="10"
              :color="task.mine.state === 'done' ? 'var(--van-success-color)' : 'var(--brand)'" />
            <p class="action-goal__note">{{ task.mine.state === 'done' ? '目标已达成' : '在任务时间内完成即计入，进度每 30 秒刷新' }} · {{ deadline }}</p>
            <van-button v-if="rep && shareTarget && !blocked" round block type="primary" icon="share-o" @click="sharing = true">去分享</van-button>
          </section>
          <share-sheet v-if="shareTarget" v-model:show="sharing" :target="shareTarget" />
          <check-in-panel v-else-if="task.kind === 'checkin'" :task="task" :disabled="blocked" @submitted="load({ quiet: true })" />
        </template>
      </van-pull-refresh>
    </sub-page>
  `,
};

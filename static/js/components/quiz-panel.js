// A quiz of 任务详情: its terms (questions, pass mark, attempts left, time limit, the points of
// a pass at each attempt), my attempts with their scores, and 开始测验: the server deals the
// attempt (or hands back the one still running) and the quiz page takes it from there.
import { computed, ref } from 'vue';
import { useRouter } from 'vue-router';

import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { ATTEMPT_STATE_LABELS } from '../labels.js';
import { session } from '../session.js';

/** A time limit as "10 分钟" or "90 秒". */
export function durationText(seconds) {
  if (seconds % 60) return seconds < 60 ? `${seconds} 秒` : `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒`;
  return `${seconds / 60} 分钟`;
}

export default {
  name: 'QuizPanel',
  props: {
    task: { type: Object, required: true }, // GET /training/my-tasks/<id> of a quiz
    disabled: { type: Boolean, default: false }, // locked or not started
  },
  setup(props) {
    const router = useRouter();
    const starting = ref(false);
    const quiz = computed(() => props.task.quiz);
    const running = computed(() => quiz.value.attempts.find((attempt) => attempt.state === 'open') ?? null);
    const canStart = computed(() => !props.disabled && (running.value || quiz.value.attempts_left > 0));
    const startText = computed(() => {
      if (running.value) return '继续答题';
      if (!quiz.value.attempts_left) return '测验次数已用完';
      return quiz.value.attempts.length ? '再测一次' : '开始测验';
    });
    const pointsLine = computed(() => {
      const points = quiz.value.attempt_points ?? [];
      if (!points.length) return '';
      // only the attempts this quiz allows: one try of 10,7,5,2 earns 10, not "之后 2"
      const tries = quiz.value.max_attempts;
      if (tries <= points.length) return points.slice(0, tries).map((value, index) => `第 ${index + 1} 次 ${value}`).join(' · ');
      return points.map((value, index) => (index === points.length - 1 && index > 0
        ? `之后 ${value}` : `第 ${index + 1} 次 ${value}`)).join(' · ');
    });

    async function start() {
      starting.value = true;
      try {
        const attempt = await api.post(`/training/my-tasks/${props.task.id}/attempts`);
        router.push(`/training/attempts/${attempt.id}`);
      } catch {
        // shown by the client
      } finally {
        starting.value = false;
      }
    }

    const when = (iso) => formatDateTime(iso, session.me?.company?.timezone);
    return { ATTEMPT_STATE_LABELS, router, starting, quiz, running, canStart, startText, pointsLine, start, when, durationText };
  },
  template: `
    <section class="card quiz-panel">
      <van-cell-group :border="false">
        <van-cell title="题目" :value="quiz.questions + ' 道'" />
        <van-cell title="及格分" :value="quiz.pass_percent + ' 分（百分制）'" />
        <van-cell title="剩余次数" :value="quiz.attempts_left + ' / ' + quiz.max_attempts" />
        <van-cell title="限时" :value="quiz.time_limit_seconds ? durationText(quiz.time_limit_seconds) : '不限时'" />
        <van-cell v-if="pointsLine" title="通过积分" :label="pointsLine" />
      </van-cell-group>
      <div class="page-actions">
        <van-button block round type="primary" :disabled="!canStart" :loading="starting" data-testid="start-quiz" @click="start">{{ startText }}</van-button>
      </div>
    </section>
    <section v-if="quiz.attempts.length" class="card quiz-attempts">
      <header class="card__header"><h2 class="card__title">我的测验记录</h2></header>
      <van-cell-group :border="false">
        <van-cell v-for="attempt in quiz.attempts" :key="attempt.id" :title="'第 ' + attempt.number + ' 次'" :label="when(attempt.submitted_at || attempt.started_at)"
          is-link :data-attempt-id="attempt.id" @click="router.push('/training/attempts/' + attempt.id)">
          <template #value>
            <template v-if="attempt.state === 'submitted'">
              <span class="quiz-attempt__score">{{ attempt.score }} 分</span>
              <van-tag :type="attempt.passed ? 'success' : 'danger'" plain>{{ attempt.passed ? '通过' : '未通过' }}</van-tag>
              <span v-if="attempt.points" class="quiz-attempt__points">+{{ attempt.points }} 积分</span>
            </template>
            <van-tag v-else :type="attempt.state === 'open' ? 'primary' : 'default'" plain>{{ ATTEMPT_STATE_LABELS[attempt.state] }}</van-tag>
          </template>
        </van-cell>
      </van-cell-group>
    </section>
  `,
};

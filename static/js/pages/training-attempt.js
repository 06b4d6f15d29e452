// /training/attempts/:id: 测验, one attempt at a quiz. While it is open and mine: the
// questions one per card (单选 a radio, 多选 checkboxes; what I chose is kept in this tab
// through a reload), a countdown to the attempt's deadline measured against the server's
// clock (handed in by itself when time is up), and 交卷. Once handed in: the score, passed or
// not, the points it earned, and each question right or wrong with the right answer and its
// explanation when the quiz shows them. Past the time limit the attempt counts for nothing
// (已超时). A boss reads their people's attempts here too.
import { computed, onMounted, reactive, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { showConfirmDialog, showToast } from 'vant';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { QUESTION_KIND_LABELS } from '../labels.js';
import { session } from '../session.js';

const LETTERS = 'ABCDEFGH';
const saved = (attemptId) => `training-attempt-${attemptId}`;

/** What was chosen so far in this tab ({ question_id: [keys] }), or none. */
function restore(attemptId) {
  try {
    return JSON.parse(window.sessionStorage.getItem(saved(attemptId)) || '{}');
  } catch {
    return {};
  }
}

export default {
  name: 'TrainingAttemptPage',
  components: { SubPage },
  setup() {
    const attemptId = Number(useRoute().params.id);
    const attempt = ref(null);
    const failed = ref(false);
    const submitting = ref(false);
    const chosen = reactive(restore(attemptId));
    const leftMs = ref(null); // until the deadline, by the server's clock when the attempt was read

    const mine = computed(() => attempt.value?.user_id === session.me?.id);
    const answering = computed(() => attempt.value?.state === 'open' && mine.value);
    const unanswered = computed(() => (attempt.value?.questions ?? []).filter((question) => !(chosen[question.id] ?? []).length).length);

    function take(data) {
      attempt.value = data;
      if (data.state === 'open' && data.deadline_at) {
        leftMs.value = Math.max(0, new Date(data.deadline_at).getTime() - new Date(data.now).getTime());
      } else {
        leftMs.value = null;
      }
      for (const question of data.questions) {
        if (data.state !== 'open') chosen[question.id] = [...question.chosen];
        else chosen[question.id] ??= [];
      }
      if (data.state !== 'open') window.sessionStorage.removeItem(saved(attemptId));
    }

    async function load() {
      failed.value = false;
      try {
        take(await api.get(`/training/attempts/${attemptId}`));
      } catch {
        failed.value = true;
      }
    }

    watch(chosen, (value) => {
      if (answering.value) window.sessionStorage.setItem(saved(attemptId), JSON.stringify(value));
    }, { deep: true });

    async function submit({ timeUp = false } = {}) {
      if (submitting.value || !answering.value) return;
      if (!timeUp && unanswered.value) {
        try {
          await showConfirmDialog({ title: '交卷', message: `还有 ${unanswered.value} 道题没有作答，确定交卷吗？`, confirmButtonText: '交卷' });
        } catch {
          return; // cancelled
        }
      }
      submitting.value = true;
      try {
        const answers = attempt.value.questions.map((question) => ({ question_id: question.id, chosen: chosen[question.id] ?? [] }));
        take(await api.post(`/training/attempts/${attemptId}/submit`, { answers }));
        if (timeUp) showToast('时间到，已自动交卷');
        window.scrollTo({ top: 0 });
      } catch (error) {
        if (error.code === 'attempt_closed') load();
      } finally {
        submitting.value = false;
      }
    }

    function pickOne(question, key) {
      chosen[question.id] = [key];
    }

    // the letters of the right options, as they were dealt to me
    const rightLetters = (question) => question.options
      .map((option, index) => (question.answer.includes(option.key) ? LETTERS[index] : null)).filter(Boolean).join('');
    const optionClass = (question, option) => {
      if (attempt.value.state === 'open') return {};
      const picked = question.chosen.includes(option.key);
      const right = question.answer?.includes(option.key);
      return { 'quiz-option--picked': picked, 'quiz-option--right': right, 'quiz-option--wrong': picked && question.answer && !right };
    };

    onMounted(load);
    return {
      LETTERS, QUESTION_KIND_LABELS, attempt, failed, submitting, chosen, leftMs, mine, answering, unanswered,
      load, submit, pickOne, rightLetters, optionClass,
    };
  },
  template: `
    <sub-page :back="attempt ? '/training/' + attempt.task_id : '/training'">
      <div class="page__body training-attempt" :class="{ 'training-attempt--answering': answering }">
        <div v-if="!attempt && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!attempt" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card attempt-head">
            <h1 class="attempt-head__title">{{ attempt.task_title }}</h1>
            <p class="attempt-head__line">
              第 {{ attempt.number }} 次 · {{ attempt.total }} 道题 · {{ attempt.pass_percent }} 分及格<span v-if="!mine"> · {{ attempt.user_name }}</span>
            </p>
            <div v-if="answering && leftMs !== null" class="attempt-timer" role="timer" data-testid="attempt-timer">
              <van-icon name="clock-o" /> 剩余
              <van-count-down :time="leftMs" format="mm:ss" class="attempt-timer__clock" @finish="submit({ timeUp: true })" />
            </div>
            <div v-if="attempt.state === 'submitted'" class="attempt-result" :class="{ 'attempt-result--passed': attempt.passed }" data-testid="attempt-result">
              <p class="attempt-result__score"><b>{{ attempt.score }}</b> 分</p>
              <van-tag :type="attempt.passed ? 'success' : 'danger'" size="large">{{ attempt.passed ? '通过' : '未通过' }}</van-tag>
              <p class="attempt-result__line">答对 {{ attempt.correct }}/{{ attempt.total }} 题<span v-if="attempt.points"> · 获得 {{ attempt.points }} 积分</span></p>
            </div>
            <p v-else-if="attempt.state === 'expired'" class="attempt-result attempt-result--expired" data-testid="attempt-result">已超时，本次不计分</p>
            <p v-else-if="!mine" class="attempt-head__line">答题中</p>
          </section>

          <section v-for="(question, number) in attempt.questions" :key="question.id" class="card quiz-question" :data-question-id="question.id"
            :data-correct="question.correct === null ? null : String(question.correct)">
            <p class="quiz-question__stem">
              <span class="quiz-question__number">{{ number + 1 }}.</span>
              <van-tag plain type="primary">{{ QUESTION_KIND_LABELS[question.kind] }}</van-tag>
              {{ question.stem }}
              <van-icon v-if="question.correct === true" name="success" class="quiz-question__mark quiz-question__mark--right" />
              <van-icon v-else-if="question.correct === false" name="cross" class="quiz-question__mark quiz-question__mark--wrong" />
            </p>
            <van-radio-group v-if="question.kind === 'single'" :model-value="(chosen[question.id] || [])[0]" :disabled="!answering"
              class="quiz-options" @update:model-value="pickOne(question, $event)">
              <van-radio v-for="(option, index) in question.options" :key="option.key" :name="option.key" class="quiz-option" :class="optionClass(question, option)">
                {{ LETTERS[index] }}. {{ option.text }}
              </van-radio>
            </van-radio-group>
            <van-checkbox-group v-else v-model="chosen[question.id]" :disabled="!answering" class="quiz-options">
              <van-checkbox v-for="(option, index) in question.options" :key="option.key" :name="option.key" shape="square" class="quiz-option" :class="optionClass(question, option)">
                {{ LETTERS[index] }}. {{ option.text }}
              </van-checkbox>
            </van-checkbox-group>
            <div v-if="question.answer" class="quiz-question__answer">
              <p>正确答案：{{ rightLetters(question) }}</p>
              <p v-if="question.explanation" class="quiz-question__explanation">解析：{{ question.explanation }}</p>
            </div>
          </section>
        </template>
      </div>
      <div v-if="answering" class="bottom-bar attempt-bar">
        <span class="attempt-bar__left">{{ unanswered ? '还有 ' + unanswered + ' 题未答' : '已全部作答' }}</span>
        <van-button round type="primary" :loading="submitting" data-testid="submit-attempt" @click="submit()">交卷</van-button>
      </div>
    </sub-page>
  `,
};

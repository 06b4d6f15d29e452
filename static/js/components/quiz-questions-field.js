// A quiz's questions in its task form: those chosen, in the order they are dealt (unless the
// quiz shuffles), each removable; 从题库选题 opens a sheet of HQ's banks (GET /training/banks)
// where a bank's enabled questions, searched by words of the stem, are ticked in or out.
// `model.questions` holds the chosen questions ({ id, kind, stem }).
import { reactive, ref } from 'vue';

import { api } from '../api.js';
import { QUESTION_KIND_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';

const PER_PAGE = 30;

export default {
  name: 'QuizQuestionsField',
  props: {
    model: { type: Object, required: true }, // the form: its `questions`
    errors: { type: Object, default: () => ({}) },
    disabled: { type: Boolean, default: false }, // published: the questions stay as they are
  },
  setup(props) {
    const picking = ref(false);
    const banks = ref(null);
    const bankId = ref(null);
    const { search, query, onSearch, onClear } = useListSearch(() => questions.restart());
    const questions = reactive(usePagedList((page) => api.get(`/training/banks/${bankId.value}/questions`, {
      query: { page, per_page: PER_PAGE, q: query.value || null },
    })));

    async function open() {
      picking.value = true;
      if (query.value) onClear(); // a new pick starts from the whole bank
      if (banks.value) return;
      try {
        banks.value = await api.get('/training/banks');
        if (banks.value.length) pickBank(banks.value[0].id);
      } catch {
        banks.value = null;
      }
    }

    function pickBank(id) {
      bankId.value = id;
      questions.restart();
    }

    const chosen = (question) => props.model.questions.some((item) => item.id === question.id);

    function toggle(question) {
      if (!question.enabled) return;
      if (chosen(question)) props.model.questions = props.model.questions.filter((item) => item.id !== question.id);
      else props.model.questions.push({ id: question.id, kind: question.kind, stem: question.stem });
    }

    function remove(index) {
      props.model.questions.splice(index, 1);
    }

    return { QUESTION_KIND_LABELS, picking, banks, bankId, search, query, questions, open, pickBank, chosen, toggle, remove, onSearch, onClear };
  },
  template: `
    <div class="quiz-questions">
      <van-cell v-for="(question, index) in model.questions" :key="question.id" :title="(index + 1) + '. ' + question.stem" :data-question-id="question.id">
        <template #label>{{ QUESTION_KIND_LABELS[question.kind] }}</template>
        <template v-if="!disabled" #right-icon>
          <van-icon name="delete-o" class="quiz-questions__remove" role="button" aria-label="移除这道题" @click="remove(index)" />
        </template>
      </van-cell>
      <p v-if="!model.questions.length" class="settings__hint quiz-questions__none">还没有选题，发布前至少选一道</p>
      <p v-if="errors.question_ids" class="form-error">{{ errors.question_ids }}</p>
      <div v-if="!disabled" class="entry-grid__extra">
        <van-button block round plain type="primary" icon="plus" native-type="button" data-testid="pick-questions" @click="open">从题库选题（已选 {{ model.questions.length }} 道）</van-button>
      </div>
    </div>
    <van-popup v-model:show="picking" position="bottom" round closeable teleport="body" class="search-picker question-picker">
      <h2 class="search-picker__title">从题库选题</h2>
      <div v-if="banks && banks.length" class="chips" role="group" aria-label="题库">
        <button v-for="bank in banks" :key="bank.id" type="button" class="chip" :class="{ 'chip--active': bankId === bank.id }"
          :aria-pressed="bankId === bank.id" @click="pickBank(bank.id)">{{ bank.name }}（{{ bank.questions }}）</button>
      </div>
      <p v-else-if="banks" class="search-picker__note">还没有题库，请先在「题库」中出题</p>
      <van-search v-if="bankId" v-model="search" placeholder="搜索题干" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
      <van-list v-if="bankId" v-model:loading="questions.loading" v-model:error="questions.failed" :finished="questions.finished"
        finished-text="" error-text="加载失败，点击重试" class="search-picker__list" @load="questions.loadNext">
        <p v-if="questions.finished && !questions.items.length" class="search-picker__note">没有题目</p>
        <van-cell v-for="question in questions.items" :key="question.id" :title="question.stem" clickable :data-question-id="question.id"
          :label="QUESTION_KIND_LABELS[question.kind] + (question.enabled ? '' : ' · 已停用')" @click="toggle(question)">
          <template #right-icon>
            <van-checkbox :model-value="chosen(question)" :disabled="!question.enabled" shape="square" @click.stop="toggle(question)" />
          </template>
        </van-cell>
      </van-list>
      <div class="audience-sheet__actions">
        <van-button round block type="primary" native-type="button" @click="picking = false">完成（已选 {{ model.questions.length }} 道）</van-button>
      </div>
    </van-popup>
  `,
};

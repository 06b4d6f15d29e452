// /hq/question-banks/:id: one question bank (titled by its name): its questions oldest first,
// by words of the stem, each with its options (the right ones marked), its explanation and a
// switch that takes it out of the quizzes to come (a quiz using it keeps it). 添加题目 writes
// one (components/question-form.js); 导入 adds a CSV or Excel file's questions, the columns
// listed here and in the template, and a bad row imports nothing (its rows are listed).
import { onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, saveCsv } from '../api.js';
import ImportErrors, { importErrorsOf } from '../components/import-errors.js';
import QuestionForm from '../components/question-form.js';
import SubPage from '../components/sub-page.js';
import { QUESTION_KIND_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';

const PER_PAGE = 20;
const LETTERS = 'ABCDEFGH';
// app/training/imports.py COLUMNS
const TEMPLATE_HEADERS = ['题型', '题干', ...[...LETTERS].map((letter) => `选项${letter}`), '答案', '解析'];
const TEMPLATE_EXAMPLES = [
  ['单选', '龙井属于哪一类茶？', '绿茶', '红茶', '乌龙茶', '黑茶', '', '', '', '', 'A', '龙井是绿茶'],
  ['多选', '以下哪些是新客福利？', '满100减20', '免运费', '赠品', '', '', '', '', '', 'ABC', ''],
];
const COLUMNS = [
  ['题型', '单选 或 多选'],
  ['题干', '必填'],
  ['选项A … 选项H', '至少填选项A和选项B'],
  ['答案', '正确选项的字母，如 A 或 ACD'],
  ['解析', '选填'],
];

export default {
  name: 'QuestionBankPage',
  components: { ImportErrors, QuestionForm, SubPage },
  setup() {
    const bankId = Number(useRoute().params.id);
    const bank = ref(null);
    const adding = ref(false);
    const switching = ref(null);
    const importing = ref(false);
    const importErrors = ref(null);
    const fileInput = ref(null);
    const { search, query, onSearch, onClear } = useListSearch(() => questions.restart());
    const questions = reactive(usePagedList((page) => api.get(`/training/banks/${bankId}/questions`, {
      query: { page, per_page: PER_PAGE, q: query.value || null },
    })));

    async function loadBank() {
      try {
        // the banks' list is the only read of a bank's name
        bank.value = (await api.get('/training/banks')).find((item) => item.id === bankId) ?? null;
      } catch {
        // the title stays the route's
      }
    }

    async function setEnabled(question, enabled) {
      switching.value = question.id;
      try {
        Object.assign(question, await api.patch(`/training/questions/${question.id}`, { enabled }));
        showSuccessToast(enabled ? '已启用' : '已停用，新的测验不能再选它');
      } catch {
        // shown by the client
      } finally {
        switching.value = null;
      }
    }

    function onSaved() {
      questions.restart({ keep: true });
      loadBank();
    }

    function pickFile() {
      fileInput.value?.click();
    }

    async function onFile(event) {
      const file = event.target.files?.[0];
      event.target.value = ''; // the same file can be picked again after a fix
      if (!file) return;
      importing.value = true;
      importErrors.value = null;
      try {
        const result = await api.upload(`/training/banks/${bankId}/import`, file, { toast: false });
        showSuccessToast(`已导入 ${result.created} 道题`);
        onSaved();
      } catch (error) {
        importErrors.value = importErrorsOf(error);
      } finally {
        importing.value = false;
      }
    }

    const downloadTemplate = () => saveCsv([TEMPLATE_HEADERS, ...TEMPLATE_EXAMPLES], '题目导入模板.csv');
    const isRight = (question, index) => question.answer.includes(index);

    onMounted(loadBank);
    return {
      LETTERS, COLUMNS, QUESTION_KIND_LABELS, bankId, bank, adding, switching, importing, importErrors, fileInput, search, query,
      questions, onSearch, onClear, setEnabled, onSaved, pickFile, onFile, downloadTemplate, isRight,
    };
  },
  template: `
    <sub-page :title="bank ? bank.name : ''" back="/hq/question-banks">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="adding = true">添加题目</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索题干" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
      </div>
      <section class="card question-import">
        <div class="import-bar">
          <van-button size="small" round icon="upgrade" :loading="importing" loading-text="导入中…" @click="pickFile">导入题目</van-button>
          <button type="button" class="link import-bar__template" @click="downloadTemplate">下载导入模板</button>
          <input ref="fileInput" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden @change="onFile" />
        </div>
        <ul class="customer-import__columns question-import__columns">
          <li v-for="[name, hint] in COLUMNS" :key="name"><b>{{ name }}</b>：{{ hint }}</li>
        </ul>
      </section>
      <import-errors v-if="importErrors" :errors="importErrors" @close="importErrors = null" />
      <van-list v-model:loading="questions.loading" v-model:error="questions.failed" :finished="questions.finished"
        :finished-text="questions.items.length ? '共 ' + questions.total + ' 道题' : ''" error-text="加载失败，点击重试"
        class="page__body" @load="questions.loadNext">
        <van-empty v-if="questions.finished && !questions.items.length" image="search" :description="query ? '没有找到相关题目' : '还没有题目，添加或导入题目'" />
        <article v-for="question in questions.items" :key="question.id" class="card bank-question" :class="{ 'bank-question--off': !question.enabled }"
          :data-question-id="question.id">
          <p class="quiz-question__stem">
            <van-tag plain type="primary">{{ QUESTION_KIND_LABELS[question.kind] }}</van-tag>
            {{ question.stem }}
          </p>
          <ol class="bank-question__options">
            <li v-for="(option, index) in question.options" :key="index" :class="{ 'bank-question__option--right': isRight(question, index) }">
              {{ LETTERS[index] }}. {{ option }}<van-icon v-if="isRight(question, index)" name="success" />
            </li>
          </ol>
          <p v-if="question.explanation" class="quiz-question__explanation">解析：{{ question.explanation }}</p>
          <label class="material-card__switch bank-question__switch">
            <span>{{ question.enabled ? '已启用' : '已停用' }}</span>
            <van-switch :model-value="question.enabled" size="20px" :loading="switching === question.id"
              :aria-label="'启用这道题'" @update:model-value="setEnabled(question, $event)" />
          </label>
        </article>
      </van-list>
      <question-form v-model:show="adding" :bank-id="bankId" @saved="onSaved" />
    </sub-page>
  `,
};

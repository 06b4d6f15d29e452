// 添加题目, in a bottom sheet of a question bank: 单选 or 多选, the stem, 2 to 8 options with
// the right ones ticked (one for 单选), and an optional explanation shown with the answers.
// Saving adds it to the bank (POST /training/banks/<id>/questions) and emits `saved`.
import { reactive, ref, watch } from 'vue';
import { showSuccessToast } from 'vant';

import { api, fieldMessages, revealFirstError } from '../api.js';
import { QUESTION_KIND_LABELS } from '../labels.js';

const LETTERS = 'ABCDEFGH';
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 8;

const emptyQuestion = () => ({ kind: 'single', stem: '', options: ['', '', '', ''], answer: [], explanation: '' });

export default {
  name: 'QuestionForm',
  props: {
    show: { type: Boolean, default: false },
    bankId: { type: Number, required: true },
  },
  emits: ['update:show', 'saved'],
  setup(props, { emit }) {
    const form = reactive(emptyQuestion());
    const errors = reactive({});
    const saving = ref(false);

    watch(() => props.show, (open) => {
      if (!open) return;
      Object.assign(form, emptyQuestion());
      for (const key of Object.keys(errors)) delete errors[key];
    });

    function pickKind(kind) {
      form.kind = kind;
      if (kind === 'single' && form.answer.length > 1) form.answer = form.answer.slice(0, 1);
    }

    function toggleRight(index) {
      if (form.kind === 'single') form.answer = [index];
      else form.answer = form.answer.includes(index) ? form.answer.filter((i) => i !== index) : [...form.answer, index].sort();
    }

    function removeOption(index) {
      form.options.splice(index, 1);
      form.answer = form.answer.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i));
    }

    // the body to send, or null after marking what is missing
    function body() {
      for (const key of Object.keys(errors)) delete errors[key];
      const options = form.options.map((text) => text.trim());
      if (!form.stem.trim()) errors.stem = '请填写题干';
      if (options.some((text) => !text)) errors.options = '选项不能为空，不要的选项请删除';
      if (!form.answer.length) errors.answer = '请勾选正确答案';
      if (Object.keys(errors).length) return null;
      return { kind: form.kind, stem: form.stem.trim(), options, answer: form.answer, explanation: form.explanation.trim() };
    }

    async function save() {
      const data = body();
      if (!data) {
        revealFirstError();
        return;
      }
      saving.value = true;
      try {
        const question = await api.post(`/training/banks/${props.bankId}/questions`, data, { toast: false });
        showSuccessToast('已添加');
        emit('saved', question);
        emit('update:show', false);
      } catch (error) {
        Object.assign(errors, fieldMessages(error));
        if (!Object.keys(errors).length) errors.stem = error.message;
      } finally {
        saving.value = false;
      }
    }

    return { LETTERS, MIN_OPTIONS, MAX_OPTIONS, QUESTION_KIND_LABELS, form, errors, saving, pickKind, toggleRight, removeOption, save };
  },
  template: `
    <van-popup :show="show" position="bottom" round closeable teleport="body" class="search-picker question-form"
      @update:show="(open) => $emit('update:show', open)">
      <h2 class="search-picker__title">添加题目</h2>
      <van-form class="form" @submit="save">
        <van-cell-group>
          <van-field name="kind" label="题型">
            <template #input>
              <van-radio-group :model-value="form.kind" direction="horizontal" @update:model-value="pickKind">
                <van-radio v-for="(label, kind) in QUESTION_KIND_LABELS" :key="kind" :name="kind">{{ label }}</van-radio>
              </van-radio-group>
            </template>
          </van-field>
          <van-field v-model="form.stem" name="stem" label="题干" type="textarea" rows="2" autosize maxlength="1000" required
            placeholder="如：龙井属于哪一类茶？" :error-message="errors.stem" />
          <van-field v-for="(text, index) in form.options" :key="index" v-model="form.options[index]" :name="'option-' + index"
            :label="'选项' + LETTERS[index]" maxlength="200" placeholder="选项内容" class="question-form__option">
            <template #button>
              <span class="question-form__right">
                <van-checkbox :model-value="form.answer.includes(index)" :shape="form.kind === 'single' ? 'round' : 'square'"
                  @update:model-value="toggleRight(index)">正确</van-checkbox>
                <van-icon v-if="form.options.length > MIN_OPTIONS" name="delete-o" role="button" :aria-label="'删除选项' + LETTERS[index]" @click="removeOption(index)" />
              </span>
            </template>
          </van-field>
          <p v-if="errors.options || errors.answer" class="form-error">{{ errors.options || errors.answer }}</p>
          <div class="detail-add question-form__add">
            <van-button size="small" round plain icon="plus" native-type="button" :disabled="form.options.length >= MAX_OPTIONS"
              @click="form.options.push('')">添加选项</van-button>
          </div>
          <van-field v-model="form.explanation" name="explanation" label="解析" type="textarea" rows="2" autosize maxlength="1000"
            placeholder="选填，交卷后和正确答案一起显示" :error-message="errors.explanation" />
        </van-cell-group>
        <div class="page-actions">
          <van-button block round type="primary" native-type="submit" :loading="saving">保存题目</van-button>
        </div>
      </van-form>
    </van-popup>
  `,
};

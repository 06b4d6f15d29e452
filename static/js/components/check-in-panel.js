// A check-in (打卡) of 任务详情: a few words and up to 9 photos (each uploaded at once by
// components/image-field.js) handed in for review, and my check-ins with their review: 待审核,
// 已通过, or 已退回 with the reviewer's comment, after which the form is offered again.
// Handing one in emits `submitted` with it.
import { computed, reactive } from 'vue';
import { showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import CheckInItem from './check-in-item.js';
import ImageField from './image-field.js';

const MAX_PHOTOS = 9;

export default {
  name: 'CheckInPanel',
  components: { CheckInItem, ImageField },
  props: {
    task: { type: Object, required: true }, // GET /training/my-tasks/<id> of a check-in
    disabled: { type: Boolean, default: false }, // locked or not started
  },
  emits: ['submitted'],
  setup(props, { emit }) {
    const form = reactive({ text: '', photos: [], errors: {}, sending: false });
    // open to a first check-in, or again after one was returned
    const canSubmit = computed(() => !['submitted', 'done'].includes(props.task.mine.state));

    async function submit() {
      form.errors = {};
      if (!form.text.trim() && !form.photos.length) {
        form.errors.text = '请写几句话或上传照片';
        return;
      }
      form.sending = true;
      try {
        const checkIn = await api.post(`/training/my-tasks/${props.task.id}/check-ins`, { text: form.text.trim(), photos: form.photos });
        Object.assign(form, { text: '', photos: [] });
        showSuccessToast('已提交，等待审核');
        emit('submitted', checkIn);
      } catch (error) {
        form.errors = fieldMessages(error);
      } finally {
        form.sending = false;
      }
    }

    return { MAX_PHOTOS, form, canSubmit, submit };
  },
  template: `
    <section v-if="canSubmit" class="card check-in-form">
      <header class="card__header">
        <h2 class="card__title">{{ task.mine.state === 'returned' ? '重新提交打卡' : '提交打卡' }}</h2>
      </header>
      <van-cell-group :border="false">
        <van-field v-model="form.text" type="textarea" rows="3" autosize maxlength="2000" show-word-limit
          placeholder="写几句话说明完成情况" :disabled="disabled" :error-message="form.errors.text" data-field="text" />
        <van-field label="照片" :error-message="form.errors.photos" data-field="photos">
          <template #input><image-field v-model="form.photos" :max-count="MAX_PHOTOS" /></template>
        </van-field>
      </van-cell-group>
      <div class="page-actions">
        <van-button block round type="primary" :disabled="disabled" :loading="form.sending" data-testid="submit-check-in" @click="submit">提交打卡</van-button>
      </div>
    </section>
    <section v-if="task.check_ins.length" class="card check-in-history">
      <header class="card__header"><h2 class="card__title">我的打卡</h2></header>
      <ul class="check-in-list">
        <check-in-item v-for="checkIn in task.check_ins" :key="checkIn.id" :check-in="checkIn" />
      </ul>
    </section>
  `,
};

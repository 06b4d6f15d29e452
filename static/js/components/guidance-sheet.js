// 督导: the sheet where a boss writes a comment on a rep's follow-up, customer or day (POST
// /guidance/threads). `subject` names it: { subject: 'follow_up', follow_up_id } or
// { subject: 'customer', customer_id } or { subject: 'day', rep_id, day }. The rep is notified;
// emits `sent` with the thread, which a page may open.
import { reactive, watch } from 'vue';
import { showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';

const MAX_LENGTH = 2000;

export default {
  name: 'GuidanceSheet',
  props: {
    show: { type: Boolean, default: false },
    subject: { type: Object, default: null },
    title: { type: String, default: '写督导' },
  },
  emits: ['update:show', 'sent'],
  setup(props, { emit }) {
    const form = reactive({ body: '', error: '', sending: false });

    watch(() => props.show, (open) => {
      if (open) Object.assign(form, { body: '', error: '' });
    });

    async function send() {
      if (!form.body.trim()) {
        form.error = '请写下点评';
        return;
      }
      form.sending = true;
      form.error = '';
      try {
        const thread = await api.post('/guidance/threads', { ...props.subject, body: form.body });
        showSuccessToast('已发送，员工会收到通知');
        emit('update:show', false);
        emit('sent', thread);
      } catch (error) {
        const messages = fieldMessages(error);
        form.error = messages.body || Object.values(messages)[0] || '';
      } finally {
        form.sending = false;
      }
    }

    return { form, send, MAX_LENGTH };
  },
  template: `
    <van-popup :show="show" position="bottom" round closeable safe-area-inset-bottom class="guidance-sheet" @update:show="$emit('update:show', $event)">
      <h2 class="guidance-sheet__title">{{ title }}</h2>
      <van-field
        v-model="form.body"
        type="textarea"
        rows="4"
        autosize
        :maxlength="MAX_LENGTH"
        show-word-limit
        placeholder="肯定做得好的地方，指出下一步怎么做"
        :error-message="form.error"
        class="guidance-sheet__field"
        data-field="body"
      />
      <div class="guidance-sheet__actions">
        <van-button round block type="primary" :loading="form.sending" @click="send">发送督导</van-button>
      </div>
    </van-popup>
  `,
};

// /guidance/:id: one 督导 thread, for the rep and the bosses alike: what it is about, every
// comment and reply in order, and a box to write the next one. Opening it marks it read.
import { computed, nextTick, onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';

import { api, fieldMessages } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import { session } from '../session.js';
import { threadAbout } from './guidance-threads.js';

const MAX_LENGTH = 2000;

export default {
  name: 'GuidanceThreadPage',
  components: { SubPage },
  setup() {
    const threadId = Number(useRoute().params.id);
    const thread = ref(null);
    const failed = ref(false);
    const reply = reactive({ body: '', error: '', sending: false });
    const end = ref(null);

    const zone = () => session.me?.company?.timezone;
    const customerPath = computed(() => {
      const id = thread.value?.customer_id;
      if (!id) return '';
      return session.me?.role === 'rep' ? `/rep/customers/${id}` : `/boss/customers/${id}`;
    });
    const mine = (message) => message.author.id === session.me?.id;

    async function load() {
      failed.value = false;
      try {
        thread.value = await api.get(`/guidance/threads/${threadId}`);
        if (thread.value.unread) api.post(`/guidance/threads/${threadId}/read`).catch(() => {});
      } catch {
        failed.value = true;
      }
    }

    async function send() {
      if (!reply.body.trim()) {
        reply.error = '请写下内容';
        return;
      }
      reply.sending = true;
      reply.error = '';
      try {
        thread.value = await api.post(`/guidance/threads/${threadId}/messages`, { body: reply.body });
        reply.body = '';
        await nextTick();
        end.value?.scrollIntoView({ block: 'end' });
      } catch (error) {
        reply.error = fieldMessages(error).body || '';
      } finally {
        reply.sending = false;
      }
    }

    const timeOf = (iso) => formatTime(iso, zone());
    onMounted(load);
    return { thread, failed, reply, end, customerPath, mine, load, send, timeOf, threadAbout, MAX_LENGTH };
  },
  template: `
    <sub-page title="督导" back="/guidance">
      <div class="page__body guidance-thread">
        <div v-if="!thread && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!thread" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card guidance-thread__head">
            <h1 class="guidance-thread__about">{{ threadAbout(thread) }}</h1>
            <p class="guidance-thread__meta">{{ thread.author.name }} 发起 · {{ thread.rep.name }} 的工作</p>
            <router-link v-if="customerPath" :to="customerPath" class="link guidance-thread__customer">查看客户 <van-icon name="arrow" /></router-link>
          </section>
          <ol class="guidance-thread__messages">
            <li
              v-for="message in thread.messages"
              :key="message.id"
              class="guidance-message"
              :class="{ 'guidance-message--mine': mine(message) }"
            >
              <div class="guidance-message__by">{{ message.author.name }} · <time :datetime="message.created_at">{{ timeOf(message.created_at) }}</time></div>
              <p class="guidance-message__body">{{ message.body }}</p>
            </li>
          </ol>
          <div ref="end"></div>
        </template>
      </div>
      <div v-if="thread" class="bottom-bar guidance-reply">
        <van-field
          v-model="reply.body"
          type="textarea"
          rows="1"
          autosize
          :maxlength="MAX_LENGTH"
          placeholder="写回复…"
          :error-message="reply.error"
          class="guidance-reply__field"
          data-field="body"
        />
        <van-button round type="primary" size="small" :loading="reply.sending" @click="send">发送</van-button>
      </div>
    </sub-page>
  `,
};

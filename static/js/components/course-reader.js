// A course of 任务详情: its pages in order (those read marked), and the page open now: its
// PDF or video and its text and pictures, then 已读，下一页, held back by a countdown of the
// page's least reading time. The server is the judge of that time: opening a page starts its
// clock there (POST .../open), and a 已读 sent too soon is refused with the seconds left
// (409 read_too_fast, its message shown by the API client), which restart the countdown. The
// first unread page opens by itself; the course is done when every page is read. Every
// answer is the whole task again, handed up through `update`.
import { computed, onMounted, ref } from 'vue';

import { api } from '../api.js';
import { fileTypeLabel } from '../labels.js';

export default {
  name: 'CourseReader',
  props: {
    task: { type: Object, required: true }, // GET /training/my-tasks/<id> of a course
    disabled: { type: Boolean, default: false }, // locked or not started: nothing opens
  },
  emits: ['update'],
  setup(props, { emit }) {
    const currentId = ref(null);
    const waitMs = ref(0); // the countdown of the page open now
    const ready = ref(false);
    const opening = ref(false);
    const reading = ref(false);
    const reader = ref(null);

    const pages = computed(() => props.task.pages ?? []);
    const current = computed(() => pages.value.find((page) => page.id === currentId.value) ?? null);
    const index = computed(() => pages.value.findIndex((page) => page.id === currentId.value));
    const allRead = computed(() => pages.value.length > 0 && pages.value.every((page) => page.read));
    const fileKind = computed(() => {
      const type = current.value?.file_type ?? '';
      if (!current.value?.file_url) return null;
      return type.startsWith('video/') ? 'video' : 'document';
    });
    // after this page: the next unread one, else any unread one
    const nextPage = computed(() => {
      const after = pages.value.slice(index.value + 1).find((page) => !page.read);
      return after ?? pages.value.find((page) => !page.read && page.id !== currentId.value) ?? null;
    });
    const buttonText = computed(() => {
      if (current.value?.read) return nextPage.value ? '下一页' : '';
      return nextPage.value ? '已读，下一页' : '已读，完成课程';
    });

    function countdown(seconds) {
      ready.value = seconds <= 0;
      waitMs.value = Math.max(0, seconds) * 1000;
    }

    async function open(page) {
      if (props.disabled || opening.value) return;
      opening.value = true;
      try {
        const task = await api.post(`/training/my-tasks/${props.task.id}/pages/${page.id}/open`);
        emit('update', task);
        currentId.value = page.id;
        const opened = task.pages.find((item) => item.id === page.id);
        countdown(opened.read ? 0 : opened.min_seconds - opened.seconds);
        reader.value?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      } catch {
        // shown by the client
      } finally {
        opening.value = false;
      }
    }

    async function markRead() {
      const page = current.value;
      if (!page) return;
      if (page.read) {
        if (nextPage.value) open(nextPage.value);
        return;
      }
      reading.value = true;
      try {
        const task = await api.post(`/training/my-tasks/${props.task.id}/pages/${page.id}/read`);
        emit('update', task);
        const next = task.pages.slice(index.value + 1).find((item) => !item.read) ?? task.pages.find((item) => !item.read);
        if (next) await open(next);
        else currentId.value = null;
      } catch (error) {
        if (error.code === 'read_too_fast') countdown(Number(error.fields?.seconds_left?.[0] ?? 1));
        else if (error.code === 'page_not_open') open(page); // opened elsewhere since: start again
      } finally {
        reading.value = false;
      }
    }

    onMounted(() => {
      const first = pages.value.find((page) => !page.read);
      if (first && !props.disabled) open(first);
    });

    return {
      currentId, waitMs, ready, opening, reading, reader, pages, current, index, allRead, fileKind, buttonText,
      open, markRead, fileTypeLabel,
    };
  },
  template: `
    <section class="card course-reader">
      <header class="card__header">
        <h2 class="card__title">课程目录</h2>
        <span class="card__extra">{{ pages.filter((page) => page.read).length }}/{{ pages.length }} 页已读</span>
      </header>
      <van-cell-group :border="false">
        <van-cell v-for="(page, number) in pages" :key="page.id" :title="(number + 1) + '. ' + page.title" clickable
          :class="{ 'course-page--current': page.id === currentId }" :data-page-id="page.id" :data-read="page.read"
          @click="open(page)">
          <template #value>
            <span v-if="page.read" class="course-page__read"><van-icon name="checked" /> 已读</span>
            <span v-else-if="page.min_seconds" class="course-page__time">至少 {{ page.min_seconds }} 秒</span>
          </template>
        </van-cell>
      </van-cell-group>
      <p v-if="allRead && !current" class="course-reader__done" role="status"><van-icon name="passed" /> 全部页面已读完，课程已完成</p>
    </section>

    <article v-if="current" ref="reader" class="card course-page" :data-page-id="current.id">
      <h2 class="course-page__title">第 {{ index + 1 }} 页 · {{ current.title }}</h2>
      <video v-if="fileKind === 'video'" class="material__video" :src="current.file_url"
        controls playsinline webkit-playsinline x5-playsinline preload="metadata"></video>
      <section v-else-if="fileKind === 'document'" class="material-file">
        <van-icon name="description" class="material-file__icon" />
        <div class="material-file__body">
          <p class="material-file__name">{{ current.title }}</p>
          <p class="material-file__meta">{{ fileTypeLabel(current.file_type) }} 文件</p>
        </div>
        <div class="material-file__actions">
          <van-button size="small" round type="primary" tag="a" :href="current.file_url" target="_blank" rel="noopener">打开</van-button>
        </div>
      </section>
      <template v-for="(block, number) in current.body" :key="number">
        <p v-if="block.type === 'text'" class="product-detail__text">{{ block.text }}</p>
        <img v-else-if="block.type === 'image'" :src="block.url" alt="" loading="lazy" class="material__image" />
      </template>
      <div v-if="buttonText" class="course-page__actions">
        <van-button block round type="primary" :disabled="!current.read && !ready" :loading="reading || opening" data-testid="page-read" @click="markRead">
          {{ buttonText }}
          <van-count-down v-if="!current.read && !ready" :key="currentId + ':' + waitMs" :time="waitMs" class="course-page__countdown" @finish="ready = true">
            <template #default="{ total }">（{{ Math.ceil(total / 1000) }} 秒）</template>
          </van-count-down>
        </van-button>
      </div>
    </article>
  `,
};

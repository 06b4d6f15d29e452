// A course's pages in its task form, in order: each a title, its paragraphs and pictures, the
// least time it must be read (秒) and, for HQ, a PDF or video uploaded at once through POST
// /materials/files (the server knows the file by its content and says why it refuses one,
// under the page). Pages move up and down and are removed. `model.pages` holds them as the
// form edits them; `coursePagesOf()` gives them as the API takes them and marks on each page
// what is missing.
import { ref } from 'vue';
import { showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import { fileTypeLabel } from '../labels.js';

const MAX_PAGES = 50;
const MAX_BLOCKS = 100;
const MAX_SECONDS = 3600;
const FILE_ACCEPT = 'application/pdf,.pdf,video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm';

/** A new page of the form. */
export const emptyPage = () => ({ title: '', body: [{ type: 'text', text: '' }], file_url: null, file_type: null, min_seconds: '0', error: '' });

/** A page of the API (TaskDetail.pages) as the form edits it. */
export const pageOfTask = (page) => ({
  title: page.title, body: page.body.length ? page.body.map((block) => ({ ...block })) : [{ type: 'text', text: '' }],
  file_url: page.file_url, file_type: page.file_type, min_seconds: String(page.min_seconds), error: '',
});

/** The pages as the API takes them; each page's problem is marked on it (`error`). */
export function coursePagesOf(pages) {
  return pages.map((page) => {
    const seconds = String(page.min_seconds).trim();
    page.error = '';
    if (!page.title.trim()) page.error = '请填写这一页的标题';
    else if (!/^\d{1,4}$/.test(seconds || '0') || Number(seconds) > MAX_SECONDS) page.error = `阅读时间应为 0 到 ${MAX_SECONDS} 秒`;
    return {
      title: page.title.trim(),
      body: page.body.map((block) => (block.type === 'text' ? { type: 'text', text: block.text.trim() } : { type: 'image', url: block.url }))
        .filter((block) => block.type !== 'text' || block.text),
      file_url: page.file_url,
      min_seconds: Number(seconds || 0),
    };
  });
}

export default {
  name: 'CoursePagesField',
  props: {
    model: { type: Object, required: true }, // the form: its `pages`
    errors: { type: Object, default: () => ({}) },
    disabled: { type: Boolean, default: false }, // published: the pages stay as they are
    canUpload: { type: Boolean, default: false }, // HQ: material files
  },
  setup(props) {
    const uploading = ref(null); // the page whose file is being uploaded
    const fileInput = ref(null);
    const imageInput = ref(null);
    let target = null; // the page a picked file is for

    function move(index, by) {
      const pages = props.model.pages;
      const [page] = pages.splice(index, 1);
      pages.splice(index + by, 0, page);
    }

    function pickFile(page) {
      target = page;
      fileInput.value?.click();
    }

    async function onFile(event) {
      const file = event.target.files?.[0];
      event.target.value = ''; // the same file can be picked again
      if (!file || !target) return;
      const page = target;
      const kind = file.type.startsWith('video/') || /\.(mp4|mov|webm)$/i.test(file.name) ? 'video' : 'brochure';
      uploading.value = page;
      page.error = '';
      try {
        const stored = await api.upload('/materials/files', file, { query: { kind }, toast: false });
        Object.assign(page, { file_url: stored.url, file_type: stored.file_type });
        showSuccessToast('已上传');
      } catch (error) {
        page.error = fieldMessages(error).file || error.message;
      } finally {
        uploading.value = null;
      }
    }

    function pickImage(page) {
      target = page;
      imageInput.value?.click();
    }

    async function onImage(event) {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file || !target) return;
      const page = target;
      try {
        const { url } = await api.upload('/uploads', file);
        page.body.push({ type: 'image', url });
      } catch {
        // shown by the client
      }
    }

    return { MAX_PAGES, MAX_BLOCKS, FILE_ACCEPT, uploading, fileInput, imageInput, move, pickFile, onFile, pickImage, onImage, emptyPage, fileTypeLabel };
  },
  template: `
    <div class="course-pages">
      <van-cell-group v-for="(page, index) in model.pages" :key="index" inset class="course-pages__page" :data-page-index="index">
        <div class="course-pages__head">
          <b>第 {{ index + 1 }} 页</b>
          <span v-if="!disabled" class="course-pages__tools">
            <van-icon v-if="index > 0" name="arrow-up" role="button" aria-label="上移" @click="move(index, -1)" />
            <van-icon v-if="index < model.pages.length - 1" name="arrow-down" role="button" aria-label="下移" @click="move(index, 1)" />
            <van-icon name="delete-o" role="button" aria-label="删除这一页" @click="model.pages.splice(index, 1)" />
          </span>
        </div>
        <van-field v-model="page.title" label="标题" maxlength="100" required placeholder="这一页讲什么" :disabled="disabled" :name="'page-title-' + index" />
        <van-field v-model="page.min_seconds" label="阅读时间" type="digit" placeholder="0 即不限" :disabled="disabled" :name="'page-seconds-' + index">
          <template #extra><span class="field-unit">秒以上</span></template>
        </van-field>
        <van-field v-if="canUpload || page.file_url" label="PDF/视频">
          <template #input>
            <div class="material-upload">
              <p v-if="page.file_url" class="material-upload__file"><van-icon name="description" /> 已上传<span class="material-upload__meta">{{ fileTypeLabel(page.file_type) }}</span></p>
              <span v-if="canUpload && !disabled" class="course-pages__file-actions">
                <van-button size="small" round plain type="primary" icon="upgrade" native-type="button" :loading="uploading === page" loading-text="上传中…" @click="pickFile(page)">
                  {{ page.file_url ? '重新上传' : '上传文件' }}
                </van-button>
                <van-button v-if="page.file_url" size="small" round plain native-type="button" @click="page.file_url = null">移除</van-button>
              </span>
              <p class="material-upload__hint">选填：PDF 或 MP4、MOV、WebM 视频</p>
            </div>
          </template>
        </van-field>
        <div v-for="(block, number) in page.body" :key="number" class="detail-block">
          <van-field v-if="block.type === 'text'" v-model="block.text" type="textarea" rows="2" autosize maxlength="5000" :disabled="disabled"
            :label="'第 ' + (number + 1) + ' 段'" label-align="top" placeholder="一段文字">
            <template v-if="!disabled" #right-icon>
              <van-icon name="delete-o" role="button" aria-label="删除这一段" @click="page.body.splice(number, 1)" />
            </template>
          </van-field>
          <div v-else class="detail-block__image">
            <van-image :src="block.url" width="96" height="64" fit="cover" radius="4" />
            <van-icon v-if="!disabled" name="delete-o" role="button" aria-label="删除这张图" @click="page.body.splice(number, 1)" />
          </div>
        </div>
        <p v-if="page.error" class="form-error">{{ page.error }}</p>
        <div v-if="!disabled" class="detail-add">
          <van-button size="small" round plain icon="plus" native-type="button" :disabled="page.body.length >= MAX_BLOCKS" @click="page.body.push({ type: 'text', text: '' })">添加段落</van-button>
          <van-button size="small" round plain icon="photo-o" native-type="button" :disabled="page.body.length >= MAX_BLOCKS" @click="pickImage(page)">添加图片</van-button>
        </div>
      </van-cell-group>
      <p v-if="errors.pages" class="form-error course-pages__error">{{ errors.pages }}</p>
      <div v-if="!disabled" class="page-actions">
        <van-button block round plain type="primary" icon="plus" native-type="button" :disabled="model.pages.length >= MAX_PAGES" @click="model.pages.push(emptyPage())">添加一页</van-button>
      </div>
      <input ref="fileInput" type="file" :accept="FILE_ACCEPT" hidden @change="onFile" />
      <input ref="imageInput" type="file" accept="image/*" hidden @change="onImage" />
    </div>
  `,
};

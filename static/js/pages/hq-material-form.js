// /hq/materials/new and /hq/materials/:id: publish or edit a material. What the form asks
// follows the kind: a brochure takes a PDF, a video a video, a file a PDF or an image (each
// uploaded at once through POST /materials/files, which knows the file by its content and
// says why it refuses one, under the file's field); a poster needs its picture (the cover,
// into which each rep's name and QR code are drawn); an article kind (公司介绍, 新闻, 案例,
// 客户见证) its body of paragraphs and pictures; a business card is drawn from each rep's
// own profile. Every kind has a cover, summary, tags, the content plan (内容规划), whom it
// reaches (发放范围: units of the org tree, none for everyone) and an on/off switch.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, fieldMessages, saveForm } from '../api.js';
import AudienceField from '../components/audience-field.js';
import ContentPlanFields, { contentPlanOf } from '../components/content-plan-fields.js';
import ImageField from '../components/image-field.js';
import SubPage from '../components/sub-page.js';
import { formatFileSize } from '../format.js';
import { MATERIAL_KIND_LABELS, fileTypeLabel } from '../labels.js';

// What each kind carries (app/marketing/services/materials.py FILE_KINDS, BODY_KINDS).
const FILE_KINDS = {
  brochure: { accept: 'application/pdf,.pdf', hint: 'PDF 文件' },
  video: { accept: 'video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm', hint: 'MP4、MOV 或 WebM 视频' },
  file: { accept: 'application/pdf,.pdf,image/*', hint: 'PDF 文件或图片' },
};
const BODY_KINDS = ['intro', 'news', 'case', 'testimonial'];
const KIND_NOTES = {
  card: '名片按分享员工的微店资料生成：头像、姓名、团队、电话和问候语，海报上带员工的二维码。',
  poster: '上传的图片就是海报，分享时自动加上员工姓名和专属二维码。',
};
const SORT_RULE = '应为 0 到 100000 之间的整数';
const MAX_BLOCKS = 50;

function emptyForm() {
  return {
    kind: 'intro', title: '', summary: '', cover_url: null, body: [{ type: 'text', text: '' }],
    file_url: null, file_name: '', file_type: null, file_size: null, tags: '', enabled: true,
    sort_order: '0', audience_unit_ids: [], content_kind: 'brand', scene_channel: 'online',
    scene_frequency: 'high', scene_aim: 'seeding',
  };
}

export default {
  name: 'HqMaterialFormPage',
  components: { AudienceField, ContentPlanFields, ImageField, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const materialId = computed(() => (route.params.id ? Number(route.params.id) : null));
    const form = reactive(emptyForm());
    const errors = reactive({});
    const loaded = ref(!route.params.id);
    const failed = ref(false);
    const saving = ref(false);
    const uploading = ref(false);
    const fileInput = ref(null);
    const imageInput = ref(null);

    const fileKind = computed(() => FILE_KINDS[form.kind] ?? null);
    const needsBody = computed(() => BODY_KINDS.includes(form.kind));
    const fileText = computed(() => [fileTypeLabel(form.file_type), formatFileSize(form.file_size)].filter(Boolean).join(' · '));

    function fill(material) {
      Object.assign(form, {
        kind: material.kind,
        title: material.title,
        summary: material.summary ?? '',
        cover_url: material.cover_url,
        body: material.body.length ? material.body.map((block) => ({ ...block })) : [{ type: 'text', text: '' }],
        file_url: material.file_url,
        file_name: material.file_name ?? '',
        file_type: material.file_type,
        file_size: material.file_size,
        tags: material.tags.join('，'),
        enabled: material.enabled,
        sort_order: String(material.sort_order ?? 0),
        audience_unit_ids: [...material.audience_unit_ids],
        content_kind: material.content_kind,
        scene_channel: material.scene_channel,
        scene_frequency: material.scene_frequency,
        scene_aim: material.scene_aim,
      });
    }

    async function load() {
      if (!materialId.value) return;
      failed.value = false;
      try {
        fill(await api.get(`/materials/${materialId.value}`));
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    function pickKind(kind) {
      form.kind = kind;
      delete errors.kind;
    }

    function pickFile() {
      fileInput.value?.click();
    }

    async function onFile(event) {
      const file = event.target.files?.[0];
      event.target.value = ''; // the same file can be picked again
      if (!file) return;
      uploading.value = true;
      delete errors.file_url;
      try {
        const stored = await api.upload('/materials/files', file, { query: { kind: form.kind }, toast: false });
        Object.assign(form, { file_url: stored.url, file_type: stored.file_type, file_size: stored.file_size });
        if (!form.file_name.trim()) form.file_name = file.name.slice(0, 200);
        showSuccessToast('已上传');
      } catch (error) {
        // The server's reasons (not a PDF, script inside, too large) go under the field.
        errors.file_url = fieldMessages(error).file || error.message;
      } finally {
        uploading.value = false;
      }
    }

    function addParagraph() {
      form.body.push({ type: 'text', text: '' });
    }

    function pickImage() {
      imageInput.value?.click();
    }

    async function onImage(event) {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      try {
        const { url } = await api.upload('/uploads', file);
        form.body.push({ type: 'image', url });
      } catch {
        // shown by the client
      }
    }

    function removeBlock(index) {
      form.body.splice(index, 1);
    }

    // The body to send, or null after marking what is missing.
    function body() {
      for (const key of Object.keys(errors)) delete errors[key];
      const blocks = form.body
        .map((block) => (block.type === 'text' ? { type: 'text', text: block.text.trim() } : block))
        .filter((block) => block.type !== 'text' || block.text);
      const sortOrder = form.sort_order.trim();
      if (!form.title.trim()) errors.title = '请填写标题';
      if (fileKind.value && !form.file_url) errors.file_url = `请上传 ${fileKind.value.hint}`;
      if (form.kind === 'poster' && !form.cover_url) errors.cover_url = '海报需要上传图片';
      if (needsBody.value && !blocks.length) errors.body = '正文不能为空';
      if (sortOrder && (!/^\d{1,6}$/.test(sortOrder) || Number(sortOrder) > 100000)) errors.sort_order = SORT_RULE;
      if (Object.keys(errors).length) return null;
      return {
        kind: form.kind,
        title: form.title.trim(),
        summary: form.summary.trim(),
        cover_url: form.cover_url,
        body: blocks,
        file_url: fileKind.value ? form.file_url : null,
        file_name: fileKind.value ? form.file_name.trim() || null : null,
        tags: form.tags.split(/[,，、;；\s]+/).map((tag) => tag.trim()).filter(Boolean),
        enabled: form.enabled,
        sort_order: sortOrder === '' ? 0 : Number(sortOrder),
        audience_unit_ids: form.audience_unit_ids,
        ...contentPlanOf(form),
      };
    }

    const save = () => saveForm({ router, data: body(), path: '/materials', id: materialId.value, created: '已发布素材', listPath: '/hq/materials', errors, saving });

    onMounted(load);
    return {
      MATERIAL_KIND_LABELS, KIND_NOTES, MAX_BLOCKS, materialId, form, errors, loaded, failed, saving,
      uploading, fileInput, imageInput, fileKind, needsBody, fileText, load, pickKind, pickFile, onFile,
      addParagraph, pickImage, onImage, removeBlock, save,
    };
  },
  template: `
    <sub-page :title="materialId ? '编辑素材' : '新增素材'" back="/hq/materials">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form material-form" @submit="save">
          <van-cell-group inset title="素材类型">
            <van-field name="kind" :error-message="errors.kind">
              <template #input>
                <div class="kind-chips kind-chips--field" role="radiogroup" aria-label="素材类型">
                  <button v-for="(label, kind) in MATERIAL_KIND_LABELS" :key="kind" type="button" class="chip"
                    :class="{ 'chip--active': form.kind === kind }" role="radio" :aria-checked="form.kind === kind"
                    @click="pickKind(kind)">{{ label }}</button>
                </div>
              </template>
            </van-field>
            <p v-if="KIND_NOTES[form.kind]" class="material-form__note">{{ KIND_NOTES[form.kind] }}</p>
          </van-cell-group>

          <van-cell-group inset title="基本信息">
            <van-field v-model="form.title" name="title" label="标题" placeholder="必填" maxlength="100" required :error-message="errors.title" />
            <van-field v-model="form.summary" name="summary" label="简介" type="textarea" rows="2" autosize maxlength="300" show-word-limit
              placeholder="一两句话，显示在列表和分享卡片上" :error-message="errors.summary" />
            <van-field name="cover_url" :label="form.kind === 'poster' ? '海报图片' : '封面'" :required="form.kind === 'poster'" :error-message="errors.cover_url">
              <template #input><image-field v-model="form.cover_url" /></template>
            </van-field>
            <van-field v-model="form.tags" name="tags" label="标签" placeholder="用逗号分隔，如 新品,门店" :error-message="errors.tags" />
          </van-cell-group>

          <van-cell-group v-if="fileKind" inset title="文件">
            <van-field name="file_url" label="文件" required :error-message="errors.file_url">
              <template #input>
                <div class="material-upload">
                  <p v-if="form.file_url" class="material-upload__file" data-testid="material-file">
                    <van-icon name="description" /> {{ form.file_name || '已上传' }}<span class="material-upload__meta">{{ fileText }}</span>
                  </p>
                  <van-button size="small" round plain type="primary" icon="upgrade" native-type="button" :loading="uploading" loading-text="上传中…" @click="pickFile">
                    {{ form.file_url ? '重新上传' : '上传文件' }}
                  </van-button>
                  <p class="material-upload__hint">{{ fileKind.hint }}，按文件内容识别类型</p>
                  <input ref="fileInput" type="file" :accept="fileKind.accept" hidden @change="onFile" />
                </div>
              </template>
            </van-field>
            <van-field v-model="form.file_name" name="file_name" label="文件名" maxlength="200" placeholder="顾客看到的文件名" :error-message="errors.file_name" />
          </van-cell-group>

          <van-cell-group inset :title="needsBody ? '正文（必填）' : '正文（选填）'">
            <div v-for="(block, index) in form.body" :key="index" class="detail-block">
              <van-field v-if="block.type === 'text'" v-model="block.text" type="textarea" rows="2" autosize maxlength="5000"
                :label="'第 ' + (index + 1) + ' 段'" label-align="top" placeholder="一段文字">
                <template #right-icon>
                  <van-icon name="delete-o" role="button" aria-label="删除这一段" @click="removeBlock(index)" />
                </template>
              </van-field>
              <div v-else class="detail-block__image">
                <van-image :src="block.url" width="96" height="64" fit="cover" radius="4" />
                <van-icon name="delete-o" role="button" aria-label="删除这张图" @click="removeBlock(index)" />
              </div>
            </div>
            <p v-if="errors.body" class="form-error">{{ errors.body }}</p>
            <div class="detail-add">
              <van-button size="small" round plain icon="plus" native-type="button" :disabled="form.body.length >= MAX_BLOCKS" @click="addParagraph">添加段落</van-button>
              <van-button size="small" round plain icon="photo-o" native-type="button" :disabled="form.body.length >= MAX_BLOCKS" @click="pickImage">添加图片</van-button>
              <input ref="imageInput" type="file" accept="image/*" hidden @change="onImage" />
            </div>
          </van-cell-group>

          <content-plan-fields :model="form" :errors="errors" />

          <van-cell-group inset title="发放">
            <audience-field v-model="form.audience_unit_ids" :error-message="errors.audience_unit_ids" />
            <van-field v-model="form.sort_order" name="sort_order" label="排序" type="digit" placeholder="数字小的在前" :error-message="errors.sort_order" />
            <van-field name="enabled" label="启用">
              <template #input><van-switch v-model="form.enabled" size="20px" /></template>
            </van-field>
          </van-cell-group>

          <div class="page-actions">
            <van-button block round type="primary" native-type="submit" :loading="saving" :disabled="uploading">{{ materialId ? '保存' : '发布素材' }}</van-button>
          </div>
        </van-form>
      </div>
    </sub-page>
  `,
};

// An image form field: pick photos with van-uploader, each is uploaded at once through
// POST /uploads and the field keeps the URLs. v-model is one URL (or null) when max-count is
// 1, else a list of URLs. Large photos are scaled down on the phone before the upload.
import { computed, reactive, ref, watch } from 'vue';
import { showToast } from 'vant';

import { api } from '../api.js';

const MAX_BYTES = 8 * 1024 * 1024; // the server's limit
const SHRINK_ABOVE = 1.5 * 1024 * 1024;
const MAX_SIDE = 2000;

/** A JPEG no larger than MAX_SIDE for a big photo; the file itself when small or on failure. */
async function shrink(file) {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size <= SHRINK_ABOVE) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff'; // a transparent PNG gets a white background, not a black one
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close?.();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}

export default {
  name: 'ImageField',
  props: {
    modelValue: { type: [String, Array], default: null },
    maxCount: { type: Number, default: 1 },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const multiple = computed(() => props.maxCount > 1);
    // The URLs, kept here too so that two uploads ending together both land.
    const urls = ref([]);
    watch(
      () => props.modelValue,
      (value) => {
        urls.value = Array.isArray(value) ? [...value] : value ? [value] : [];
      },
      { immediate: true, deep: true },
    );
    const pending = reactive([]); // files being uploaded, or whose upload failed
    const fileList = computed(() => [...urls.value.map((url) => ({ url, isImage: true })), ...pending]);

    function update(list) {
      urls.value = list;
      emit('update:modelValue', multiple.value ? list : list[0] ?? null);
    }

    async function uploadOne(item) {
      const entry = reactive({ content: item.content, status: 'uploading', message: '上传中…', deletable: false });
      pending.push(entry);
      try {
        const file = await shrink(item.file);
        if (file.size > MAX_BYTES) {
          showToast('图片不能超过 8MB');
          throw new Error('too large');
        }
        const { url } = await api.upload('/uploads', file);
        pending.splice(pending.indexOf(entry), 1);
        update(multiple.value ? [...urls.value, url] : [url]);
      } catch {
        entry.status = 'failed';
        entry.message = '上传失败';
        entry.deletable = true;
      }
    }

    function afterRead(items) {
      // van-uploader has already cut the selection down to max-count.
      (Array.isArray(items) ? items : [items]).forEach(uploadOne);
    }

    function onDelete(file, { index }) {
      if (index < urls.value.length) {
        update(urls.value.filter((_, i) => i !== index));
      } else {
        pending.splice(index - urls.value.length, 1);
      }
    }

    return { fileList, multiple, afterRead, onDelete };
  },
  template: `
    <van-uploader
      :model-value="fileList"
      :max-count="maxCount"
      :multiple="multiple"
      :after-read="afterRead"
      accept="image/*"
      class="image-field"
      @delete="onDelete"
    />
  `,
};

// 素材, the rep's materials library (营销素材): what HQ published that reaches the rep, by
// kind (a chip per kind) and by words of the title or summary, each with its cover, kind,
// summary and tags. 预览 opens it as a customer sees it in the rep's shop (/s/<code>/
// materials/<id>; the rep's own open is not counted); 分享 gives a link to copy or a poster
// with the rep's link drawn in (components/share-sheet.js), both credited to the rep. The
// standalone page /rep/materials and the toolbox's 素材 tab mount it.
import { computed, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';

import { api } from '../api.js';
import { MATERIAL_KIND_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { session } from '../session.js';
import ShareSheet from './share-sheet.js';

const PER_PAGE = 20;
// A material without a cover shows its kind's icon.
export const KIND_ICONS = {
  card: 'contact', intro: 'hotel-o', news: 'newspaper-o', brochure: 'description', case: 'medal-o',
  file: 'notes-o', video: 'video-o', testimonial: 'comment-o', poster: 'photo-o',
};

export default {
  name: 'MaterialShelf',
  components: { ShareSheet },
  setup() {
    const router = useRouter();
    const kind = ref('');
    const { search, query, onSearch, onClear } = useListSearch(() => materials.restart());
    const sharing = ref(false);
    const shareTarget = ref(null);
    const materials = reactive(usePagedList((page) => api.get('/materials', {
      query: { page, per_page: PER_PAGE, kind: kind.value || null, q: query.value || null },
    })));
    const shopCode = computed(() => session.me?.shop_code);

    function pickKind(name) {
      kind.value = name;
      materials.restart();
    }

    function preview(material) {
      router.push({ name: 'shop-material', params: { code: shopCode.value, id: material.id } });
    }

    function share(material) {
      shareTarget.value = { type: 'material', id: material.id, title: material.title };
      sharing.value = true;
    }

    const empty = computed(() => (query.value || kind.value ? '没有找到相关素材' : '总部还没有发布素材'));
    return {
      MATERIAL_KIND_LABELS, KIND_ICONS, kind, search, query, sharing, shareTarget, materials, shopCode,
      empty, pickKind, onSearch, onClear, preview, share,
    };
  },
  template: `
    <div class="material-shelf">
      <van-search v-model="search" placeholder="搜索素材标题或简介" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
      <div class="chips" role="group" aria-label="素材类型">
        <button type="button" class="chip" :class="{ 'chip--active': !kind }" :aria-pressed="!kind" @click="pickKind('')">全部</button>
        <button v-for="(label, name) in MATERIAL_KIND_LABELS" :key="name" type="button" class="chip"
          :class="{ 'chip--active': kind === name }" :aria-pressed="kind === name" @click="pickKind(name)">{{ label }}</button>
      </div>
      <van-list
        v-model:loading="materials.loading"
        v-model:error="materials.failed"
        :finished="materials.finished"
        :finished-text="materials.items.length ? '没有更多了' : ''"
        error-text="加载失败，点击重试"
        class="material-list"
        @load="materials.loadNext"
      >
        <van-empty v-if="materials.finished && !materials.items.length" image="search" :description="empty" />
        <article v-for="material in materials.items" :key="material.id" class="card material-card" :data-material-id="material.id">
          <div class="material-card__main" role="link" tabindex="0" @click="preview(material)" @keyup.enter="preview(material)">
            <van-image v-if="material.cover_url" :src="material.cover_url" width="72" height="72" radius="8" fit="cover" class="material-card__cover" />
            <span v-else class="material-card__cover material-card__cover--icon"><van-icon :name="KIND_ICONS[material.kind]" /></span>
            <div class="material-card__body">
              <h3 class="material-card__title">{{ material.title }}</h3>
              <p v-if="material.summary" class="material-card__summary">{{ material.summary }}</p>
              <p class="material-card__tags">
                <van-tag plain type="primary">{{ MATERIAL_KIND_LABELS[material.kind] }}</van-tag>
                <van-tag v-for="tag in material.tags" :key="tag" plain>{{ tag }}</van-tag>
              </p>
            </div>
          </div>
          <div class="material-card__actions">
            <van-button size="small" round plain icon="eye-o" :disabled="!shopCode" @click="preview(material)">预览</van-button>
            <van-button size="small" round type="primary" icon="share-o" class="material-card__share" @click="share(material)">分享</van-button>
          </div>
        </article>
      </van-list>
      <share-sheet v-model:show="sharing" :target="shareTarget" />
    </div>
  `,
};

// /hq/materials: 营销素材, HQ's materials library: every material, on or off, by words of the
// title or summary, state and kind. Each row: cover, kind, content plan, tags and whom it
// reaches; a switch takes it off every rep's toolbox (and its links' pages) or puts it back;
// 数据 opens its figures, a tap its form. 新增素材 and 素材数据 (all of them, by content kind
// and scene) are in the nav bar.
import { reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { KIND_ICONS } from '../components/material-shelf.js';
import SubPage from '../components/sub-page.js';
import { CONTENT_KIND_LABELS, MATERIAL_KIND_LABELS, SCENE_AIM_LABELS, SCENE_CHANNEL_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'all', title: '全部', enabled: null },
  { name: 'on', title: '已启用', enabled: true },
  { name: 'off', title: '已停用', enabled: false },
];

export default {
  name: 'HqMaterialsPage',
  components: { SubPage },
  setup() {
    const router = useRouter();
    const tab = ref('all');
    const kind = ref('');
    const { search, query, onSearch, onClear } = useListSearch(() => materials.restart());
    const switching = ref(null);
    const materials = reactive(usePagedList((page) => api.get('/materials', {
      query: {
        page, per_page: PER_PAGE, q: query.value || null, kind: kind.value || null,
        enabled: TABS.find((item) => item.name === tab.value).enabled,
      },
    })));

    function pickKind(name) {
      kind.value = name;
      materials.restart();
    }

    async function setEnabled(material, enabled) {
      switching.value = material.id;
      try {
        Object.assign(material, await api.patch(`/materials/${material.id}`, { enabled }));
        showSuccessToast(enabled ? '已启用，员工可以分享' : '已停用，员工不能再分享，链接也打不开了');
      } catch {
        // shown by the client
      } finally {
        switching.value = null;
      }
    }

    const planText = (material) => [CONTENT_KIND_LABELS[material.content_kind], SCENE_CHANNEL_LABELS[material.scene_channel],
      SCENE_AIM_LABELS[material.scene_aim]].join(' · ');
    const audienceText = (material) => (material.audience_unit_ids.length ? `指定 ${material.audience_unit_ids.length} 个组织` : '全部员工');

    return {
      router, TABS, MATERIAL_KIND_LABELS, KIND_ICONS, tab, kind, search, query, switching, materials,
      onSearch, onClear, pickKind, setEnabled, planText, audienceText,
    };
  },
  template: `
    <sub-page back="/hq">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="router.push('/hq/materials/new')">新增素材</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索素材标题或简介" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="materials.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
        <div class="chips chips--padded" role="group" aria-label="素材类型">
          <button type="button" class="chip" :class="{ 'chip--active': !kind }" :aria-pressed="!kind" @click="pickKind('')">全部类型</button>
          <button v-for="(label, name) in MATERIAL_KIND_LABELS" :key="name" type="button" class="chip"
            :class="{ 'chip--active': kind === name }" :aria-pressed="kind === name" @click="pickKind(name)">{{ label }}</button>
        </div>
      </div>
      <div class="import-bar">
        <van-button size="small" round icon="bar-chart-o" @click="router.push('/hq/materials/figures')">素材数据</van-button>
      </div>
      <van-list
        v-model:loading="materials.loading"
        v-model:error="materials.failed"
        :finished="materials.finished"
        :finished-text="materials.items.length ? '共 ' + materials.total + ' 个素材' : ''"
        error-text="加载失败，点击重试"
        class="page__body material-list"
        @load="materials.loadNext"
      >
        <van-empty v-if="materials.finished && !materials.items.length" image="search" :description="query || kind ? '没有找到相关素材' : '还没有素材'" />
        <article v-for="material in materials.items" :key="material.id" class="card material-card"
          :class="{ 'material-card--off': !material.enabled }" :data-material-id="material.id">
          <div class="material-card__main" role="link" tabindex="0" @click="router.push('/hq/materials/' + material.id)" @keyup.enter="router.push('/hq/materials/' + material.id)">
            <van-image v-if="material.cover_url" :src="material.cover_url" width="72" height="72" radius="8" fit="cover" class="material-card__cover" />
            <span v-else class="material-card__cover material-card__cover--icon"><van-icon :name="KIND_ICONS[material.kind]" /></span>
            <div class="material-card__body">
              <h3 class="material-card__title">{{ material.title }}</h3>
              <p class="material-card__line">{{ planText(material) }} · {{ audienceText(material) }}</p>
              <p class="material-card__tags">
                <van-tag plain type="primary">{{ MATERIAL_KIND_LABELS[material.kind] }}</van-tag>
                <van-tag v-for="tag in material.tags" :key="tag" plain>{{ tag }}</van-tag>
              </p>
            </div>
          </div>
          <div class="material-card__actions">
            <label class="material-card__switch">
              <span>{{ material.enabled ? '已启用' : '已停用' }}</span>
              <van-switch :model-value="material.enabled" size="20px" :loading="switching === material.id"
                :aria-label="'启用 ' + material.title" @update:model-value="setEnabled(material, $event)" />
            </label>
            <van-button size="small" round plain icon="bar-chart-o" @click="router.push('/hq/materials/' + material.id + '/figures')">数据</van-button>
          </div>
        </article>
      </van-list>
    </sub-page>
  `,
};

// /hq/strategies: 策略库. HQ's rules of what to do with which customers: conditions (分层、阶段、
// 标签、标记; all given ones must hold, any value within one), actions, talking points and links
// to send: catalog products and knowledge-base articles, found by name, and web links. Reps
// read the matching ones on each customer's 经营指导书 and send the materials from there.
import { onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import SearchPicker, { findArticles, findProducts } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { FLAG_LABELS, SEGMENT_LABELS, STAGE_LABELS } from '../labels.js';

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

const MATERIAL_KINDS = {
  product: { label: '商品', icon: 'goods-collect-o', search: findProducts, placeholder: '搜索商品名称' },
  article: { label: '文章', icon: 'notes-o', search: findArticles, placeholder: '搜索知识库' },
  link: { label: '链接', icon: 'link-o' },
};

const blankForm = () => ({
  show: false, id: null, name: '', priority: 0, enabled: true,
  segments: [], stages: [], flags: [], tag_ids: [], actions: '', talking_points: '', materials: [],
});

export default {
  name: 'HqStrategiesPage',
  components: { SearchPicker, SubPage },
  setup() {
    const items = ref(null);
    const tags = ref([]);
    const form = reactive(blankForm());
    const saving = ref(false);
    const picking = ref(null); // 'product' or 'article' while its picker is open
    const link = reactive({ show: false, title: '', url: '', error: '' });
    const tagName = (id) => tags.value.find((tag) => tag.id === id)?.name ?? `#${id}`;

    async function load() {
      const [strategies, groups] = await Promise.all([api.get('/strategies'), api.get('/tag-groups')]);
      items.value = strategies.items ?? strategies;
      tags.value = groups.flatMap((group) => group.tags);
    }

    function conditions(strategy) {
      return [
        ...strategy.segments.map((key) => `分层：${SEGMENT_LABELS[key] ?? key}`),
        ...strategy.stages.map((key) => `阶段：${STAGE_LABELS[key] ?? key}`),
        ...strategy.tag_ids.map((id) => `标签：${tagName(id)}`),
        ...strategy.flags.map((key) => `标记：${FLAG_LABELS[key] ?? key}`),
      ];
    }

    function open(strategy = null) {
      Object.assign(form, blankForm(), { show: true });
      if (!strategy) return;
      Object.assign(form, {
        id: strategy.id, name: strategy.name, priority: strategy.priority, enabled: strategy.enabled,
        segments: [...strategy.segments], stages: [...strategy.stages], flags: [...strategy.flags],
        tag_ids: [...strategy.tag_ids], actions: strategy.actions.join('\n'),
        talking_points: strategy.talking_points.join('\n'),
        materials: strategy.materials.map((m) => ({ ...m })),
      });
    }

    function toggle(list, value) {
      const at = list.indexOf(value);
      if (at >= 0) list.splice(at, 1); else list.push(value);
    }

    function addPicked(row) {
      const kind = picking.value;
      if (row && !form.materials.some((m) => m.kind === kind && m.id === row.id)) {
        form.materials.push({ kind, id: row.id, title: row.name, url: null });
      }
    }

    function openLink() {
      Object.assign(link, { show: true, title: '', url: '', error: '' });
    }

    function addLink(action) {
      if (action !== 'confirm') return true;
      const title = link.title.trim();
      const url = link.url.trim();
      if (!title || !/^https?:\/\/\S+$/.test(url)) {
        link.error = '请填写标题和以 http:// 或 https:// 开头的网址';
        return false;
      }
      form.materials.push({ kind: 'link', id: null, title, url });
      return true;
    }

    async function save() {
      const body = {
        name: form.name, priority: Number(form.priority) || 0, enabled: form.enabled,
        segments: form.segments, stages: form.stages, flags: form.flags, tag_ids: form.tag_ids,
        actions: lines(form.actions), talking_points: lines(form.talking_points),
        materials: form.materials.map((m) => (m.kind === 'link'
          ? { kind: 'link', title: m.title, url: m.url } : { kind: m.kind, id: m.id, title: m.title })),
      };
      saving.value = true;
      try {
        if (form.id) await api.patch(`/strategies/${form.id}`, body);
        else await api.post('/strategies', body);
        form.show = false;
        showSuccessToast('已保存');
        await load();
      } finally {
        saving.value = false;
      }
    }

    async function setEnabled(strategy, enabled) {
      await api.patch(`/strategies/${strategy.id}`, { enabled });
      strategy.enabled = enabled;
    }

    async function remove(strategy) {
      await showConfirmDialog({ title: '删除策略', message: `删除「${strategy.name}」？` });
      await api.delete(`/strategies/${strategy.id}`);
      await load();
    }

    onMounted(load);
    return {
      items, tags, form, saving, picking, link, open, save, toggle, setEnabled, remove, conditions,
      addPicked, openLink, addLink, MATERIAL_KINDS, SEGMENT_LABELS, STAGE_LABELS, FLAG_LABELS,
    };
  },
  template: `
    <sub-page>
      <div class="page__body strategies-page">
        <div v-if="!items" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <template v-else>
          <van-empty v-if="!items.length" description="还没有策略" />
          <section v-for="strategy in items" :key="strategy.id" class="card strategy-card">
            <div class="strategy-card__head">
              <h3 class="strategy-card__name">{{ strategy.name }}</h3>
              <van-switch :model-value="strategy.enabled" size="20" :aria-label="'启用 ' + strategy.name" @update:model-value="(on) => setEnabled(strategy, on)" />
            </div>
            <div class="strategy-card__why">
              <span class="chip">优先级 {{ strategy.priority }}</span>
              <span v-for="text in conditions(strategy)" :key="text" class="chip">{{ text }}</span>
              <span v-if="strategy.materials.length" class="chip">素材 {{ strategy.materials.length }}</span>
            </div>
            <ul class="strategy-card__actions"><li v-for="action in strategy.actions" :key="action">{{ action }}</li></ul>
            <div class="strategy-card__buttons">
              <van-button size="small" round plain type="primary" @click="open(strategy)">编辑</van-button>
              <van-button size="small" round plain type="danger" @click="remove(strategy)">删除</van-button>
            </div>
          </section>
        </template>
      </div>
      <div class="bottom-bar"><van-button round block type="primary" icon="plus" @click="open()">新建策略</van-button></div>

      <van-popup v-model:show="form.show" position="bottom" round closeable safe-area-inset-bottom class="strategy-form">
        <h2 class="follow-up-form__title">{{ form.id ? '编辑策略' : '新建策略' }}</h2>
        <van-form @submit="save">
          <van-field v-model="form.name" label="名称" placeholder="如 重要挽留：专属回访" :rules="[{ required: true, message: '请填写名称' }]" />
          <van-field v-model="form.priority" type="digit" label="优先级" placeholder="数字越大越靠前" />
          <van-cell title="启用"><template #right-icon><van-switch v-model="form.enabled" size="20" /></template></van-cell>
          <div class="strategy-form__group"><p>分层（任一）</p>
            <button v-for="(label, key) in SEGMENT_LABELS" :key="key" type="button" class="chip" :class="{ 'chip--active': form.segments.includes(key) }" :aria-pressed="String(form.segments.includes(key))" @click="toggle(form.segments, key)">{{ label }}</button>
          </div>
          <div class="strategy-form__group"><p>阶段（任一）</p>
            <button v-for="(label, key) in STAGE_LABELS" :key="key" type="button" class="chip" :class="{ 'chip--active': form.stages.includes(key) }" :aria-pressed="String(form.stages.includes(key))" @click="toggle(form.stages, key)">{{ label }}</button>
          </div>
          <div class="strategy-form__group"><p>标记（任一）</p>
            <button v-for="(label, key) in FLAG_LABELS" :key="key" type="button" class="chip" :class="{ 'chip--active': form.flags.includes(key) }" :aria-pressed="String(form.flags.includes(key))" @click="toggle(form.flags, key)">{{ label }}</button>
          </div>
          <div class="strategy-form__group"><p>标签（任一）</p>
            <button v-for="tag in tags" :key="tag.id" type="button" class="chip" :class="{ 'chip--active': form.tag_ids.includes(tag.id) }" :aria-pressed="String(form.tag_ids.includes(tag.id))" @click="toggle(form.tag_ids, tag.id)">{{ tag.name }}</button>
          </div>
          <van-field v-model="form.actions" type="textarea" rows="3" autosize label="推荐动作" placeholder="每行一条" />
          <van-field v-model="form.talking_points" type="textarea" rows="3" autosize label="话术" placeholder="每行一条" />
          <div class="strategy-form__group strategy-form__materials"><p>发送素材</p>
            <van-cell v-for="(material, index) in form.materials" :key="index + material.kind + (material.id ?? material.url)"
              :icon="MATERIAL_KINDS[material.kind]?.icon" :title="material.title" :label="material.url || MATERIAL_KINDS[material.kind]?.label">
              <template #right-icon>
                <van-icon name="cross" class="strategy-form__remove" role="button" :aria-label="'移除 ' + material.title" @click="form.materials.splice(index, 1)" />
              </template>
            </van-cell>
            <van-button size="small" round plain icon="plus" native-type="button" @click="picking = 'product'">商品</van-button>
            <van-button size="small" round plain icon="plus" native-type="button" @click="picking = 'article'">文章</van-button>
            <van-button size="small" round plain icon="plus" native-type="button" @click="openLink">链接</van-button>
          </div>
          <div class="strategy-form__submit"><van-button round block type="primary" native-type="submit" :loading="saving">保存</van-button></div>
        </van-form>
      </van-popup>

      <search-picker :show="Boolean(picking)" :title="picking ? '添加' + MATERIAL_KINDS[picking].label : ''"
        :placeholder="picking ? MATERIAL_KINDS[picking].placeholder : ''" :search="(q) => MATERIAL_KINDS[picking].search(q)"
        @update:show="(open) => { if (!open) picking = null; }" @pick="addPicked" />

      <van-dialog v-model:show="link.show" title="添加链接" show-cancel-button :before-close="addLink" teleport="body">
        <van-field v-model="link.title" label="标题" maxlength="100" placeholder="如 新品发布会回放" />
        <van-field v-model="link.url" label="网址" type="url" placeholder="https://…" :error-message="link.error" />
      </van-dialog>
    </sub-page>
  `,
};

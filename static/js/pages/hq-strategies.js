// /hq/strategies: 策略库. HQ's rules of what to do with which customers: conditions (分层、阶段、
// 标签、标记; all given ones must hold, any value within one), actions, talking points and links
// to send. Reps read the matching ones on each customer's 经营指导书. Product materials are kept
// as HQ saved them (through the API); this page edits links.
import { onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { FLAG_LABELS, SEGMENT_LABELS, STAGE_LABELS } from '../labels.js';

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

const blankForm = () => ({
  show: false, id: null, name: '', priority: 0, enabled: true,
  segments: [], stages: [], flags: [], tag_ids: [], actions: '', talking_points: '', links: '', kept: [],
});

export default {
  name: 'HqStrategiesPage',
  components: { SubPage },
  setup() {
    const items = ref(null);
    const tags = ref([]);
    const form = reactive(blankForm());
    const saving = ref(false);
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
        links: strategy.materials.filter((m) => m.kind === 'link').map((m) => `${m.title} ${m.url}`).join('\n'),
        kept: strategy.materials.filter((m) => m.kind !== 'link'),
      });
    }

    function toggle(list, value) {
      const at = list.indexOf(value);
      if (at >= 0) list.splice(at, 1); else list.push(value);
    }

    async function save() {
      const links = lines(form.links).map((line) => {
        const at = line.lastIndexOf(' ');
        return { kind: 'link', title: line.slice(0, at).trim() || line, url: line.slice(at + 1) };
      });
      const body = {
        name: form.name, priority: Number(form.priority) || 0, enabled: form.enabled,
        segments: form.segments, stages: form.stages, flags: form.flags, tag_ids: form.tag_ids,
        actions: lines(form.actions), talking_points: lines(form.talking_points),
        materials: [...form.kept, ...links],
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
      items, tags, form, saving, open, save, toggle, setEnabled, remove, conditions,
      SEGMENT_LABELS, STAGE_LABELS, FLAG_LABELS,
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
          <van-field v-model="form.links" type="textarea" rows="2" autosize label="链接" placeholder="每行：标题 空格 https://…" />
          <div class="strategy-form__submit"><van-button round block type="primary" native-type="submit" :loading="saving">保存</van-button></div>
        </van-form>
      </van-popup>
    </sub-page>
  `,
};

// /hq/tag-rules: 自动标签规则. HQ's rules that turn what customers do into tags: opened a
// category's products N times in D days, did something (付款、领券、参团、咨询、预约) N times,
// spent at least an amount, or has not visited for D days. Rules tag customers on each new event
// and every night; a rule only takes off tags it put on, never one a rep applied by hand.
// Each card: the rule in words, an on/off switch, the last run and how many matched, 立即运行.
import { computed, onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showDialog, showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import { TagChip } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { formatTime, formatYuan } from '../format.js';
import { RULE_KIND_LABELS, RULE_VERB_LABELS } from '../labels.js';
import { session } from '../session.js';

const KIND_HINTS = {
  viewed_category: '在一段时间内多次打开某个分类的商品，例如近 30 天看了 3 次茶叶',
  did: '在一段时间内多次做过某件事，例如近 30 天领券 2 次',
  spent_at_least: '付款金额达到一定数额（已付款和已完成的订单），可只算近一段时间',
  no_visit_for: '超过一定天数没有打开过店铺或商品页',
};

/** A rule in one Chinese sentence. */
export function ruleSummary(rule) {
  switch (rule.kind) {
    case 'viewed_category':
      return `近 ${rule.days} 天浏览「${rule.category_name ?? '已删除的分类'}」商品 ≥ ${rule.min_count} 次`;
    case 'did':
      return `近 ${rule.days} 天${RULE_VERB_LABELS[rule.verb] ?? rule.verb} ≥ ${rule.min_count} 次`;
    case 'spent_at_least':
      return `${rule.days ? `近 ${rule.days} 天` : '累计'}消费满 ¥${formatYuan(rule.min_amount)}`;
    case 'no_visit_for':
      return `${rule.days} 天以上没有访问`;
    default:
      return rule.kind;
  }
}

const blankForm = () => ({
  show: false, rule: null, name: '', tag: null, kind: 'viewed_category', category_id: null, verb: 'order_paid',
  min_count: 3, days: 30, amount: '', windowed: false, errors: {}, saving: false, deleting: false, picking: false,
});

export default {
  name: 'HqTagRulesPage',
  components: { SubPage, TagChip },
  setup() {
    const rules = ref(null);
    const failed = ref(false);
    const groups = ref(null);
    const categories = ref(null);
    const busy = ref(null); // the id of the rule being switched or run
    const form = reactive(blankForm());
    const zone = () => session.me?.company?.timezone;

    async function load() {
      failed.value = false;
      try {
        rules.value = await api.get('/tag-rules');
      } catch {
        failed.value = !rules.value;
      }
    }

    async function loadChoices() {
      if (!groups.value) groups.value = await api.get('/tag-groups');
      if (!categories.value) categories.value = await api.get('/categories');
    }

    const lastRun = (rule) => (rule.last_run_at
      ? `上次运行 ${formatTime(rule.last_run_at, zone())} · 匹配 ${rule.last_matched} 位客户`
      : '尚未运行，每晚自动运行');

    async function setEnabled(rule, enabled) {
      busy.value = rule.id;
      try {
        Object.assign(rule, await api.patch(`/tag-rules/${rule.id}`, { enabled }));
        showSuccessToast(enabled ? '已启用' : '已停用');
      } catch {
        // shown by the client
      } finally {
        busy.value = null;
      }
    }

    async function runNow(rule) {
      busy.value = rule.id;
      try {
        const result = await api.post(`/tag-rules/${rule.id}/run`);
        await showDialog({
          title: '运行完成',
          message: `新打上 ${result.added} 位，移除 ${result.removed} 位，当前共匹配 ${result.matched} 位客户。`,
          confirmButtonText: '知道了',
        });
        load();
      } catch {
        // shown by the client
      } finally {
        busy.value = null;
      }
    }

    // --- the form ---
    function open(rule = null) {
      Object.assign(form, blankForm(), { show: true });
      if (rule) {
        Object.assign(form, {
          rule, name: rule.name, tag: rule.tag, kind: rule.kind, category_id: rule.category_id,
          verb: rule.verb ?? 'order_paid', min_count: rule.min_count ?? 3, days: rule.days ?? 30,
          amount: rule.min_amount ? formatYuan(rule.min_amount) : '', windowed: rule.kind === 'spent_at_least' && rule.days !== null,
        });
      }
      loadChoices().catch(() => {});
    }

    const categoryName = computed(() => categories.value?.find((c) => c.id === form.category_id)?.name);

    function condition() {
      const days = Number(form.days);
      const minCount = Number(form.min_count);
      switch (form.kind) {
        case 'viewed_category':
          return { category_id: form.category_id, min_count: minCount, days };
        case 'did':
          return { verb: form.verb, min_count: minCount, days };
        case 'spent_at_least':
          return { min_amount: Math.round(Number(form.amount) * 100), days: form.windowed ? days : null };
        default:
          return { days };
      }
    }

    function checkForm() {
      const errors = {};
      if (!form.name.trim()) errors.name = '请填写规则名称';
      if (!form.tag) errors.tag_id = '请选择要打的标签';
      if (form.kind === 'viewed_category' && !form.category_id) errors.category_id = '请选择商品分类';
      if (form.kind === 'spent_at_least' && !(Number(form.amount) > 0)) errors.min_amount = '请填写大于 0 的金额';
      form.errors = errors;
      return !Object.keys(errors).length;
    }

    async function save() {
      if (!checkForm()) return;
      form.saving = true;
      const body = { name: form.name.trim(), tag_id: form.tag.id, kind: form.kind, ...condition() };
      try {
        if (form.rule) await api.patch(`/tag-rules/${form.rule.id}`, body, { toast: false });
        else await api.post('/tag-rules', body, { toast: false });
        showSuccessToast(form.rule ? '已保存' : '已新建，新行为会自动打标签');
        form.show = false;
        load();
      } catch (error) {
        form.errors = fieldMessages(error);
        if (!Object.keys(form.errors).length) showDialog({ message: error.message, confirmButtonText: '知道了' });
      } finally {
        form.saving = false;
      }
    }

    async function remove() {
      try {
        await showConfirmDialog({
          title: '删除规则', message: `确定删除规则「${form.rule.name}」吗？已打上的标签会保留。`,
          confirmButtonText: '删除', confirmButtonColor: '#ee0a24',
        });
      } catch {
        return; // cancelled
      }
      form.deleting = true;
      try {
        await api.delete(`/tag-rules/${form.rule.id}`);
        form.show = false;
        showSuccessToast('已删除');
        load();
      } catch {
        // shown by the client
      } finally {
        form.deleting = false;
      }
    }

    function pickTag(tag) {
      form.tag = tag;
      form.picking = false;
      delete form.errors.tag_id;
    }

    onMounted(load);
    return {
      RULE_KIND_LABELS, RULE_VERB_LABELS, KIND_HINTS, rules, failed, groups, categories, busy, form, categoryName,
      load, lastRun, ruleSummary, setEnabled, runNow, open, save, remove, pickTag,
    };
  },
  template: `
    <sub-page back="/hq">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="open()">新建规则</van-button>
      </template>
      <div class="page__body tag-rules">
        <p class="page-tip">规则按客户行为自动打标签：新行为发生时立即判断，每晚再全量运行一次。不再符合条件时，规则只会移除它自己打上的标签，员工手动打的标签不受影响。</p>
        <div v-if="!rules && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!rules" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-empty v-else-if="!rules.length" image="search" description="还没有自动标签规则">
          <van-button round type="primary" icon="plus" @click="open()">新建规则</van-button>
        </van-empty>
        <section v-for="rule in rules || []" :key="rule.id" class="card tag-rule" :class="{ 'tag-rule--off': !rule.enabled }" :data-rule-id="rule.id">
          <header class="card__header tag-rule__header">
            <h2 class="card__title">{{ rule.name }}</h2>
            <van-switch
              :model-value="rule.enabled"
              size="20px"
              :loading="busy === rule.id"
              :aria-label="'启用 ' + rule.name"
              @update:model-value="setEnabled(rule, $event)"
            />
          </header>
          <p class="tag-rule__line">
            <van-tag plain type="primary">{{ RULE_KIND_LABELS[rule.kind] || rule.kind }}</van-tag>
            {{ ruleSummary(rule) }}
          </p>
          <p class="tag-rule__line">打标签 <tag-chip :tag="rule.tag" /></p>
          <div class="tag-rule__foot">
            <span class="tag-rule__run">{{ lastRun(rule) }}</span>
            <button type="button" class="link" @click="open(rule)">编辑</button>
            <van-button size="mini" round plain type="primary" :disabled="!rule.enabled || busy === rule.id" @click="runNow(rule)">立即运行</van-button>
          </div>
        </section>
      </div>

      <van-popup v-model:show="form.show" position="bottom" round closeable safe-area-inset-bottom class="tag-sheet tag-rule-form">
        <h2 class="tag-sheet__title">{{ form.rule ? '编辑规则' : '新建规则' }}</h2>
        <div class="tag-sheet__body">
          <van-cell-group>
            <van-field v-model="form.name" label="规则名称" maxlength="50" placeholder="如 常看茶叶" :error-message="form.errors.name" />
            <van-field label="打标签" readonly is-link :error-message="form.errors.tag_id" @click="form.picking = !form.picking">
              <template #input>
                <tag-chip v-if="form.tag" :tag="form.tag" />
                <span v-else class="tag-rule-form__placeholder">选择标签</span>
              </template>
            </van-field>
          </van-cell-group>
          <div v-if="form.picking" class="tag-rule-form__tags">
            <div v-if="!groups" class="page-loading"><van-loading size="20">加载中…</van-loading></div>
            <van-empty v-else-if="!groups.length" image="search" description="请先在标签管理中添加标签" />
            <section v-for="group in groups || []" :key="group.id" class="tag-sheet__group">
              <h3 class="tag-sheet__group-name">{{ group.name }}</h3>
              <div class="tag-sheet__tags">
                <button
                  v-for="tag in group.tags"
                  :key="tag.id"
                  type="button"
                  class="chip"
                  :class="{ 'chip--active': form.tag && form.tag.id === tag.id }"
                  @click="pickTag(tag)"
                >{{ tag.name }}</button>
              </div>
            </section>
          </div>

          <div class="tag-sheet__group">
            <h3 class="tag-sheet__group-name" id="rule-kind-label">条件类型</h3>
            <div class="tag-sheet__tags" role="radiogroup" aria-labelledby="rule-kind-label">
              <button
                v-for="(label, kind) in RULE_KIND_LABELS"
                :key="kind"
                type="button"
                class="chip"
                :class="{ 'chip--active': form.kind === kind }"
                role="radio"
                :aria-checked="form.kind === kind"
                @click="form.kind = kind"
              >{{ label }}</button>
            </div>
            <p class="tag-rule-form__hint">{{ KIND_HINTS[form.kind] }}</p>
          </div>

          <div v-if="form.kind === 'viewed_category'" class="tag-sheet__group">
            <h3 class="tag-sheet__group-name" id="rule-category-label">商品分类</h3>
            <div class="tag-sheet__tags" role="radiogroup" aria-labelledby="rule-category-label">
              <button
                v-for="category in categories || []"
                :key="category.id"
                type="button"
                class="chip"
                :class="{ 'chip--active': form.category_id === category.id }"
                role="radio"
                :aria-checked="form.category_id === category.id"
                @click="form.category_id = category.id"
              >{{ category.name }}</button>
            </div>
            <p v-if="form.errors.category_id" class="tag-rule-form__error">{{ form.errors.category_id }}</p>
          </div>
          <div v-if="form.kind === 'did'" class="tag-sheet__group">
            <h3 class="tag-sheet__group-name" id="rule-verb-label">行为</h3>
            <div class="tag-sheet__tags" role="radiogroup" aria-labelledby="rule-verb-label">
              <button
                v-for="(label, verb) in RULE_VERB_LABELS"
                :key="verb"
                type="button"
                class="chip"
                :class="{ 'chip--active': form.verb === verb }"
                role="radio"
                :aria-checked="form.verb === verb"
                @click="form.verb = verb"
              >{{ label }}</button>
            </div>
            <p v-if="form.errors.verb" class="tag-rule-form__error">{{ form.errors.verb }}</p>
          </div>

          <van-cell-group>
            <van-field v-if="form.kind === 'spent_at_least'" v-model="form.amount" type="number" label="消费满" placeholder="金额" :error-message="form.errors.min_amount">
              <template #extra>元</template>
            </van-field>
            <van-field v-if="form.kind === 'spent_at_least'" label="只算近期">
              <template #input><van-switch v-model="form.windowed" size="20px" aria-label="只算近期" /></template>
            </van-field>
            <van-field v-if="form.kind !== 'spent_at_least' || form.windowed" :label="form.kind === 'no_visit_for' ? '未访问超过' : '最近'" :error-message="form.errors.days">
              <template #input><van-stepper v-model="form.days" integer min="1" max="3650" input-width="56px" /></template>
              <template #extra>天</template>
            </van-field>
            <van-field v-if="form.kind === 'viewed_category' || form.kind === 'did'" label="至少" :error-message="form.errors.min_count">
              <template #input><van-stepper v-model="form.min_count" integer min="1" max="10000" input-width="56px" /></template>
              <template #extra>次</template>
            </van-field>
          </van-cell-group>
        </div>
        <div class="tag-sheet__actions">
          <van-button v-if="form.rule" round plain type="danger" :loading="form.deleting" @click="remove">删除</van-button>
          <van-button round type="primary" :loading="form.saving" @click="save">保存</van-button>
        </div>
      </van-popup>
    </sub-page>
  `,
};

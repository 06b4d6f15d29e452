// An action task's goal in its task form: what is counted (GET /training/goals: 让客户打开,
// 记录跟进, 回复咨询, ...), how many, what it is about where the goal takes a product or a
// material (one it needs, or any of the rep's links), and within how many hours where it has
// a time limit; a line says the whole goal as the rep will read it. `model` is the form: its
// goal, goal_target, goal_object ({ type, id, name } or null) and goal_within_hours.
import { computed, onMounted, ref } from 'vue';

import { api } from '../api.js';
import SearchPicker, { findMaterials, findProducts } from './search-picker.js';

const OBJECT_LABELS = { product: '商品', material: '素材' };

/** A goal's words with its blanks open: "让 N 位客户打开…", or filled from the form. */
export function goalWords(goal, { target = 'N', object = '…', within = '' } = {}) {
  return goal.label.replace('{target}', target).replace('{object}', goal.object_types.length ? object : '')
    .replace('{within}', within);
}

export default {
  name: 'GoalFields',
  components: { SearchPicker },
  props: {
    model: { type: Object, required: true },
    errors: { type: Object, default: () => ({}) },
    disabled: { type: Boolean, default: false }, // published: the goal stays as it is
  },
  setup(props) {
    const goals = ref([]);
    const choosing = ref(false);
    const picking = ref(null); // the object type being picked
    const goal = computed(() => goals.value.find((item) => item.name === props.model.goal) ?? null);
    const actions = computed(() => goals.value.map((item) => ({ name: goalWords(item), goal: item.name })));
    const preview = computed(() => goal.value && goalWords(goal.value, {
      target: String(props.model.goal_target || 'N'),
      object: props.model.goal_object?.name ?? (goal.value.object_required ? '…' : '我的链接'),
      within: props.model.goal_within_hours ? `（${props.model.goal_within_hours} 小时内）` : '',
    }));

    onMounted(async () => {
      try {
        goals.value = await api.get('/training/goals');
      } catch {
        // shown by the client; the field stays empty
      }
    });

    function pickGoal(action) {
      props.model.goal = action.goal;
      const types = goals.value.find((item) => item.name === action.goal).object_types;
      if (props.model.goal_object && !types.includes(props.model.goal_object.type)) props.model.goal_object = null;
      choosing.value = false;
    }

    function pickObject(row) {
      props.model.goal_object = row ? { type: picking.value, id: row.id, name: row.name } : null;
    }

    const search = computed(() => (picking.value === 'material' ? findMaterials : findProducts));
    return { OBJECT_LABELS, goals, choosing, picking, goal, actions, preview, search, pickGoal, pickObject };
  },
  template: `
    <van-field :model-value="goal ? actions.find((action) => action.goal === goal.name).name : ''" name="goal" label="目标" readonly required
      :is-link="!disabled" placeholder="选择要完成的事" :disabled="disabled" :error-message="errors.goal" @click="!disabled && (choosing = true)" />
    <template v-if="goal">
      <van-field v-model="model.goal_target" name="goal_target" label="数量" type="digit" required placeholder="如 20" :disabled="disabled" :error-message="errors.goal_target" />
      <van-field v-for="type in goal.object_types" :key="type" :name="'goal_object_' + type"
        :model-value="model.goal_object && model.goal_object.type === type ? model.goal_object.name : ''"
        :label="'指定' + OBJECT_LABELS[type]" readonly :is-link="!disabled" :required="goal.object_required" :disabled="disabled"
        :placeholder="goal.object_required ? '请选择' : '不指定即任意链接'" :error-message="type === goal.object_types[0] ? (errors.goal_object_id || errors.goal_object_type) : ''"
        @click="!disabled && (picking = type)" />
      <van-field v-if="goal.within_hours" v-model="model.goal_within_hours" name="goal_within_hours" label="时限" type="digit"
        placeholder="选填，如 2" :disabled="disabled" :error-message="errors.goal_within_hours">
        <template #extra><span class="field-unit">小时内</span></template>
      </van-field>
      <p class="material-form__note goal-fields__preview">员工看到：{{ preview }}</p>
    </template>
    <van-action-sheet v-model:show="choosing" :actions="actions" cancel-text="取消" title="选择目标" teleport="body" @select="pickGoal" />
    <search-picker :show="picking !== null" :title="'选择' + (OBJECT_LABELS[picking] || '')" :search="search"
      :clear-text="goal && !goal.object_required ? '不指定' : ''" @update:show="(open) => { if (!open) picking = null; }" @pick="pickObject" />
  `,
};

// A bottom sheet to choose one org unit of the caller's tree (GET /org-tree rows, in tree
// order), indented by depth; `kinds` limits which units may be chosen (a rep belongs to a
// team, an HQ admin to HQ); the others are shown, greyed, for their place in the tree.
// Choosing emits `pick` with the unit row.
import { computed } from 'vue';

import { ORG_KIND_LABELS } from '../labels.js';

export default {
  name: 'UnitPicker',
  props: {
    show: { type: Boolean, default: false },
    title: { type: String, default: '选择组织' },
    units: { type: Array, required: true },
    kinds: { type: Array, default: null }, // null: any kind
    current: { type: Number, default: null },
  },
  emits: ['update:show', 'pick'],
  setup(props, { emit }) {
    const top = computed(() => Math.min(...props.units.map((unit) => unit.depth)));
    const allowed = (unit) => !props.kinds || props.kinds.includes(unit.kind);

    function pick(unit) {
      if (!allowed(unit)) return;
      emit('pick', unit);
      emit('update:show', false);
    }

    const indent = (unit) => ({ paddingLeft: `${16 + (unit.depth - top.value) * 18}px` });
    return { ORG_KIND_LABELS, allowed, pick, indent };
  },
  template: `
    <van-popup :show="show" position="bottom" round closeable teleport="body" class="search-picker"
      @update:show="(open) => $emit('update:show', open)">
      <h2 class="search-picker__title">{{ title }}</h2>
      <van-cell-group class="search-picker__list">
        <van-cell v-for="unit in units" :key="unit.id" :title="unit.name" :label="ORG_KIND_LABELS[unit.kind]"
          :style="indent(unit)" :clickable="allowed(unit)" :class="{ 'unit-picker__off': !allowed(unit) }"
          :icon="unit.id === current ? 'success' : ''" :data-unit-id="unit.id" @click="pick(unit)" />
      </van-cell-group>
    </van-popup>
  `,
};

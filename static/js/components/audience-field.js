// 发放范围 of a material or play: the org units whose reps (with their subtrees) may share it,
// chosen with a checkbox per unit of the caller's tree (GET /org-tree, indented by depth).
// None at all means every rep HQ reaches, or, for a boss, their own unit. v-model is the
// list of unit ids; `note` says what being chosen means (default: they may share it).
import { computed, onMounted, reactive, ref } from 'vue';

import { api } from '../api.js';
import { ORG_KIND_LABELS } from '../labels.js';
import { session } from '../session.js';

export default {
  name: 'AudienceField',
  props: {
    modelValue: { type: Array, default: () => [] },
    label: { type: String, default: '发放范围' },
    note: { type: String, default: '选中的组织及其下级的员工可以分享' },
    errorMessage: { type: String, default: '' },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const units = ref([]);
    const sheet = reactive({ show: false, chosen: [] });
    const everyone = computed(() => (session.me?.role === 'boss' ? '本团队全部员工' : '全部员工'));
    const top = computed(() => Math.min(...units.value.map((unit) => unit.depth), Infinity));
    const text = computed(() => {
      if (!props.modelValue.length) return everyone.value;
      const names = new Map(units.value.map((unit) => [unit.id, unit.name]));
      return props.modelValue.map((id) => names.get(id) ?? `组织 #${id}`).join('、');
    });

    onMounted(async () => {
      try {
        units.value = await api.get('/org-tree', { toast: false });
      } catch {
        // the field still shows ids; the sheet offers nothing to pick
      }
    });

    function open() {
      Object.assign(sheet, { show: true, chosen: [...props.modelValue] });
    }

    function toggle(id) {
      sheet.chosen = sheet.chosen.includes(id) ? sheet.chosen.filter((chosen) => chosen !== id) : [...sheet.chosen, id];
    }

    function confirm() {
      emit('update:modelValue', units.value.map((unit) => unit.id).filter((id) => sheet.chosen.includes(id)));
      sheet.show = false;
    }

    const indent = (unit) => ({ paddingLeft: `${16 + (unit.depth - top.value) * 18}px` });
    return { ORG_KIND_LABELS, units, sheet, everyone, text, open, toggle, confirm, indent };
  },
  template: `
    <van-field :model-value="text" name="org_unit_ids" :label="label" readonly is-link :error-message="errorMessage" class="audience-field" @click="open" />
    <van-popup v-model:show="sheet.show" position="bottom" round closeable teleport="body" class="search-picker audience-sheet">
      <h2 class="search-picker__title">{{ label }}</h2>
      <p class="search-picker__note">{{ note }}；都不选即{{ everyone }}</p>
      <van-checkbox-group v-model="sheet.chosen" class="search-picker__list">
        <van-cell-group>
          <van-cell v-for="unit in units" :key="unit.id" :title="unit.name" :label="ORG_KIND_LABELS[unit.kind]" :style="indent(unit)"
            clickable :data-unit-id="unit.id" @click="toggle(unit.id)">
            <template #right-icon><van-checkbox :name="unit.id" shape="square" @click.stop /></template>
          </van-cell>
        </van-cell-group>
      </van-checkbox-group>
      <div class="audience-sheet__actions">
        <van-button round plain native-type="button" @click="sheet.chosen = []">{{ everyone }}</van-button>
        <van-button round type="primary" native-type="button" @click="confirm">确定</van-button>
      </div>
    </van-popup>
  `,
};

// A date-and-time field of a form (领取时间, 有效期, 活动时间): the instant as the company's
// clock reads it, a date then a time picker on tap, and a clear icon when it may be left
// blank. v-model is an ISO 8601 string with the company zone's offset, or null.
import { computed, reactive } from 'vue';

import { clockOf, dayOf, zonedIso } from '../format.js';
import { session } from '../session.js';

const YEARS_AHEAD = 5;

export default {
  name: 'DatetimeField',
  props: {
    modelValue: { type: String, default: null },
    label: { type: String, required: true },
    name: { type: String, default: '' },
    placeholder: { type: String, default: '请选择' },
    clearable: { type: Boolean, default: false },
    required: { type: Boolean, default: false },
    disabled: { type: Boolean, default: false },
    errorMessage: { type: String, default: '' },
    defaultClock: { type: String, default: '00:00' }, // the time first offered for a new value
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const picker = reactive({ show: false, tab: 0, date: [], time: [] });
    const zone = () => session.me?.company?.timezone;
    const text = computed(() => (props.modelValue
      ? `${dayOf(props.modelValue, zone())} ${clockOf(props.modelValue, zone())}` : ''));
    const now = new Date();
    const minDate = new Date(now.getFullYear() - 1, 0, 1);
    const maxDate = new Date(now.getFullYear() + YEARS_AHEAD, 11, 31);

    function open() {
      if (props.disabled) return;
      const day = dayOf(props.modelValue || now, zone());
      const clock = props.modelValue ? clockOf(props.modelValue, zone()) : props.defaultClock;
      Object.assign(picker, { show: true, tab: 0, date: day.split('-'), time: clock.split(':') });
    }

    function confirm() {
      const [hour, minute] = picker.time;
      emit('update:modelValue', zonedIso(picker.date.join('-'), `${hour}:${minute}`, zone()));
      picker.show = false;
    }

    return { picker, text, minDate, maxDate, open, confirm };
  },
  template: `
    <van-field
      :model-value="text"
      :name="name"
      :label="label"
      :placeholder="placeholder"
      :required="required"
      :disabled="disabled"
      :error-message="errorMessage"
      readonly
      :is-link="!disabled && !(clearable && modelValue)"
      class="datetime-field"
      @click="open"
    >
      <template v-if="clearable && modelValue && !disabled" #right-icon>
        <van-icon name="clear" class="datetime-field__clear" role="button" :aria-label="'清除' + label" @click.stop="$emit('update:modelValue', null)" />
      </template>
    </van-field>
    <van-popup v-model:show="picker.show" position="bottom" round teleport="body" class="datetime-field__picker">
      <van-picker-group
        v-model:active-tab="picker.tab"
        :title="label"
        :tabs="['日期', '时间']"
        next-step-text="下一步"
        confirm-button-text="确定"
        cancel-button-text="取消"
        @confirm="confirm"
        @cancel="picker.show = false"
      >
        <van-date-picker v-model="picker.date" :min-date="minDate" :max-date="maxDate" />
        <van-time-picker v-model="picker.time" />
      </van-picker-group>
    </van-popup>
  `,
};

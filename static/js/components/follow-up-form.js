// 写跟进: the one-hand sheet that logs a contact with a customer (POST
// /customers/{id}/follow-ups), or corrects one within 24 hours of writing it (PATCH
// /follow-ups/{id}, given `followUp`). Kind chips, what was said (required), the outcome, the
// next action with its due time (今天 / 明天 / 3天后 / 下周, or any day and time from a picker), and,
// for a new entry, the customer's follow state. Emits `saved` with the follow-up.
import { computed, reactive, watch } from 'vue';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { addDays, clockOf, dayOf, formatDay, zonedIso } from '../format.js';
import { FOLLOW_STATE_LABELS, FOLLOW_UP_KIND_LABELS } from '../labels.js';
import { session } from '../session.js';

const KINDS = Object.keys(FOLLOW_UP_KIND_LABELS);
const FOLLOW_STATES = Object.keys(FOLLOW_STATE_LABELS);
const DEFAULT_CLOCK = '10:00';

/** Today's due time: the next whole hour (a call to make later today); in the day's last hour
 * the next five-minute mark, at the latest 23:59. */
function laterToday(timeZone) {
  const [hour, minute] = clockOf(new Date(), timeZone).split(':').map(Number);
  if (hour < 23) return `${String(hour + 1).padStart(2, '0')}:00`;
  return `23:${String(Math.min(59, (Math.floor(minute / 5) + 1) * 5)).padStart(2, '0')}`;
}

// Quick due times: a day from today and its clock (10:00, or later today for 今天).
export const DUE_CHIPS = [
  { key: 'today', text: '今天', days: 0, clock: laterToday },
  { key: 'tomorrow', text: '明天', days: 1, clock: () => DEFAULT_CLOCK },
  { key: 'in3', text: '3天后', days: 3, clock: () => DEFAULT_CLOCK },
  { key: 'week', text: '下周', days: 7, clock: () => DEFAULT_CLOCK },
];
const KIND_ICONS = { visit: 'location-o', call: 'phone-o', wechat: 'wechat', meeting: 'friends-o', other: 'notes-o' };

/** The Vant icon of a follow-up's kind. */
export const kindIcon = (kind) => KIND_ICONS[kind] ?? 'notes-o';

const everyFiveMinutes = (type, options) => (type === 'minute' ? options.filter((option) => Number(option.value) % 5 === 0) : options);

export default {
  name: 'FollowUpForm',
  props: {
    show: { type: Boolean, default: false },
    customerId: { type: Number, required: true },
    followUp: { type: Object, default: null }, // editing this one; null writes a new one
  },
  emits: ['update:show', 'saved'],
  setup(props, { emit }) {
    const form = reactive({
      kind: 'call', content: '', outcome: '', nextAction: '', dueDay: '', dueClock: DEFAULT_CLOCK,
      followState: '', errors: {}, saving: false, chip: null, // chip: the quick due choice picked
    });
    const picker = reactive({ show: false, tab: 0, date: [], time: [] });
    const zone = () => session.me?.company?.timezone;
    const today = () => dayOf(new Date(), zone());
    const editing = computed(() => Boolean(props.followUp));
    // The picker offers today onwards (or the day already set, when correcting an entry).
    const minDate = computed(() => {
      const [year, month, day] = (form.dueDay && form.dueDay < today() ? form.dueDay : today()).split('-').map(Number);
      return new Date(year, month - 1, day);
    });
    const maxDate = new Date(new Date().getFullYear() + 2, 11, 31);

    const dueChip = computed(() => {
      if (!form.dueDay) return 'none';
      const chip = DUE_CHIPS.find((item) => form.dueDay === addDays(today(), item.days)
        && form.dueClock === item.clock(zone()));
      return chip ? chip.key : 'custom';
    });
    const dueText = computed(() => (form.dueDay ? `${formatDay(form.dueDay)} ${form.dueClock}` : ''));
    const duePast = computed(() => Boolean(form.dueDay) && new Date(zonedIso(form.dueDay, form.dueClock, zone())) < new Date());

    function reset() {
      const old = props.followUp;
      Object.assign(form, {
        kind: old?.kind ?? 'call',
        content: old?.content ?? '',
        outcome: old?.outcome ?? '',
        nextAction: old?.next_action ?? '',
        dueDay: old?.due_at ? dayOf(old.due_at, zone()) : '',
        dueClock: old?.due_at ? clockOf(old.due_at, zone()) : DEFAULT_CLOCK,
        followState: '',
        errors: {},
        saving: false,
        chip: null,
      });
    }

    watch(() => props.show, (shown) => {
      if (shown) reset();
    });

    // A quick choice means a day from the moment of saving: 今天 picked at 23:58 and saved
    // after midnight is later on the new day, not yesterday.
    function pickChip(chip) {
      form.dueDay = addDays(today(), chip.days);
      form.dueClock = chip.clock(zone());
      form.chip = chip;
    }

    function openPicker() {
      const day = form.dueDay || addDays(today(), 1);
      picker.date = day.split('-');
      picker.time = form.dueClock.split(':');
      picker.tab = 0;
      picker.show = true;
    }

    function confirmPicker() {
      form.chip = null;
      form.dueDay = picker.date.join('-');
      form.dueClock = picker.time.join(':');
      picker.show = false;
    }

    function close() {
      emit('update:show', false);
    }

    async function submit() {
      form.errors = {};
      const content = form.content.trim();
      if (!content) {
        form.errors.content = '请填写跟进内容';
        return;
      }
      if (form.chip && form.dueDay) pickChip(form.chip);
      const body = {
        kind: form.kind,
        content,
        outcome: form.outcome.trim(),
        next_action: form.nextAction.trim(),
        due_at: form.dueDay ? zonedIso(form.dueDay, form.dueClock, zone()) : null,
      };
      if (!editing.value && form.followState) body.follow_state = form.followState;
      form.saving = true;
      try {
        const saved = editing.value
          ? await api.patch(`/follow-ups/${props.followUp.id}`, body, { toast: false })
          : await api.post(`/customers/${props.customerId}/follow-ups`, body, { toast: false });
        showSuccessToast(editing.value ? '已修改' : '已记录跟进');
        emit('saved', saved);
        close();
      } catch (error) {
        const fields = error.fields ?? {};
        form.errors = {
          content: fields.content?.join('；'),
          outcome: fields.outcome?.join('；'),
          nextAction: fields.next_action?.join('；'),
          due: fields.due_at?.join('；'),
        };
        if (!Object.values(form.errors).some(Boolean)) form.errors.form = error.message;
        if (error.code === 'edit_window_closed') emit('saved', null); // the page reloads the log
      } finally {
        form.saving = false;
      }
    }

    return {
      KINDS, FOLLOW_STATES, FOLLOW_UP_KIND_LABELS, FOLLOW_STATE_LABELS, DUE_CHIPS, form, picker, editing,
      minDate, maxDate, dueChip, dueText, duePast, pickChip, openPicker, confirmPicker, close, submit,
      kindIcon, everyFiveMinutes,
    };
  },
  template: `
    <van-popup
      :show="show"
      position="bottom"
      round
      closeable
      safe-area-inset-bottom
      class="follow-up-form"
      @update:show="$emit('update:show', $event)"
    >
      <h2 class="follow-up-form__title">{{ editing ? '修改跟进' : '写跟进' }}</h2>
      <div class="follow-up-form__body">
        <div class="follow-up-form__label" id="follow-up-kind">跟进方式</div>
        <div class="kind-grid" role="radiogroup" aria-labelledby="follow-up-kind">
          <button
            v-for="kind in KINDS"
            :key="kind"
            type="button"
            class="kind-option"
            :class="{ 'kind-option--active': form.kind === kind }"
            role="radio"
            :aria-checked="form.kind === kind"
            @click="form.kind = kind"
          ><van-icon :name="kindIcon(kind)" class="kind-option__icon" />{{ FOLLOW_UP_KIND_LABELS[kind] }}</button>
        </div>

        <van-cell-group class="follow-up-form__fields">
          <van-field
            v-model="form.content"
            label="跟进内容"
            label-align="top"
            type="textarea"
            rows="3"
            autosize
            maxlength="2000"
            required
            placeholder="聊了什么、客户的反馈"
            :error-message="form.errors.content"
          />
          <van-field
            v-model="form.outcome"
            label="结果"
            maxlength="200"
            placeholder="选填，如 有意向、约好见面"
            :error-message="form.errors.outcome"
          />
          <van-field
            v-model="form.nextAction"
            label="下一步"
            maxlength="200"
            placeholder="选填，如 送样品、再次回访"
            :error-message="form.errors.nextAction"
          />
        </van-cell-group>

        <div class="follow-up-form__label" id="follow-up-due">提醒时间</div>
        <div class="kind-chips" role="group" aria-labelledby="follow-up-due">
          <button type="button" class="chip" :class="{ 'chip--active': dueChip === 'none' }" :aria-pressed="dueChip === 'none'" @click="form.dueDay = ''; form.chip = null">不提醒</button>
          <button
            v-for="chip in DUE_CHIPS"
            :key="chip.key"
            type="button"
            class="chip"
            :class="{ 'chip--active': dueChip === chip.key }"
            :aria-pressed="dueChip === chip.key"
            @click="pickChip(chip)"
          >{{ chip.text }}</button>
          <button type="button" class="chip" :class="{ 'chip--active': dueChip === 'custom' }" :aria-pressed="dueChip === 'custom'" @click="openPicker"><van-icon name="clock-o" /> 选时间</button>
        </div>
        <p v-if="form.dueDay" class="follow-up-form__due" :class="{ 'follow-up-form__due--past': duePast }">
          <van-icon name="bell" /> {{ dueText }} 提醒我
          <button type="button" class="link" @click="openPicker">修改</button>
          <span v-if="duePast">（已过去）</span>
        </p>
        <p v-if="form.errors.due" class="form-error">{{ form.errors.due }}</p>

        <template v-if="!editing">
          <div class="follow-up-form__label" id="follow-up-state">跟进状态</div>
          <div class="kind-chips" role="radiogroup" aria-labelledby="follow-up-state">
            <button type="button" class="chip" :class="{ 'chip--active': !form.followState }" role="radio" :aria-checked="!form.followState" @click="form.followState = ''">不变</button>
            <button
              v-for="state in FOLLOW_STATES"
              :key="state"
              type="button"
              class="chip"
              :class="{ 'chip--active': form.followState === state }"
              role="radio"
              :aria-checked="form.followState === state"
              @click="form.followState = state"
            >{{ FOLLOW_STATE_LABELS[state] }}</button>
          </div>
        </template>
        <p v-if="form.errors.form" class="form-error follow-up-form__error">{{ form.errors.form }}</p>
      </div>
      <div class="follow-up-form__actions">
        <van-button block round type="primary" :loading="form.saving" loading-text="保存中…" @click="submit">{{ editing ? '保存修改' : '保存跟进' }}</van-button>
      </div>

      <van-popup v-model:show="picker.show" position="bottom" round teleport="body" class="due-picker">
        <van-picker-group
          v-model:active-tab="picker.tab"
          title="提醒时间"
          :tabs="['日期', '时间']"
          next-step-text="下一步"
          confirm-button-text="确定"
          cancel-button-text="取消"
          @confirm="confirmPicker"
          @cancel="picker.show = false"
        >
          <van-date-picker v-model="picker.date" :min-date="minDate" :max-date="maxDate" />
          <van-time-picker v-model="picker.time" :filter="everyFiveMinutes" />
        </van-picker-group>
      </van-popup>
    </van-popup>
  `,
};

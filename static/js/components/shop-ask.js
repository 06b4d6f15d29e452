// The customer's 咨询 and 预约 sheets on a rep's shop page (no login: the server knows the
// visitor by its cookie). 咨询: a question, about a product when asked from its page. 预约: a
// visit or an appointment, a day and time from a picker (today onwards, company time), and a
// note. Each emits `sent` with what the server saved; the shop then shows 我的咨询.
import { computed, reactive, watch } from 'vue';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { addDays, dayOf, formatDay, zonedIso } from '../format.js';
import { BOOKING_KIND_LABELS } from '../labels.js';

const askedKey = (code) => `qg.shop.${code}.asked`;

/** Whether this phone has asked or booked in the shop (so 我的咨询 is worth a request). */
export function hasAsked(code) {
  try {
    return window.localStorage.getItem(askedKey(code)) === '1';
  } catch {
    return false;
  }
}

function rememberAsked(code) {
  try {
    window.localStorage.setItem(askedKey(code), '1');
  } catch {
    // Private mode: 我的咨询 is still one tap away.
  }
}

// An error's field messages, else its message.
const problem = (error, field) => error.fields?.[field]?.join('；') || error.message;

export const ShopAskSheet = {
  name: 'ShopAskSheet',
  props: {
    show: { type: Boolean, default: false },
    code: { type: String, required: true },
    product: { type: Object, default: null }, // { id, name } when asked from a product page
  },
  emits: ['update:show', 'sent'],
  setup(props, { emit }) {
    const form = reactive({ question: '', error: '', sending: false });

    watch(() => props.show, (shown) => {
      if (shown) Object.assign(form, { error: '', sending: false });
    });

    async function send() {
      const question = form.question.trim();
      if (!question) {
        form.error = '请写下您的问题';
        return;
      }
      form.sending = true;
      form.error = '';
      try {
        const sent = await api.post(
          `/shops/${encodeURIComponent(props.code)}/consultations`,
          { question, product_id: props.product?.id ?? null },
          { toast: false, redirectOn401: false },
        );
        rememberAsked(props.code);
        form.question = '';
        showSuccessToast('已发送，顾问回复后在「我的咨询」查看');
        emit('update:show', false);
        emit('sent', sent);
      } catch (error) {
        form.error = problem(error, 'question');
      } finally {
        form.sending = false;
      }
    }

    return { form, send };
  },
  template: `
    <van-popup
      :show="show"
      position="bottom"
      round
      closeable
      safe-area-inset-bottom
      class="shop-sheet ask-sheet"
      @update:show="$emit('update:show', $event)"
    >
      <h2 class="shop-sheet__title">咨询顾问</h2>
      <p v-if="product" class="shop-sheet__about"><van-icon name="goods-collect-o" /> 关于：{{ product.name }}</p>
      <van-field
        v-model="form.question"
        type="textarea"
        rows="4"
        autosize
        maxlength="500"
        show-word-limit
        placeholder="想了解什么都可以问，如 有没有现货、怎么使用、能否送货上门"
        :error-message="form.error"
        label="您的问题"
        label-align="top"
        class="shop-sheet__field"
      />
      <p class="shop-sheet__hint">顾问会尽快回复，回复在「我的咨询」里查看。</p>
      <div class="shop-sheet__actions">
        <van-button type="primary" round block :loading="form.sending" loading-text="发送中…" @click="send">发送</van-button>
      </div>
    </van-popup>
  `,
};

const KINDS = Object.keys(BOOKING_KIND_LABELS);
const DAYS_AHEAD = 60; // the server takes up to BOOKING_MAX_DAYS_AHEAD (90 by default)
const everyHalfHour = (type, options) => (type === 'minute' ? options.filter((option) => Number(option.value) % 30 === 0) : options);

export const ShopBookSheet = {
  name: 'ShopBookSheet',
  props: {
    show: { type: Boolean, default: false },
    code: { type: String, required: true },
  },
  emits: ['update:show', 'sent'],
  setup(props, { emit }) {
    const form = reactive({ kind: 'visit', day: '', clock: '', note: '', errors: {}, sending: false });
    const picker = reactive({ show: false, tab: 0, date: [], time: [] });
    const today = () => dayOf(new Date());
    const minDate = computed(() => {
      const [year, month, day] = today().split('-').map(Number);
      return new Date(year, month - 1, day);
    });
    const maxDate = computed(() => {
      const [year, month, day] = addDays(today(), DAYS_AHEAD).split('-').map(Number);
      return new Date(year, month - 1, day);
    });
    const startsAt = computed(() => (form.day && form.clock ? zonedIso(form.day, form.clock) : ''));
    const past = computed(() => Boolean(startsAt.value) && new Date(startsAt.value) <= new Date());
    const whenText = computed(() => (form.day && form.clock ? `${formatDay(form.day)} ${form.clock}` : ''));

    watch(() => props.show, (shown) => {
      if (shown) Object.assign(form, { errors: {}, sending: false });
    });

    function openPicker() {
      const tomorrow = addDays(today(), 1);
      picker.date = (form.day || tomorrow).split('-');
      picker.time = (form.clock || '10:00').split(':');
      picker.tab = 0;
      picker.show = true;
    }

    function confirmPicker() {
      form.day = picker.date.join('-');
      form.clock = picker.time.join(':');
      form.errors.when = '';
      picker.show = false;
    }

    async function send() {
      form.errors = {};
      if (!startsAt.value) {
        form.errors.when = '请选择日期和时间';
        return;
      }
      if (past.value) {
        form.errors.when = '这个时间已经过去了，请重新选择';
        return;
      }
      form.sending = true;
      try {
        const sent = await api.post(
          `/shops/${encodeURIComponent(props.code)}/bookings`,
          { kind: form.kind, starts_at: startsAt.value, note: form.note.trim() },
          { toast: false, redirectOn401: false },
        );
        rememberAsked(props.code);
        Object.assign(form, { day: '', clock: '', note: '' });
        showSuccessToast('预约已提交，等待顾问确认');
        emit('update:show', false);
        emit('sent', sent);
      } catch (error) {
        form.errors = {
          when: error.fields?.starts_at?.join('；'),
          note: error.fields?.note?.join('；'),
        };
        if (!form.errors.when && !form.errors.note) form.errors.form = error.message;
      } finally {
        form.sending = false;
      }
    }

    return {
      KINDS, BOOKING_KIND_LABELS, form, picker, minDate, maxDate, whenText, past, openPicker, confirmPicker, send,
      everyHalfHour,
    };
  },
  template: `
    <van-popup
      :show="show"
      position="bottom"
      round
      closeable
      safe-area-inset-bottom
      class="shop-sheet book-sheet"
      @update:show="$emit('update:show', $event)"
    >
      <h2 class="shop-sheet__title">预约顾问</h2>
      <div class="shop-sheet__label" id="book-kind">预约类型</div>
      <div class="book-kinds" role="radiogroup" aria-labelledby="book-kind">
        <button
          v-for="kind in KINDS"
          :key="kind"
          type="button"
          class="book-kind"
          :class="{ 'book-kind--active': form.kind === kind }"
          role="radio"
          :aria-checked="form.kind === kind"
          @click="form.kind = kind"
        >
          <van-icon :name="kind === 'visit' ? 'shop-o' : 'service-o'" />
          <span>{{ BOOKING_KIND_LABELS[kind] }}</span>
        </button>
      </div>
      <div class="shop-sheet__label" id="book-when">预约时间</div>
      <button type="button" class="book-when" :class="{ 'book-when--empty': !whenText }" aria-labelledby="book-when" @click="openPicker">
        <van-icon name="clock-o" />
        <span>{{ whenText || '选择日期和时间' }}</span>
        <van-icon name="arrow" />
      </button>
      <p v-if="form.errors.when" class="form-error">{{ form.errors.when }}</p>
      <van-field
        v-model="form.note"
        type="textarea"
        rows="2"
        autosize
        maxlength="500"
        placeholder="选填，如 想看哪款商品、几位同行、需要什么服务"
        :error-message="form.errors.note"
        label="备注"
        label-align="top"
        class="shop-sheet__field"
      />
      <p v-if="form.errors.form" class="form-error">{{ form.errors.form }}</p>
      <div class="shop-sheet__actions">
        <van-button type="primary" round block :loading="form.sending" loading-text="提交中…" @click="send">提交预约</van-button>
      </div>

      <van-popup v-model:show="picker.show" position="bottom" round teleport="body" class="book-picker">
        <van-picker-group
          v-model:active-tab="picker.tab"
          title="预约时间"
          :tabs="['日期', '时间']"
          next-step-text="下一步"
          confirm-button-text="确定"
          cancel-button-text="取消"
          @confirm="confirmPicker"
          @cancel="picker.show = false"
        >
          <van-date-picker v-model="picker.date" :min-date="minDate" :max-date="maxDate" />
          <van-time-picker v-model="picker.time" :min-hour="8" :max-hour="21" :filter="everyHalfHour" />
        </van-picker-group>
      </van-popup>
    </van-popup>
  `,
};

// /rep/orders/:id, /boss/orders/:id, /hq/orders/:id: one order with its lines, discounts,
// contact, delivery, until when an unpaid one is held, and history (an expired one closed by
// 系统, with why). Reps and HQ move it on: pending -> 确认收款 / 取消订单, paid ->
// 完成订单 / 退款, completed -> 退款. Bosses only read. A 409 (someone else moved the order
// meanwhile) shows its message and reloads.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime, formatPrice, formatRate } from '../format.js';
import { FULFILMENT_LABELS, PAYMENT_METHOD_LABELS, orderStatusLabel } from '../labels.js';
import { session } from '../session.js';
import { STATUS_TAG_TYPES } from './orders.js';

// action -> what the button and its confirmation say
const ACTIONS = {
  pay: { text: '确认收款', done: '已确认收款', confirm: '确认已收到客户的付款吗？' },
  complete: { text: '完成订单', done: '订单已完成', confirm: '确认商品已交付、订单完成吗？完成后提成开始计算。' },
  cancel: { text: '取消订单', done: '订单已取消', reason: '取消原因（选填）', secondary: true },
  refund: { text: '退款', done: '已退款', reason: '退款原因（必填）', required: true, secondary: true },
};
const ACTIONS_BY_STATUS = { pending: ['cancel', 'pay'], paid: ['refund', 'complete'], completed: ['refund'] };

export default {
  name: 'OrderDetailPage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const order = ref(null);
    const failed = ref(false);
    const acting = ref('');
    const ask = reactive({ show: false, action: '', reason: '', error: '' });

    const canAct = computed(() => ['rep', 'hq_admin'].includes(session.me?.role));
    const actions = computed(() => (canAct.value && order.value ? ACTIONS_BY_STATUS[order.value.status] ?? [] : []));
    const zone = () => session.me?.company?.timezone;

    async function load() {
      failed.value = false;
      try {
        order.value = await api.get(`/orders/${route.params.id}`);
      } catch {
        failed.value = true;
      }
    }

    async function run(action, reason = '') {
      acting.value = action;
      try {
        order.value = await api.post(`/orders/${order.value.id}/${action}`, { reason });
        showSuccessToast(ACTIONS[action].done);
        return true;
      } catch (error) {
        if (error.status === 409) await load(); // the client showed why; show the order as it is now
        return error.status === 409; // close the reason dialog: the action no longer applies
      } finally {
        acting.value = '';
      }
    }

    async function act(action) {
      const spec = ACTIONS[action];
      if (spec.reason) {
        Object.assign(ask, { show: true, action, reason: '', error: '' });
        return;
      }
      try {
        await showConfirmDialog({ title: spec.text, message: spec.confirm, confirmButtonText: spec.text });
      } catch {
        return; // cancelled
      }
      await run(action);
    }

    async function beforeAskClose(choice) {
      if (choice !== 'confirm') return true;
      const reason = ask.reason.trim();
      if (ACTIONS[ask.action].required && !reason) {
        ask.error = '请填写原因';
        return false;
      }
      return run(ask.action, reason);
    }

    const actorOf = (step) => {
      if (step.actor_kind === 'customer') return '客户';
      if (step.actor_kind === 'system') return '系统';
      return step.actor_name || '员工';
    };
    const stepText = (step) => (step.from_status ? `${orderStatusLabel(step.from_status)} → ${orderStatusLabel(step.to_status)}` : '客户下单');

    onMounted(load);
    return {
      ACTIONS, STATUS_TAG_TYPES, FULFILMENT_LABELS, PAYMENT_METHOD_LABELS, order, failed, acting, ask,
      actions, load, act, beforeAskClose, actorOf, stepText, zone,
      formatDateTime, formatPrice, formatRate, orderStatusLabel,
    };
  },
  template: `
    <sub-page title="订单详情">
      <div class="page__body order-detail" :class="{ 'order-detail--actions': actions.length }">
        <div v-if="!order && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!order" image="network" description="订单加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="order-status" :class="'order-status--' + order.status">
            <div class="order-status__label">{{ orderStatusLabel(order.status) }}</div>
            <div class="order-status__number">订单号 {{ order.number }}</div>
          </section>

          <van-cell-group inset title="商品">
            <div v-for="line in order.lines" :key="line.product_id" class="order-item">
              <van-image v-if="line.cover_url" :src="line.cover_url" width="56" height="56" radius="6" fit="cover" />
              <div v-else class="order-item__cover--none" aria-hidden="true"><van-icon name="photo-o" /></div>
              <div class="order-item__body">
                <div class="order-item__name">{{ line.product_name }}</div>
                <div class="order-item__meta">{{ formatPrice(line.unit_price) }} × {{ line.quantity }} · 提成 {{ formatRate(line.commission_rate_bps) }}</div>
              </div>
              <div class="order-item__amount">{{ formatPrice(line.amount) }}</div>
            </div>
            <template v-if="order.discounts.length">
              <van-cell title="商品金额" :value="formatPrice(order.subtotal_amount)" />
              <van-cell v-for="discount in order.discounts" :key="discount.source + discount.label" :title="discount.label" :value="'-' + formatPrice(discount.amount)" />
            </template>
            <van-cell title="合计" :value="formatPrice(order.total_amount)" class="order-total" />
            <van-cell v-if="order.paid_amount" :title="order.status === 'refunded' ? '已退款' : '已收款'" :value="formatPrice(order.paid_amount)" />
          </van-cell-group>

          <van-cell-group inset title="客户与配送">
            <van-cell title="联系人" :value="order.contact_name" />
            <van-cell title="手机号">
              <template #value><a :href="'tel:' + order.contact_phone" class="link">{{ order.contact_phone }}</a></template>
            </van-cell>
            <van-cell title="配送方式" :value="FULFILMENT_LABELS[order.fulfilment] || order.fulfilment" />
            <van-cell v-if="order.address" title="地址" :label="order.address" />
            <van-cell v-if="order.remark" title="备注" :label="order.remark" />
            <van-cell title="员工" :value="order.rep_name" />
            <van-cell title="付款方式" :value="PAYMENT_METHOD_LABELS[order.payment_method] || order.payment_method" />
            <van-cell title="下单时间" :value="formatDateTime(order.placed_at, zone())" />
            <van-cell v-if="order.status === 'pending' && order.hold_until" title="保留至" :value="formatDateTime(order.hold_until, zone())" label="逾期未付款，订单将自动关闭并释放库存" class="order-hold" />
          </van-cell-group>

          <van-cell-group inset title="订单记录">
            <van-steps direction="vertical" :active="order.transitions.length - 1" active-color="#e8452c" class="order-history">
              <van-step v-for="(step, index) in order.transitions" :key="index">
                <div class="order-history__line">
                  <strong>{{ stepText(step) }}</strong>
                  <span class="order-history__who">{{ actorOf(step) }}</span>
                </div>
                <div class="order-history__time">{{ formatDateTime(step.at, zone()) }}</div>
                <div v-if="step.reason" class="order-history__reason">原因：{{ step.reason }}</div>
              </van-step>
            </van-steps>
          </van-cell-group>
        </template>
      </div>

      <div v-if="actions.length" class="bottom-bar order-actions">
        <van-button
          v-for="action in actions"
          :key="action"
          round
          :plain="ACTIONS[action].secondary"
          :type="ACTIONS[action].secondary ? 'default' : 'primary'"
          :loading="acting === action"
          :disabled="acting !== '' && acting !== action"
          @click="act(action)"
        >{{ ACTIONS[action].text }}</van-button>
      </div>

      <van-dialog
        v-model:show="ask.show"
        :title="ask.action ? ACTIONS[ask.action].text : ''"
        show-cancel-button
        :confirm-button-text="ask.action ? ACTIONS[ask.action].text : '确定'"
        :before-close="beforeAskClose"
      >
        <van-field
          v-model="ask.reason"
          type="textarea"
          rows="2"
          autosize
          maxlength="200"
          :placeholder="ask.action ? ACTIONS[ask.action].reason : ''"
          :error-message="ask.error"
          class="reason-field"
        />
      </van-dialog>
    </sub-page>
  `,
};

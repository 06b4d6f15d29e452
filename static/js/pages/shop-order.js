// /s/:code/order?items=12x2,15x1: the order form of the public shop (no login). The chosen
// products and quantities (each stepper stops at what is left), contact, 送货上门 / 到店自提,
// remark; then the success state with the order number, how to pay and until when the order is
// held. The visitor is known by the server's cookie. Each filled form is one checkout attempt
// with its own Idempotency-Key, sent again on a retry, so a resend never orders twice.
//
// A plain order may use one of the visitor's coupons (components/coupon-picker.js), its
// saving shown before placing. With `campaign=<id>` (open a group) or `group=<id>` (join it)
// in the address, it is a group-buy order: the campaign's product at the group price, no
// coupon; a group that filled or closed meanwhile offers 开新团 with one tap.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showConfirmDialog, showToast } from 'vant';

import { api, newIdempotencyKey } from '../api.js';
import CouponPicker from '../components/coupon-picker.js';
import ShopAvatar from '../components/shop-avatar.js';
import ShopPrice from '../components/shop-price.js';
import { formatDateTime, formatPrice } from '../format.js';
import { FULFILMENT_LABELS } from '../labels.js';
import { rememberGroupBuyer } from '../shop-plays.js';
import { arrivalToken } from '../shop-visits.js';

const MAX_LINES = 50;
const MAX_QUANTITY = 999; // the server's default ORDER_MAX_QUANTITY, bounding the address only
const CONTACT_KEY = 'qg.shop.contact'; // the customer's own details, to fill the next order
const FIELDS = ['contact_name', 'contact_phone', 'fulfilment', 'address', 'remark'];
// 409s of a group order that offer a new group instead (the group filled or closed meanwhile).
const NEW_GROUP_OFFERS = new Set(['group_full', 'group_closed']);

/** "12x2,15x1" -> [{productId: 12, quantity: 2}, ...]; bad parts are dropped, repeats added. */
export function parseItems(text) {
  const quantities = new Map();
  for (const part of String(text ?? '').split(',')) {
    const match = /^(\d{1,12})x(\d{1,4})$/.exec(part.trim());
    if (!match) continue;
    const id = Number(match[1]);
    const quantity = Number(match[2]);
    if (id > 0 && quantity > 0) quantities.set(id, Math.min((quantities.get(id) ?? 0) + quantity, MAX_QUANTITY));
  }
  return [...quantities].slice(0, MAX_LINES).map(([productId, quantity]) => ({ productId, quantity }));
}

function savedContact() {
  try {
    return JSON.parse(window.localStorage.getItem(CONTACT_KEY) || '{}') ?? {};
  } catch {
    return {};
  }
}

function saveContact(form) {
  try {
    const { contact_name: name, contact_phone: phone, address } = form;
    window.localStorage.setItem(CONTACT_KEY, JSON.stringify({ name, phone, address }));
  } catch {
    // Storage unavailable: the next order just starts empty.
  }
}

/** What the stock line of an order line says. */
function stockText(product) {
  if (product.stock_status === 'sold_out') return '已售罄';
  if (product.stock_status === 'low') return `仅剩 ${product.stock_left} 件`;
  return product.stock_left === null ? '' : `库存 ${product.stock_left} 件`;
}

/** A field error from the API ({"address": ["..."]}) as one line of text. */
function fieldMessage(value) {
  if (Array.isArray(value)) return value.join('；');
  if (value && typeof value === 'object') return Object.values(value).map(fieldMessage).join('；');
  return value ? String(value) : '';
}

export default {
  name: 'ShopOrderPage',
  components: { CouponPicker, ShopAvatar, ShopPrice },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const formRef = ref(null);
    const shop = ref(null);
    const lines = ref([]); // {product, quantity, error}
    const dropped = ref(0); // products no longer on sale
    const loading = ref(true);
    const loadError = ref(null);
    const submitting = ref(false);
    const placed = ref(null);
    const placedGroupId = ref(null); // the group a placed group order took a seat in
    const couponPicker = ref(null);
    const couponId = ref(null);
    const coupon = ref(null); // the chosen coupon's quote
    const terms = ref(null); // a group order's campaign terms
    let attempt = { body: '', key: '' }; // this filled form's checkout and its Idempotency-Key
    const saved = savedContact();
    const form = reactive({
      contact_name: saved.name ?? '',
      contact_phone: saved.phone ?? '',
      fulfilment: 'delivery',
      address: saved.address ?? '',
      remark: '',
    });
    const errors = reactive(Object.fromEntries(FIELDS.map((name) => [name, ''])));
    const linesError = ref('');

    // A group order: open a group of a campaign, or join a group (from the address).
    const groupBuy = computed(() => {
      if (route.query.group) return { group_id: Number(route.query.group) };
      return route.query.campaign ? { campaign_id: Number(route.query.campaign) } : null;
    });
    const unitPrice = (line) => (terms.value ? terms.value.group_price : line.product.price);
    const subtotal = computed(() => lines.value.reduce((sum, line) => sum + unitPrice(line) * line.quantity, 0));
    const total = computed(() => subtotal.value - (coupon.value?.saving ?? 0));
    const items = computed(() => lines.value.map((line) => ({ product_id: line.product.id, quantity: line.quantity })));
    const count = computed(() => lines.value.reduce((sum, line) => sum + line.quantity, 0));
    const delivery = computed(() => form.fulfilment === 'delivery');

    const rules = {
      contact_name: [{ validator: (value) => Boolean(value.trim()), message: '请填写联系人' }],
      contact_phone: [
        { required: true, message: '请填写手机号' },
        { pattern: /^1\d{10}$/, message: '请输入 11 位手机号' },
      ],
      address: [{ validator: (value) => Boolean(value.trim()), message: '送货上门请填写地址' }],
    };

    // A group order's campaign, read from the group joined or the campaign opened.
    async function loadTerms() {
      const shopPath = `/shops/${encodeURIComponent(code.value)}`;
      const options = { toast: false, redirectOn401: false };
      const { group_id: groupId, campaign_id: campaignId } = groupBuy.value;
      terms.value = groupId
        ? (await api.get(`${shopPath}/groups/${groupId}`, options)).group.campaign
        : await api.get(`${shopPath}/group-buys/${campaignId}`, options);
    }

    async function load() {
      loading.value = true;
      loadError.value = null;
      if (groupBuy.value) {
        try {
          await loadTerms();
        } catch (failure) {
          loadError.value = failure;
          loading.value = false;
          return;
        }
      }
      const wanted = parseItems(route.query.items);
      const base = `/shops/${encodeURIComponent(code.value)}/products/`;
      const answers = await Promise.allSettled(
        wanted.map((item) => api.get(base + item.productId, { toast: false, redirectOn401: false })));
      const kept = [];
      answers.forEach((answer, index) => {
        if (answer.status !== 'fulfilled') return;
        shop.value ??= answer.value.shop;
        const product = answer.value.product;
        kept.push({ product, quantity: Math.min(wanted[index].quantity, Math.max(product.max_quantity, 1)), error: '' });
      });
      const failures = answers.filter((answer) => answer.status === 'rejected').map((answer) => answer.reason);
      // Only "gone" products are dropped quietly; anything else (network, server) is a failed load.
      const hard = failures.find((failure) => failure.status !== 404);
      if (hard) {
        loadError.value = hard;
      } else {
        lines.value = kept;
        dropped.value = failures.length;
      }
      loading.value = false;
    }

    function clearErrors() {
      for (const name of FIELDS) errors[name] = '';
      linesError.value = '';
      for (const line of lines.value) line.error = '';
    }

    function showServerErrors(error) {
      const fields = error.fields ?? {};
      for (const name of FIELDS) errors[name] = fieldMessage(fields[name]);
      const items = fields.items;
      if (items && typeof items === 'object' && !Array.isArray(items)) {
        for (const line of lines.value) line.error = fieldMessage(items[String(line.product.id)]);
      }
      if (error.code === 'coupon_unusable') couponPicker.value?.requote();
      if (error.code === 'out_of_stock' || error.status === 404) {
        linesError.value = error.message;
        refreshProducts();
      } else if (items) {
        linesError.value = fieldMessage(items);
      }
    }

    // After "not enough stock": show what is left now, so the customer can adjust.
    async function refreshProducts() {
      const base = `/shops/${encodeURIComponent(code.value)}/products/`;
      await Promise.all(lines.value.map(async (line) => {
        try {
          const { product } = await api.get(base + line.product.id, { toast: false, redirectOn401: false });
          line.product = product;
          if (product.stock_status === 'sold_out') line.error = '已售罄，请返回选择其他商品';
          else if (line.quantity > product.max_quantity) line.quantity = product.max_quantity;
        } catch (failure) {
          if (failure.status === 404) line.error = '商品已下架';
        }
      }));
    }

    // The group filled or closed while the customer was ordering: one tap opens a new one.
    async function offerNewGroup(error) {
      try {
        await showConfirmDialog({ title: '无法参团', message: error.message, confirmButtonText: '开新团', cancelButtonText: '再看看' });
      } catch {
        return; // they keep the form as it is
      }
      const { group, ...query } = route.query;
      await router.replace({ query: { ...query, campaign: terms.value.id } });
      submit();
    }

    // The customer's group after a group order: its page, from 我的拼团's seat of this order.
    async function findGroup(order) {
      rememberGroupBuyer(code.value);
      try {
        const seats = await api.get(`/shops/${encodeURIComponent(code.value)}/my-groups`, { toast: false, redirectOn401: false });
        placedGroupId.value = seats.find((seat) => seat.order_id === order.id)?.group.id ?? null;
      } catch {
        // 我的订单 still shows the order
      }
    }

    function promotions() {
      if (groupBuy.value) return { group_buy: groupBuy.value };
      return coupon.value ? { coupon: { coupon_id: coupon.value.id } } : {};
    }

    async function submit() {
      if (submitting.value || lines.value.length === 0) return;
      clearErrors();
      submitting.value = true;
      const body = {
        items: items.value,
        contact_name: form.contact_name.trim(),
        contact_phone: form.contact_phone.trim(),
        fulfilment: form.fulfilment,
        address: delivery.value ? form.address.trim() : '',
        remark: form.remark.trim(),
        token: arrivalToken(code.value),
        promotions: promotions(),
      };
      // The same form sent again (a retry after a lost answer) keeps its key; a changed one is
      // a new attempt.
      const text = JSON.stringify(body);
      if (attempt.body !== text) attempt = { body: text, key: newIdempotencyKey() };
      try {
        const order = await api.post(`/shops/${encodeURIComponent(code.value)}/orders`, body, {
          toast: false,
          redirectOn401: false,
          headers: { 'Idempotency-Key': attempt.key },
        });
        saveContact(form);
        placed.value = order;
        if (groupBuy.value) findGroup(order);
        // Drop the items from the address: going back or reloading must not order twice.
        router.replace({ name: 'shop-order', params: { code: code.value }, query: { placed: order.id } });
        window.scrollTo(0, 0);
      } catch (error) {
        if (groupBuy.value && NEW_GROUP_OFFERS.has(error.code)) {
          submitting.value = false;
          offerNewGroup(error);
          return;
        }
        if (error.code === 'group_joined' && groupBuy.value?.group_id) {
          showToast(error.message);
          router.replace({ name: 'shop-group', params: { code: code.value, id: groupBuy.value.group_id } });
          return;
        }
        // Say what went wrong, as the client's toast does, and point at what it is about.
        showToast({ message: error.message, wordBreak: 'break-word', duration: 2500 });
        showServerErrors(error);
      } finally {
        submitting.value = false;
      }
    }

    function back() {
      if (window.history.state?.back) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    function goOrders() {
      router.push({ name: 'shop-orders', params: { code: code.value } });
    }

    function goGroup() {
      router.push({ name: 'shop-group', params: { code: code.value, id: placedGroupId.value } });
    }

    onMounted(() => {
      // A reload of the success state: the order exists, show it in the list.
      if (route.query.placed) router.replace({ name: 'shop-orders', params: { code: code.value } });
      else load();
    });

    return {
      code, formRef, shop, lines, dropped, loading, loadError, submitting, placed, placedGroupId,
      couponPicker, couponId, coupon, terms, groupBuy, unitPrice, subtotal, items, form, errors,
      linesError, total, count, delivery, rules, FULFILMENT_LABELS, formatDateTime, formatPrice,
      stockText, load, submit, back, goShop, goOrders, goGroup,
    };
  },
  template: `
    <div class="page page--order">
      <van-nav-bar :title="placed ? '下单成功' : '确认订单'" left-arrow safe-area-inset-top @click-left="placed ? goShop() : back()" />

      <section v-if="placed" class="order-done">
        <van-icon name="checked" class="order-done__icon" />
        <h1 class="order-done__title">感谢您的订购</h1>
        <p class="order-done__total">应付 <strong>{{ formatPrice(placed.total_amount) }}</strong></p>
        <dl class="order-done__facts">
          <div><dt>订单号</dt><dd class="order-done__number">{{ placed.number }}</dd></div>
          <div><dt>商品</dt><dd>共 {{ placed.item_count }} 件</dd></div>
          <div v-for="discount in placed.discounts" :key="discount.source + discount.label">
            <dt>{{ discount.label }}</dt><dd>-{{ formatPrice(discount.amount) }}</dd>
          </div>
          <div><dt>方式</dt><dd>{{ FULFILMENT_LABELS[placed.fulfilment] }}</dd></div>
          <div v-if="placed.hold_until"><dt>保留至</dt><dd class="order-done__hold">{{ formatDateTime(placed.hold_until) }}</dd></div>
        </dl>
        <p class="order-done__instructions">{{ placed.payment_instructions }}</p>
        <p v-if="placed.hold_until" class="order-done__hold-note">请在保留时间内完成付款，逾期未付款订单将自动关闭</p>
        <p v-if="terms" class="order-done__hold-note">付款后座位才算数；{{ terms.group_size }} 人付款即成团，未成团自动取消、全额退款</p>
        <div class="order-done__actions">
          <van-button v-if="placedGroupId" type="primary" round block class="order-done__group" @click="goGroup">查看拼团进度</van-button>
          <van-button :type="placedGroupId ? 'default' : 'primary'" round block @click="goOrders">查看我的订单</van-button>
          <van-button round block plain type="primary" @click="goShop">继续逛逛</van-button>
        </div>
      </section>

      <div v-else-if="loading" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>

      <van-empty v-else-if="loadError" image="error" :description="loadError.message">
        <van-button round type="primary" @click="load">重新加载</van-button>
      </van-empty>

      <van-empty v-else-if="lines.length === 0" image="default" :description="dropped ? '所选商品已下架' : '还没有选择商品'">
        <van-button round type="primary" @click="goShop">去店铺逛逛</van-button>
      </van-empty>

      <template v-else>
        <section class="order-lines">
          <header v-if="shop" class="order-lines__shop">
            <shop-avatar :url="shop.avatar_url" :name="shop.rep_name" :size="24" />
            <span>{{ shop.display_name }}</span>
          </header>
          <p v-if="dropped" class="order-lines__notice">有 {{ dropped }} 件商品已下架，已从订单中移除</p>
          <p v-if="terms" class="order-lines__play">{{ groupBuy.group_id ? '参团' : '发起拼团' }} · {{ terms.name }}（{{ terms.group_size }}人团）</p>
          <div v-for="line in lines" :key="line.product.id" class="order-line">
            <div class="order-line__cover shop-cover">
              <img v-if="line.product.cover_url" :src="line.product.cover_url" :alt="line.product.name" width="160" height="160" />
              <span v-else class="shop-cover__blank">{{ line.product.name.slice(0, 1) }}</span>
            </div>
            <div class="order-line__body">
              <p class="order-line__name">{{ line.product.name }}</p>
              <p
                v-if="stockText(line.product)"
                class="order-line__stock"
                :class="{ 'order-line__stock--plenty': line.product.stock_status === 'in_stock' }"
              >{{ stockText(line.product) }}</p>
              <div class="order-line__foot">
                <shop-price :fen="unitPrice(line)" :list-fen="terms ? line.product.price : null" size="sm" />
                <van-stepper
                  v-model="line.quantity"
                  :min="1"
                  :max="Math.max(line.product.max_quantity, 1)"
                  integer
                  input-width="36px"
                  button-size="24px"
                  @change="line.error = ''"
                />
              </div>
              <p v-if="line.error" class="field-error">{{ line.error }}</p>
            </div>
          </div>
          <p v-if="linesError" class="field-error order-lines__error" role="alert">{{ linesError }}</p>
        </section>

        <coupon-picker v-if="!groupBuy" ref="couponPicker" v-model="couponId" :code="code" :items="items" @chosen="coupon = $event" />

        <van-form ref="formRef" class="order-form" scroll-to-error @submit="submit">
          <van-cell-group inset title="联系方式">
            <van-field
              v-model="form.contact_name"
              name="contact_name"
              label="联系人"
              placeholder="您的称呼"
              autocomplete="name"
              maxlength="50"
              :rules="rules.contact_name"
              :error-message="errors.contact_name"
            />
            <van-field
              v-model="form.contact_phone"
              name="contact_phone"
              type="tel"
              label="手机号"
              placeholder="11 位手机号"
              autocomplete="tel"
              maxlength="11"
              :rules="rules.contact_phone"
              :error-message="errors.contact_phone"
            />
          </van-cell-group>
          <van-cell-group inset title="配送方式">
            <van-field name="fulfilment" label="方式" :error-message="errors.fulfilment">
              <template #input>
                <van-radio-group v-model="form.fulfilment" direction="horizontal" class="order-form__fulfilment">
                  <van-radio name="delivery">送货上门</van-radio>
                  <van-radio name="pickup">到店自提</van-radio>
                </van-radio-group>
              </template>
            </van-field>
            <van-field
              v-if="delivery"
              v-model="form.address"
              name="address"
              label="收货地址"
              type="textarea"
              rows="2"
              autosize
              placeholder="省市区、街道、门牌号"
              autocomplete="street-address"
              maxlength="200"
              :rules="rules.address"
              :error-message="errors.address"
            />
            <p v-else class="order-form__hint">下单后顾问会与您约定自提的时间和地点</p>
          </van-cell-group>
          <van-cell-group inset title="备注">
            <van-field
              v-model="form.remark"
              name="remark"
              type="textarea"
              rows="2"
              autosize
              placeholder="选填：送达时间、特殊要求等"
              maxlength="200"
              show-word-limit
              :error-message="errors.remark"
            />
          </van-cell-group>
        </van-form>

        <van-submit-bar
          :price="total"
          label="合计："
          button-text="提交订单"
          button-type="primary"
          :loading="submitting"
          placeholder
          safe-area-inset-bottom
          class="order-submit"
          @submit="formRef.submit()"
        >
          <span class="order-submit__count">共 {{ count }} 件</span>
          <span v-if="coupon" class="order-submit__saving">已优惠 {{ formatPrice(coupon.saving) }}</span>
        </van-submit-bar>
      </template>
    </div>
  `,
};

// /hq/coupons/new, /hq/coupons/:id (HQ) and /boss/coupons/new, /boss/coupons/:id (a boss's
// team coupon, within the limits HQ set: the API answers 403 when HQ allows none, 422 beyond
// them): a coupon template. Its kind decides the fields: 满减券 (spend at least, take off),
// 折扣券 (x 折, an optional cap and threshold), 无门槛券 (take off). Then where it applies,
// how many copies and when they may be claimed, how long a copy is valid (N days from the
// claim, or fixed dates), the content plan and the audience. Money is typed in yuan and sent
// as fen. Once a copy is claimed its terms and validity stay as issued: those fields lock,
// and an edit sends only what changed.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api, saveForm } from '../api.js';
import AudienceField from '../components/audience-field.js';
import ContentPlanFields, { contentPlanOf } from '../components/content-plan-fields.js';
import DatetimeField from '../components/datetime-field.js';
import SearchPicker, { findProducts } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { formatPrice, formatYuan, yuanToFen } from '../format.js';
import { COUPON_KIND_LABELS, COUPON_SCOPE_LABELS } from '../labels.js';
import { changedFields } from '../plays.js';
import { session } from '../session.js';

const MONEY_RULE = '请输入金额，最多两位小数';
const WHOLE = /^\d{1,7}$/;

function emptyForm() {
  return {
    name: '', kind: 'threshold', threshold: '', amount_off: '', rate: '', max_discount: '', scope: 'all',
    category_ids: [], products: [], total: '', per_customer: 1, claim_from: null, claim_until: null,
    validity: 'days', valid_days: '30', valid_from: null, valid_until: null, description: '',
    content_kind: 'activity', scene_channel: 'online', scene_frequency: 'high', scene_aim: 'selling',
    org_unit_ids: [], enabled: true,
  };
}

/** "8.5" (折) -> 15, the percent taken off; NaN unless 0.1 to 9.9 with one decimal. */
function rateToPercentOff(text) {
  const cleaned = String(text).replace(/[折\s]/g, '');
  if (!/^\d(\.\d)?$/.test(cleaned)) return NaN;
  const tenths = Math.round(Number(cleaned) * 10);
  return tenths >= 1 && tenths <= 99 ? 100 - tenths : NaN;
}

export default {
  name: 'HqCouponFormPage',
  components: { AudienceField, ContentPlanFields, DatetimeField, SearchPicker, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const couponId = computed(() => (route.params.id ? Number(route.params.id) : null));
    const listPath = route.path.replace(/\/(new|\d+)$/, '');
    const form = reactive(emptyForm());
    const errors = reactive({});
    const categories = ref([]);
    const claimed = ref(0);
    const loaded = ref(false);
    const failed = ref(false);
    const saving = ref(false);
    const picking = ref(false);
    let initial = {}; // the body as loaded: an edit sends what differs from it

    const locked = computed(() => claimed.value > 0);
    const boss = computed(() => session.me?.role === 'boss');
    const bossLimits = computed(() => {
      const company = session.me?.company;
      return company ? `团队优惠券最多优惠 ${formatPrice(company.boss_coupon_max_off)}，最多发放 ${company.boss_coupon_max_total} 张` : '';
    });

    function fill(coupon) {
      claimed.value = coupon.claimed;
      Object.assign(form, {
        name: coupon.name, kind: coupon.kind,
        threshold: coupon.threshold ? formatYuan(coupon.threshold) : '',
        amount_off: formatYuan(coupon.amount_off),
        rate: coupon.percent_off ? String((100 - coupon.percent_off) / 10) : '',
        max_discount: formatYuan(coupon.max_discount),
        scope: coupon.scope, category_ids: [...coupon.category_ids],
        total: coupon.total === null ? '' : String(coupon.total), per_customer: coupon.per_customer,
        claim_from: coupon.claim_from, claim_until: coupon.claim_until,
        validity: coupon.valid_days ? 'days' : 'dates', valid_days: coupon.valid_days ? String(coupon.valid_days) : '30',
        valid_from: coupon.valid_from, valid_until: coupon.valid_until, description: coupon.description,
        content_kind: coupon.content_kind, scene_channel: coupon.scene_channel,
        scene_frequency: coupon.scene_frequency, scene_aim: coupon.scene_aim,
        org_unit_ids: [...coupon.org_unit_ids], enabled: coupon.enabled,
      });
    }

    async function loadProducts(ids) {
      const found = await Promise.allSettled(ids.map((id) => api.get(`/products/${id}`, { toast: false })));
      form.products = ids.map((id, index) => ({ id, name: found[index].status === 'fulfilled' ? found[index].value.name : `商品 #${id}` }));
    }

    async function load() {
      failed.value = false;
      try {
        const [list, coupon] = await Promise.all([
          api.get('/categories'),
          couponId.value ? api.get(`/coupons/${couponId.value}`) : null,
        ]);
        categories.value = list;
        if (coupon) {
          fill(coupon);
          await loadProducts(coupon.product_ids);
          initial = body() ?? {};
        }
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    function toggleCategory(id) {
      form.category_ids = form.category_ids.includes(id) ? form.category_ids.filter((c) => c !== id) : [...form.category_ids, id];
    }

    function addProduct(row) {
      if (row && !form.products.some((product) => product.id === row.id)) form.products.push(row);
    }

    function removeProduct(id) {
      form.products = form.products.filter((product) => product.id !== id);
    }

    function money(key, required = false) {
      const fen = yuanToFen(form[key]);
      if (fen === null && required) errors[key] = '请填写金额';
      else if (Number.isNaN(fen)) errors[key] = MONEY_RULE;
      return Number.isNaN(fen) ? null : fen;
    }

    function whole(key, text, { blank = null } = {}) {
      const value = String(text).trim();
      if (value === '') return blank;
      if (!WHOLE.test(value)) errors[key] = '请输入整数';
      return Number(value);
    }

    // The body to send, or null after marking the fields that are wrong.
    function body() {
      for (const key of Object.keys(errors)) delete errors[key];
      if (!form.name.trim()) errors.name = '请填写优惠券名称';
      const percent = form.kind === 'percent';
      const percentOff = percent ? rateToPercentOff(form.rate) : null;
      if (Number.isNaN(percentOff)) errors.percent_off = '请输入 0.1 到 9.9 之间的折扣，如 8.5';
      const data = {
        name: form.name.trim(),
        kind: form.kind,
        amount_off: percent ? null : money('amount_off', true),
        percent_off: Number.isNaN(percentOff) ? null : percentOff,
        max_discount: percent ? money('max_discount') : null,
        threshold: form.kind === 'amount' ? 0 : (money('threshold', form.kind === 'threshold') ?? 0),
        scope: form.scope,
        category_ids: form.scope === 'categories' ? [...form.category_ids] : [],
        product_ids: form.scope === 'products' ? form.products.map((product) => product.id) : [],
        total: whole('total', form.total),
        per_customer: form.per_customer,
        claim_from: form.claim_from,
        claim_until: form.claim_until,
        valid_days: form.validity === 'days' ? whole('valid_days', form.valid_days) : null,
        valid_from: form.validity === 'dates' ? form.valid_from : null,
        valid_until: form.validity === 'dates' ? form.valid_until : null,
        description: form.description.trim(),
        ...contentPlanOf(form),
        org_unit_ids: [...form.org_unit_ids],
        enabled: form.enabled,
      };
      return Object.keys(errors).length ? null : data;
    }

    const save = () => saveForm({ router, data: body(), path: '/coupons', id: couponId.value, changes: (data) => changedFields(data, initial), created: '已新建优惠券', listPath, errors, saving });

    onMounted(load);
    return {
      couponId, form, errors, categories, claimed, loaded, failed, saving, picking, locked, boss, bossLimits,
      COUPON_KIND_LABELS, COUPON_SCOPE_LABELS, load, toggleCategory, addProduct, removeProduct, save, findProducts,
    };
  },
  template: `
    <sub-page :title="couponId ? '编辑优惠券' : '新建优惠券'">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form play-form coupon-form" @submit="save">
          <p v-if="boss && !couponId" class="page-tip play-form__tip">{{ bossLimits }}；发放给本团队的员工</p>
          <p v-if="locked" class="page-tip play-form__tip">已领取 {{ claimed }} 张：优惠内容、适用范围和有效期不能再改</p>

          <van-cell-group inset title="优惠">
            <van-field v-model="form.name" name="name" label="名称" placeholder="如 新客满100减20" maxlength="50" required :error-message="errors.name" />
            <van-field name="kind" label="类型" :error-message="errors.kind">
              <template #input>
                <div class="kind-chips kind-chips--field" role="radiogroup" aria-label="优惠券类型">
                  <button v-for="(label, kind) in COUPON_KIND_LABELS" :key="kind" type="button" class="chip" :disabled="locked"
                    :class="{ 'chip--active': form.kind === kind }" role="radio" :aria-checked="form.kind === kind"
                    @click="form.kind = kind">{{ label }}</button>
                </div>
              </template>
            </van-field>
            <van-field v-if="form.kind !== 'amount'" v-model="form.threshold" name="threshold" :label="form.kind === 'threshold' ? '满' : '满（选填）'"
              type="number" :placeholder="form.kind === 'threshold' ? '使用门槛' : '不填即无门槛'" :required="form.kind === 'threshold'"
              :disabled="locked" :error-message="errors.threshold">
              <template #extra><span class="field-unit">元可用</span></template>
            </van-field>
            <van-field v-if="form.kind !== 'percent'" v-model="form.amount_off" name="amount_off" label="减" type="number" placeholder="优惠金额"
              required :disabled="locked" :error-message="errors.amount_off">
              <template #extra><span class="field-unit">元</span></template>
            </van-field>
            <template v-else>
              <van-field v-model="form.rate" name="percent_off" label="打" type="number" placeholder="如 8.5" required :disabled="locked" :error-message="errors.percent_off">
                <template #extra><span class="field-unit">折</span></template>
              </van-field>
              <van-field v-model="form.max_discount" name="max_discount" label="最多减" type="number" placeholder="选填，不填即不封顶"
                :required="boss" :disabled="locked" :error-message="errors.max_discount">
                <template #extra><span class="field-unit">元</span></template>
              </van-field>
            </template>
            <van-field v-model="form.description" name="description" label="说明" type="textarea" rows="2" autosize maxlength="300"
              placeholder="选填，顾客领券时看到" :error-message="errors.description" />
          </van-cell-group>

          <van-cell-group inset title="适用范围">
            <van-field name="scope" label="适用于" :error-message="errors.scope">
              <template #input>
                <van-radio-group v-model="form.scope" direction="horizontal" :disabled="locked">
                  <van-radio v-for="(label, scope) in COUPON_SCOPE_LABELS" :key="scope" :name="scope">{{ label }}</van-radio>
                </van-radio-group>
              </template>
            </van-field>
            <van-field v-if="form.scope === 'categories'" name="category_ids" label="分类" :error-message="errors.category_ids">
              <template #input>
                <div class="kind-chips kind-chips--field">
                  <button v-for="category in categories" :key="category.id" type="button" class="chip" :disabled="locked"
                    :class="{ 'chip--active': form.category_ids.includes(category.id) }" :aria-pressed="form.category_ids.includes(category.id)"
                    @click="toggleCategory(category.id)">{{ category.name }}</button>
                </div>
              </template>
            </van-field>
            <van-field v-if="form.scope === 'products'" name="product_ids" label="商品" :error-message="errors.product_ids">
              <template #input>
                <div class="kind-chips kind-chips--field">
                  <span v-for="product in form.products" :key="product.id" class="chip chip--active play-form__product">
                    {{ product.name }}
                    <van-icon v-if="!locked" name="cross" role="button" :aria-label="'移除 ' + product.name" @click="removeProduct(product.id)" />
                  </span>
                  <button v-if="!locked" type="button" class="chip chip--tool" @click="picking = true"><van-icon name="plus" /> 添加商品</button>
                </div>
              </template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="发放">
            <van-field v-model="form.total" name="total" label="发放总量" type="digit" :placeholder="boss ? '必填' : '不填即不限量'" :required="boss" :error-message="errors.total">
              <template #extra><span class="field-unit">张</span></template>
            </van-field>
            <van-field name="per_customer" label="每人限领" :error-message="errors.per_customer">
              <template #input><van-stepper v-model="form.per_customer" :min="1" :max="100" integer /></template>
            </van-field>
            <datetime-field v-model="form.claim_from" name="claim_from" label="开始领取" placeholder="不填即现在" clearable :error-message="errors.claim_from" />
            <datetime-field v-model="form.claim_until" name="claim_until" label="停止领取" placeholder="不填即不限" clearable default-clock="23:59" :error-message="errors.claim_until" />
            <van-field name="enabled" label="发放中">
              <template #input><van-switch v-model="form.enabled" size="20px" /></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="有效期">
            <van-field name="validity" label="方式">
              <template #input>
                <van-radio-group v-model="form.validity" direction="horizontal" :disabled="locked">
                  <van-radio name="days">领取后 N 天</van-radio>
                  <van-radio name="dates">固定日期</van-radio>
                </van-radio-group>
              </template>
            </van-field>
            <van-field v-if="form.validity === 'days'" v-model="form.valid_days" name="valid_days" label="有效天数" type="digit" required
              :disabled="locked" :error-message="errors.valid_days">
              <template #extra><span class="field-unit">天</span></template>
            </van-field>
            <template v-else>
              <datetime-field v-model="form.valid_from" name="valid_from" label="生效时间" placeholder="不填即领取时" clearable :disabled="locked" :error-message="errors.valid_from" />
              <datetime-field v-model="form.valid_until" name="valid_until" label="失效时间" required default-clock="23:59" :disabled="locked" :error-message="errors.valid_until || errors.valid_days" />
            </template>
          </van-cell-group>

          <content-plan-fields :model="form" :errors="errors" />
          <van-cell-group inset title="谁可以分享">
            <audience-field v-model="form.org_unit_ids" :error-message="errors.org_unit_ids" />
          </van-cell-group>

          <div class="page-actions">
            <van-button block round type="primary" native-type="submit" :loading="saving">{{ couponId ? '保存' : '新建优惠券' }}</van-button>
          </div>
        </van-form>
      </div>
      <search-picker v-model:show="picking" title="添加适用商品" placeholder="搜索商品名称" :search="findProducts" @pick="addProduct" />
    </sub-page>
  `,
};

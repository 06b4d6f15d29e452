// /hq/group-buys/new and /hq/group-buys/:id: a group-buy campaign (HQ only). A product of the
// catalog at a group price when N people order in time (hours from the leader's order), its
// dates, the units it may sell, how many groups one customer may be in, 老带新 (joiners must
// be new customers) and 模拟成团 (at expiry a group with this share of its seats paid
// succeeds), then the content plan and the audience. The product and size are fixed once a
// group is open (the API answers 409): an edit sends only what changed.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api, saveForm } from '../api.js';
import AudienceField from '../components/audience-field.js';
import ContentPlanFields, { contentPlanOf } from '../components/content-plan-fields.js';
import DatetimeField from '../components/datetime-field.js';
import SearchPicker, { findProducts } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { addDays, clockOf, dayOf, formatPrice, formatYuan, yuanToFen, zonedIso } from '../format.js';
import { changedFields } from '../plays.js';
import { session } from '../session.js';

const CAMPAIGN_DAYS = 7; // a new campaign's default length
const WHOLE = /^\d{1,9}$/;

function emptyForm(timeZone) {
  const today = dayOf(new Date(), timeZone);
  return {
    name: '', product: null, group_size: 2, group_price: '', fill_hours: '24',
    starts_at: zonedIso(today, clockOf(new Date(), timeZone), timeZone),
    ends_at: zonedIso(addDays(today, CAMPAIGN_DAYS), '23:59', timeZone),
    stock: '', per_customer: 1, new_customers_only: false, virtual: false, virtual_success_pct: '80',
    description: '', content_kind: 'activity', scene_channel: 'online', scene_frequency: 'high',
    scene_aim: 'selling', org_unit_ids: [], enabled: true,
  };
}

export default {
  name: 'HqGroupBuyFormPage',
  components: { AudienceField, ContentPlanFields, DatetimeField, SearchPicker, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const campaignId = computed(() => (route.params.id ? Number(route.params.id) : null));
    const zone = () => session.me?.company?.timezone;
    const form = reactive(emptyForm(zone()));
    const errors = reactive({});
    const loaded = ref(false);
    const failed = ref(false);
    const saving = ref(false);
    const picking = ref(false);
    let initial = {};

    function fill(campaign) {
      Object.assign(form, {
        name: campaign.name, product: { id: campaign.product.id, name: campaign.product.name, price: campaign.product.price },
        group_size: campaign.group_size, group_price: formatYuan(campaign.group_price), fill_hours: String(campaign.fill_hours),
        starts_at: campaign.starts_at, ends_at: campaign.ends_at,
        stock: campaign.stock === null ? '' : String(campaign.stock), per_customer: campaign.per_customer,
        new_customers_only: campaign.new_customers_only, virtual: campaign.virtual_success_pct !== null,
        virtual_success_pct: String(campaign.virtual_success_pct ?? 80), description: campaign.description,
        content_kind: campaign.content_kind, scene_channel: campaign.scene_channel,
        scene_frequency: campaign.scene_frequency, scene_aim: campaign.scene_aim,
        org_unit_ids: [...campaign.org_unit_ids], enabled: campaign.enabled,
      });
    }

    async function load() {
      failed.value = false;
      try {
        if (campaignId.value) {
          fill(await api.get(`/group-buys/${campaignId.value}`));
          initial = body() ?? {};
        }
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    // A picked product brings its price, the ceiling of a sensible group price.
    async function pickProduct(row) {
      if (!row) return;
      form.product = { ...row, price: null };
      try {
        form.product = { ...row, price: (await api.get(`/products/${row.id}`)).price };
      } catch {
        // the name is enough to save
      }
    }

    function whole(key, text) {
      const value = String(text).trim();
      if (value === '') return null;
      if (!WHOLE.test(value)) errors[key] = '请输入整数';
      return Number(value);
    }

    function body() {
      for (const key of Object.keys(errors)) delete errors[key];
      if (!form.name.trim()) errors.name = '请填写活动名称';
      if (!form.product) errors.product_id = '请选择拼团商品';
      const price = yuanToFen(form.group_price);
      if (price === null) errors.group_price = '请填写拼团价';
      else if (Number.isNaN(price)) errors.group_price = '请输入金额，最多两位小数';
      const fillHours = whole('fill_hours', form.fill_hours);
      if (fillHours === null) errors.fill_hours = '请填写成团时限';
      const data = {
        name: form.name.trim(),
        product_id: form.product?.id,
        group_size: form.group_size,
        group_price: price,
        fill_hours: fillHours,
        starts_at: form.starts_at,
        ends_at: form.ends_at,
        stock: whole('stock', form.stock),
        per_customer: form.per_customer,
        new_customers_only: form.new_customers_only,
        virtual_success_pct: form.virtual ? whole('virtual_success_pct', form.virtual_success_pct) : null,
        description: form.description.trim(),
        ...contentPlanOf(form),
        org_unit_ids: [...form.org_unit_ids],
        enabled: form.enabled,
      };
      return Object.keys(errors).length ? null : data;
    }

    const save = () => saveForm({ router, data: body(), path: '/group-buys', id: campaignId.value, changes: (data) => changedFields(data, initial), created: '已新建拼团活动', listPath: '/hq/group-buys', errors, saving });

    onMounted(load);
    return { campaignId, form, errors, loaded, failed, saving, picking, formatPrice, load, pickProduct, save, findProducts };
  },
  template: `
    <sub-page :title="campaignId ? '编辑拼团' : '新建拼团'" back="/hq/group-buys">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form play-form group-buy-form" @submit="save">
          <van-cell-group inset title="拼团">
            <van-field v-model="form.name" name="name" label="活动名称" placeholder="如 两人成团 保温杯" maxlength="50" required :error-message="errors.name" />
            <van-field :model-value="form.product ? form.product.name : ''" name="product_id" label="商品" placeholder="选择拼团商品" readonly is-link required
              :error-message="errors.product_id" @click="picking = true" />
            <van-field name="group_size" label="成团人数" :error-message="errors.group_size">
              <template #input><van-stepper v-model="form.group_size" :min="2" :max="100" integer /></template>
            </van-field>
            <van-field v-model="form.group_price" name="group_price" label="拼团价" type="number" placeholder="0.00" required :error-message="errors.group_price">
              <template #extra><span class="field-unit">元<template v-if="form.product && form.product.price"> · 原价 {{ formatPrice(form.product.price) }}</template></span></template>
            </van-field>
            <van-field v-model="form.fill_hours" name="fill_hours" label="成团时限" type="digit" required :error-message="errors.fill_hours">
              <template #extra><span class="field-unit">小时内凑齐</span></template>
            </van-field>
            <van-field v-model="form.description" name="description" label="说明" type="textarea" rows="2" autosize maxlength="300"
              placeholder="选填，顾客在拼团页看到" :error-message="errors.description" />
          </van-cell-group>

          <van-cell-group inset title="活动时间与名额">
            <datetime-field v-model="form.starts_at" name="starts_at" label="开始时间" required :error-message="errors.starts_at" />
            <datetime-field v-model="form.ends_at" name="ends_at" label="结束时间" required default-clock="23:59" :error-message="errors.ends_at" />
            <van-field v-model="form.stock" name="stock" label="活动库存" type="digit" placeholder="不填即不限（仍受商品库存限制）" :error-message="errors.stock">
              <template #extra><span class="field-unit">件</span></template>
            </van-field>
            <van-field name="per_customer" label="每人限参" :error-message="errors.per_customer">
              <template #input><van-stepper v-model="form.per_customer" :min="1" :max="100" integer /></template>
              <template #extra><span class="field-unit">个团</span></template>
            </van-field>
            <van-field name="new_customers_only" label="老带新" :error-message="errors.new_customers_only">
              <template #input><van-switch v-model="form.new_customers_only" size="20px" /></template>
              <template #extra><span class="field-unit">仅新客可参团</span></template>
            </van-field>
            <van-field name="virtual" label="模拟成团">
              <template #input><van-switch v-model="form.virtual" size="20px" /></template>
            </van-field>
            <van-field v-if="form.virtual" v-model="form.virtual_success_pct" name="virtual_success_pct" label="付款满" type="digit"
              :error-message="errors.virtual_success_pct">
              <template #extra><span class="field-unit">% 的团到期也算成团</span></template>
            </van-field>
            <van-field name="enabled" label="进行中">
              <template #input><van-switch v-model="form.enabled" size="20px" /></template>
            </van-field>
          </van-cell-group>

          <content-plan-fields :model="form" :errors="errors" />
          <van-cell-group inset title="谁可以分享">
            <audience-field v-model="form.org_unit_ids" :error-message="errors.org_unit_ids" />
          </van-cell-group>

          <div class="page-actions">
            <van-button block round type="primary" native-type="submit" :loading="saving">{{ campaignId ? '保存' : '新建拼团' }}</van-button>
          </div>
        </van-form>
      </div>
      <search-picker v-model:show="picking" title="选择拼团商品" placeholder="搜索商品名称" :search="findProducts" @pick="pickProduct" />
    </sub-page>
  `,
};

// /hq/settings: 公司设置. The company's name, logo and time zone (every daily figure is a day in
// it), the commission defaults, how long an unpaid order holds its stock and how many a visitor
// may have open, and the customer thresholds the nightly jobs and the stage
// rules read: the RFM window, what makes a customer 兴趣 or 超级, when one is 渐退出 or 高潜力,
// and after how many untouched days one is 久未跟进; whether a boss manages the reps of their
// subtree (adds, edits, moves, disables them). Only changed settings are sent; the server
// checks each range and marks a wrong one under its field.
import { onMounted, reactive, ref } from 'vue';
import { showSuccessToast, showToast } from 'vant';

import { api, fieldMessages, revealFirstError } from '../api.js';
import ImageField from '../components/image-field.js';
import SubPage from '../components/sub-page.js';
import { formatYuan, percentToBps, yuanToFen } from '../format.js';
import { session } from '../session.js';

// The time zones a company of ours runs in; one saved by the API outside the list stays shown.
const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Singapore'];

// Whole-number settings by group: how each is typed and shown. `money` is typed in yuan, sent
// as fen; `percent` is typed in %, sent as basis points.
const CUSTOMER_GROUPS = [
  { title: '客户阶段', settings: [
    { key: 'stage_interest_visits', label: '兴趣', unit: '次', hint: '累计浏览达到该次数，进入「兴趣」阶段' },
    { key: 'stage_super_spend', label: '超级：消费', unit: '元', money: true, hint: '累计付款达到该金额，成为「超级」客户' },
    { key: 'stage_super_referrals', label: '超级：推荐', unit: '位', hint: '推荐的新客户达到该人数，也成为「超级」客户' },
  ] },
  { title: '渐退出 / 高潜力', settings: [
    { key: 'flag_period_days', label: '对比周期', unit: '天', hint: '比较近一个周期与上一个周期的付款金额' },
    { key: 'flag_change_percent', label: '变化幅度', unit: '%', hint: '下降达到该幅度标记「渐退出」，上升达到该幅度标记「高潜力」' },
    { key: 'flag_stage_steps', label: '阶段上升', unit: '级', hint: '在下面的天数内客户阶段上升该级数，也标记「高潜力」' },
    { key: 'flag_stage_days', label: '上升天数', unit: '天', hint: '统计阶段上升的天数' },
  ] },
  { title: 'RFM 与跟进', settings: [
    { key: 'rfm_window_days', label: 'RFM 周期', unit: '天', hint: '按近多少天的付款订单计算 RFM 分层' },
    { key: 'stale_customer_days', label: '久未跟进', unit: '天', hint: '超过该天数没有联系的客户，标记「久未跟进」' },
  ] },
  { title: '团队优惠券', settings: [
    { key: 'boss_coupon_max_off', label: '最多优惠', unit: '元', money: true, hint: '主管为本团队创建的优惠券，每张最多优惠的金额；填 0 则主管不能自建优惠券' },
    { key: 'boss_coupon_max_total', label: '最多发放', unit: '张', hint: '主管创建的每种优惠券最多发放的张数' },
  ] },
];

const COMMISSION_SETTINGS = [
  { key: 'commission_rate_bps', label: '默认提成', unit: '%', percent: true, hint: '商品未单独设置提成比例时按此计算' },
  { key: 'commission_settle_days', label: '结算冻结', unit: '天', hint: '订单完成后提成冻结的天数（退款期），之后可结算' },
];

const ORDER_SETTINGS = [
  { key: 'order_hold_hours', label: '保留时间', unit: '小时', hint: '未付款订单保留库存的时间，逾期自动关闭并释放库存' },
  { key: 'max_open_orders', label: '待付款上限', unit: '个', hint: '每位顾客最多同时有几个待付款订单' },
];

const NUMBER_SETTINGS = [...COMMISSION_SETTINGS, ...ORDER_SETTINGS, ...CUSTOMER_GROUPS.flatMap((group) => group.settings)];

/** The text a setting is edited as. */
function shown(setting, value) {
  if (setting.money) return formatYuan(value).replace(/\.00$/, '');
  if (setting.percent) return String(Number((value / 100).toFixed(2)));
  return String(value);
}

/** The value to send for a setting's text, or NaN when it is not one. */
function parsed(setting, text) {
  if (setting.money) return yuanToFen(text) ?? NaN;
  if (setting.percent) return percentToBps(text) ?? NaN;
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
}

export default {
  name: 'HqSettingsPage',
  components: { ImageField, SubPage },
  setup() {
    const saved = ref(null);
    const failed = ref(false);
    const saving = ref(false);
    const picking = ref(false);
    const form = reactive({});
    const errors = reactive({});

    function fill(company) {
      saved.value = company;
      Object.assign(form, { name: company.name, logo_url: company.logo_url, timezone: company.timezone, boss_manages_people: company.boss_manages_people });
      for (const setting of NUMBER_SETTINGS) form[setting.key] = shown(setting, company[setting.key]);
    }

    async function load() {
      failed.value = false;
      try {
        fill(await api.get('/company'));
      } catch {
        failed.value = true;
      }
    }

    // The changed settings, or null after marking the ones that are not numbers.
    function changes() {
      for (const key of Object.keys(errors)) delete errors[key];
      const body = {};
      if (!form.name.trim()) errors.name = '请填写公司名称';
      else if (form.name.trim() !== saved.value.name) body.name = form.name.trim();
      if (form.logo_url !== saved.value.logo_url) body.logo_url = form.logo_url;
      if (form.timezone !== saved.value.timezone) body.timezone = form.timezone;
      if (form.boss_manages_people !== saved.value.boss_manages_people) body.boss_manages_people = form.boss_manages_people;
      for (const setting of NUMBER_SETTINGS) {
        const value = parsed(setting, form[setting.key]);
        if (Number.isNaN(value)) errors[setting.key] = setting.money ? '请输入金额（元）' : '请输入数字';
        else if (value !== saved.value[setting.key]) body[setting.key] = value;
      }
      return Object.keys(errors).length ? null : body;
    }

    async function save() {
      const body = changes();
      if (!body) {
        showToast('请检查标红的项');
        revealFirstError();
        return;
      }
      if (!Object.keys(body).length) {
        showToast('没有修改');
        return;
      }
      saving.value = true;
      try {
        const company = await api.patch('/company', body, { toast: false });
        fill(company);
        if (session.me) session.me.company = company;
        showSuccessToast('已保存');
      } catch (error) {
        const fields = fieldMessages(error);
        Object.assign(errors, fields);
        showToast(Object.keys(fields).length ? '请检查标红的项' : error.message);
      } finally {
        saving.value = false;
      }
    }

    function onZone({ selectedValues }) {
      form.timezone = selectedValues[0];
      picking.value = false;
    }

    const zoneColumns = () => [...new Set([...ZONES, saved.value?.timezone].filter(Boolean))]
      .map((zone) => ({ text: zone, value: zone }));

    onMounted(load);
    return {
      COMMISSION_SETTINGS, ORDER_SETTINGS, CUSTOMER_GROUPS, saved, failed, saving, picking, form, errors,
      load, save, onZone, zoneColumns,
    };
  },
  template: `
    <sub-page title="公司设置" back="/hq">
      <div class="page__body">
        <div v-if="!saved && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!saved" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form" @submit="save">
          <van-cell-group inset title="基本信息">
            <van-field v-model="form.name" name="name" label="公司名称" maxlength="100" required :error-message="errors.name" />
            <van-field name="logo_url" label="Logo" :error-message="errors.logo_url">
              <template #input><image-field v-model="form.logo_url" /></template>
            </van-field>
            <van-field :model-value="form.timezone" name="timezone" label="时区" readonly is-link
              :error-message="errors.timezone" @click="picking = true" />
          </van-cell-group>

          <van-cell-group inset title="员工管理">
            <van-field name="boss_manages_people" label="主管管理员工" :error-message="errors.boss_manages_people">
              <template #input><van-switch v-model="form.boss_manages_people" size="20px" aria-label="主管管理员工" /></template>
            </van-field>
            <p class="settings__hint">开启后，主管可在本团队内新增、编辑、调动、停用员工并重置密码（不能设置主管或总部管理员）</p>
          </van-cell-group>

          <van-cell-group inset title="提成">
            <van-field v-for="setting in COMMISSION_SETTINGS" :key="setting.key" v-model="form[setting.key]"
              :name="setting.key" :label="setting.label" type="number" :error-message="errors[setting.key]">
              <template #extra><span class="field-unit">{{ setting.unit }}</span></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="订单">
            <template v-for="setting in ORDER_SETTINGS" :key="setting.key">
              <van-field v-model="form[setting.key]" :name="setting.key" :label="setting.label"
                type="digit" :error-message="errors[setting.key]">
                <template #extra><span class="field-unit">{{ setting.unit }}</span></template>
              </van-field>
              <p class="settings__hint">{{ setting.hint }}</p>
            </template>
          </van-cell-group>

          <van-cell-group v-for="group in CUSTOMER_GROUPS" :key="group.title" inset :title="group.title">
            <template v-for="setting in group.settings" :key="setting.key">
              <van-field v-model="form[setting.key]" :name="setting.key" :label="setting.label"
                :type="setting.money ? 'number' : 'digit'" :error-message="errors[setting.key]">
                <template #extra><span class="field-unit">{{ setting.unit }}</span></template>
              </van-field>
              <p class="settings__hint">{{ setting.hint }}</p>
            </template>
          </van-cell-group>

          <div class="page-actions">
            <van-button round block type="primary" native-type="submit" :loading="saving" loading-text="保存中…">保存</van-button>
          </div>
        </van-form>
      </div>

      <van-popup v-model:show="picking" position="bottom" round teleport="body">
        <van-picker title="选择时区" :columns="zoneColumns()" :model-value="[form.timezone]"
          @confirm="onZone" @cancel="picking = false" />
      </van-popup>
    </sub-page>
  `,
};

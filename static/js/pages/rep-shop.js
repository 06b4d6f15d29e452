// /rep/shop: 我的微店. How the shop introduces itself to customers (name, avatar, greeting,
// phone, WeChat QR code), a preview of the customer's view, and sharing the shop.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast, showToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import ImageField from '../components/image-field.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { session } from '../session.js';

const FIELDS = ['display_name', 'avatar_url', 'greeting', 'phone', 'wechat_qr_url'];

export default {
  name: 'RepShopPage',
  components: { ImageField, ShareSheet, SubPage },
  setup() {
    const router = useRouter();
    const profile = ref(null);
    const form = reactive(Object.fromEntries(FIELDS.map((field) => [field, null])));
    const errors = reactive({});
    const loading = ref(false);
    const failed = ref(false);
    const saving = ref(false);
    const sharing = ref(false);

    const shopCode = computed(() => profile.value?.shop_code || session.me?.shop_code);
    const placeholderName = computed(() => `${session.me?.name ?? ''}的微店`);

    function fill(data) {
      profile.value = data;
      for (const field of FIELDS) form[field] = data[field] ?? null;
    }

    async function load() {
      loading.value = true;
      failed.value = false;
      try {
        fill(await api.get('/shop'));
      } catch {
        failed.value = true;
      } finally {
        loading.value = false;
      }
    }

    async function save() {
      for (const key of Object.keys(errors)) delete errors[key];
      const changes = {};
      for (const field of FIELDS) {
        const value = typeof form[field] === 'string' ? form[field].trim() : form[field];
        changes[field] = value === '' ? null : value;
      }
      saving.value = true;
      try {
        fill(await api.patch('/shop', changes, { toast: false }));
        showSuccessToast('已保存');
      } catch (error) {
        Object.assign(errors, fieldMessages(error));
        showToast(Object.keys(errors).length ? '请检查标红的项' : error.message);
      } finally {
        saving.value = false;
      }
    }

    // The customer's view of the shop: an app route once the shop pages exist, else the server page.
    function preview() {
      if (!shopCode.value) return;
      const path = `/s/${shopCode.value}`;
      const routed = router.resolve(path).matched.some((record) => !record.path.includes('pathMatch'));
      if (routed) router.push(path);
      else window.location.assign(path);
    }

    onMounted(load);
    return {
      profile, form, errors, loading, failed, saving, sharing, shopCode, placeholderName,
      load, save, preview,
    };
  },
  template: `
    <sub-page back="/rep">
      <template #nav-right>
        <van-button size="small" round plain type="primary" icon="eye-o" :disabled="!shopCode" @click="preview">预览</van-button>
      </template>
      <div class="page__body">
        <div v-if="loading && !profile" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="failed && !profile" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else-if="profile" class="form" @submit="save">
          <van-cell-group inset title="店铺信息">
            <van-field
              v-model="form.display_name"
              name="display_name"
              label="店铺名称"
              :placeholder="placeholderName"
              maxlength="50"
              :error-message="errors.display_name"
            />
            <van-field name="avatar_url" label="头像" :error-message="errors.avatar_url">
              <template #input><image-field v-model="form.avatar_url" /></template>
            </van-field>
            <van-field
              v-model="form.greeting"
              name="greeting"
              label="欢迎语"
              type="textarea"
              rows="2"
              autosize
              maxlength="200"
              show-word-limit
              placeholder="例如：欢迎光临，有任何问题随时联系我"
              :error-message="errors.greeting"
            />
          </van-cell-group>
          <van-cell-group inset title="联系方式">
            <van-field
              v-model="form.phone"
              name="phone"
              label="手机号"
              type="tel"
              maxlength="11"
              placeholder="客户可一键拨打"
              :error-message="errors.phone"
            />
            <van-field name="wechat_qr_url" label="微信二维码" :error-message="errors.wechat_qr_url">
              <template #input><image-field v-model="form.wechat_qr_url" /></template>
            </van-field>
          </van-cell-group>
          <p v-if="shopCode" class="page-tip">店铺地址：/s/{{ shopCode }}</p>
          <div class="page-actions page-actions--row">
            <van-button round plain type="primary" icon="share-o" native-type="button" @click="sharing = true">分享店铺</van-button>
            <van-button round type="primary" native-type="submit" :loading="saving">保存</van-button>
          </div>
        </van-form>
      </div>
      <share-sheet v-model:show="sharing" :target="{ type: 'shop' }" />
    </sub-page>
  `,
};

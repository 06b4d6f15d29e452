// /account: 账号与安全, for every role. The devices signed in to this account (this one marked
// 当前设备), each of the others signed out with one tap or all at once, and a password change,
// which signs out every other device and keeps this one.
import { computed, onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast, showToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import { deviceLabel } from '../labels.js';
import { session } from '../session.js';

const PASSWORD_MIN_LENGTH = 8;

export default {
  name: 'AccountPage',
  components: { SubPage },
  setup() {
    const devices = ref(null);
    const failed = ref(false);
    const saving = ref(false);
    const form = reactive({ current_password: '', new_password: '', confirm: '' });
    const errors = reactive({ current_password: '', new_password: '', confirm: '' });
    const others = computed(() => (devices.value ?? []).filter((device) => !device.current).length);
    const zone = () => session.me?.company?.timezone;

    async function load() {
      failed.value = false;
      try {
        devices.value = (await api.get('/me/sessions', { query: { per_page: 100 } })).items;
      } catch {
        failed.value = !devices.value;
      }
    }

    const seen = (device) => [`最近使用 ${formatTime(device.last_seen_at, zone())}`, device.address]
      .filter(Boolean).join(' · ');

    async function confirmed(message) {
      try {
        await showConfirmDialog({ title: '退出登录', message, confirmButtonText: '退出' });
        return true;
      } catch {
        return false; // cancelled
      }
    }

    async function signOut(device) {
      if (!(await confirmed(`确定让「${deviceLabel(device.user_agent)}」退出登录吗？`))) return;
      await api.delete(`/me/sessions/${device.id}`);
      showSuccessToast('已退出该设备');
      load();
    }

    async function signOutOthers() {
      if (!(await confirmed('确定让除本机以外的所有设备退出登录吗？'))) return;
      await api.post('/me/sessions/revoke-others');
      showSuccessToast('其他设备已退出');
      load();
    }

    function checked() {
      for (const key of Object.keys(errors)) errors[key] = '';
      if (!form.current_password) errors.current_password = '请输入当前密码';
      if (form.new_password.length < PASSWORD_MIN_LENGTH) errors.new_password = `新密码至少 ${PASSWORD_MIN_LENGTH} 位`;
      else if (form.confirm !== form.new_password) errors.confirm = '两次输入的新密码不一致';
      return !Object.values(errors).some(Boolean);
    }

    async function changePassword() {
      if (!checked()) return;
      saving.value = true;
      try {
        await api.post('/me/password', { current_password: form.current_password, new_password: form.new_password },
          { toast: false });
        Object.assign(form, { current_password: '', new_password: '', confirm: '' });
        showSuccessToast('密码已修改，其他设备已退出');
        load();
      } catch (error) {
        const fields = fieldMessages(error);
        Object.assign(errors, fields);
        showToast(Object.keys(fields).length ? '请检查标红的项' : error.message);
      } finally {
        saving.value = false;
      }
    }

    onMounted(load);
    return {
      devices, failed, saving, form, errors, others, deviceLabel, seen, load, signOut, signOutOthers,
      changePassword,
    };
  },
  template: `
    <sub-page title="账号与安全">
      <div class="page__body">
        <van-cell-group inset class="account-links">
          <van-cell title="我的导出" icon="down" is-link to="/account/exports" />
        </van-cell-group>
        <van-cell-group inset title="登录设备" class="devices">
          <div v-if="!devices && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
          <van-empty v-else-if="!devices" image="network" description="加载失败">
            <van-button round size="small" @click="load">重试</van-button>
          </van-empty>
          <van-cell v-for="device in devices" v-else :key="device.id" center :label="seen(device)" class="device">
            <template #title>
              <span class="device__name">{{ deviceLabel(device.user_agent) }}</span>
              <van-tag v-if="device.current" type="primary" plain class="device__current">当前设备</van-tag>
            </template>
            <template #value>
              <van-button v-if="!device.current" size="small" round plain @click="signOut(device)">退出</van-button>
            </template>
          </van-cell>
        </van-cell-group>
        <div v-if="others > 0" class="page-actions">
          <van-button round block plain type="danger" @click="signOutOthers">退出其他所有设备</van-button>
        </div>

        <van-form class="form" @submit="changePassword">
          <van-cell-group inset title="修改密码">
            <van-field v-model="form.current_password" name="current_password" type="password" label="当前密码"
              placeholder="请输入当前密码" autocomplete="current-password" :error-message="errors.current_password" />
            <van-field v-model="form.new_password" name="new_password" type="password" label="新密码"
              placeholder="至少 8 位" autocomplete="new-password" :error-message="errors.new_password" />
            <van-field v-model="form.confirm" name="confirm" type="password" label="确认新密码"
              placeholder="再次输入新密码" autocomplete="new-password" :error-message="errors.confirm" />
          </van-cell-group>
          <p class="page-tip">修改密码后，其他设备上的登录将全部退出，本机保持登录。</p>
          <div class="page-actions">
            <van-button round block type="primary" native-type="submit" :loading="saving" loading-text="提交中…">修改密码</van-button>
          </div>
        </van-form>
      </div>
    </sub-page>
  `,
};

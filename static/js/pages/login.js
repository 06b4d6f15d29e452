// /login: sign in with a phone number or username and a password.
import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { homePath, login } from '../session.js';

/** Only follow a redirect to one of our own routes ("/x", never "//host" or a URL). */
function safeRedirect(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

export default {
  name: 'LoginPage',
  setup() {
    const route = useRoute();
    const router = useRouter();
    const form = reactive({ login: '', password: '' });
    const fieldErrors = reactive({ login: '', password: '' });
    const submitting = ref(false);
    const showPassword = ref(false);

    async function onSubmit() {
      fieldErrors.login = '';
      fieldErrors.password = '';
      submitting.value = true;
      try {
        const me = await login(form.login.trim(), form.password);
        // A redirect the role may not open is bounced to its home by the router guard.
        router.replace(safeRedirect(route.query.redirect) ?? homePath(me.role));
      } catch (error) {
        // The client has shown the message as a toast; mark the fields the server named.
        for (const name of Object.keys(fieldErrors)) {
          fieldErrors[name] = error.fields?.[name]?.join('；') ?? '';
        }
      } finally {
        submitting.value = false;
      }
    }

    return { form, fieldErrors, submitting, showPassword, onSubmit };
  },
  template: `
    <div class="page page--login">
      <header class="login__brand">
        <div class="brand-mark" aria-hidden="true">七</div>
        <h1 class="login__title">七个在线</h1>
        <p class="login__subtitle">销售人员的微信经营工作台</p>
      </header>
      <van-form class="login__form" validate-first @submit="onSubmit">
        <van-cell-group inset>
          <van-field
            v-model="form.login"
            name="login"
            label="账号"
            placeholder="手机号或用户名"
            autocomplete="username"
            enterkeyhint="next"
            clearable
            left-icon="manager-o"
            :error-message="fieldErrors.login"
            :rules="[{ required: true, message: '请输入手机号或用户名' }]"
          />
          <van-field
            v-model="form.password"
            name="password"
            :type="showPassword ? 'text' : 'password'"
            label="密码"
            placeholder="请输入密码"
            autocomplete="current-password"
            enterkeyhint="go"
            left-icon="lock"
            :right-icon="showPassword ? 'eye-o' : 'closed-eye'"
            @click-right-icon="showPassword = !showPassword"
            :error-message="fieldErrors.password"
            :rules="[{ required: true, message: '请输入密码' }]"
          />
        </van-cell-group>
        <div class="login__actions">
          <van-button round block type="primary" native-type="submit" :loading="submitting" loading-text="登录中…">
            登录
          </van-button>
        </div>
      </van-form>
      <p class="login__hint">忘记密码请联系你的主管或总部管理员重置</p>
    </div>
  `,
};

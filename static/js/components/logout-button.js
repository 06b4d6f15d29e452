// "退出登录" with a confirmation, then back to the login page.
import { useRouter } from 'vue-router';
import { showConfirmDialog } from 'vant';

import { logout } from '../session.js';

export default {
  name: 'LogoutButton',
  setup() {
    const router = useRouter();
    async function confirmLogout() {
      try {
        await showConfirmDialog({ title: '退出登录', message: '确定要退出当前账号吗？', confirmButtonText: '退出' });
      } catch {
        return; // cancelled
      }
      await logout();
      router.replace({ name: 'login' });
    }
    return { confirmLogout };
  },
  template: `
    <div class="logout">
      <van-button block round plain type="default" icon="revoke" @click="confirmLogout">退出登录</van-button>
    </div>
  `,
};

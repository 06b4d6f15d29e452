// The bottom tab bar of the signed-in screens: home (per role) and notifications.
import { computed } from 'vue';

import { badgeCount } from '../format.js';
import { homePath, session } from '../session.js';

export default {
  name: 'AppTabbar',
  setup() {
    const home = computed(() => homePath(session.me?.role));
    return { home, session, badgeCount };
  },
  template: `
    <van-tabbar route placeholder safe-area-inset-bottom class="app-tabbar">
      <van-tabbar-item :to="home" icon="home-o">首页</van-tabbar-item>
      <van-tabbar-item to="/notifications" icon="bell" :badge="badgeCount(session.unread)" :badge-props="{ max: 99 }">
        消息
      </van-tabbar-item>
    </van-tabbar>
  `,
};

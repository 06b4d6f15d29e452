// The entry cell to the notification centre, with the unread badge.
import { session } from '../session.js';
import { badgeCount } from '../format.js';

export default {
  name: 'NoticeEntry',
  setup() {
    return { session, badgeCount };
  },
  template: `
    <van-cell-group inset class="notice-entry">
      <van-cell title="消息通知" icon="bell" is-link to="/notifications" center>
        <template #value>
          <van-badge v-if="session.unread > 0" :content="badgeCount(session.unread)" max="99" />
          <span v-else class="notice-entry__none">暂无未读</span>
        </template>
      </van-cell>
    </van-cell-group>
  `,
};

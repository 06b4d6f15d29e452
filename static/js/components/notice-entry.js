// The entry cell to the notification centre, with the unread badge.
import { session } from '../session.js';

export default {
  name: 'NoticeEntry',
  setup() {
    return { session };
  },
  template: `
    <van-cell-group inset class="notice-entry">
      <van-cell title="消息通知" icon="bell" is-link to="/notifications" center>
        <template #value>
          <span v-if="session.unread > 0" class="count-pill">{{ session.unread > 99 ? '99+' : session.unread }}</span>
          <span v-else class="notice-entry__none">暂无未读</span>
        </template>
      </van-cell>
    </van-cell-group>
  `,
};

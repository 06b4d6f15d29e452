// /notifications: the notification centre. Tapping an unread one marks it read and
// follows its link; "全部已读" clears the badge.
import { reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { formatTime } from '../format.js';
import { usePagedList } from '../paged-list.js';
import { homePath, session } from '../session.js';

const PER_PAGE = 20;

export default {
  name: 'NotificationsPage',
  setup() {
    const router = useRouter();
    const notifications = reactive(usePagedList(async (page) => {
      const data = await api.get('/notifications', { query: { page, per_page: PER_PAGE } });
      session.unread = data.unread;
      return data;
    }));
    const refreshing = ref(false);
    const markingAll = ref(false);

    async function onRefresh() {
      await notifications.restart({ keep: true });
      refreshing.value = false;
    }

    async function open(notification) {
      if (!notification.read_at) {
        try {
          const updated = await api.post(`/notifications/${notification.id}/read`);
          Object.assign(notification, updated);
          session.unread = Math.max(0, session.unread - 1);
        } catch {
          return;
        }
      }
      follow(notification.link);
    }

    // A link is an app route ("/rep", "/s/<code>"; older links read "#/rep"), a server
    // page or a URL.
    function follow(link) {
      if (!link) return;
      const path = link.startsWith('#/') ? link.slice(1) : link;
      if (path.startsWith('/') && !path.startsWith('//') && isAppRoute(path)) router.push(path);
      else if (/^(https?:)?\/\//.test(path) || path.startsWith('/')) window.location.assign(path);
    }

    const isAppRoute = (path) => router.resolve(path).matched.some((record) => !record.path.includes('pathMatch'));

    async function markAllRead() {
      markingAll.value = true;
      try {
        const data = await api.post('/notifications/read-all');
        const now = new Date().toISOString();
        for (const item of notifications.items) item.read_at ??= now;
        session.unread = data.unread;
        showSuccessToast('已全部标为已读');
      } catch {
        // The client has shown the message.
      } finally {
        markingAll.value = false;
      }
    }

    function back() {
      if (window.history.state?.back) router.back();
      else router.replace(homePath(session.me?.role));
    }

    const timeOf = (item) => formatTime(item.created_at, session.me?.company?.timezone);

    return {
      session, notifications, refreshing, markingAll, onRefresh, open, markAllRead, back, timeOf,
    };
  },
  template: `
    <div class="page page--notifications">
      <van-nav-bar title="消息通知" left-arrow safe-area-inset-top class="page__nav" @click-left="back">
        <template #right>
          <van-button
            size="small"
            type="primary"
            plain
            round
            :disabled="session.unread === 0"
            :loading="markingAll"
            @click="markAllRead"
          >全部已读</van-button>
        </template>
      </van-nav-bar>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <van-list
          v-model:loading="notifications.loading"
          v-model:error="notifications.failed"
          :finished="notifications.finished"
          :finished-text="notifications.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="notifications.loadNext"
        >
          <van-empty v-if="notifications.finished && notifications.items.length === 0" image="default" description="暂无消息" />
          <ul v-else class="notice-list">
            <li
              v-for="item in notifications.items"
              :key="item.id"
              class="notice"
              :class="{ 'notice--unread': !item.read_at }"
              role="button"
              tabindex="0"
              @click="open(item)"
              @keyup.enter="open(item)"
            >
              <div class="notice__head">
                <van-badge :dot="!item.read_at" class="notice__dot">
                  <span class="notice__title">{{ item.title }}</span>
                </van-badge>
                <time class="notice__time" :datetime="item.created_at">{{ timeOf(item) }}</time>
              </div>
              <p v-if="item.body" class="notice__body">{{ item.body }}</p>
              <div v-if="item.link" class="notice__more">查看详情 <van-icon name="arrow" /></div>
            </li>
          </ul>
        </van-list>
      </van-pull-refresh>
    </div>
  `,
};

// The frame of every role's home screen. Role pages add their own sections through the
// default slot, which receives { dashboard, loading } of today's counters.
import { onMounted, ref } from 'vue';

import { api } from '../api.js';
import { refreshUnread, session } from '../session.js';
import LogoutButton from './logout-button.js';
import NoticeEntry from './notice-entry.js';
import ProfileCard from './profile-card.js';
import TodayMetrics from './today-metrics.js';

export default {
  name: 'HomeLayout',
  components: { LogoutButton, NoticeEntry, ProfileCard, TodayMetrics },
  props: {
    title: { type: String, required: true },
    todayMetrics: { type: Boolean, default: true }, // false where the page shows its own figures
  },
  emits: ['refresh'],
  setup(props, { emit }) {
    const dashboard = ref(null);
    const loading = ref(false);
    const refreshing = ref(false);

    async function loadDashboard() {
      loading.value = true;
      try {
        dashboard.value = await api.get('/dashboard/today');
      } catch {
        // The client has shown the message; the card shows its error state.
      } finally {
        loading.value = false;
      }
    }

    async function onRefresh() {
      // a page's own figures refresh with the rest: the listener's promise is awaited
      const own = [];
      emit('refresh', (promise) => own.push(promise));
      await Promise.all([props.todayMetrics && loadDashboard(), refreshUnread(), ...own]);
      refreshing.value = false;
    }

    onMounted(() => props.todayMetrics && loadDashboard());
    return { session, dashboard, loading, refreshing, onRefresh };
  },
  template: `
    <div class="page page--home">
      <van-nav-bar :title="title" safe-area-inset-top class="page__nav" />
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <profile-card v-if="session.me" :me="session.me" />
        <today-metrics v-if="todayMetrics" :dashboard="dashboard" :loading="loading" />
        <slot :dashboard="dashboard" :loading="loading" />
        <notice-entry />
        <van-cell-group inset class="account-entry">
          <van-cell title="账号与安全" icon="shield-o" is-link to="/account" center />
        </van-cell-group>
        <logout-button />
      </van-pull-refresh>
    </div>
  `,
};

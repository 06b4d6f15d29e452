// /rep/radar: 访客雷达. Who opened the rep's links today, what and how often, new or
// returning; refreshed every 15 seconds while the page is in front. Visitors come 20 at a
// time as the rep scrolls (the day's figures come with every page). A visitor of the rep's
// own can be turned into a named customer in one tap (转为客户); tapping one opens the
// customer at /rep/customers/<id>.
import { computed, onBeforeUnmount, onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { formatDay, formatTime } from '../format.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const POLL_MS = 15_000;
const PER_PAGE = 20;
const RECENT_FOLDED = 5; // latest opens shown before the rep unfolds the rest
const PHONE = /^1[3-9]\d{9}$/;

export default {
  name: 'RepRadarPage',
  components: { ShareSheet, SubPage },
  setup() {
    const router = useRouter();
    const visitors = usePagedList(
      (page, { quiet }) => api.get('/radar', { query: { page, per_page: PER_PAGE }, toast: !quiet }),
      { key: 'customer_id' },
    );
    const radar = computed(() => visitors.latest.value); // the day's figures and latest opens
    const recentOpen = ref(false);
    const recentShown = computed(() => (recentOpen.value ? radar.value.recent : radar.value.recent.slice(0, RECENT_FOLDED)));
    const refreshing = ref(false);
    const sharing = ref(false);
    const now = ref(new Date()); // relative times move on with each poll
    const adopt = reactive({ show: false, row: null, name: '', phone: '', errors: {}, saving: false });
    let timer = null;

    async function poll() {
      await visitors.refreshFirst();
      now.value = new Date();
    }

    function start() {
      stop();
      timer = window.setInterval(poll, POLL_MS);
    }

    function stop() {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
    }

    function onVisibility() {
      if (document.visibilityState === 'visible') {
        poll();
        start();
      } else {
        stop();
      }
    }

    async function onRefresh() {
      await visitors.restart();
      now.value = new Date();
      refreshing.value = false;
    }

    function openAdopt(row) {
      Object.assign(adopt, { show: true, row, name: '', phone: '', errors: {}, saving: false });
    }

    // van-dialog's before-close: false keeps it open (a bad field or a failed request).
    async function beforeAdoptClose(action) {
      if (action !== 'confirm') return true;
      const name = adopt.name.trim();
      const phone = adopt.phone.trim();
      adopt.errors = {};
      if (!name) adopt.errors.name = '请填写客户称呼';
      if (phone && !PHONE.test(phone)) adopt.errors.phone = '请输入 11 位手机号';
      if (Object.keys(adopt.errors).length) return false;
      let customer;
      try {
        customer = await api.post(`/customers/${adopt.row.customer_id}/adopt`, { name, phone: phone || null }, { toast: false });
      } catch (error) {
        const fields = error.fields ?? {};
        adopt.errors = {
          name: fields.name?.join('；'),
          phone: fields.phone?.join('；'),
        };
        if (!fields.name && !fields.phone) adopt.errors.name = error.message;
        return false;
      }
      showSuccessToast('已转为客户');
      // the row may be pages down: show the customer as the API now has them
      Object.assign(adopt.row, { label: customer.name, status: customer.status });
      return true;
    }

    const zone = () => session.me?.company?.timezone;
    const timeOf = (iso) => formatTime(iso, zone(), now.value);
    const countText = (object) => (object.count > 1 ? ` ${object.count} 次` : '');
    const openCustomer = (row) => {
      if (row.owned) router.push(`/rep/customers/${row.customer_id}`);
    };

    onMounted(() => {
      // the van-list loads the first page itself
      if (document.visibilityState === 'visible') start();
      document.addEventListener('visibilitychange', onVisibility);
    });
    onBeforeUnmount(() => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    });

    return {
      RECENT_FOLDED, radar, recentOpen, recentShown, refreshing, sharing, adopt, onRefresh,
      openAdopt, beforeAdoptClose, timeOf, countText, openCustomer, formatDay,
      rows: visitors.items, loading: visitors.loading, finished: visitors.finished,
      failed: visitors.failed, loadNext: visitors.loadNext,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-pull-refresh v-model="refreshing" class="page__body radar" @refresh="onRefresh">
        <template v-if="radar">
          <section class="card radar-figures">
            <header class="card__header">
              <h2 class="card__title"><span class="live-dot" aria-hidden="true"></span>今日访客</h2>
              <span class="card__extra">{{ formatDay(radar.day) }} · 每 15 秒刷新</span>
            </header>
            <van-grid :column-num="4" :border="false">
              <van-grid-item><span class="metric__value">{{ radar.visits }}</span><span class="metric__label">访问次数</span></van-grid-item>
              <van-grid-item><span class="metric__value">{{ radar.visitors }}</span><span class="metric__label">访客</span></van-grid-item>
              <van-grid-item><span class="metric__value">{{ radar.new_visitors }}</span><span class="metric__label">新访客</span></van-grid-item>
              <van-grid-item><span class="metric__value">{{ radar.returning_visitors }}</span><span class="metric__label">回访</span></van-grid-item>
            </van-grid>
          </section>

          <section v-if="radar.recent.length" class="card radar-recent">
            <header class="card__header"><h2 class="card__title">最近动态</h2></header>
            <van-cell
              v-for="event in recentShown"
              :key="event.id"
              :title="event.label + ' 打开了 ' + event.title"
              :value="timeOf(event.at)"
              class="radar-recent__item"
            />
            <van-cell
              v-if="radar.recent.length > RECENT_FOLDED"
              :title="recentOpen ? '收起' : '查看最近 ' + radar.recent.length + ' 条'"
              is-link
              :arrow-direction="recentOpen ? 'up' : 'down'"
              class="radar-recent__toggle"
              @click="recentOpen = !recentOpen"
            />
          </section>
        </template>

        <van-list
          v-model:loading="loading"
          v-model:error="failed"
          :finished="finished"
          :finished-text="rows.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          @load="loadNext"
        >
          <van-empty v-if="finished && rows.length === 0" image="search" description="今天还没有访客，去分享店铺吧">
            <van-button round type="primary" icon="share-o" @click="sharing = true">分享店铺</van-button>
          </van-empty>
          <ul class="radar-list">
            <li
              v-for="row in rows"
              :key="row.customer_id"
              class="radar-row"
              :class="{ 'radar-row--link': row.owned }"
              :role="row.owned ? 'link' : undefined"
              :tabindex="row.owned ? 0 : undefined"
              :data-customer-id="row.customer_id"
              @click="openCustomer(row)"
              @keyup.enter="openCustomer(row)"
            >
              <div class="radar-row__head">
                <span class="radar-row__avatar" aria-hidden="true">{{ row.label.slice(0, 1) }}</span>
                <div class="radar-row__who">
                  <span class="radar-row__name">{{ row.label }}</span>
                  <van-tag v-if="row.is_new" type="success" class="name-tag">新访客</van-tag>
                  <van-tag v-else type="primary" plain class="name-tag">回访</van-tag>
                  <van-tag v-if="row.referred" color="#ffe7e1" text-color="#c9361f" class="name-tag">转发带来</van-tag>
                </div>
                <time class="radar-row__time" :datetime="row.last_at">{{ timeOf(row.last_at) }}</time>
                <van-icon v-if="row.owned" name="arrow" class="radar-row__arrow" aria-hidden="true" />
              </div>
              <p class="radar-row__story">
                {{ row.label }} 今天打开了
                <template v-for="(object, i) in row.objects" :key="object.object_type + ':' + object.object_id">
                  <span v-if="i > 0">、</span><strong>{{ object.title }}</strong>{{ countText(object) }}
                </template>
                <span v-if="row.visits > 1" class="radar-row__total">（共 {{ row.visits }} 次）</span>
              </p>
              <div v-if="row.owned && row.status === 'visitor'" class="radar-row__actions" @click.stop @keyup.enter.stop>
                <van-button size="small" round type="primary" plain icon="friends-o" @click="openAdopt(row)">转为客户</van-button>
              </div>
            </li>
          </ul>
        </van-list>
      </van-pull-refresh>

      <van-dialog
        v-model:show="adopt.show"
        title="转为客户"
        show-cancel-button
        confirm-button-text="保存"
        :before-close="beforeAdoptClose"
        class="adopt-dialog"
      >
        <van-cell-group>
          <van-field
            v-model="adopt.name"
            label="客户称呼"
            placeholder="如 王女士"
            maxlength="50"
            required
            :error-message="adopt.errors.name"
          />
          <van-field
            v-model="adopt.phone"
            label="手机号"
            type="tel"
            maxlength="11"
            placeholder="选填"
            :error-message="adopt.errors.phone"
          />
        </van-cell-group>
      </van-dialog>
      <share-sheet v-model:show="sharing" :target="{ type: 'shop' }" />
    </sub-page>
  `,
};

// /s/:code/messages: 我的咨询 in a rep's shop (no login: the server knows the visitor by its
// cookie). The visitor's questions with the rep's answers, and their bookings with status and
// reply, newest first; what is new since the last look is marked 新回复, then marked seen. A
// requested or confirmed booking can be cancelled; 提问 and 预约 open the same sheets as the shop.
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import { ShopAskSheet, ShopBookSheet } from '../components/shop-ask.js';
import { formatDateTime, formatTime } from '../format.js';
import { BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS } from '../labels.js';

const STATUS_TAG = { requested: 'warning', confirmed: 'primary', done: 'success', declined: 'default', cancelled: 'default' };
const CANCELLABLE = new Set(['requested', 'confirmed']);

export default {
  name: 'ShopInboxPage',
  components: { ShopAskSheet, ShopBookSheet },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const mine = ref(null);
    const error = ref(null);
    const refreshing = ref(false);
    const tab = ref('consultations');
    const showAsk = ref(false);
    const showBook = ref(false);
    const cancelling = ref(null);
    const base = () => `/shops/${encodeURIComponent(code.value)}`;
    const options = { toast: false, redirectOn401: false };

    async function load() {
      error.value = null;
      try {
        const data = await api.get(`${base()}/my-messages`, options);
        mine.value = data;
        if (!data.consultations.length && data.bookings.length) tab.value = 'bookings';
        // Shown now as new; seen from the next open on.
        if (data.unseen) api.post(`${base()}/my-messages/seen`, undefined, options).catch(() => {});
      } catch (failure) {
        error.value = failure;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    async function cancel(booking) {
      try {
        await showConfirmDialog({
          title: '取消预约',
          message: `确定取消 ${formatDateTime(booking.starts_at)} 的${BOOKING_KIND_LABELS[booking.kind] ?? '预约'}吗？`,
          confirmButtonText: '取消预约',
          cancelButtonText: '再想想',
        });
      } catch {
        return;
      }
      cancelling.value = booking.id;
      try {
        Object.assign(booking, await api.post(`${base()}/my-bookings/${booking.id}/cancel`, undefined, { redirectOn401: false }));
        showSuccessToast('预约已取消');
      } catch {
        await load(); // the toast said why (declined meanwhile?): show it as it is
      } finally {
        cancelling.value = null;
      }
    }

    function onSent(kind) {
      tab.value = kind;
      load();
    }

    function back() {
      if (window.history.state?.back) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    function openProduct(product) {
      router.push({ name: 'shop-product', params: { code: code.value, id: product.id } });
    }

    onMounted(load);
    return {
      code, mine, error, refreshing, tab, showAsk, showBook, cancelling, STATUS_TAG, CANCELLABLE, BOOKING_KIND_LABELS,
      BOOKING_STATUS_LABELS, formatTime, formatDateTime, load, onRefresh, cancel, onSent, back, goShop, openProduct,
    };
  },
  template: `
    <div class="page page--my-messages">
      <van-nav-bar title="我的咨询" left-arrow safe-area-inset-top @click-left="back">
        <template #right><span class="my-orders__shop" @click.stop="goShop"><van-icon name="shop-o" /> 店铺</span></template>
      </van-nav-bar>
      <van-tabs v-model:active="tab" class="my-messages__tabs">
        <van-tab name="consultations" :title="'咨询' + (mine ? ' ' + mine.consultations.length : '')" />
        <van-tab name="bookings" :title="'预约' + (mine ? ' ' + mine.bookings.length : '')" />
      </van-tabs>
      <van-pull-refresh v-model="refreshing" @refresh="onRefresh" class="page__body">
        <div v-if="!mine && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
        <van-empty v-else-if="error" image="error" :description="error.message">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
        </van-empty>
        <template v-else-if="tab === 'consultations'">
          <van-empty v-if="!mine.consultations.length" image="default" description="还没有咨询过，有问题随时问顾问">
            <van-button round type="primary" @click="showAsk = true">咨询顾问</van-button>
          </van-empty>
          <ul v-else class="my-messages">
            <li v-for="item in mine.consultations" :key="item.id" class="my-message" :class="{ 'my-message--new': item.unseen }" :data-consultation-id="item.id">
              <button v-if="item.product" type="button" class="my-message__product" @click="openProduct(item.product)">
                <van-icon name="goods-collect-o" /> {{ item.product.name }}
              </button>
              <p class="my-message__question">{{ item.question }}</p>
              <time class="my-message__time" :datetime="item.created_at">{{ formatTime(item.created_at) }} 提问</time>
              <div v-if="item.answer" class="my-message__answer">
                <p class="my-message__who">
                  <span>顾问 {{ item.answerer_name }} 回复</span>
                  <van-tag v-if="item.unseen" type="primary" round>新回复</van-tag>
                  <time :datetime="item.revised_at || item.answered_at">{{ formatTime(item.revised_at || item.answered_at) }}{{ item.revised_at ? ' 修改' : '' }}</time>
                </p>
                <p class="my-message__text">{{ item.answer }}</p>
              </div>
              <p v-else class="my-message__waiting"><van-icon name="clock-o" /> 等待顾问回复</p>
            </li>
          </ul>
        </template>
        <template v-else>
          <van-empty v-if="!mine.bookings.length" image="default" description="还没有预约，想到店看看可以先预约">
            <van-button round type="primary" @click="showBook = true">预约到店</van-button>
          </van-empty>
          <ul v-else class="my-messages">
            <li v-for="booking in mine.bookings" :key="booking.id" class="my-message my-booking" :class="{ 'my-message--new': booking.unseen }" :data-booking-id="booking.id">
              <header class="my-booking__head">
                <span class="my-booking__kind">{{ BOOKING_KIND_LABELS[booking.kind] ?? booking.kind }}</span>
                <van-tag :type="STATUS_TAG[booking.status] ?? 'default'" size="medium" class="my-booking__status">{{ BOOKING_STATUS_LABELS[booking.status] ?? booking.status }}</van-tag>
              </header>
              <p class="my-booking__when"><van-icon name="clock-o" /> <time :datetime="booking.starts_at">{{ formatDateTime(booking.starts_at) }}</time></p>
              <p v-if="booking.note" class="my-booking__note">{{ booking.note }}</p>
              <div v-if="booking.reply" class="my-message__answer">
                <p class="my-message__who">
                  <span>顾问回复</span>
                  <van-tag v-if="booking.unseen" type="primary" round>新回复</van-tag>
                </p>
                <p class="my-message__text">{{ booking.reply }}</p>
              </div>
              <p v-else-if="booking.status === 'requested'" class="my-message__waiting"><van-icon name="clock-o" /> 等待顾问确认</p>
              <footer v-if="CANCELLABLE.has(booking.status)" class="my-booking__foot">
                <van-button size="small" round plain :loading="cancelling === booking.id" @click="cancel(booking)">取消预约</van-button>
              </footer>
            </li>
          </ul>
        </template>
        <p v-if="mine" class="my-orders__note">咨询凭本机浏览器识别：换手机或清除浏览器数据后在此看不到，可直接联系顾问</p>
      </van-pull-refresh>
      <van-action-bar safe-area-inset-bottom placeholder class="my-messages__actions">
        <van-action-bar-button type="warning" text="预约到店" @click="showBook = true" />
        <van-action-bar-button type="primary" text="咨询顾问" @click="showAsk = true" />
      </van-action-bar>
      <shop-ask-sheet v-model:show="showAsk" :code="code" @sent="onSent('consultations')" />
      <shop-book-sheet v-model:show="showBook" :code="code" @sent="onSent('bookings')" />
    </div>
  `,
};

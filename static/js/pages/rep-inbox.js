// /rep/inbox: 咨询预约. What customers sent from the shop page: questions (咨询) and bookings
// (预约), each tab with what waits for me first (待回复 / 待确认), then the rest, newest first.
// 回答 opens a sheet with the question and a knowledge-base search whose articles insert their
// text into the answer; answering again revises the answer. A booking is confirmed, declined
// or marked done with a reply the customer sees on the shop page.
import { computed, onMounted, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import { StageTag } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { badgeCount, clockOf, dayOf, formatDay, formatDue, formatTime } from '../format.js';
import { ARTICLE_KIND_LABELS, BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS, customerLabel } from '../labels.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'consultation', title: '咨询', waiting: '待回复', rest: '已回复' },
  { name: 'booking', title: '预约', waiting: '待确认', rest: '已处理' },
];
const STATUS_TAG = { requested: 'warning', confirmed: 'primary', done: 'success', declined: 'default', cancelled: 'default' };
// action -> what the sheet says, and the reply it suggests
const ACTIONS = {
  confirm: { title: '确认预约', button: '确认', reply: (when) => `好的，${when} 见，到店前可以先联系我。` },
  decline: { title: '婉拒预约', button: '婉拒', reply: () => '抱歉，这个时间我不在店里，换个时间可以吗？' },
  done: { title: '完成预约', button: '完成', reply: () => '感谢到店，有问题随时找我。' },
};
const NEXT_ACTIONS = { requested: ['decline', 'confirm'], confirmed: ['decline', 'done'] };

/** Unanswered consultations plus unconfirmed bookings, for the tile on the rep's home. */
export async function countWaiting() {
  const counts = await api.get('/inbox/counts', { toast: false });
  return counts.total;
}

export default {
  name: 'RepInboxPage',
  components: { StageTag, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const tab = ref(TABS.some((item) => item.name === route.query.tab) ? route.query.tab : 'consultation');
    const counts = ref(null);
    const lists = reactive({}); // kind -> { waiting, rest, page, total, failed, loadingMore }
    const answerForm = reactive({ show: false, item: null, text: '', error: '', saving: false });
    const kb = reactive({ q: '', results: null, searching: false });
    const replyForm = reactive({ show: false, booking: null, action: '', text: '', saving: false });
    const zone = () => session.me?.company?.timezone;
    const current = computed(() => lists[tab.value]);
    const tabInfo = computed(() => TABS.find((item) => item.name === tab.value));

    async function loadCounts() {
      try {
        counts.value = await api.get('/inbox/counts', { toast: false });
      } catch {
        // only badges
      }
    }

    async function load(kind) {
      if (!lists[kind]) lists[kind] = { waiting: null, rest: [], page: 0, total: 0, failed: false, loadingMore: false };
      const list = lists[kind]; // the reactive proxy, not the object assigned
      list.failed = false;
      try {
        const [waiting, rest] = await Promise.all([
          api.get('/inbox', { query: { kind, state: 'unanswered', per_page: 100 } }),
          api.get('/inbox', { query: { kind, state: 'answered', per_page: PER_PAGE, page: 1 } }),
        ]);
        Object.assign(list, { waiting: waiting.items, rest: rest.items, page: 1, total: rest.total });
      } catch {
        list.failed = !list.waiting;
      }
    }

    async function loadMore() {
      const list = current.value;
      list.loadingMore = true;
      try {
        const data = await api.get('/inbox', { query: { kind: tab.value, state: 'answered', per_page: PER_PAGE, page: list.page + 1 } });
        list.rest = list.rest.concat(data.items);
        Object.assign(list, { page: data.page, total: data.total });
      } finally {
        list.loadingMore = false;
      }
    }

    function refresh() {
      loadCounts();
      load(tab.value);
    }

    watch(tab, (kind) => {
      router.replace({ query: { ...route.query, tab: kind } });
      if (!lists[kind]) load(kind);
    });

    // --- answering a question ---
    function openAnswer(item) {
      Object.assign(answerForm, { show: true, item, text: item.consultation.answer ?? '', error: '', saving: false });
      Object.assign(kb, { q: item.consultation.product?.name ?? '', results: null, searching: false });
      if (kb.q) searchKb();
    }

    async function searchKb() {
      const q = kb.q.trim().slice(0, 50);
      kb.searching = true;
      try {
        const data = await api.get('/articles', { query: { q: q || null, per_page: 10 }, toast: false });
        kb.results = data.items;
      } catch {
        kb.results = [];
      } finally {
        kb.searching = false;
      }
    }

    function insertArticle(article) {
      const text = answerForm.text.trimEnd();
      answerForm.text = `${text}${text ? '\n' : ''}${article.body}`.slice(0, 2000);
      answerForm.error = '';
      showSuccessToast('已插入，可再修改');
    }

    async function sendAnswer() {
      const text = answerForm.text.trim();
      if (!text) {
        answerForm.error = '请填写回答';
        return;
      }
      answerForm.saving = true;
      try {
        const revising = Boolean(answerForm.item.consultation.answer);
        await api.post(`/consultations/${answerForm.item.id}/answer`, { answer: text }, { toast: false });
        answerForm.show = false;
        showSuccessToast(revising ? '回答已修改' : '已回答，顾客打开微店即可看到');
        refresh();
      } catch (error) {
        answerForm.error = error.fields?.answer?.join('；') || error.message;
      } finally {
        answerForm.saving = false;
      }
    }

    // --- answering a booking ---
    const whenOf = (booking) => formatDue(booking.starts_at, zone());
    // In a reply the customer may read days later, the day itself rather than 明天.
    const dateOf = (booking) => `${formatDay(dayOf(booking.starts_at, zone()))} ${clockOf(booking.starts_at, zone())}`;

    function openReply(item, action) {
      Object.assign(replyForm, { show: true, booking: item.booking, action, text: ACTIONS[action].reply(dateOf(item.booking)), saving: false });
    }

    async function sendReply() {
      replyForm.saving = true;
      try {
        await api.post(`/bookings/${replyForm.booking.id}/${replyForm.action}`, { reply: replyForm.text.trim() });
        replyForm.show = false;
        showSuccessToast('已回复顾客');
      } catch {
        // the toast says why (the customer cancelled meanwhile?)
      } finally {
        replyForm.saving = false;
        refresh();
      }
    }

    const openCustomer = (item) => router.push(`/rep/customers/${item.customer.id}`);
    const badge = (kind) => (counts.value ? badgeCount(kind === 'consultation' ? counts.value.consultations : counts.value.bookings) : undefined);

    onMounted(() => {
      loadCounts();
      load(tab.value);
    });
    return {
      TABS, STATUS_TAG, ACTIONS, NEXT_ACTIONS, ARTICLE_KIND_LABELS, BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS, tab, tabInfo,
      lists, current, counts, answerForm, kb, replyForm, load, loadMore, refresh, openAnswer, searchKb, insertArticle,
      sendAnswer, openReply, sendReply, openCustomer, badge, whenOf, customerLabel, formatTime,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-tabs v-model:active="tab" sticky offset-top="46px" class="inbox-tabs">
        <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" :badge="badge(item.name)" />
      </van-tabs>
      <div class="page__body inbox">
        <div v-if="!current || (!current.waiting && !current.failed)" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="current.failed" image="network" description="加载失败">
          <van-button round size="small" @click="load(tab)">重试</van-button>
        </van-empty>
        <template v-else>
          <van-empty v-if="!current.waiting.length && !current.rest.length" image="search"
            :description="tab === 'consultation' ? '还没有顾客咨询，分享微店后顾客可以在店里提问' : '还没有预约，顾客可以在微店预约到店'" />
          <section v-for="part in [{ key: 'waiting', title: tabInfo.waiting, rows: current.waiting }, { key: 'rest', title: tabInfo.rest, rows: current.rest }]"
            v-show="part.rows.length" :key="part.key" class="list-section inbox-section" :data-section="part.key">
            <h2 class="list-section__title">{{ part.title }} <span class="inbox-section__count">{{ part.key === 'waiting' ? part.rows.length : current.total }}</span></h2>
            <ul class="inbox-list">
              <li v-for="item in part.rows" :key="item.kind + item.id" class="inbox-item" :class="'inbox-item--' + item.kind" :data-id="item.id">
                <header class="inbox-item__head">
                  <button type="button" class="inbox-item__who" @click="openCustomer(item)">{{ customerLabel(item.customer) }}</button>
                  <stage-tag :stage="item.customer.stage" />
                  <time class="inbox-item__time" :datetime="item.created_at">{{ formatTime(item.created_at) }}</time>
                </header>
                <template v-if="item.consultation">
                  <p v-if="item.consultation.product" class="inbox-item__product"><van-icon name="goods-collect-o" /> {{ item.consultation.product.name }}</p>
                  <p class="inbox-item__question">{{ item.consultation.question }}</p>
                  <div v-if="item.consultation.answer" class="inbox-item__answer">
                    <p class="inbox-item__answer-text">{{ item.consultation.answer }}</p>
                    <p class="inbox-item__meta">
                      {{ item.consultation.answerer_name }} {{ formatTime(item.consultation.revised_at || item.consultation.answered_at) }}{{ item.consultation.revised_at ? ' 修改' : '' }}
                      · {{ item.consultation.seen_at ? '顾客已读' : '顾客未读' }}
                    </p>
                  </div>
                  <div class="inbox-item__actions">
                    <van-button v-if="item.consultation.answer" size="small" round plain @click="openAnswer(item)">修改回答</van-button>
                    <van-button v-else size="small" round type="primary" @click="openAnswer(item)">回答</van-button>
                  </div>
                </template>
                <template v-else>
                  <p class="inbox-item__booking">
                    <span class="inbox-item__kind">{{ BOOKING_KIND_LABELS[item.booking.kind] ?? item.booking.kind }}</span>
                    <time :datetime="item.booking.starts_at">{{ whenOf(item.booking) }}</time>
                    <van-tag :type="STATUS_TAG[item.booking.status] ?? 'default'" class="inbox-item__status">{{ BOOKING_STATUS_LABELS[item.booking.status] ?? item.booking.status }}</van-tag>
                  </p>
                  <p v-if="item.booking.note" class="inbox-item__question">{{ item.booking.note }}</p>
                  <div v-if="item.booking.reply" class="inbox-item__answer">
                    <p class="inbox-item__answer-text">{{ item.booking.reply }}</p>
                  </div>
                  <div v-if="NEXT_ACTIONS[item.booking.status]" class="inbox-item__actions">
                    <van-button
                      v-for="action in NEXT_ACTIONS[item.booking.status]"
                      :key="action"
                      size="small"
                      round
                      :plain="action === 'decline'"
                      :type="action === 'decline' ? 'default' : 'primary'"
                      @click="openReply(item, action)"
                    >{{ ACTIONS[action].button }}</van-button>
                  </div>
                </template>
              </li>
            </ul>
            <div v-if="part.key === 'rest' && current.rest.length < current.total" class="page-actions">
              <van-button block round plain :loading="current.loadingMore" @click="loadMore">加载更多</van-button>
            </div>
          </section>
        </template>
      </div>

      <van-popup v-model:show="answerForm.show" position="bottom" round closeable safe-area-inset-bottom class="answer-sheet">
        <template v-if="answerForm.item">
          <h2 class="answer-sheet__title">{{ answerForm.item.consultation.answer ? '修改回答' : '回答咨询' }}</h2>
          <div class="answer-sheet__body">
            <blockquote class="answer-sheet__question">
              <span class="answer-sheet__who">{{ customerLabel(answerForm.item.customer) }}<template v-if="answerForm.item.consultation.product"> · {{ answerForm.item.consultation.product.name }}</template>：</span>
              {{ answerForm.item.consultation.question }}
            </blockquote>
            <van-field
              v-model="answerForm.text"
              type="textarea"
              rows="4"
              autosize
              maxlength="2000"
              show-word-limit
              placeholder="写下回答，顾客打开微店即可看到"
              :error-message="answerForm.error"
              label="回答"
              label-align="top"
              class="answer-sheet__field"
            />
            <div class="kb">
              <van-search v-model="kb.q" placeholder="搜索知识库" shape="round" maxlength="50" class="kb__search" @search="searchKb" @clear="kb.q = ''; searchKb()" />
              <p v-if="kb.searching" class="kb__note">搜索中…</p>
              <p v-else-if="kb.results && !kb.results.length" class="kb__note">知识库里没有找到，换个词试试</p>
              <p v-else-if="!kb.results" class="kb__note">输入关键词搜索总部知识库，一键插入到回答里</p>
              <ul v-else class="kb__results">
                <li v-for="article in kb.results" :key="article.id" class="kb-result" :data-article-id="article.id">
                  <div class="kb-result__body">
                    <p class="kb-result__title"><van-tag plain type="primary">{{ ARTICLE_KIND_LABELS[article.kind] ?? article.kind }}</van-tag> {{ article.title }}</p>
                    <p class="kb-result__text">{{ article.body }}</p>
                  </div>
                  <van-button size="mini" round type="primary" plain :aria-label="'插入 ' + article.title" @click="insertArticle(article)">插入</van-button>
                </li>
              </ul>
            </div>
          </div>
          <div class="answer-sheet__actions">
            <van-button block round type="primary" :loading="answerForm.saving" loading-text="发送中…" @click="sendAnswer">{{ answerForm.item.consultation.answer ? '保存修改' : '发送回答' }}</van-button>
          </div>
        </template>
      </van-popup>

      <van-popup v-model:show="replyForm.show" position="bottom" round closeable safe-area-inset-bottom class="reply-sheet">
        <template v-if="replyForm.booking">
          <h2 class="answer-sheet__title">{{ ACTIONS[replyForm.action].title }}</h2>
          <p class="reply-sheet__what">{{ BOOKING_KIND_LABELS[replyForm.booking.kind] }} · {{ whenOf(replyForm.booking) }}</p>
          <van-field v-model="replyForm.text" type="textarea" rows="3" autosize maxlength="500" show-word-limit label="回复顾客" label-align="top" placeholder="选填，顾客在微店看到" />
          <div class="answer-sheet__actions">
            <van-button block round type="primary" :loading="replyForm.saving" @click="sendReply">{{ ACTIONS[replyForm.action].button }}并回复</van-button>
          </div>
        </template>
      </van-popup>
    </sub-page>
  `,
};

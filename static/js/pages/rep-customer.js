// /rep/customers/:id: one customer of the rep's. The header (name, phone to call, stage with
// 调整阶段 and its history, follow state), the tags (remove one, or add from HQ's vocabulary),
// the profile (edited in a sheet) and the follow-up log, newest first: 编辑 within 24 hours
// for its author, 完成 for an open next action; beside it, 动态: everything that happened with
// the customer (components/customer-timeline.js). 写跟进 at the bottom opens the quick form.
// A boss (or HQ) opens it at /boss/customers/:id to read and guide: 督导 on the customer or a
// follow-up (components/guidance-sheet.js) instead of the rep's edits.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import CustomerTimeline from '../components/customer-timeline.js';
import FollowUpForm, { kindIcon } from '../components/follow-up-form.js';
import GuidanceSheet from '../components/guidance-sheet.js';
import { StageTag, TagChip } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime, formatDue, formatTime } from '../format.js';
import {
  FOLLOW_STATE_LABELS, FOLLOW_UP_KIND_LABELS, GENDER_LABELS, STAGE_LABELS, customerLabel,
  followStateLabel, stageLabel,
} from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const STAGES = Object.keys(STAGE_LABELS);
const PHONE = /^1[3-9]\d{9}$/;
const PROFILE_FIELDS = ['name', 'nickname', 'phone', 'gender', 'region', 'birthday', 'notes'];
const BIRTHDAY_MIN = new Date(1920, 0, 1);
const BIRTHDAY_MAX = new Date();

export default {
  name: 'RepCustomerPage',
  components: { CustomerTimeline, FollowUpForm, GuidanceSheet, StageTag, SubPage, TagChip },
  setup() {
    const route = useRoute();
    const customerId = Number(route.params.id);
    const customer = ref(null);
    const failed = ref(false);
    const now = ref(new Date());

    // the follow-up log
    const log = reactive(usePagedList(async (page) => {
      const data = await api.get(`/customers/${customerId}/follow-ups`, { query: { page, per_page: PER_PAGE } });
      now.value = new Date();
      return data;
    }));
    const completing = ref(null);
    const writer = reactive({ show: false, followUp: null });
    const isRep = computed(() => session.me?.role === 'rep');
    const guidance = reactive({ show: false, subject: null, title: '' });
    // 跟进记录 or 动态 (the timeline of everything)
    const logTab = ref('follow-ups');
    const timeline = ref(null);

    // tags
    const groups = ref(null);
    const tagSheet = reactive({ show: false, busy: null });
    const removing = ref(null);

    // stage
    const stageSheet = reactive({ show: false, stage: '', reason: '', error: '', saving: false });
    const history = reactive({ show: false, rows: null });

    // follow state and profile
    const stateSheet = ref(false);
    const profile = reactive({ show: false, form: {}, errors: {}, saving: false, birthdayPicker: false, birthday: [] });

    const zone = () => session.me?.company?.timezone;
    const appliedIds = computed(() => new Set((customer.value?.tags ?? []).map((tag) => tag.tag_id)));
    const stateActions = computed(() => Object.entries(FOLLOW_STATE_LABELS).map(([state, name]) => ({
      name, state, color: customer.value?.follow_state === state ? 'var(--brand)' : undefined,
    })));
    const profileRows = computed(() => {
      const c = customer.value;
      if (!c) return [];
      return [
        { key: 'nickname', title: '昵称', value: c.nickname },
        { key: 'gender', title: '性别', value: GENDER_LABELS[c.gender] },
        { key: 'region', title: '地区', value: c.region },
        { key: 'birthday', title: '生日', value: c.birthday },
        { key: 'notes', title: '备注', value: c.notes },
      ];
    });
    // The profile shows what is known, and one line naming what is not (tap to fill it in).
    const knownRows = computed(() => profileRows.value.filter((row) => row.value));
    const missingText = computed(() => {
      const missing = profileRows.value.filter((row) => !row.value).map((row) => row.title);
      return missing.length ? `未填写：${missing.join('、')}` : '';
    });

    async function load() {
      failed.value = false;
      try {
        customer.value = await api.get(`/customers/${customerId}`);
      } catch {
        failed.value = true;
      }
    }

    async function loadGroups() {
      try {
        groups.value = await api.get('/tag-groups');
      } catch {
        groups.value = [];
      }
    }

    // --- tags ---
    function openTags() {
      tagSheet.show = true;
      if (!groups.value) loadGroups();
    }

    async function toggleTag(tag) {
      tagSheet.busy = tag.id;
      try {
        customer.value = appliedIds.value.has(tag.id)
          ? await api.delete(`/customers/${customerId}/tags/${tag.id}`)
          : await api.post(`/customers/${customerId}/tags`, { tag_id: tag.id });
      } catch {
        // shown by the client
      } finally {
        tagSheet.busy = null;
      }
    }

    async function removeTag(tag) {
      removing.value = tag.tag_id;
      try {
        customer.value = await api.delete(`/customers/${customerId}/tags/${tag.tag_id}`);
        // A rule's tag taken off by hand stays off: the rule will not put it back.
        showSuccessToast(tag.source === 'rule' ? '已移除，规则不会再自动打上' : '已移除标签');
      } catch {
        // shown by the client
      } finally {
        removing.value = null;
      }
    }

    // --- stage ---
    function openStage() {
      Object.assign(stageSheet, { show: true, stage: customer.value.stage, reason: '', error: '', saving: false });
    }

    async function saveStage() {
      const reason = stageSheet.reason.trim();
      if (stageSheet.stage === customer.value.stage) {
        stageSheet.error = '请选择一个新的阶段';
        return;
      }
      if (!reason) {
        stageSheet.error = '请填写调整原因';
        return;
      }
      stageSheet.saving = true;
      try {
        customer.value = await api.post(`/customers/${customerId}/stage`, { stage: stageSheet.stage, reason }, { toast: false });
        stageSheet.show = false;
        history.rows = null;
        showSuccessToast('阶段已调整');
      } catch (error) {
        stageSheet.error = error.fields?.reason?.join('；') || error.message;
      } finally {
        stageSheet.saving = false;
      }
    }

    async function openHistory() {
      history.show = true;
      history.rows = null;
      try {
        history.rows = await api.get(`/customers/${customerId}/stage-changes`);
      } catch {
        history.show = false;
      }
    }

    // --- follow state ---
    async function pickState(action) {
      stateSheet.value = false;
      if (action.state === customer.value.follow_state) return;
      try {
        customer.value = await api.patch(`/customers/${customerId}`, { follow_state: action.state });
        showSuccessToast('状态已更新');
      } catch {
        // shown by the client
      }
    }

    // --- profile ---
    function openProfile() {
      const c = customer.value;
      profile.form = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, c[field] ?? '']));
      profile.errors = {};
      profile.show = true;
    }

    function openBirthday() {
      const value = profile.form.birthday || '1990-01-01';
      profile.birthday = value.split('-');
      profile.birthdayPicker = true;
    }

    function pickBirthday() {
      profile.form.birthday = profile.birthday.join('-');
      profile.birthdayPicker = false;
    }

    async function saveProfile() {
      const form = profile.form;
      const body = {};
      for (const field of PROFILE_FIELDS) {
        const value = String(form[field] ?? '').trim();
        body[field] = field === 'notes' ? value : value || null;
      }
      profile.errors = {};
      if (body.phone && !PHONE.test(body.phone)) {
        profile.errors.phone = '请输入 11 位手机号';
        return;
      }
      profile.saving = true;
      try {
        customer.value = await api.patch(`/customers/${customerId}`, body, { toast: false });
        profile.show = false;
        showSuccessToast('资料已保存');
      } catch (error) {
        profile.errors = fieldMessages(error);
        if (!Object.keys(profile.errors).length) profile.errors.form = error.message;
      } finally {
        profile.saving = false;
      }
    }

    // --- 督导 (a boss) ---
    function guideCustomer() {
      Object.assign(guidance, { show: true, subject: { subject: 'customer', customer_id: customerId }, title: '督导这位客户' });
    }

    function guideFollowUp(entry) {
      Object.assign(guidance, { show: true, subject: { subject: 'follow_up', follow_up_id: entry.id }, title: '点评这条跟进' });
    }

    // --- the log ---
    function write() {
      writer.followUp = null;
      writer.show = true;
    }

    function edit(entry) {
      writer.followUp = entry;
      writer.show = true;
    }

    async function onSaved() {
      // A follow-up may move the stage (首次联系) and the follow state: show both as they are now.
      await Promise.all([load(), log.restart(), timeline.value?.reload()]);
    }

    function onLogTab(name) {
      // Tags and stages change on this page too: the timeline is read afresh each time it shows.
      if (name === 'timeline') timeline.value?.reload();
    }

    async function complete(entry) {
      completing.value = entry.id;
      try {
        const done = await api.post(`/follow-ups/${entry.id}/done`);
        Object.assign(entry, done);
        showSuccessToast('已完成');
      } catch {
        // shown by the client
      } finally {
        completing.value = null;
      }
    }

    const canEdit = (entry) => entry.author_id === session.me?.id && new Date(entry.editable_until) > now.value;
    const isOpen = (entry) => !entry.done_at && Boolean(entry.next_action || entry.due_at);
    const isOverdue = (entry) => isOpen(entry) && entry.due_at && new Date(entry.due_at) < now.value;
    const timeOf = (iso) => formatTime(iso, zone(), now.value);
    const dueOf = (iso) => formatDue(iso, zone(), now.value);
    const actorOf = (change) => change.actor_name || '系统';

    onMounted(load);
    return {
      STAGES, STAGE_LABELS, BIRTHDAY_MIN, BIRTHDAY_MAX, FOLLOW_UP_KIND_LABELS, customerId, customer, failed, log, completing,
      logTab, timeline, onLogTab,
      writer, groups, tagSheet, removing, stageSheet, history, stateSheet, stateActions, profile, knownRows, missingText,
      appliedIds, load, openTags, toggleTag, removeTag, openStage, saveStage, openHistory, pickState,
      openProfile, openBirthday, pickBirthday, saveProfile, write, edit, onSaved, complete, canEdit, isOpen,
      isOverdue, timeOf, dueOf, actorOf, kindIcon, customerLabel, followStateLabel, stageLabel, formatDateTime, zone,
      isRep, guidance, guideCustomer, guideFollowUp,
    };
  },
  template: `
    <sub-page title="客户详情" :back="isRep ? '/rep/customers' : '/boss'">
      <div class="page__body customer-detail" :class="{ 'customer-detail--write': customer }">
        <div v-if="!customer && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!customer" image="network" description="客户加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card customer-head">
            <div class="customer-head__top">
              <span class="customer-head__avatar" aria-hidden="true">{{ customerLabel(customer).slice(0, 1) }}</span>
              <div class="customer-head__who">
                <h1 class="customer-head__name">
                  {{ customerLabel(customer) }}
                  <van-tag v-if="customer.status === 'visitor' && (customer.name || customer.nickname)" plain type="primary" class="name-tag">访客</van-tag>
                </h1>
                <a v-if="customer.phone" :href="'tel:' + customer.phone" class="customer-head__phone link">{{ customer.phone }}</a>
                <span v-else class="customer-head__phone customer-head__phone--none">未留手机号</span>
              </div>
              <a v-if="customer.phone" :href="'tel:' + customer.phone" class="customer-head__call" :aria-label="'拨打 ' + customer.phone">
                <van-icon name="phone" />
              </a>
            </div>
            <div class="customer-head__row">
              <span class="customer-head__key">客户阶段</span>
              <stage-tag :stage="customer.stage" />
              <span class="customer-head__actions">
                <button type="button" class="link customer-head__history" @click="openHistory">阶段记录</button>
                <button v-if="isRep" type="button" class="link customer-head__adjust" @click="openStage">调整阶段</button>
              </span>
            </div>
            <div class="customer-head__row">
              <span class="customer-head__key">跟进状态</span>
              <button type="button" class="state-button" :class="'follow-state--' + customer.follow_state" aria-haspopup="menu" :disabled="!isRep" @click="stateSheet = true">
                {{ followStateLabel(customer.follow_state) }} <van-icon name="arrow-down" />
              </button>
              <van-tag v-if="customer.stale" type="warning" plain>久未跟进</van-tag>
            </div>
            <p class="customer-head__meta">
              最近访问 {{ timeOf(customer.last_visit_at) }} · 浏览 {{ customer.visit_count }} 次
              <template v-if="customer.last_contact_at"> · 最近跟进 {{ timeOf(customer.last_contact_at) }}</template>
            </p>
          </section>
          <van-cell-group inset class="customer-guidance">
            <van-cell v-if="isRep" title="经营指导书" label="分层、标记与推荐策略" icon="guide-o" is-link :to="'/rep/customers/' + customerId + '/guidance'" />
            <van-cell title="督导记录" label="老板对这位客户和跟进的点评" icon="comment-o" is-link :to="'/guidance?customer_id=' + customerId" />
          </van-cell-group>

          <section class="card customer-tags">
            <header class="card__header">
              <h2 class="card__title">标签</h2>
              <van-button v-if="isRep" size="mini" round plain type="primary" icon="plus" class="customer-tags__add" @click="openTags">添加标签</van-button>
            </header>
            <div class="customer-tags__list">
              <span v-for="tag in customer.tags" :key="tag.tag_id" class="customer-tag" :data-tag-id="tag.tag_id">
                <tag-chip :tag="tag" size="medium" />
                <span v-if="tag.source === 'rule'" class="customer-tag__auto" title="由自动标签规则打上">自动</span>
                <button
                  v-if="isRep"
                  type="button"
                  class="customer-tag__remove"
                  :aria-label="'移除标签 ' + tag.name"
                  :disabled="removing === tag.tag_id"
                  @click="removeTag(tag)"
                ><van-icon name="cross" /></button>
              </span>
              <span v-if="!customer.tags.length" class="customer-tags__none">还没有标签，打上标签方便筛选和经营</span>
            </div>
          </section>

          <div class="section-head">
            <h2 class="section-head__title">客户资料</h2>
            <button v-if="isRep" type="button" class="link section-head__action" @click="openProfile"><van-icon name="edit" /> 编辑资料</button>
          </div>
          <van-cell-group inset class="customer-profile">
            <template v-for="row in knownRows" :key="row.key">
              <van-cell v-if="row.key === 'notes'" title="备注" :label="row.value" class="customer-profile__notes" />
              <van-cell v-else :title="row.title" :value="row.value" />
            </template>
            <van-cell v-if="missingText && isRep" :title="missingText" is-link class="customer-profile__missing" @click="openProfile" />
          </van-cell-group>

          <section class="card follow-log">
            <van-tabs v-model:active="logTab" shrink class="follow-log__tabs" @change="onLogTab">
              <van-tab title="跟进记录" name="follow-ups">
                <van-list
                  v-model:loading="log.loading"
                  v-model:error="log.failed"
                  :finished="log.finished"
                  :finished-text="log.items.length ? '没有更多了' : ''"
                  error-text="加载失败，点击重试"
                  @load="log.loadNext"
                >
                  <van-empty v-if="log.finished && !log.items.length" image-size="80" description="还没有跟进记录，点下方「写跟进」记一笔" />
                  <ol class="follow-log__list">
                    <li v-for="entry in log.items" :key="entry.id" class="follow-up" :data-follow-up-id="entry.id">
                      <div class="follow-up__head">
                        <span class="follow-up__kind"><van-icon :name="kindIcon(entry.kind)" /> {{ FOLLOW_UP_KIND_LABELS[entry.kind] || entry.kind }}</span>
                        <span class="follow-up__by">{{ entry.author_name }} · <time :datetime="entry.created_at">{{ timeOf(entry.created_at) }}</time><template v-if="entry.edited_at"> · 已修改</template></span>
                        <button v-if="canEdit(entry)" type="button" class="link follow-up__edit" @click="edit(entry)">编辑</button>
                        <button v-if="!isRep" type="button" class="link follow-up__comment" @click="guideFollowUp(entry)">点评</button>
                      </div>
                      <p class="follow-up__content">{{ entry.content }}</p>
                      <p v-if="entry.outcome" class="follow-up__line"><span class="follow-up__key">结果</span>{{ entry.outcome }}</p>
                      <div v-if="entry.next_action || entry.due_at" class="follow-up__next" :class="{ 'follow-up__next--done': entry.done_at, 'follow-up__next--overdue': isOverdue(entry) }">
                        <div class="follow-up__next-text">
                          <span class="follow-up__key">下一步</span>{{ entry.next_action || '再次跟进' }}
                          <span v-if="entry.due_at" class="follow-up__due"><van-icon name="clock-o" /> {{ dueOf(entry.due_at) }}<template v-if="isOverdue(entry)"> 已逾期</template></span>
                        </div>
                        <van-button
                          v-if="isOpen(entry) && isRep"
                          size="mini"
                          round
                          type="primary"
                          plain
                          class="follow-up__done"
                          :loading="completing === entry.id"
                          @click="complete(entry)"
                        >完成</van-button>
                        <span v-else-if="entry.done_at" class="follow-up__done-text"><van-icon name="success" /> 已完成</span>
                      </div>
                    </li>
                  </ol>
                </van-list>
              </van-tab>
              <van-tab title="动态" name="timeline">
                <customer-timeline ref="timeline" :customer-id="customerId" />
              </van-tab>
            </van-tabs>
          </section>
        </template>
      </div>

      <div v-if="customer" class="bottom-bar customer-write">
        <van-button v-if="isRep" round block type="primary" icon="edit" @click="write">写跟进</van-button>
        <van-button v-else round block type="primary" icon="comment-o" @click="guideCustomer">督导这位客户</van-button>
      </div>

      <follow-up-form v-model:show="writer.show" :customer-id="customerId" :follow-up="writer.followUp" @saved="onSaved" />
      <guidance-sheet v-model:show="guidance.show" :subject="guidance.subject" :title="guidance.title" />

      <van-popup v-model:show="tagSheet.show" position="bottom" round closeable safe-area-inset-bottom class="tag-sheet">
        <h2 class="tag-sheet__title">添加标签</h2>
        <p class="tag-sheet__hint">点一下打上标签，再点一下取消</p>
        <div class="tag-sheet__body">
          <div v-if="!groups" class="page-loading"><van-loading size="20">加载中…</van-loading></div>
          <van-empty v-else-if="!groups.length" image="search" description="总部还没有设置标签" />
          <section v-for="group in groups || []" :key="group.id" class="tag-sheet__group">
            <h3 class="tag-sheet__group-name">{{ group.name }}</h3>
            <div class="tag-sheet__tags">
              <button
                v-for="tag in group.tags"
                :key="tag.id"
                type="button"
                class="chip"
                :class="{ 'chip--active': appliedIds.has(tag.id) }"
                :aria-pressed="appliedIds.has(tag.id)"
                :disabled="tagSheet.busy !== null"
                @click="toggleTag(tag)"
              ><van-icon v-if="appliedIds.has(tag.id)" name="success" /> {{ tag.name }}</button>
              <span v-if="!group.tags.length" class="tag-sheet__none">暂无标签</span>
            </div>
          </section>
        </div>
        <div class="tag-sheet__actions">
          <van-button round block type="primary" @click="tagSheet.show = false">完成</van-button>
        </div>
      </van-popup>

      <van-popup v-model:show="stageSheet.show" position="bottom" round closeable safe-area-inset-bottom class="stage-sheet">
        <h2 class="tag-sheet__title">调整阶段</h2>
        <p class="tag-sheet__hint">当前：{{ customer ? stageLabel(customer.stage) : '' }}。系统会按客户的行为自动推进，手动调整需写明原因。</p>
        <div class="stage-sheet__stages" role="radiogroup" aria-label="客户阶段">
          <button
            v-for="(stage, index) in STAGES"
            :key="stage"
            type="button"
            class="stage-option"
            :class="{ 'stage-option--active': stageSheet.stage === stage, 'stage-option--current': customer && customer.stage === stage }"
            role="radio"
            :aria-checked="stageSheet.stage === stage"
            @click="stageSheet.stage = stage; stageSheet.error = ''"
          ><span class="stage-option__index">{{ index + 1 }}</span>{{ STAGE_LABELS[stage] }}</button>
        </div>
        <van-field
          v-model="stageSheet.reason"
          label="调整原因"
          label-align="top"
          type="textarea"
          rows="2"
          autosize
          maxlength="200"
          required
          placeholder="如 客户明确提出了购买需求"
          :error-message="stageSheet.error"
          class="stage-sheet__reason"
        />
        <div class="tag-sheet__actions">
          <van-button round block type="primary" :loading="stageSheet.saving" @click="saveStage">确定调整</van-button>
        </div>
      </van-popup>

      <van-popup v-model:show="history.show" position="bottom" round closeable safe-area-inset-bottom class="tag-sheet">
        <h2 class="tag-sheet__title">阶段记录</h2>
        <div class="tag-sheet__body">
          <div v-if="!history.rows" class="page-loading"><van-loading size="20">加载中…</van-loading></div>
          <van-empty v-else-if="!history.rows.length" image-size="80" description="阶段还没有变化过" />
          <van-steps v-else direction="vertical" :active="0" active-color="#e8452c" class="order-history stage-history">
            <van-step v-for="(change, index) in history.rows" :key="index">
              <div class="order-history__line">
                <strong>{{ stageLabel(change.from_stage) }} → {{ stageLabel(change.to_stage) }}</strong>
                <span class="order-history__who">{{ actorOf(change) }}</span>
              </div>
              <div class="order-history__time">{{ formatDateTime(change.at, zone()) }}</div>
              <div v-if="change.reason" class="order-history__reason">原因：{{ change.reason }}</div>
            </van-step>
          </van-steps>
        </div>
      </van-popup>

      <van-action-sheet
        v-model:show="stateSheet"
        title="跟进状态"
        :actions="stateActions"
        cancel-text="取消"
        close-on-click-action
        @select="pickState"
      />

      <van-popup v-model:show="profile.show" position="bottom" round closeable safe-area-inset-bottom class="follow-up-form profile-sheet">
        <h2 class="follow-up-form__title">编辑资料</h2>
        <div class="follow-up-form__body">
          <van-cell-group>
            <van-field v-model="profile.form.name" label="称呼" maxlength="50" placeholder="如 王女士" :error-message="profile.errors.name" />
            <van-field v-model="profile.form.nickname" label="昵称" maxlength="50" placeholder="微信昵称等" :error-message="profile.errors.nickname" />
            <van-field v-model="profile.form.phone" label="手机号" type="tel" maxlength="11" placeholder="11 位手机号" :error-message="profile.errors.phone" />
            <van-field label="性别" :error-message="profile.errors.gender">
              <template #input>
                <van-radio-group v-model="profile.form.gender" direction="horizontal">
                  <van-radio name="male">男</van-radio>
                  <van-radio name="female">女</van-radio>
                  <van-radio name="">未知</van-radio>
                </van-radio-group>
              </template>
            </van-field>
            <van-field v-model="profile.form.region" label="地区" maxlength="50" placeholder="如 上海 浦东" :error-message="profile.errors.region" />
            <van-field
              :model-value="profile.form.birthday"
              label="生日"
              readonly
              is-link
              placeholder="选择日期"
              :error-message="profile.errors.birthday"
              @click="openBirthday"
            >
              <template v-if="profile.form.birthday" #button>
                <button type="button" class="link" @click.stop="profile.form.birthday = ''">清除</button>
              </template>
            </van-field>
            <van-field
              v-model="profile.form.notes"
              label="备注"
              type="textarea"
              rows="2"
              autosize
              maxlength="2000"
              placeholder="喜好、家庭、购买习惯…"
              :error-message="profile.errors.notes"
            />
          </van-cell-group>
          <p v-if="profile.errors.form" class="form-error follow-up-form__error">{{ profile.errors.form }}</p>
        </div>
        <div class="follow-up-form__actions">
          <van-button block round type="primary" :loading="profile.saving" @click="saveProfile">保存</van-button>
        </div>
        <van-popup v-model:show="profile.birthdayPicker" position="bottom" round teleport="body">
          <van-date-picker
            v-model="profile.birthday"
            title="生日"
            :min-date="BIRTHDAY_MIN"
            :max-date="BIRTHDAY_MAX"
            @confirm="pickBirthday"
            @cancel="profile.birthdayPicker = false"
          />
        </van-popup>
      </van-popup>
    </sub-page>
  `,
};

// /boss/training/check-ins and /hq/training/check-ins: 打卡审核, the check-ins of my subtree's
// people (HQ: everyone's), 待审核 first come first reviewed, or all of them latest first; with
// ?task_id= one task's. Each shows whose it is, the task, the words and photos (a tap shows
// them full screen); 通过 completes the task for them, 退回 asks why and sends it back. My own
// check-in (a boss's) is reviewed above me.
import { reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import CheckInItem from '../components/check-in-item.js';
import SubPage from '../components/sub-page.js';
import { usePagedList } from '../paged-list.js';
import { session } from '../session.js';
import { staffBase } from '../training.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'submitted', title: '待审核' },
  { name: '', title: '全部' },
];

export default {
  name: 'TrainingCheckInsPage',
  components: { CheckInItem, SubPage },
  setup() {
    const route = useRoute();
    const base = staffBase(route);
    const taskId = Number(route.query.task_id) || null;
    const tab = ref('submitted');
    const reviewing = ref(null);
    const returning = reactive({ show: false, checkIn: null, comment: '', error: '' });
    const checkIns = reactive(usePagedList((page, { quiet }) => api.get('/training/check-ins', {
      query: { page, per_page: PER_PAGE, state: tab.value || null, task_id: taskId }, toast: !quiet,
    })));

    async function review(checkIn, approve, comment = '') {
      reviewing.value = checkIn.id;
      try {
        const reviewed = await api.post(`/training/check-ins/${checkIn.id}/review`, { approve, comment });
        if (tab.value === 'submitted') checkIns.items = checkIns.items.filter((item) => item.id !== checkIn.id);
        else Object.assign(checkIn, reviewed);
        showSuccessToast(approve ? '已通过' : '已退回');
        return true;
      } catch (error) {
        if (error.code === 'check_in_reviewed') checkIns.restart({ keep: true });
        returning.error = fieldMessages(error).comment ?? '';
        return false;
      } finally {
        reviewing.value = null;
      }
    }

    function askReturn(checkIn) {
      Object.assign(returning, { show: true, checkIn, comment: '', error: '' });
    }

    // the dialog's 退回: kept open until the return went through
    async function confirmReturn(action) {
      if (action !== 'confirm') return true;
      if (!returning.comment.trim()) {
        returning.error = '请写明退回原因';
        return false;
      }
      return review(returning.checkIn, false, returning.comment.trim());
    }

    return { TABS, base, taskId, meId: session.me?.id, tab, reviewing, returning, checkIns, review, askReturn, confirmReturn };
  },
  template: `
    <sub-page :back="base + '/training'">
      <van-tabs v-model:active="tab" shrink class="status-tabs" @change="checkIns.restart()">
        <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
      </van-tabs>
      <p v-if="taskId && checkIns.items.length" class="page-tip">{{ checkIns.items[0].task_title }} 的打卡</p>
      <van-list v-model:loading="checkIns.loading" v-model:error="checkIns.failed" :finished="checkIns.finished"
        :finished-text="checkIns.items.length ? '没有更多了' : ''" error-text="加载失败，点击重试"
        class="page__body" @load="checkIns.loadNext">
        <van-empty v-if="checkIns.finished && !checkIns.items.length" image="search" :description="tab ? '没有待审核的打卡' : '还没有打卡'" />
        <ul v-else class="check-in-list check-in-queue">
          <check-in-item v-for="checkIn in checkIns.items" :key="checkIn.id" :check-in="checkIn" who class="card">
            <template v-if="checkIn.state === 'submitted' && checkIn.user_id === meId" #default>
              <span class="check-in__own">我的打卡，由上级审核</span>
            </template>
            <template v-else-if="checkIn.state === 'submitted'" #default>
              <van-button size="small" round plain type="danger" :disabled="reviewing === checkIn.id" @click="askReturn(checkIn)">退回</van-button>
              <van-button size="small" round type="primary" :loading="reviewing === checkIn.id" data-testid="approve" @click="review(checkIn, true)">通过</van-button>
            </template>
          </check-in-item>
        </ul>
      </van-list>
      <van-dialog v-model:show="returning.show" title="退回打卡" show-cancel-button confirm-button-text="退回" :before-close="confirmReturn" teleport="body">
        <van-field v-model="returning.comment" type="textarea" rows="3" autosize maxlength="500" show-word-limit
          placeholder="写明原因，员工修改后可重新提交" :error-message="returning.error" class="return-field" data-field="comment" />
      </van-dialog>
    </sub-page>
  `,
};

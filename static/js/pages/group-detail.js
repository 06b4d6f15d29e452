// /rep/groups/:id (where a rep's 拼团成功 / 拼团失败 notice leads), /boss/groups/:id and
// /hq/groups/:id: one group of a group-buy as staff see it. Its state, seats taken and paid,
// when it closes; every member with their seat's state, each to the customer's page and to
// their order (where the rep confirms the payment); every state the group went through. A rep
// invites more members to an open group with its link.
import { computed, onMounted, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime } from '../format.js';
import { GROUP_STATE_LABELS, MEMBER_STATE_LABELS } from '../labels.js';
import { session } from '../session.js';

const ROLE_BASE = { rep: '/rep', boss: '/boss', hq_admin: '/hq' };
const MEMBER_TAG = { held: 'warning', paid: 'success' };

export default {
  name: 'GroupDetailPage',
  components: { ShareSheet, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const group = ref(null);
    const failed = ref(false);
    const sharing = ref(false);
    const role = computed(() => session.me?.role);
    const zone = () => session.me?.company?.timezone;

    async function load() {
      failed.value = false;
      try {
        group.value = await api.get(`/groups/${route.params.id}`);
      } catch {
        failed.value = true;
      }
    }

    const customerPath = (member) => `${role.value === 'rep' ? '/rep' : '/boss'}/customers/${member.customer_id}`;
    const orderPath = (member) => `${ROLE_BASE[role.value]}/orders/${member.order_id}`;
    const stepText = (step) => (step.from_state
      ? `${GROUP_STATE_LABELS[step.from_state] ?? step.from_state} → ${GROUP_STATE_LABELS[step.to_state] ?? step.to_state}`
      : GROUP_STATE_LABELS[step.to_state] ?? step.to_state);
    const dateTime = (iso) => formatDateTime(iso, zone());

    onMounted(load);
    return {
      group, failed, sharing, role, GROUP_STATE_LABELS, MEMBER_STATE_LABELS, MEMBER_TAG, load, customerPath,
      orderPath, stepText, dateTime, router,
    };
  },
  template: `
    <sub-page title="拼团详情">
      <template #nav-right>
        <van-button v-if="role === 'rep' && group && group.state === 'open'" size="small" round type="primary" icon="share-o" @click="sharing = true">邀请参团</van-button>
      </template>
      <div class="page__body group-detail">
        <div v-if="!group && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!group" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="order-status group-detail__status" :class="'group-detail__status--' + group.state" :data-state="group.state">
            <div class="order-status__label">{{ GROUP_STATE_LABELS[group.state] ?? group.state }}<template v-if="group.virtual">（模拟成团）</template></div>
            <div class="order-status__number">{{ group.campaign_name }} · {{ group.size }}人团</div>
          </section>
          <van-cell-group inset title="进度">
            <van-cell title="已参团" :value="group.seats_taken + ' / ' + group.size + ' 人'" />
            <van-cell title="已付款" :value="group.seats_paid + ' 人'" />
            <van-cell v-if="group.state === 'open'" title="还差" :value="group.seats_left + ' 人'" />
            <van-cell title="开团时间" :value="dateTime(group.opened_at)" />
            <van-cell :title="group.state === 'open' ? '截止时间' : '结束时间'" :value="dateTime(group.closed_at || group.expires_at)" />
          </van-cell-group>
          <van-cell-group inset title="团员">
            <van-cell v-for="member in group.members" :key="member.id" center class="group-member" :data-member-state="member.state">
              <template #title>
                <button type="button" class="link group-member__name" @click="router.push(customerPath(member))">{{ member.customer_label }}</button>
                <van-tag v-if="member.leader" plain type="primary" class="group-member__leader">团长</van-tag>
              </template>
              <template #label>参团于 {{ dateTime(member.joined_at) }}</template>
              <template #value>
                <van-tag :type="MEMBER_TAG[member.state] ?? 'default'">{{ MEMBER_STATE_LABELS[member.state] ?? member.state }}</van-tag>
                <button type="button" class="link group-member__order" @click="router.push(orderPath(member))">订单</button>
              </template>
            </van-cell>
          </van-cell-group>
          <van-cell-group inset title="记录">
            <van-steps direction="vertical" :active="group.transitions.length - 1" active-color="#e8452c" class="order-history">
              <van-step v-for="(step, index) in group.transitions" :key="index">
                <div class="order-history__line"><strong>{{ stepText(step) }}</strong></div>
                <div class="order-history__time">{{ dateTime(step.at) }}</div>
                <div v-if="step.reason" class="order-history__reason">{{ step.reason }}</div>
              </van-step>
            </van-steps>
          </van-cell-group>
        </template>
      </div>
      <share-sheet v-if="group" v-model:show="sharing" :target="{ type: 'group', id: group.id, title: group.campaign_name }" />
    </sub-page>
  `,
};

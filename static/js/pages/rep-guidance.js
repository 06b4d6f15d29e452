// /rep/customers/:id/guidance: 经营指导书. One customer's profile, stage, segment and flags, the
// strategies of HQ's library that match them (with why), what they did lately and their orders.
// 写跟进 at the bottom opens the quick follow-up form.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute } from 'vue-router';
import { showSuccessToast, showToast } from 'vant';

import { api } from '../api.js';
import FollowUpForm from '../components/follow-up-form.js';
import { StageTag } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime, formatPrice } from '../format.js';
import { FLAG_LABELS, SEGMENT_LABELS, customerLabel, orderStatusLabel } from '../labels.js';
import { session } from '../session.js';

/** Copy text to the clipboard; older webviews fall back to a selected textarea. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export default {
  name: 'RepGuidancePage',
  components: { FollowUpForm, StageTag, SubPage },
  setup() {
    const route = useRoute();
    const customerId = computed(() => Number(route.params.id));
    const data = ref(null);
    const failed = ref(false);
    const writer = reactive({ show: false });
    const zone = () => session.me?.company?.timezone;

    async function load() {
      failed.value = false;
      try {
        data.value = await api.get(`/customers/${customerId.value}/guidance`);
      } catch (error) {
        failed.value = true;
        throw error;
      }
    }

    async function copy(text) {
      await copyText(text);
      showSuccessToast('已复制');
    }

    function materialLink(material) {
      if (material.share_path) return `${window.location.origin}${material.share_path}`;
      return material.url;
    }

    async function share(material) {
      const link = materialLink(material);
      if (link) await copy(link);
      else showToast(material.title);
    }

    onMounted(load);
    return {
      data, failed, writer, load, copy, share, customerId,
      customerLabel, orderStatusLabel, formatPrice,
      when: (iso) => formatDateTime(iso, zone()),
      segmentLabel: (key) => SEGMENT_LABELS[key] ?? key,
      flagLabel: (key) => FLAG_LABELS[key] ?? key,
      onSaved: () => { writer.show = false; load(); },
    };
  },
  template: `
    <sub-page>
      <div class="page__body guidance-page">
        <div v-if="!data && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="failed" description="加载失败"><van-button round size="small" @click="load">重试</van-button></van-empty>
        <template v-else>
          <section class="card guidance-head">
            <div class="guidance-head__title">
              <strong class="guidance-head__name">{{ customerLabel(data.customer) }}</strong>
              <stage-tag :stage="data.stage.stage" />
            </div>
            <p v-if="data.stage.reason" class="guidance-head__line">阶段：{{ data.stage.reason }}</p>
            <p v-if="data.rfm" class="guidance-head__line">分层：{{ segmentLabel(data.rfm.segment) }}（{{ data.rfm.meaning }}）</p>
            <p v-else class="guidance-head__line">分层：{{ data.rfm_note }}</p>
            <div v-if="data.flags.length" class="guidance-head__flags">
              <van-tag v-for="flag in data.flags" :key="flag.flag" type="warning" plain class="guidance-flag">{{ flagLabel(flag.flag) }}：{{ flag.reason }}</van-tag>
            </div>
          </section>

          <section class="card guidance-section">
            <h2 class="card__title">推荐策略</h2>
            <p v-if="!data.strategies.length" class="empty-text">暂无匹配的策略</p>
            <article v-for="strategy in data.strategies" :key="strategy.id" class="strategy-card">
              <h3 class="strategy-card__name">{{ strategy.name }}</h3>
              <div class="strategy-card__why">
                <span v-for="match in strategy.matched_on" :key="match.text" class="chip">{{ match.text }}</span>
              </div>
              <ul v-if="strategy.actions.length" class="strategy-card__actions">
                <li v-for="action in strategy.actions" :key="action"><van-icon name="passed" /> {{ action }}</li>
              </ul>
              <div v-for="point in strategy.talking_points" :key="point" class="strategy-card__point">
                <p>“{{ point }}”</p>
                <van-button size="mini" round plain type="primary" @click="copy(point)">复制</van-button>
              </div>
              <div v-for="material in strategy.materials" :key="material.kind + (material.id ?? material.url)" class="strategy-card__material">
                <span>{{ material.title }}</span>
                <van-button size="mini" round type="primary" @click="share(material)">{{ material.share_path || material.url ? '复制链接' : '查看' }}</van-button>
              </div>
            </article>
          </section>

          <section class="card guidance-section">
            <h2 class="card__title">最近行为</h2>
            <p class="guidance-head__line">近 7 天访问 {{ data.behaviour.visits_7d }} 次，近 30 天 {{ data.behaviour.visits_30d }} 次，累计 {{ data.behaviour.visit_count }} 次</p>
            <p v-if="data.behaviour.top_products.length" class="guidance-head__line">常看：{{ data.behaviour.top_products.map((p) => p.name + ' ×' + p.views).join('、') }}</p>
          </section>

          <section class="card guidance-section">
            <h2 class="card__title">最近订单</h2>
            <p v-if="!data.orders.length" class="empty-text">还没有订单</p>
            <div v-for="order in data.orders" :key="order.id" class="guidance-order">
              <span>{{ when(order.placed_at) }} · {{ order.product_names.join('、') }}</span>
              <span>{{ formatPrice(order.paid_amount || order.total_amount) }} {{ orderStatusLabel(order.status) }}</span>
            </div>
          </section>
        </template>
      </div>

      <div v-if="data" class="bottom-bar guidance-write">
        <van-button round block type="primary" icon="edit" @click="writer.show = true">写跟进</van-button>
      </div>
      <follow-up-form v-model:show="writer.show" :customer-id="customerId" @saved="onSaved" />
    </sub-page>
  `,
};

// /s/:code/group-buys/:id: a group-buy campaign a rep shared (no login). The product at the
// group price, how many make a group and how long a group has to fill, the shop's open
// groups to join (each with who is in, 还差 N 人 and its countdown), and 发起拼团 to open a
// group by ordering. Every open records a visit.
import { computed, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import GroupFaces from '../components/group-faces.js';
import ShopPrice from '../components/shop-price.js';
import ShopStrip from '../components/shop-strip.js';
import { formatDateTime } from '../format.js';
import { countdownFormat, groupOrderQuery, msUntil } from '../shop-plays.js';
import { recordVisit } from '../shop-visits.js';

export default {
  name: 'ShopGroupBuyPage',
  components: { GroupFaces, ShopPrice, ShopStrip },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const campaign = ref(null);
    const error = ref(null);

    async function load() {
      error.value = null;
      try {
        campaign.value = await api.get(`/shops/${encodeURIComponent(code.value)}/group-buys/${route.params.id}`, { toast: false, redirectOn401: false });
      } catch (failure) {
        error.value = failure;
      }
    }

    watch(() => campaign.value?.name, (name) => {
      if (name) document.title = name;
    });

    function openGroup() {
      if (campaign.value.closed) return;
      router.push({ name: 'shop-order', params: { code: code.value },
        query: groupOrderQuery(campaign.value.product.id, { campaignId: campaign.value.id }) });
    }

    function showGroup(group) {
      router.push({ name: 'shop-group', params: { code: code.value, id: group.id } });
    }

    function buyAlone() {
      router.push({ name: 'shop-product', params: { code: code.value, id: campaign.value.product.id } });
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    onMounted(() => {
      load();
      recordVisit(router, { code: code.value, objectType: 'group_buy', objectId: Number(route.params.id), token: route.query.t ?? null });
    });

    return {
      code, campaign, error, formatDateTime, countdownFormat, msUntil, load, openGroup, showGroup, buyAlone, goShop,
    };
  },
  template: `
    <div class="page page--play">
      <div v-if="!campaign && !error" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
      <van-empty v-else-if="error" image="error" :description="error.status === 404 ? '拼团活动不存在或已结束' : error.message">
        <div class="shop-empty-actions">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
          <van-button round plain type="primary" @click="goShop">去店铺看看</van-button>
        </div>
      </van-empty>
      <template v-else>
        <div class="play-cover shop-cover">
          <img v-if="campaign.product.cover_url" :src="campaign.product.cover_url" :alt="campaign.product.name" width="800" height="800" />
          <span v-else class="shop-cover__blank">{{ campaign.product.name.slice(0, 1) }}</span>
          <span class="play-cover__badge">{{ campaign.group_size }}人团</span>
        </div>
        <section class="product-info">
          <div class="product-info__price">
            <shop-price :fen="campaign.group_price" :list-fen="campaign.product.price" size="lg" />
            <span class="play-tag">拼团价</span>
          </div>
          <h1 class="product-info__name">{{ campaign.name }}</h1>
          <p class="product-info__subtitle">{{ campaign.product.name }}</p>
          <ul class="play-facts">
            <li>{{ campaign.group_size }} 人成团，开团后 {{ campaign.fill_hours }} 小时内凑齐</li>
            <li>活动截止 {{ formatDateTime(campaign.ends_at) }}</li>
            <li v-if="campaign.stock_left !== null">剩余 {{ campaign.stock_left }} 件</li>
            <li v-if="campaign.new_customers_only">仅限新客参团</li>
            <li>未成团的订单自动取消，已付款项全额退款</li>
          </ul>
        </section>
        <p v-if="campaign.description" class="play-description">{{ campaign.description }}</p>

        <section v-if="campaign.open_groups.length" class="open-groups" aria-labelledby="open-groups-title">
          <h2 id="open-groups-title" class="shop-section__title">正在拼团 <small>可直接参与</small></h2>
          <div v-for="group in campaign.open_groups" :key="group.id" class="open-group" role="link" tabindex="0"
            @click="showGroup(group)" @keyup.enter="showGroup(group)">
            <group-faces :members="group.members" :seats-left="0" :size="36" />
            <div class="open-group__body">
              <p class="open-group__left">还差 <strong>{{ group.seats_left }}</strong> 人</p>
              <p class="open-group__time">剩余 <van-count-down :time="msUntil(group.expires_at)" :format="countdownFormat(msUntil(group.expires_at))" class="play-countdown" /></p>
            </div>
            <van-button size="small" round type="primary" class="open-group__join">去参团</van-button>
          </div>
        </section>
        <shop-strip :code="code" />

        <van-action-bar safe-area-inset-bottom placeholder class="product-actions">
          <van-action-bar-icon icon="shop-o" text="店铺" @click="goShop" />
          <van-action-bar-button type="warning" text="单独购买" @click="buyAlone" />
          <van-action-bar-button type="primary" :disabled="Boolean(campaign.closed)" :text="campaign.closed || '发起拼团'" class="group-open" @click="openGroup" />
        </van-action-bar>
      </template>
    </div>
  `,
};

// /rep/toolbox: 营销百宝箱. What the rep may share with their own link: 素材 (the materials
// library, components/material-shelf.js), 优惠券 and 拼团 (the enabled plays that reach
// them). Each play shows its terms, what is left and its dates, 分享 (a link to copy or a
// poster, credited to the rep) and 我的数据 (the rep's own figures, with the customers who
// claimed or the groups opened through their links). The open tab is kept in the address.
import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import MaterialShelf from '../components/material-shelf.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { formatPrice } from '../format.js';
import { COUPON_KIND_LABELS } from '../labels.js';
import { usePagedList } from '../paged-list.js';
import { campaignTerms, campaignWindow, claimWindow, couponLeft, couponValidity } from '../plays.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = ['materials', 'coupons', 'group_buys'];

export default {
  name: 'RepToolboxPage',
  components: { MaterialShelf, ShareSheet, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const tab = ref(TABS.includes(route.query.tab) ? route.query.tab : 'coupons');
    const lists = {
      coupons: reactive(usePagedList((page) => api.get('/coupons', { query: { page, per_page: PER_PAGE } }))),
      group_buys: reactive(usePagedList((page) => api.get('/group-buys', { query: { page, per_page: PER_PAGE } }))),
    };
    const sharing = ref(false);
    const shareTarget = ref(null);
    const zone = () => session.me?.company?.timezone;

    function onTab(name) {
      router.replace({ query: { ...route.query, tab: name } });
    }

    function share(type, item) {
      shareTarget.value = { type, id: item.id, title: item.name };
      sharing.value = true;
    }

    function figures(path, item) {
      router.push(`/rep/toolbox/${path}/${item.id}`);
    }

    return {
      tab, lists, sharing, shareTarget, zone, COUPON_KIND_LABELS, formatPrice, campaignTerms,
      campaignWindow, claimWindow, couponLeft, couponValidity, onTab, share, figures,
    };
  },
  template: `
    <sub-page back="/rep">
      <van-tabs v-model:active="tab" sticky :offset-top="46" class="toolbox-tabs" @change="onTab">
        <van-tab name="materials" title="素材">
          <material-shelf />
        </van-tab>

        <van-tab name="coupons" title="优惠券">
          <van-list
            v-model:loading="lists.coupons.loading"
            v-model:error="lists.coupons.failed"
            :finished="lists.coupons.finished"
            :finished-text="lists.coupons.items.length ? '没有更多了' : ''"
            error-text="加载失败，点击重试"
            class="play-list"
            @load="lists.coupons.loadNext"
          >
            <van-empty v-if="lists.coupons.finished && !lists.coupons.items.length" image="default" description="暂时没有可分享的优惠券" />
            <article v-for="coupon in lists.coupons.items" :key="coupon.id" class="card play-card" :data-coupon-id="coupon.id">
              <div class="play-card__head">
                <span class="play-card__terms">{{ coupon.terms }}</span>
                <van-tag plain type="primary">{{ COUPON_KIND_LABELS[coupon.kind] }}</van-tag>
              </div>
              <h3 class="play-card__name">{{ coupon.name }}</h3>
              <p class="play-card__line">{{ couponLeft(coupon) }}</p>
              <p class="play-card__line">{{ claimWindow(coupon, zone()) }}</p>
              <p class="play-card__line">{{ couponValidity(coupon, zone()) }}</p>
              <div class="play-card__actions">
                <van-button size="small" round plain icon="bar-chart-o" @click="figures('coupons', coupon)">我的数据</van-button>
                <van-button size="small" round type="primary" icon="share-o" class="play-card__share" @click="share('coupon', coupon)">分享</van-button>
              </div>
            </article>
          </van-list>
        </van-tab>

        <van-tab name="group_buys" title="拼团">
          <van-list
            v-model:loading="lists.group_buys.loading"
            v-model:error="lists.group_buys.failed"
            :finished="lists.group_buys.finished"
            :finished-text="lists.group_buys.items.length ? '没有更多了' : ''"
            error-text="加载失败，点击重试"
            class="play-list"
            @load="lists.group_buys.loadNext"
          >
            <van-empty v-if="lists.group_buys.finished && !lists.group_buys.items.length" image="default" description="暂时没有可分享的拼团" />
            <article v-for="campaign in lists.group_buys.items" :key="campaign.id" class="card play-card" :data-group-buy-id="campaign.id">
              <div class="play-card__product">
                <van-image v-if="campaign.product.cover_url" :src="campaign.product.cover_url" width="56" height="56" radius="6" fit="cover" />
                <div class="play-card__body">
                  <h3 class="play-card__name">{{ campaign.name }}</h3>
                  <p class="play-card__line">{{ campaign.product.name }} · 原价 {{ formatPrice(campaign.product.price) }}</p>
                  <p class="play-card__terms">{{ campaignTerms(campaign) }}</p>
                </div>
              </div>
              <p class="play-card__line">{{ campaignWindow(campaign, zone()) }}</p>
              <div class="play-card__actions">
                <van-button size="small" round plain icon="friends-o" @click="figures('group-buys', campaign)">我的团与数据</van-button>
                <van-button size="small" round type="primary" icon="share-o" class="play-card__share" @click="share('group_buy', campaign)">分享</van-button>
              </div>
            </article>
          </van-list>
        </van-tab>
      </van-tabs>
      <share-sheet v-model:show="sharing" :target="shareTarget" />
    </sub-page>
  `,
};

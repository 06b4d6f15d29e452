// /s/:code: a rep's shop as the customer sees it (no login). The rep's card with "联系我",
// 咨询 / 预约 / 我的咨询 (with a dot for answers not seen yet) / 我的优惠券 / 我的拼团 (with
// a dot for groups that ended since last seen), the featured products, then the shelf by
// category; every open records a visit.
import { computed, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ProductCard from '../components/product-card.js';
import { ShopAskSheet, ShopBookSheet, hasAsked } from '../components/shop-ask.js';
import ShopAvatar from '../components/shop-avatar.js';
import ShopContact from '../components/shop-contact.js';
import ShopPrice from '../components/shop-price.js';
import { badgeCount } from '../format.js';
import { isGroupBuyer } from '../shop-plays.js';
import { cachedShop, loadShop, recordVisit } from '../shop-visits.js';

export default {
  name: 'ShopPage',
  components: { ProductCard, ShopAskSheet, ShopAvatar, ShopBookSheet, ShopContact, ShopPrice },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = computed(() => route.params.code);
    const data = ref(cachedShop(code.value));
    const error = ref(null);
    const loading = ref(false);
    const showContact = ref(false);
    const showAsk = ref(false);
    const showBook = ref(false);
    const unseen = ref(0); // answers and replies not seen yet
    const groupNews = ref(0); // groups of mine that succeeded or failed since I last looked

    const productCount = computed(() =>
      (data.value?.categories ?? []).reduce((sum, category) => sum + category.products.length, 0));

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        data.value = await loadShop(code.value);
      } catch (failure) {
        if (!data.value) error.value = failure;
      } finally {
        loading.value = false;
      }
    }

    watch(() => data.value?.shop.display_name, (name) => {
      if (name) document.title = name;
    }, { immediate: true });

    async function loadUnseen() {
      if (!hasAsked(code.value)) return; // a visitor who never asked costs no request
      try {
        const mine = await api.get(`/shops/${encodeURIComponent(code.value)}/my-messages`, { toast: false, redirectOn401: false });
        unseen.value = mine.unseen;
      } catch {
        // only a dot
      }
    }

    async function loadGroupNews() {
      if (!isGroupBuyer(code.value)) return; // a visitor never in a group costs no request
      try {
        const seats = await api.get(`/shops/${encodeURIComponent(code.value)}/my-groups`, { toast: false, redirectOn401: false });
        groupNews.value = seats.filter((seat) => seat.unseen).length;
      } catch {
        // only a dot
      }
    }

    function openMessages() {
      router.push({ name: 'shop-messages', params: { code: code.value } });
    }

    function openProduct(product) {
      router.push({ name: 'shop-product', params: { code: code.value, id: product.id } });
    }

    onMounted(() => {
      load();
      recordVisit(router, { code: code.value, objectType: 'shop', token: route.query.t ?? null });
      loadUnseen();
      loadGroupNews();
    });

    return {
      code, data, error, loading, showContact, showAsk, showBook, unseen, groupNews, productCount, load, openProduct,
      openMessages, badgeCount,
    };
  },
  template: `
    <div class="page page--shop">
      <div v-if="!data && loading" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
      <van-empty v-else-if="error" image="error" :description="error.message">
        <van-button v-if="error.status !== 404" round type="primary" class="shop-retry" @click="load">重新加载</van-button>
      </van-empty>
      <template v-else-if="data">
        <header class="shop-hero">
          <div class="shop-hero__top">
            <shop-avatar :url="data.shop.avatar_url" :name="data.shop.rep_name" :size="60" class="shop-hero__avatar" />
            <div class="shop-hero__who">
              <h1 class="shop-hero__name">{{ data.shop.display_name }}</h1>
              <p class="shop-hero__company">{{ data.company.name }} · 顾问 {{ data.shop.rep_name }}</p>
            </div>
          </div>
          <p class="shop-hero__greeting">{{ data.shop.greeting }}</p>
          <div class="shop-hero__actions">
            <van-button round size="small" icon="phone-o" class="shop-hero__contact" @click="showContact = true">联系我</van-button>
            <van-button round size="small" plain icon="orders-o" class="shop-hero__orders" :to="{ name: 'shop-orders', params: { code } }">我的订单</van-button>
          </div>
        </header>

        <nav class="shop-services" aria-label="咨询与预约">
          <button type="button" class="shop-service" @click="showAsk = true">
            <van-icon name="chat-o" class="shop-service__icon" /><span>咨询顾问</span>
          </button>
          <button type="button" class="shop-service" @click="showBook = true">
            <van-icon name="calendar-o" class="shop-service__icon" /><span>预约到店</span>
          </button>
          <button type="button" class="shop-service shop-service--messages" @click="openMessages">
            <van-badge :content="badgeCount(unseen)" :offset="[4, 0]">
              <van-icon name="comment-o" class="shop-service__icon" />
            </van-badge>
            <span>我的咨询</span>
          </button>
          <router-link :to="{ name: 'shop-my-coupons', params: { code } }" class="shop-service shop-service--coupons">
            <van-icon name="coupon-o" class="shop-service__icon" /><span>我的优惠券</span>
          </router-link>
          <router-link :to="{ name: 'shop-my-groups', params: { code } }" class="shop-service shop-service--groups">
            <van-badge :content="badgeCount(groupNews)" :offset="[4, 0]">
              <van-icon name="friends-o" class="shop-service__icon" />
            </van-badge>
            <span>我的拼团</span>
          </router-link>
        </nav>

        <section v-if="data.featured.length" class="shop-featured" aria-labelledby="shop-featured-title">
          <h2 id="shop-featured-title" class="shop-section__title">主推 <small>顾问精选</small></h2>
          <div class="shop-featured__list">
            <article
              v-for="product in data.featured"
              :key="product.id"
              class="featured-card"
              role="link"
              tabindex="0"
              @click="openProduct(product)"
              @keyup.enter="openProduct(product)"
            >
              <div class="featured-card__cover shop-cover">
                <img v-if="product.cover_url" :src="product.cover_url" :alt="product.name" loading="lazy" width="400" height="400" />
                <span v-else class="shop-cover__blank">{{ product.name.slice(0, 1) }}</span>
                <span v-if="product.sold_out" class="shop-cover__sold-out">售罄</span>
              </div>
              <div class="featured-card__body">
                <h3 class="featured-card__name">{{ product.name }}</h3>
                <p class="featured-card__subtitle">{{ product.subtitle }}</p>
                <shop-price :fen="product.price" :list-fen="product.list_price" />
              </div>
            </article>
          </div>
        </section>

        <section class="shop-shelf" aria-label="全部商品">
          <van-empty v-if="productCount === 0" image="default" description="店铺正在上新，敬请期待" />
          <van-tabs
            v-else
            scrollspy
            sticky
            shrink
            :offset-top="0"
            class="shop-shelf__tabs"
          >
            <van-tab v-for="category in data.categories" :key="category.id ?? 'other'" :title="category.name">
              <h2 class="shop-shelf__category">{{ category.name }}</h2>
              <div class="product-grid">
                <product-card
                  v-for="product in category.products"
                  :key="product.id"
                  :product="product"
                  @open="openProduct"
                />
              </div>
            </van-tab>
          </van-tabs>
        </section>

        <footer class="shop-footer">{{ data.company.name }}</footer>
        <shop-contact v-model:show="showContact" :shop="data.shop" />
        <shop-ask-sheet v-model:show="showAsk" :code="code" @sent="openMessages" />
        <shop-book-sheet v-model:show="showBook" :code="code" @sent="openMessages" />
      </template>
    </div>
  `,
};

// /s/:code/p/:id: one product of a rep's shop (no login): gallery, price, stock, the detail,
// who recommends it, 咨询 (a question about this product), and 立即购买 -> quantity -> the
// order form. Every open records a visit.
import { computed, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import { ShopAskSheet } from '../components/shop-ask.js';
import ShopAvatar from '../components/shop-avatar.js';
import ShopContact from '../components/shop-contact.js';
import ShopPrice from '../components/shop-price.js';
import { recordVisit } from '../shop-visits.js';

export default {
  name: 'ShopProductPage',
  components: { ShopAskSheet, ShopAvatar, ShopContact, ShopPrice },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const data = ref(null);
    const error = ref(null);
    const loading = ref(false);
    const showContact = ref(false);
    const showBuy = ref(false);
    const showAsk = ref(false);
    const quantity = ref(1);
    const slide = ref(0);

    const code = computed(() => route.params.code);
    const product = computed(() => data.value?.product ?? null);
    const images = computed(() => {
      if (!product.value) return [];
      const urls = [product.value.cover_url, ...product.value.gallery].filter(Boolean);
      return [...new Set(urls)];
    });
    const soldOut = computed(() => product.value?.stock_status === 'sold_out');
    // The server says how many one order may take: the stock left, at most ORDER_MAX_QUANTITY.
    const maxQuantity = computed(() => Math.max(product.value?.max_quantity ?? 1, 1));
    const canGoBack = () => Boolean(window.history.state?.back);

    async function load(id) {
      loading.value = true;
      error.value = null;
      try {
        data.value = await api.get(`/shops/${encodeURIComponent(code.value)}/products/${id}`, {
          toast: false,
          redirectOn401: false,
        });
        slide.value = 0;
      } catch (failure) {
        error.value = failure;
      } finally {
        loading.value = false;
      }
    }

    function open(id) {
      load(id);
      recordVisit(router, { code: code.value, objectType: 'product', objectId: Number(id), token: route.query.t ?? null });
    }

    watch(() => product.value?.name, (name) => {
      if (name) document.title = name;
    });

    // Another product of the same shop reuses this page.
    watch(() => route.params.id, (id, previous) => {
      if (id && id !== previous && route.name === 'shop-product') open(id);
    });

    onMounted(() => open(route.params.id));

    function back() {
      if (canGoBack()) router.back();
      else goShop();
    }

    function goShop() {
      router.push({ name: 'shop', params: { code: code.value } });
    }

    function buy() {
      if (soldOut.value) return;
      quantity.value = Math.min(Math.max(quantity.value, 1), maxQuantity.value);
      showBuy.value = true;
    }

    function openMessages() {
      router.push({ name: 'shop-messages', params: { code: code.value } });
    }

    function confirmBuy() {
      showBuy.value = false;
      router.push({
        name: 'shop-order',
        params: { code: code.value },
        query: { items: `${product.value.id}x${quantity.value}` },
      });
    }

    return {
      data, error, loading, product, images, soldOut, maxQuantity, slide, quantity, code,
      showContact, showBuy, showAsk, canGoBack, back, goShop, buy, confirmBuy, openMessages, load, route,
    };
  },
  template: `
    <div class="page page--product">
      <div v-if="!data && loading" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
      <van-empty v-else-if="error" image="error" :description="error.message">
        <div class="shop-empty-actions">
          <van-button v-if="error.status !== 404" round type="primary" @click="load(route.params.id)">重新加载</van-button>
          <van-button round plain type="primary" @click="goShop">去店铺看看</van-button>
        </div>
      </van-empty>
      <template v-else-if="product">
        <div class="product-gallery shop-cover">
          <van-swipe v-if="images.length" :loop="images.length > 1" :show-indicators="false" @change="slide = $event">
            <van-swipe-item v-for="(url, index) in images" :key="url">
              <img :src="url" :alt="product.name + ' 图' + (index + 1)" :loading="index === 0 ? 'eager' : 'lazy'" width="800" height="800" />
            </van-swipe-item>
          </van-swipe>
          <span v-else class="shop-cover__blank">{{ product.name.slice(0, 1) }}</span>
          <span v-if="images.length > 1" class="product-gallery__count">{{ slide + 1 }}/{{ images.length }}</span>
          <button type="button" class="product-gallery__back" :aria-label="canGoBack() ? '返回' : '进店逛逛'" @click="back">
            <van-icon :name="canGoBack() ? 'arrow-left' : 'shop-o'" />
          </button>
        </div>

        <section class="product-info">
          <div class="product-info__price">
            <shop-price :fen="product.price" :list-fen="product.list_price" size="lg" />
            <span v-if="product.stock_status === 'low'" class="product-info__stock">仅剩 {{ product.stock_left }} 件</span>
            <span v-else-if="soldOut" class="product-info__stock product-info__stock--out">已售罄</span>
          </div>
          <h1 class="product-info__name">{{ product.name }}</h1>
          <p v-if="product.subtitle" class="product-info__subtitle">{{ product.subtitle }}</p>
          <p v-if="product.tags.length" class="product-info__tags">
            <span v-for="tag in product.tags" :key="tag" class="shop-tag">{{ tag }}</span>
          </p>
        </section>

        <section class="product-rep" role="button" tabindex="0" @click="showContact = true" @keyup.enter="showContact = true">
          <shop-avatar :url="data.shop.avatar_url" :name="data.shop.rep_name" :size="44" />
          <div class="product-rep__body">
            <p class="product-rep__title">由 {{ data.shop.rep_name }} 为您推荐</p>
            <p class="product-rep__greeting">{{ data.shop.greeting }}</p>
          </div>
          <span class="product-rep__action">联系<van-icon name="arrow" /></span>
        </section>

        <section v-if="product.detail.length" class="product-detail" aria-labelledby="product-detail-title">
          <h2 id="product-detail-title" class="shop-section__title">商品详情</h2>
          <template v-for="(block, index) in product.detail" :key="index">
            <p v-if="block.type === 'text'" class="product-detail__text">{{ block.text }}</p>
            <img v-else-if="block.type === 'image'" :src="block.url" alt="" loading="lazy" class="product-detail__image" />
          </template>
        </section>

        <van-action-bar safe-area-inset-bottom placeholder class="product-actions">
          <van-action-bar-icon icon="shop-o" text="店铺" @click="goShop" />
          <van-action-bar-icon icon="chat-o" text="咨询" class="product-actions__ask" @click="showAsk = true" />
          <van-action-bar-icon icon="service-o" text="联系顾问" @click="showContact = true" />
          <van-action-bar-button type="primary" :disabled="soldOut" :text="soldOut ? '已售罄' : '立即购买'" @click="buy" />
        </van-action-bar>

        <van-popup v-model:show="showBuy" position="bottom" round closeable safe-area-inset-bottom class="buy-sheet">
          <div class="buy-sheet__head">
            <div class="buy-sheet__cover shop-cover">
              <img v-if="product.cover_url" :src="product.cover_url" :alt="product.name" width="160" height="160" />
              <span v-else class="shop-cover__blank">{{ product.name.slice(0, 1) }}</span>
            </div>
            <div class="buy-sheet__info">
              <shop-price :fen="product.price" size="lg" />
              <p class="buy-sheet__name">{{ product.name }}</p>
              <p v-if="product.stock_status === 'low'" class="buy-sheet__stock">仅剩 {{ product.stock_left }} 件</p>
            </div>
          </div>
          <div class="buy-sheet__row">
            <span>购买数量</span>
            <van-stepper v-model="quantity" :min="1" :max="maxQuantity" integer input-width="48px" button-size="30px" />
          </div>
          <div class="buy-sheet__submit">
            <van-button type="primary" round block @click="confirmBuy">确定</van-button>
          </div>
        </van-popup>

        <shop-contact v-model:show="showContact" :shop="data.shop" />
        <shop-ask-sheet v-model:show="showAsk" :code="code" :product="product" @sent="openMessages" />
      </template>
    </div>
  `,
};

// /s/:code/materials/:id: a material of the rep's toolbox as the customer reads it from the
// rep's link (no login): cover, title and summary, then what its kind carries (an article's
// text and image blocks, a PDF to open or download, a video, a poster, the rep's business
// card), who shared it and the way into the rep's shop. Each open of the page is recorded
// once (a visit of the shop too; the visitor's forward token goes into the address, as on a
// product page), and the time the page has been in front is reported whenever it is hidden
// or left (WeChat's browser and phones give no reliable unload: visibilitychange and pagehide).
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ShopAvatar from '../components/shop-avatar.js';
import ShopContact from '../components/shop-contact.js';
import { formatFileSize } from '../format.js';
import { MATERIAL_KIND_LABELS, fileTypeLabel } from '../labels.js';
import { recordMaterialOpen } from '../shop-visits.js';

/**
 * How long the page has been in front, in whole seconds, told to `report` each time it is
 * hidden or left (and by stop()); the server keeps the longest it heard.
 */
function useStay(report) {
  let shown = 0; // milliseconds in front before `since`
  let since = document.visibilityState === 'visible' ? performance.now() : null;

  function pause() {
    if (since !== null) shown += performance.now() - since;
    since = null;
    report(Math.floor(shown / 1000));
  }

  function onVisibility() {
    if (document.visibilityState === 'hidden') pause();
    else since ??= performance.now();
  }

  window.addEventListener('pagehide', pause);
  document.addEventListener('visibilitychange', onVisibility);
  return function stop() {
    window.removeEventListener('pagehide', pause);
    document.removeEventListener('visibilitychange', onVisibility);
    pause();
  };
}

export default {
  name: 'ShopMaterialPage',
  components: { ShopAvatar, ShopContact },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const code = route.params.code;
    const materialId = Number(route.params.id);
    const data = ref(null);
    const error = ref(null);
    const loading = ref(false);
    const preview = ref(false); // staff signed in: the open is not recorded
    const showContact = ref(false);
    let openId = null;
    let reported = 0;

    const material = computed(() => data.value?.material ?? null);
    const fileKind = computed(() => {
      const type = material.value?.file_type ?? '';
      if (type.startsWith('video/')) return 'video';
      return type.startsWith('image/') ? 'image' : type ? 'document' : null;
    });
    const fileText = computed(() => [`${fileTypeLabel(material.value?.file_type)} 文件`, formatFileSize(material.value?.file_size)].join(' · '));
    // A poster is its picture; a video shows its cover before it plays.
    const banner = computed(() => material.value?.cover_url && !['poster', 'video', 'card'].includes(material.value.kind));
    const canGoBack = () => Boolean(window.history.state?.back);

    function report(seconds) {
      if (openId === null || seconds <= reported) return;
      reported = seconds;
      api.post(`/shops/${encodeURIComponent(code)}/materials/${materialId}/opens/${openId}/time`, { seconds }, {
        toast: false, redirectOn401: false, keepalive: true,
      }).catch(() => {}); // a lost report costs a few seconds of a figure, never the reader
    }
    const stopStay = useStay(report);

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        data.value = await api.get(`/shops/${encodeURIComponent(code)}/materials/${materialId}`, {
          toast: false, redirectOn401: false,
        });
      } catch (failure) {
        error.value = failure;
      } finally {
        loading.value = false;
      }
    }

    async function open() {
      const opened = await recordMaterialOpen(router, { code, materialId, token: route.query.t ?? null });
      openId = opened?.open_id ?? null;
      preview.value = opened?.recorded === false;
    }

    watch(() => material.value?.title, (title) => {
      if (title) document.title = title;
    });

    onMounted(() => {
      load();
      open();
    });
    onBeforeUnmount(stopStay);

    function goShop() {
      router.push({ name: 'shop', params: { code } });
    }

    function back() {
      if (canGoBack()) router.back();
      else goShop();
    }

    return {
      MATERIAL_KIND_LABELS, data, error, loading, preview, showContact, material, fileKind, fileText,
      banner, canGoBack, load, goShop, back,
    };
  },
  template: `
    <div class="page page--material">
      <div v-if="!data && loading" class="shop-loading"><van-loading vertical>加载中…</van-loading></div>
      <van-empty v-else-if="error" image="error" :description="error.message">
        <div class="shop-empty-actions">
          <van-button v-if="error.status !== 404" round type="primary" @click="load">重新加载</van-button>
          <van-button round plain type="primary" @click="goShop">去店铺看看</van-button>
        </div>
      </van-empty>
      <template v-else-if="material">
        <p v-if="preview" class="material-preview" role="status">
          <van-icon name="eye-o" /> 预览：顾客看到的就是这个页面，您打开不计入访问
        </p>
        <div class="material-top" :class="{ 'material-top--banner': banner }">
          <img v-if="banner" :src="material.cover_url" alt="" class="material-banner" width="750" height="422" />
          <button v-if="canGoBack()" type="button" class="material-back" aria-label="返回" @click="back">
            <van-icon name="arrow-left" />
          </button>
        </div>

        <article class="material" :data-kind="material.kind">
          <header class="material__head">
            <van-tag plain type="primary" class="material__kind">{{ MATERIAL_KIND_LABELS[material.kind] }}</van-tag>
            <h1 class="material__title">{{ material.title }}</h1>
            <p v-if="material.summary" class="material__summary">{{ material.summary }}</p>
            <p v-if="material.tags.length" class="material__tags">
              <span v-for="tag in material.tags" :key="tag" class="shop-tag">{{ tag }}</span>
            </p>
          </header>

          <section v-if="data.card" class="business-card" aria-label="名片">
            <div class="business-card__head">
              <shop-avatar :url="data.card.avatar_url" :name="data.card.rep_name" :size="64" />
              <div class="business-card__who">
                <p class="business-card__name">{{ data.card.rep_name }}</p>
                <p class="business-card__unit">{{ data.card.unit_name }} · {{ data.card.company_name }}</p>
                <p class="business-card__shop">{{ data.card.display_name }}</p>
              </div>
            </div>
            <p class="business-card__greeting">{{ data.card.greeting }}</p>
            <a v-if="data.card.phone" class="business-card__phone" :href="'tel:' + data.card.phone">
              <van-icon name="phone-o" /> {{ data.card.phone }}
            </a>
            <div v-if="data.card.wechat_qr_url" class="business-card__qr">
              <img :src="data.card.wechat_qr_url" alt="微信二维码" width="160" height="160" />
              <p>长按识别二维码，添加我的微信</p>
            </div>
          </section>

          <img v-if="material.kind === 'poster' && material.cover_url" :src="material.cover_url" :alt="material.title" class="material__poster" />

          <video v-if="fileKind === 'video'" class="material__video" :src="material.file_url" :poster="material.cover_url || undefined"
            controls playsinline webkit-playsinline x5-playsinline preload="metadata"></video>
          <img v-else-if="fileKind === 'image'" :src="material.file_url" :alt="material.file_name || material.title" class="material__picture" />
          <section v-else-if="fileKind === 'document'" class="material-file">
            <van-icon name="description" class="material-file__icon" />
            <div class="material-file__body">
              <p class="material-file__name">{{ material.file_name || material.title }}</p>
              <p class="material-file__meta">{{ fileText }}</p>
            </div>
            <div class="material-file__actions">
              <van-button size="small" round type="primary" tag="a" :href="material.file_url" target="_blank" rel="noopener">打开</van-button>
              <van-button size="small" round plain type="primary" tag="a" :href="material.file_url" :download="material.file_name || ''">下载</van-button>
            </div>
          </section>

          <section v-if="material.body.length" class="material__body">
            <template v-for="(block, index) in material.body" :key="index">
              <p v-if="block.type === 'text'" class="product-detail__text">{{ block.text }}</p>
              <img v-else-if="block.type === 'image'" :src="block.url" alt="" loading="lazy" class="material__image" />
            </template>
          </section>
        </article>

        <section class="product-rep material-rep" role="button" tabindex="0" @click="showContact = true" @keyup.enter="showContact = true">
          <shop-avatar :url="data.shop.avatar_url" :name="data.shop.rep_name" :size="44" />
          <div class="product-rep__body">
            <p class="product-rep__title">由 {{ data.shop.rep_name }} 为您分享</p>
            <p class="product-rep__greeting">{{ data.shop.greeting }}</p>
          </div>
          <span class="product-rep__action">联系<van-icon name="arrow" /></span>
        </section>

        <van-action-bar safe-area-inset-bottom placeholder class="product-actions">
          <van-action-bar-icon icon="service-o" text="联系顾问" @click="showContact = true" />
          <van-action-bar-button type="primary" icon="shop-o" text="进店逛逛" @click="goShop" />
        </van-action-bar>

        <shop-contact v-model:show="showContact" :shop="data.shop" />
      </template>
    </div>
  `,
};

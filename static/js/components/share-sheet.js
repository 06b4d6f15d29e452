// The share sheet of anything a rep shares (the shop, a product, a coupon, a group-buy, a
// group): a link to copy, or a poster to save.
//
// Each way of sharing creates its own share (POST /shares) with its channel: the link tab
// a "link" share when the sheet opens, the poster tab a "poster" share when first shown. A
// visit through either link credits the rep. Reopening the sheet for the same thing reuses
// the shares already made.
import { computed, reactive, ref, watch } from 'vue';

import { api } from '../api.js';
import { copyLink } from '../clipboard.js';

// What the sheet's title calls each shared thing (the shop's has no name after it).
const TITLES = {
  shop: '分享店铺',
  product: '分享商品',
  coupon: '分享优惠券',
  group_buy: '分享拼团',
  group: '邀请参团',
};

export default {
  name: 'ShareSheet',
  props: {
    show: { type: Boolean, default: false },
    // What to share: { type: 'shop' }, or { type, id, title } of a shareable object type.
    target: { type: Object, default: null },
  },
  emits: ['update:show'],
  setup(props) {
    const tab = ref('link');
    const key = computed(() => (props.target ? `${props.target.type}:${props.target.id ?? ''}` : ''));
    // Shares made for the current target, by channel; state of each request.
    const shares = reactive({ link: null, poster: null });
    const busy = reactive({ link: false, poster: false });
    const failed = reactive({ link: false, poster: false });
    const poster = reactive({ loaded: false, failed: false });
    let madeFor = '';

    const link = computed(() => (shares.link ? window.location.origin + shares.link.url : ''));
    const title = computed(() => {
      if (!props.target) return '分享';
      const title = TITLES[props.target.type] ?? '分享';
      return props.target.title ? `${title}：${props.target.title}` : title;
    });

    async function make(channel) {
      if (!props.target || shares[channel] || busy[channel]) return;
      busy[channel] = true;
      failed[channel] = false;
      const forKey = key.value;
      try {
        const share = await api.post('/shares', {
          object_type: props.target.type,
          object_id: props.target.type === 'shop' ? null : props.target.id,
          channel,
        });
        if (forKey === key.value) shares[channel] = share;
      } catch {
        failed[channel] = true; // the client has shown the message
      } finally {
        busy[channel] = false;
      }
    }

    function reset() {
      shares.link = null;
      shares.poster = null;
      failed.link = failed.poster = false;
      poster.loaded = poster.failed = false;
      tab.value = 'link';
    }

    watch(
      () => props.show,
      (open) => {
        if (!open) return;
        if (madeFor !== key.value) {
          reset();
          madeFor = key.value;
        }
        make(tab.value);
      },
      { immediate: true },
    );
    watch(tab, (name) => {
      if (props.show) make(name);
    });

    function copy() {
      if (link.value) copyLink(link.value);
    }

    function retryPoster() {
      if (shares.poster) {
        // The image failed: ask again with a fresh URL (the browser may cache the failure).
        poster.failed = false;
        poster.loaded = false;
        shares.poster = { ...shares.poster, poster_url: `${shares.poster.poster_url.split('?')[0]}?retry=${Date.now()}` };
      } else {
        make('poster');
      }
    }

    return { tab, shares, busy, failed, poster, link, title, make, copy, retryPoster };
  },
  template: `
    <van-popup
      :show="show"
      position="bottom"
      round
      closeable
      safe-area-inset-bottom
      class="share-sheet"
      @update:show="$emit('update:show', $event)"
    >
      <h2 class="share-sheet__title">{{ title }}</h2>
      <van-tabs v-model:active="tab" class="share-sheet__tabs">
        <van-tab title="分享链接" name="link">
          <div class="share-sheet__pane">
            <div v-if="busy.link" class="share-sheet__loading"><van-loading size="20">正在生成链接…</van-loading></div>
            <div v-else-if="failed.link" class="share-sheet__loading">
              <van-button size="small" round @click="make('link')">生成失败，重试</van-button>
            </div>
            <p v-else-if="link" class="share-link" data-testid="share-link">{{ link }}</p>
            <van-button block round type="primary" icon="link-o" :disabled="!link" @click="copy">复制链接</van-button>
            <p class="share-sheet__hint">复制后粘贴到微信聊天、朋友圈或短信中发送</p>
          </div>
        </van-tab>
        <van-tab title="生成海报" name="poster">
          <div class="share-sheet__pane">
            <div class="share-poster" :class="{ 'share-poster--loading': !poster.loaded }">
              <div v-if="(busy.poster || (shares.poster && !poster.loaded)) && !poster.failed" class="share-poster__state">
                <van-loading vertical size="24">海报生成中…</van-loading>
              </div>
              <div v-else-if="failed.poster || poster.failed" class="share-poster__state">
                <van-button size="small" round @click="retryPoster">海报生成失败，重试</van-button>
              </div>
              <img
                v-if="shares.poster && !poster.failed"
                :src="shares.poster.poster_url"
                alt="分享海报"
                class="share-poster__image"
                @load="poster.loaded = true"
                @error="poster.failed = true"
              />
            </div>
            <p class="share-sheet__hint"><van-icon name="photo-o" /> 长按图片保存或发送给朋友</p>
          </div>
        </van-tab>
      </van-tabs>
      <p class="share-sheet__wechat">
        <van-icon name="wechat" color="#07c160" />
        在微信中打开链接后，也可以点右上角「···」转发给朋友或分享到朋友圈
      </p>
    </van-popup>
  `,
};

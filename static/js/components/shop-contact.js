// "联系我": the rep's phone (a tel: link) and their WeChat QR code, in a bottom sheet.
import ShopAvatar from './shop-avatar.js';

export default {
  name: 'ShopContact',
  components: { ShopAvatar },
  props: {
    show: { type: Boolean, default: false },
    shop: { type: Object, required: true },
  },
  emits: ['update:show'],
  template: `
    <van-popup
      :show="show"
      position="bottom"
      round
      closeable
      safe-area-inset-bottom
      class="shop-contact"
      @update:show="$emit('update:show', $event)"
    >
      <div class="shop-contact__head">
        <shop-avatar :url="shop.avatar_url" :name="shop.rep_name" :size="52" />
        <div class="shop-contact__who">
          <p class="shop-contact__name">{{ shop.rep_name }}</p>
          <p class="shop-contact__role">您的专属顾问 · {{ shop.display_name }}</p>
        </div>
      </div>
      <div v-if="shop.wechat_qr_url" class="shop-contact__qr">
        <img :src="shop.wechat_qr_url" alt="微信二维码" width="200" height="200" />
        <p>长按识别二维码，添加我的微信</p>
      </div>
      <div class="shop-contact__actions">
        <van-button
          v-if="shop.phone"
          tag="a"
          :href="'tel:' + shop.phone"
          icon="phone-o"
          type="primary"
          round
          block
        >拨打电话 {{ shop.phone }}</van-button>
        <p v-if="!shop.phone && !shop.wechat_qr_url" class="shop-contact__none">
          顾问暂未留下联系方式，下单后会主动与您联系。
        </p>
      </div>
    </van-popup>
  `,
};

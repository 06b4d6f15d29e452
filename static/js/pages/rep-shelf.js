// /rep/shelf: 货架管理. HQ's pinned products first (总部推荐, not removable), then the rep's
// own: 主推 switch, move up/down (within featured or not: featured ones always come first),
// remove, share. Off-sale products stay on the shelf greyed until HQ puts them back on sale.
import { computed, onMounted, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import ProductCell from '../components/product-cell.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { formatRate } from '../format.js';
import { session } from '../session.js';

export default {
  name: 'RepShelfPage',
  components: { ProductCell, ShareSheet, SubPage },
  setup() {
    const router = useRouter();
    const shelf = ref(null);
    const loading = ref(false);
    const failed = ref(false);
    const busyId = ref(null); // the item being changed
    const sharing = ref(false);
    const shareTarget = ref(null);

    const items = computed(() => shelf.value?.items ?? []);
    const pinned = computed(() => shelf.value?.pinned ?? []);
    const featuredCount = computed(() => items.value.filter((item) => item.featured).length);
    const empty = computed(() => shelf.value && items.value.length === 0 && pinned.value.length === 0);

    async function load() {
      loading.value = true;
      failed.value = false;
      try {
        shelf.value = await api.get('/shelf');
      } catch {
        failed.value = true;
      } finally {
        loading.value = false;
      }
    }

    async function setFeatured(item, featured) {
      busyId.value = item.id;
      try {
        await api.patch(`/shelf/items/${item.id}`, { featured });
        showSuccessToast(featured ? '已设为主推' : '已取消主推');
        await load(); // featured products move to the top
      } catch {
        // featured_limit and others: the client showed the message; the switch stays as it was.
      } finally {
        busyId.value = null;
      }
    }

    // Featured items always come first, so an item moves among those with its own flag.
    const canMove = (index, step) => {
      const other = items.value[index + step];
      return Boolean(other) && other.featured === items.value[index].featured;
    };

    async function move(index, step) {
      if (!canMove(index, step)) return;
      const ids = items.value.map((item) => item.id);
      [ids[index], ids[index + step]] = [ids[index + step], ids[index]];
      busyId.value = items.value[index].id;
      try {
        shelf.value = await api.put('/shelf/order', { item_ids: ids });
      } catch (error) {
        if (error.status === 422) await load(); // the shelf changed elsewhere
      } finally {
        busyId.value = null;
      }
    }

    async function remove(item) {
      try {
        await showConfirmDialog({
          title: '移出货架',
          message: `确定把「${item.product.name}」移出货架吗？`,
          confirmButtonText: '移出',
        });
      } catch {
        return; // cancelled
      }
      busyId.value = item.id;
      try {
        await api.delete(`/shelf/items/${item.id}`);
        showSuccessToast('已移出货架');
        await load();
      } catch {
        // shown by the client
      } finally {
        busyId.value = null;
      }
    }

    function share(product) {
      shareTarget.value = { type: 'product', id: product.id, title: product.name };
      sharing.value = true;
    }

    const rateText = (product) => `提成 ${formatRate(product.commission_rate_bps ?? session.me?.company?.commission_rate_bps ?? 0)}`;

    onMounted(load);
    return {
      router, shelf, loading, failed, busyId, sharing, shareTarget, items, pinned, featuredCount, empty,
      load, setFeatured, canMove, move, remove, share, rateText,
    };
  },
  template: `
    <sub-page back="/rep">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="router.push('/rep/catalog')">添加商品</van-button>
      </template>
      <div class="page__body shelf">
        <div v-if="loading && !shelf" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="failed && !shelf" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-empty v-else-if="empty" image="search" description="货架上还没有商品，去选品库挑几件吧">
          <van-button round type="primary" size="small" @click="router.push('/rep/catalog')">添加商品</van-button>
        </van-empty>
        <template v-else-if="shelf">
          <p class="page-tip">
            主推商品排在店铺最前面，最多 {{ shelf.featured_max }} 个（已设 {{ featuredCount }} 个）
          </p>

          <section v-if="pinned.length" class="list-section">
            <h2 class="list-section__title">总部推荐</h2>
            <product-cell v-for="pin in pinned" :key="'pin-' + pin.product_id" :product="pin.product" class="shelf-item shelf-item--pinned">
              <template #tags>
                <van-tag type="primary" class="name-tag">总部推荐</van-tag>
                <van-tag v-if="pin.featured" type="warning" plain class="name-tag">主推</van-tag>
              </template>
              <template #extra>{{ rateText(pin.product) }}</template>
              <div class="shelf-item__bar">
                <span class="shelf-item__note">总部统一上架，不可移除</span>
                <van-button size="small" round icon="share-o" @click="share(pin.product)">分享</van-button>
              </div>
            </product-cell>
          </section>

          <section v-if="items.length" class="list-section">
            <h2 class="list-section__title">我的货架（{{ items.length }}）</h2>
            <product-cell
              v-for="(item, index) in items"
              :key="item.id"
              :product="item.product"
              :muted="!item.product.on_sale"
              class="shelf-item"
              :data-product-id="item.product_id"
            >
              <template #tags>
                <van-tag v-if="!item.product.on_sale" color="#c8c9cc" class="name-tag">已下架</van-tag>
                <van-tag v-else-if="item.featured" type="warning" class="name-tag">主推</van-tag>
              </template>
              <template #extra>{{ rateText(item.product) }}</template>
              <div class="shelf-item__bar">
                <label class="shelf-item__switch">
                  <van-switch
                    :model-value="item.featured"
                    size="20px"
                    :loading="busyId === item.id"
                    :disabled="!item.product.on_sale"
                    :aria-label="'主推 ' + item.product.name"
                    @update:model-value="setFeatured(item, $event)"
                  />
                  <span>主推</span>
                </label>
                <div class="shelf-item__actions">
                  <van-button size="small" icon="arrow-up" aria-label="上移" :disabled="!canMove(index, -1) || busyId !== null" @click="move(index, -1)" />
                  <van-button size="small" icon="arrow-down" aria-label="下移" :disabled="!canMove(index, 1) || busyId !== null" @click="move(index, 1)" />
                  <van-button size="small" icon="delete-o" aria-label="移出货架" :disabled="busyId !== null" @click="remove(item)" />
                  <van-button size="small" round type="primary" plain icon="share-o" :disabled="!item.product.on_sale" @click="share(item.product)">分享</van-button>
                </div>
              </div>
            </product-cell>
          </section>
          <div class="page-actions">
            <van-button block round type="primary" icon="plus" @click="router.push('/rep/catalog')">添加商品</van-button>
          </div>
        </template>
      </div>
      <share-sheet v-model:show="sharing" :target="shareTarget" />
    </sub-page>
  `,
};

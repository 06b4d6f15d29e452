// /rep/catalog: 选品. HQ's products on sale, by category or by name; "上架到货架" puts one on
// the rep's shelf (then it reads 已在货架), "分享" shares it straight away.
import { onMounted, reactive, ref } from 'vue';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';
import ProductCell from '../components/product-cell.js';
import ShareSheet from '../components/share-sheet.js';
import SubPage from '../components/sub-page.js';
import { formatRate } from '../format.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;

export default {
  name: 'RepCatalogPage',
  components: { ProductCell, ShareSheet, SubPage },
  setup() {
    const categories = ref([]);
    const categoryId = ref(null);
    const { search, query, onSearch, onClear } = useListSearch(() => products.restart());
    const products = reactive(usePagedList((page) => api.get('/products', {
      query: { page, per_page: PER_PAGE, category_id: categoryId.value, q: query.value || null },
    })));
    const onShelf = reactive(new Set()); // product ids on the shelf (own or pinned)
    const adding = ref(null);
    const sharing = ref(false);
    const shareTarget = ref(null);

    async function loadShelf() {
      try {
        const shelf = await api.get('/shelf', { toast: false });
        for (const item of [...shelf.items, ...shelf.pinned]) onShelf.add(item.product_id);
      } catch {
        // Without it every product offers "上架到货架", and adding twice changes nothing.
      }
    }

    async function loadCategories() {
      try {
        categories.value = await api.get('/categories', { toast: false });
      } catch {
        categories.value = [];
      }
    }

    function pickCategory(id) {
      if (categoryId.value === id) return;
      categoryId.value = id;
      products.restart();
    }

    async function add(product) {
      adding.value = product.id;
      try {
        await api.post('/shelf/items', { product_id: product.id });
        onShelf.add(product.id);
        showSuccessToast('已上架到货架');
      } catch {
        // shown by the client (shelf_full, off sale)
      } finally {
        adding.value = null;
      }
    }

    function share(product) {
      shareTarget.value = { type: 'product', id: product.id, title: product.name };
      sharing.value = true;
    }

    const rateText = (product) => `提成 ${formatRate(product.commission_rate_bps ?? session.me?.company?.commission_rate_bps ?? 0)}`;

    onMounted(() => {
      loadShelf();
      loadCategories();
    });
    return {
      categories, categoryId, search, query, products, onShelf, adding, sharing, shareTarget, pickCategory,
      onSearch, onClear, add, share, rateText,
    };
  },
  template: `
    <sub-page back="/rep/shelf">
      <div class="catalog">
        <div class="sticky-bar">
          <van-search
            v-model="search"
            placeholder="搜索商品名称"
            shape="round"
            maxlength="50"
            @search="onSearch"
            @clear="onClear"
          />
          <div class="chips" role="tablist" aria-label="商品分类">
            <button type="button" class="chip" :class="{ 'chip--active': categoryId === null }" role="tab" :aria-selected="categoryId === null" @click="pickCategory(null)">全部</button>
            <button
              v-for="category in categories"
              :key="category.id"
              type="button"
              class="chip"
              :class="{ 'chip--active': categoryId === category.id }"
              role="tab"
              :aria-selected="categoryId === category.id"
              @click="pickCategory(category.id)"
            >{{ category.name }}</button>
          </div>
        </div>
        <van-list
          v-model:loading="products.loading"
          v-model:error="products.failed"
          :finished="products.finished"
          :finished-text="products.items.length ? '没有更多了' : ''"
          error-text="加载失败，点击重试"
          class="page__body"
          @load="products.loadNext"
        >
          <van-empty v-if="products.finished && products.items.length === 0" image="search" :description="query ? '没有找到相关商品' : '暂无在售商品'" />
          <product-cell v-for="product in products.items" :key="product.id" :product="product" class="catalog-item" :data-product-id="product.id">
            <template #extra><span class="rate-text">{{ rateText(product) }}</span></template>
            <div class="shelf-item__bar">
              <span class="shelf-item__note">{{ product.stock === null ? '' : (product.stock > 0 ? '库存 ' + product.stock : '已售罄') }}</span>
              <div class="shelf-item__actions">
                <van-button size="small" round icon="share-o" @click="share(product)">分享</van-button>
                <van-button v-if="onShelf.has(product.id)" size="small" round disabled icon="success">已在货架</van-button>
                <van-button v-else size="small" round type="primary" :loading="adding === product.id" @click="add(product)">上架到货架</van-button>
              </div>
            </div>
          </product-cell>
        </van-list>
      </div>
      <share-sheet v-model:show="sharing" :target="shareTarget" />
    </sub-page>
  `,
};

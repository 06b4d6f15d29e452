// /hq/products: 商品管理. Every product of the catalog, on sale or not, by name; a switch puts
// a product on or off sale (off sale takes it off every shelf at once). New products are
// typed in (/hq/products/new) or imported from a CSV/Excel file; a bad row imports nothing
// and every bad row is listed with its errors.
import { reactive, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, saveCsv } from '../api.js';
import ImportErrors, { importErrorsOf } from '../components/import-errors.js';
import ProductCell from '../components/product-cell.js';
import SubPage from '../components/sub-page.js';
import { formatRate } from '../format.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { session } from '../session.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'all', title: '全部', onSale: null },
  { name: 'on', title: '在售', onSale: true },
  { name: 'off', title: '已下架', onSale: false },
];
export const TEMPLATE_HEADERS = ['名称', '分类', '副标题', '售价', '划线价', '库存', '佣金比例', '标签', '上架', '排序', '描述'];
const TEMPLATE_EXAMPLE = ['示例：蓝牙耳机 Pro', '数码', '降噪长续航', '299.00', '399.00', '100', '5', '新品,热卖', '是', '10', '第一段介绍'];

export default {
  name: 'HqProductsPage',
  components: { ImportErrors, ProductCell, SubPage },
  setup() {
    const router = useRouter();
    const tab = ref('all');
    const { search, query, onSearch, onClear } = useListSearch(() => products.restart());
    const products = reactive(usePagedList((page) => {
      const onSale = TABS.find((item) => item.name === tab.value).onSale;
      return api.get('/products', { query: { page, per_page: PER_PAGE, on_sale: onSale, q: query.value || null } });
    }));
    const switching = ref(null);
    const importing = ref(false);
    const importErrors = ref(null); // { message, rows: [[row, [messages]]] } of the last failed import
    const fileInput = ref(null);

    async function setOnSale(product, onSale) {
      switching.value = product.id;
      try {
        const updated = await api.patch(`/products/${product.id}`, { on_sale: onSale });
        Object.assign(product, updated);
        showSuccessToast(onSale ? '已上架' : '已下架，已从所有货架撤下');
      } catch {
        // shown by the client
      } finally {
        switching.value = null;
      }
    }

    function pickFile() {
      fileInput.value?.click();
    }

    async function onFile(event) {
      const file = event.target.files?.[0];
      event.target.value = ''; // the same file can be picked again after a fix
      if (!file) return;
      importing.value = true;
      importErrors.value = null;
      try {
        const result = await api.upload('/products/import', file, { toast: false });
        showSuccessToast(`已导入 ${result.created} 个商品`);
        products.restart();
      } catch (error) {
        importErrors.value = importErrorsOf(error);
      } finally {
        importing.value = false;
      }
    }

    function downloadTemplate() {
      saveCsv([TEMPLATE_HEADERS, TEMPLATE_EXAMPLE], '商品导入模板.csv');
    }

    const rateText = (product) => `提成 ${formatRate(product.commission_rate_bps ?? session.me?.company?.commission_rate_bps ?? 0)}`;
    const stockText = (product) => (product.stock === null ? '库存不限' : `库存 ${product.stock}`);

    return {
      router, TABS, tab, search, query, products, switching, importing, importErrors, fileInput,
      onSearch, onClear, setOnSale, pickFile, onFile, downloadTemplate, rateText, stockText,
    };
  },
  template: `
    <sub-page back="/hq">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="router.push('/hq/products/new')">新增商品</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索商品名称" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="products.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
      </div>
      <div class="import-bar">
        <van-button size="small" round icon="upgrade" :loading="importing" loading-text="导入中…" @click="pickFile">导入商品</van-button>
        <button type="button" class="link import-bar__template" @click="downloadTemplate">下载导入模板</button>
        <input ref="fileInput" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden @change="onFile" />
      </div>
      <import-errors v-if="importErrors" :errors="importErrors" @close="importErrors = null" />
      <van-list
        v-model:loading="products.loading"
        v-model:error="products.failed"
        :finished="products.finished"
        :finished-text="products.items.length ? '共 ' + products.total + ' 个商品' : ''"
        error-text="加载失败，点击重试"
        class="page__body"
        @load="products.loadNext"
      >
        <van-empty v-if="products.finished && products.items.length === 0" image="search" :description="query ? '没有找到相关商品' : '还没有商品'" />
        <product-cell
          v-for="product in products.items"
          :key="product.id"
          :product="product"
          :muted="!product.on_sale"
          class="hq-product"
          :data-product-id="product.id"
          role="link"
          @click="router.push('/hq/products/' + product.id)"
        >
          <template #tags>
            <van-tag v-if="!product.on_sale" color="#c8c9cc" class="name-tag">已下架</van-tag>
          </template>
          <template #extra>{{ rateText(product) }}</template>
          <div class="shelf-item__bar" @click.stop>
            <span class="shelf-item__note">{{ product.category ? product.category.name + ' · ' : '' }}{{ stockText(product) }} · 已售 {{ product.sold }}</span>
            <label class="shelf-item__switch">
              <span>{{ product.on_sale ? '在售' : '下架' }}</span>
              <van-switch
                :model-value="product.on_sale"
                size="20px"
                :loading="switching === product.id"
                :aria-label="'在售 ' + product.name"
                @update:model-value="setOnSale(product, $event)"
              />
            </label>
          </div>
        </product-cell>
      </van-list>
    </sub-page>
  `,
};

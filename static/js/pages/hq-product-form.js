// /hq/products/new and /hq/products/:id: add or edit a catalog product. Prices are typed in
// yuan and sent as fen; the commission rate in % and sent as basis points (blank: the
// company default); stock blank means unlimited. The description is a list of paragraphs
// (text blocks); image blocks from an import are kept as they are. An existing product also
// has 推送到货架 (components/product-pins.js), saved apart from the form.
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, saveForm } from '../api.js';
import ImageField from '../components/image-field.js';
import ProductPins from '../components/product-pins.js';
import SubPage from '../components/sub-page.js';
import { formatRate, formatYuan, percentToBps, yuanToFen } from '../format.js';
import { session } from '../session.js';

// The API's rules (core/fields.py MONEY, shop/models.py MAX_STOCK), said the way it says them.
const MAX_FEN = 100000000000;
const MONEY_RULE = '应在 0 到 1000000000 元之间，最多两位小数';
const MAX_STOCK = 999999999;
const STOCK_RULE = `应为 0 到 ${MAX_STOCK} 之间的整数`;
const SORT_RULE = '应为 0 到 100000 之间的整数';

const badMoney = (fen) => Number.isNaN(fen) || fen > MAX_FEN;
const badWhole = (text, max) => !/^\d{1,15}$/.test(text) || Number(text) > max;

function emptyForm() {
  return {
    name: '', category_id: null, subtitle: '', price: '', list_price: '', stock: '', commission: '',
    tags: '', sort_order: '0', on_sale: true, cover_url: null, gallery: [], detail: [{ type: 'text', text: '' }],
  };
}

export default {
  name: 'HqProductFormPage',
  components: { ImageField, ProductPins, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const productId = computed(() => (route.params.id && route.params.id !== 'new' ? Number(route.params.id) : null));
    const form = reactive(emptyForm());
    const errors = reactive({});
    const categories = ref([]);
    const loaded = ref(false);
    const failed = ref(false);
    const saving = ref(false);
    const picking = ref(false);
    const savedOnSale = ref(true); // as saved, not as edited: what the shops show now
    const newCategory = reactive({ show: false, name: '', error: '' });

    const defaultRate = computed(() => formatRate(session.me?.company?.commission_rate_bps ?? 0));
    const categoryName = computed(() => categories.value.find((c) => c.id === form.category_id)?.name ?? '');
    const pickerColumns = computed(() => [
      { text: '不分类', value: 0 },
      ...categories.value.map((c) => ({ text: c.name, value: c.id })),
    ]);

    function fill(product) {
      savedOnSale.value = product.on_sale;
      Object.assign(form, {
        name: product.name,
        category_id: product.category_id,
        subtitle: product.subtitle ?? '',
        price: formatYuan(product.price),
        list_price: formatYuan(product.list_price),
        stock: product.stock === null ? '' : String(product.stock),
        commission: product.commission_rate_bps === null ? '' : String(product.commission_rate_bps / 100),
        tags: (product.tags ?? []).join('，'),
        sort_order: String(product.sort_order ?? 0),
        on_sale: product.on_sale,
        cover_url: product.cover_url,
        gallery: [...(product.gallery ?? [])],
        detail: product.detail?.length ? product.detail.map((block) => ({ ...block })) : [{ type: 'text', text: '' }],
      });
    }

    async function load() {
      failed.value = false;
      try {
        const [list, product] = await Promise.all([
          api.get('/categories'),
          productId.value ? api.get(`/products/${productId.value}`) : null,
        ]);
        categories.value = list;
        if (product) fill(product);
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    function onPick({ selectedValues }) {
      form.category_id = selectedValues[0] || null;
      picking.value = false;
    }

    function openNewCategory() {
      picking.value = false;
      Object.assign(newCategory, { show: true, name: '', error: '' });
    }

    async function beforeNewCategoryClose(action) {
      if (action !== 'confirm') return true;
      const name = newCategory.name.trim();
      if (!name) {
        newCategory.error = '请输入分类名称';
        return false;
      }
      try {
        const category = await api.post('/categories', { name, sort_order: categories.value.length }, { toast: false });
        categories.value = [...categories.value, category];
        form.category_id = category.id;
        showSuccessToast('已新增分类');
        return true;
      } catch (error) {
        newCategory.error = error.fields?.name?.join('；') || error.message;
        return false;
      }
    }

    function addParagraph() {
      form.detail.push({ type: 'text', text: '' });
    }

    function removeBlock(index) {
      form.detail.splice(index, 1);
    }

    // The body to send, or null after marking the fields that are wrong.
    function body() {
      for (const key of Object.keys(errors)) delete errors[key];
      const price = yuanToFen(form.price);
      const listPrice = yuanToFen(form.list_price);
      const commission = percentToBps(form.commission);
      const stock = form.stock.trim();
      const sortOrder = form.sort_order.trim();
      if (!form.name.trim()) errors.name = '请填写商品名称';
      if (price === null) errors.price = '请填写售价';
      else if (badMoney(price)) errors.price = MONEY_RULE;
      if (listPrice !== null && badMoney(listPrice)) errors.list_price = MONEY_RULE;
      else if (listPrice !== null && price !== null && !badMoney(price) && listPrice < price) errors.list_price = '划线价不能低于售价';
      if (stock && badWhole(stock, MAX_STOCK)) errors.stock = STOCK_RULE;
      if (Number.isNaN(commission) || commission > 5000) errors.commission_rate_bps = '请输入 0 到 50 之间的百分数，最多两位小数';
      if (sortOrder && badWhole(sortOrder, 100000)) errors.sort_order = SORT_RULE;
      if (Object.keys(errors).length) return null;
      return {
        name: form.name.trim(),
        category_id: form.category_id,
        subtitle: form.subtitle.trim(),
        price,
        list_price: listPrice,
        stock: stock === '' ? null : Number(stock),
        commission_rate_bps: commission,
        tags: form.tags.split(/[,，、;；\s]+/).map((tag) => tag.trim()).filter(Boolean),
        sort_order: sortOrder === '' ? 0 : Number(sortOrder),
        on_sale: form.on_sale,
        cover_url: form.cover_url,
        gallery: form.gallery,
        detail: form.detail
          .map((block) => (block.type === 'text' ? { type: 'text', text: block.text.trim() } : block))
          .filter((block) => block.type !== 'text' || block.text),
      };
    }

    const save = () => saveForm({ router, data: body(), path: '/products', id: productId.value, created: '已新增商品', listPath: '/hq/products', errors, saving });

    onMounted(load);
    return {
      productId, form, errors, categories, loaded, failed, saving, picking, savedOnSale, newCategory,
      defaultRate, categoryName, pickerColumns, load, onPick, openNewCategory, beforeNewCategoryClose,
      addParagraph, removeBlock, save,
    };
  },
  template: `
    <sub-page :title="productId ? '编辑商品' : '新增商品'" back="/hq/products">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form product-form" @submit="save">
          <van-cell-group inset title="基本信息">
            <van-field v-model="form.name" name="name" label="商品名称" placeholder="必填" maxlength="100" required :error-message="errors.name" />
            <van-field
              :model-value="categoryName"
              name="category_id"
              label="分类"
              placeholder="选择分类"
              readonly
              is-link
              :error-message="errors.category_id"
              @click="picking = true"
            />
            <van-field v-model="form.subtitle" name="subtitle" label="副标题" placeholder="一句话卖点" maxlength="200" :error-message="errors.subtitle" />
            <van-field v-model="form.tags" name="tags" label="标签" placeholder="用逗号分隔，如 新品,热卖" :error-message="errors.tags" />
          </van-cell-group>

          <van-cell-group inset title="价格与库存">
            <van-field v-model="form.price" name="price" label="售价" type="number" placeholder="0.00" required :error-message="errors.price">
              <template #extra><span class="field-unit">元</span></template>
            </van-field>
            <van-field v-model="form.list_price" name="list_price" label="划线价" type="number" placeholder="选填，原价" :error-message="errors.list_price">
              <template #extra><span class="field-unit">元</span></template>
            </van-field>
            <van-field v-model="form.stock" name="stock" label="库存" type="digit" placeholder="留空表示不限" :error-message="errors.stock" />
            <van-field v-model="form.commission" name="commission" label="提成比例" type="number" :placeholder="'留空按默认 ' + defaultRate" :error-message="errors.commission_rate_bps">
              <template #extra><span class="field-unit">%</span></template>
            </van-field>
            <van-field v-model="form.sort_order" name="sort_order" label="排序" type="digit" placeholder="数字小的在前" :error-message="errors.sort_order" />
            <van-field name="on_sale" label="上架销售">
              <template #input><van-switch v-model="form.on_sale" size="20px" /></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="图片">
            <van-field name="cover_url" label="封面" :error-message="errors.cover_url">
              <template #input><image-field v-model="form.cover_url" /></template>
            </van-field>
            <van-field name="gallery" label="商品图" :error-message="errors.gallery">
              <template #input><image-field v-model="form.gallery" :max-count="9" /></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="商品详情">
            <div v-for="(block, index) in form.detail" :key="index" class="detail-block">
              <van-field
                v-if="block.type === 'text'"
                v-model="block.text"
                type="textarea"
                rows="2"
                autosize
                maxlength="5000"
                :label="'第 ' + (index + 1) + ' 段'"
                label-align="top"
                placeholder="一段介绍文字"
              >
                <template #right-icon>
                  <van-icon name="delete-o" role="button" aria-label="删除这一段" @click="removeBlock(index)" />
                </template>
              </van-field>
              <div v-else class="detail-block__image">
                <van-image :src="block.url" width="96" height="64" fit="cover" radius="4" />
                <van-icon name="delete-o" role="button" aria-label="删除这张图" @click="removeBlock(index)" />
              </div>
            </div>
            <p v-if="errors.detail" class="form-error">{{ errors.detail }}</p>
            <div class="detail-add">
              <van-button size="small" round plain icon="plus" native-type="button" :disabled="form.detail.length >= 50" @click="addParagraph">添加段落</van-button>
            </div>
          </van-cell-group>

          <div class="page-actions">
            <van-button block round type="primary" native-type="submit" :loading="saving">{{ productId ? '保存' : '新增商品' }}</van-button>
          </div>
        </van-form>
        <product-pins v-if="loaded && productId" :product-id="productId" :on-sale="savedOnSale" />
      </div>

      <van-popup v-model:show="picking" position="bottom" round safe-area-inset-bottom>
        <van-picker
          title="选择分类"
          :columns="pickerColumns"
          :model-value="[form.category_id || 0]"
          @confirm="onPick"
          @cancel="picking = false"
        />
        <div class="picker-extra">
          <van-button block round plain type="primary" icon="plus" @click="openNewCategory">新增分类</van-button>
        </div>
      </van-popup>

      <van-dialog
        v-model:show="newCategory.show"
        title="新增分类"
        show-cancel-button
        :before-close="beforeNewCategoryClose"
      >
        <van-field v-model="newCategory.name" label="分类名称" placeholder="如 数码家电" maxlength="30" :error-message="newCategory.error" />
      </van-dialog>
    </sub-page>
  `,
};

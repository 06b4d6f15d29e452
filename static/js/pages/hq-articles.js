// /hq/articles: 知识库. HQ's Q&A and product know-how that reps search while answering
// customers' questions. Search by words (title, text, keywords), filter by kind or drafts; tap
// an article to edit it, 新建 to write one: title, kind, text, keywords, an optional product,
// and whether reps see it yet (a draft is HQ's only).
import { reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import SearchPicker, { findProducts } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { formatTime } from '../format.js';
import { ARTICLE_KIND_LABELS } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'all', title: '全部', query: {} },
  { name: 'qa', title: '问答', query: { kind: 'qa' } },
  { name: 'know_how', title: '产品知识', query: { kind: 'know_how' } },
  { name: 'draft', title: '草稿', query: { published: false } },
];
const KINDS = Object.keys(ARTICLE_KIND_LABELS);
const blank = () => ({ title: '', kind: 'qa', body: '', keywords: '', product: null, published: true });

export default {
  name: 'HqArticlesPage',
  components: { SearchPicker, SubPage },
  setup() {
    const tab = ref('all');
    const { search, query, onSearch, onClear } = useListSearch(() => articles.restart());
    const articles = reactive(usePagedList((page) => {
      const filters = TABS.find((item) => item.name === tab.value).query;
      return api.get('/articles', { query: { ...filters, q: query.value || null, page, per_page: PER_PAGE } });
    }));
    const form = reactive({ show: false, id: null, ...blank(), errors: {}, saving: false, deleting: false });
    const picking = ref(false);

    function create() {
      Object.assign(form, { show: true, id: null, ...blank(), errors: {}, saving: false, deleting: false });
    }

    function edit(article) {
      Object.assign(form, {
        show: true,
        id: article.id,
        title: article.title,
        kind: article.kind,
        body: article.body,
        keywords: article.keywords,
        product: article.product_id ? { id: article.product_id, name: article.product_name } : null,
        published: article.published,
        errors: {},
        saving: false,
        deleting: false,
      });
    }

    async function save() {
      form.errors = {};
      const body = {
        title: form.title.trim(),
        kind: form.kind,
        body: form.body.trim(),
        keywords: form.keywords.trim(),
        product_id: form.product?.id ?? null,
        published: form.published,
      };
      if (!body.title) form.errors.title = '请填写标题';
      if (!body.body) form.errors.body = '请填写内容';
      if (form.errors.title || form.errors.body) return;
      form.saving = true;
      try {
        if (form.id) await api.patch(`/articles/${form.id}`, body, { toast: false });
        else await api.post('/articles', body, { toast: false });
        form.show = false;
        showSuccessToast(form.id ? '已保存' : '已发布到知识库');
        articles.restart();
      } catch (error) {
        form.errors = fieldMessages(error);
        if (!Object.keys(form.errors).length) form.errors.form = error.message;
      } finally {
        form.saving = false;
      }
    }

    async function remove() {
      try {
        await showConfirmDialog({ title: '删除文章', message: `确定删除「${form.title}」吗？`, confirmButtonText: '删除', confirmButtonColor: '#ee0a24' });
      } catch {
        return;
      }
      form.deleting = true;
      try {
        await api.delete(`/articles/${form.id}`);
        form.show = false;
        showSuccessToast('已删除');
        articles.restart();
      } finally {
        form.deleting = false;
      }
    }

    // --- the product an article is about ---
    function pick(product) {
      form.product = product;
    }

    return {
      TABS, KINDS, ARTICLE_KIND_LABELS, tab, search, query, articles, form, picking,
      onSearch, onClear, create, edit, save, remove, findProducts, pick, formatTime,
    };
  },
  template: `
    <sub-page back="/hq">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="create">新建</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索标题、内容或关键词" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="articles.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
      </div>
      <van-list
        v-model:loading="articles.loading"
        v-model:error="articles.failed"
        :finished="articles.finished"
        :finished-text="articles.items.length ? '共 ' + articles.total + ' 篇' : ''"
        error-text="加载失败，点击重试"
        class="page__body articles"
        @load="articles.loadNext"
      >
        <van-empty v-if="articles.finished && articles.items.length === 0" image="search" :description="query ? '没有找到相关文章' : '知识库还是空的，写下第一篇问答吧'" />
        <article
          v-for="article in articles.items"
          :key="article.id"
          class="card article-card"
          :data-article-id="article.id"
          role="button"
          tabindex="0"
          @click="edit(article)"
          @keyup.enter="edit(article)"
        >
          <h3 class="article-card__title">
            <van-tag plain type="primary">{{ ARTICLE_KIND_LABELS[article.kind] ?? article.kind }}</van-tag>
            <van-tag v-if="!article.published" color="#c8c9cc">草稿</van-tag>
            <span>{{ article.title }}</span>
          </h3>
          <p class="article-card__body">{{ article.body }}</p>
          <p class="article-card__meta">
            <span v-if="article.product_name"><van-icon name="goods-collect-o" /> {{ article.product_name }} · </span>
            {{ article.author_name }} · {{ formatTime(article.updated_at) }}
          </p>
        </article>
      </van-list>

      <van-popup v-model:show="form.show" position="bottom" round closeable safe-area-inset-bottom class="article-form">
        <h2 class="article-form__title">{{ form.id ? '编辑文章' : '新建文章' }}</h2>
        <div class="article-form__body">
          <div class="article-form__label" id="article-kind">类型</div>
          <div class="kind-chips" role="radiogroup" aria-labelledby="article-kind">
            <button
              v-for="kind in KINDS"
              :key="kind"
              type="button"
              class="chip"
              :class="{ 'chip--active': form.kind === kind }"
              role="radio"
              :aria-checked="form.kind === kind"
              @click="form.kind = kind"
            >{{ ARTICLE_KIND_LABELS[kind] }}</button>
          </div>
          <van-cell-group>
            <van-field v-model="form.title" label="标题" maxlength="100" placeholder="如 保修多久？" :error-message="form.errors.title" />
            <van-field
              v-model="form.body"
              label="内容"
              label-align="top"
              type="textarea"
              rows="5"
              autosize
              maxlength="5000"
              show-word-limit
              placeholder="员工回答顾客时可一键插入这段文字"
              :error-message="form.errors.body"
            />
            <van-field v-model="form.keywords" label="关键词" maxlength="200" placeholder="选填，空格分隔，如 售后 维修" :error-message="form.errors.keywords" />
            <van-field
              label="关联商品"
              readonly
              is-link
              :model-value="form.product ? form.product.name : ''"
              placeholder="选填"
              :error-message="form.errors.product_id"
              @click="picking = true"
            />
            <van-cell title="发布" label="关闭则为草稿，只有总部看得到">
              <template #right-icon><van-switch v-model="form.published" size="20px" aria-label="发布" /></template>
            </van-cell>
          </van-cell-group>
          <p v-if="form.errors.form" class="form-error">{{ form.errors.form }}</p>
        </div>
        <div class="article-form__actions">
          <van-button v-if="form.id" round plain type="danger" :loading="form.deleting" @click="remove">删除</van-button>
          <van-button round type="primary" :loading="form.saving" @click="save">保存</van-button>
        </div>
      </van-popup>

      <search-picker v-model:show="picking" title="关联商品" placeholder="搜索商品名称" :search="findProducts"
        :clear-text="form.product ? '不关联商品' : ''" empty-text="没有找到相关商品" @pick="pick" />
    </sub-page>
  `,
};

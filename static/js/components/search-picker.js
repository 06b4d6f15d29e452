// A bottom sheet to choose one record by name: a search box over the first matches (listed at
// once on opening), and optionally a row to clear the choice. `search(q)` resolves to rows of
// { id, name }; choosing emits `pick` with the row, or null for the clearing row. A slow answer
// to an older search never replaces a newer one.
import { ref, watch } from 'vue';

import { api } from '../api.js';

/** Catalog products whose name matches q (the first 20), as picker rows. */
export async function findProducts(q) {
  const data = await api.get('/products', { query: { q: q || null, per_page: 20 } });
  return data.items.map((product) => ({ id: product.id, name: product.name }));
}

/** Materials (营销素材) whose title matches q (the first 20), as picker rows. */
export async function findMaterials(q) {
  const data = await api.get('/materials', { query: { q: q || null, per_page: 20 } });
  return data.items.map((material) => ({ id: material.id, name: material.title }));
}

/** Active reps of the caller's scope whose name, username or phone matches q (the first 20). */
export async function findReps(q) {
  const data = await api.get('/users', { query: { role: 'rep', active: true, q: q || null, per_page: 20 } });
  return data.items.map((user) => ({ id: user.id, name: user.name }));
}

/** Knowledge-base articles that match q (the first 20), as picker rows. */
export async function findArticles(q) {
  const data = await api.get('/articles', { query: { q: q || null, per_page: 20 } });
  return data.items.map((article) => ({ id: article.id, name: article.title }));
}

export default {
  name: 'SearchPicker',
  props: {
    show: { type: Boolean, default: false },
    title: { type: String, required: true },
    placeholder: { type: String, default: '搜索名称' },
    search: { type: Function, required: true },
    clearText: { type: String, default: '' }, // the clearing row's text; none when empty
    emptyText: { type: String, default: '没有找到' },
  },
  emits: ['update:show', 'pick'],
  setup(props, { emit }) {
    const q = ref('');
    const results = ref(null);
    let latest = 0;

    async function run() {
      const asked = ++latest;
      results.value = null;
      let rows;
      try {
        rows = await props.search(q.value.trim().slice(0, 50));
      } catch {
        rows = [];
      }
      if (asked === latest) results.value = rows;
    }

    watch(() => props.show, (open) => {
      if (!open) return;
      q.value = '';
      run();
    }, { immediate: true });

    function pick(row) {
      emit('pick', row);
      emit('update:show', false);
    }

    return { q, results, run, pick };
  },
  template: `
    <van-popup :show="show" position="bottom" round closeable teleport="body" class="search-picker"
      @update:show="(open) => $emit('update:show', open)">
      <h2 class="search-picker__title">{{ title }}</h2>
      <van-search v-model="q" :placeholder="placeholder" shape="round" maxlength="50" @search="run" @clear="run" />
      <van-cell-group class="search-picker__list">
        <van-cell v-if="clearText" :title="clearText" icon="cross" clickable @click="pick(null)" />
        <van-cell v-for="row in results || []" :key="row.id" :title="row.name" clickable @click="pick(row)" />
        <p v-if="!results" class="search-picker__note">搜索中…</p>
        <p v-else-if="!results.length" class="search-picker__note">{{ emptyText }}</p>
      </van-cell-group>
    </van-popup>
  `,
};

// One paged list of the API's {items, total, page, per_page} for a van-list: the next page
// as the user scrolls, a restart (pull to refresh, a filter), and a refresh of the first page
// in place (a poll) that keeps the rows already loaded. Rows are told apart by `key`, so a
// row that moved up between two pages shows once. A page uses the refs as they come, or
// wraps the whole in reactive() to write `list.items`, `v-model:loading="list.loading"`.
// A keyset list ({items, next}: the activity timelines, the audit) works the same way: each
// next page is asked for `before` the `next` of the last one, and `next: null` ends it.
import { computed, ref } from 'vue';

/**
 * fetchPage(page, { quiet, before }) resolves to one page of the list; quiet is true for a
 * refresh, which should fail without a toast (the list keeps what it shows); before is the
 * keyset cursor of the page asked for (null for the first page).
 */
export function usePagedList(fetchPage, { key = 'id' } = {}) {
  const items = ref([]);
  const latest = ref(null); // the latest response: what comes with the page (figures)
  const total = computed(() => latest.value?.total ?? 0);
  const loading = ref(false);
  const finished = ref(false);
  const failed = ref(false);
  let page = 0; // the last page loaded; 0 until the first page of a restart has come
  let cursor = null; // a keyset list's `next` after the last page loaded
  let generation = 0;

  const keyset = (data) => 'next' in data;

  function take(data, merged) {
    latest.value = data;
    items.value = merged;
    finished.value = keyset(data)
      ? data.next === null
      : merged.length >= data.total || data.items.length === 0;
  }

  const keysOf = (rows) => new Set(rows.map((row) => row[key]));

  async function loadNext() {
    const mine = generation;
    loading.value = true;
    try {
      const data = await fetchPage(page + 1, { quiet: false, before: page === 0 ? null : cursor });
      if (mine !== generation) return;
      const shown = page === 0 ? [] : items.value; // rows kept by a restart give way to page 1
      const fresh = keysOf(shown);
      page = keyset(data) ? page + 1 : data.page;
      cursor = keyset(data) ? data.next : null;
      take(data, shown.concat(data.items.filter((row) => !fresh.has(row[key]))));
    } catch {
      if (mine === generation) failed.value = true;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** From page 1 again; `keep` shows the rows loaded so far until it comes (a pull to refresh). */
  function restart({ keep = false } = {}) {
    generation += 1;
    if (!keep) items.value = [];
    page = 0;
    failed.value = false;
    finished.value = false;
    loading.value = false;
    return loadNext();
  }

  async function refreshFirst() {
    if (loading.value) return;
    const mine = generation;
    try {
      const data = await fetchPage(1, { quiet: true, before: null });
      if (mine !== generation) return;
      const fresh = keysOf(data.items);
      const end = finished.value;
      take(data, data.items.concat(items.value.filter((row) => !fresh.has(row[key]))));
      if (keyset(data) && page > 1) finished.value = end; // the pages after the first still end where they did
      else if (keyset(data)) cursor = data.next;
      page = Math.max(page, 1);
    } catch {
      // a failed refresh keeps what the list shows
    }
  }

  return { items, latest, total, loading, finished, failed, loadNext, restart, refreshFirst };
}

/**
 * A search box over a paged list: `search` is what the box holds, `query` the search last
 * sent (trimmed, 50 characters at most). Searching restarts the list; clearing the box does
 * when a search had been sent.
 */
export function useListSearch(restart) {
  const search = ref('');
  const query = ref('');

  function onSearch() {
    query.value = search.value.trim().slice(0, 50);
    restart();
  }

  function onClear() {
    search.value = '';
    if (query.value) onSearch();
  }

  return { search, query, onSearch, onClear };
}

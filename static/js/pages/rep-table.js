// /boss/reps and /hq/reps 员工排行: every rep of the scope with the period's figures, sorted by
// any column (tap its header; again to reverse), the top three marked, reps with nothing
// today marked 今日未活跃. A row opens the rep's day.
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import ExportButton from '../components/export-button.js';
import SubPage from '../components/sub-page.js';
import { valueText } from '../components/team-dashboard.js';
import { formatDay } from '../format.js';
import { usePagedList } from '../paged-list.js';

const PER_PAGE = 30;
const PERIODS = [
  { name: 'today', title: '今天' },
  { name: 'yesterday', title: '昨天' },
  { name: 'week', title: '本周' },
  { name: 'month', title: '本月' },
];

export default {
  name: 'RepTablePage',
  components: { ExportButton, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const text = (name) => (typeof route.query[name] === 'string' && route.query[name]) || null;
    const filter = reactive({
      period: text('period') || 'today', start: text('start'), end: text('end'),
      unitId: text('unit_id'), sort: text('sort') || 'revenue', order: text('order') || 'desc',
    });
    const base = computed(() => route.path.replace(/\/reps\/?$/, ''));
    const table = reactive(usePagedList(async (page, { quiet }) => {
      const data = await api.get('/dashboard/reps', {
        toast: !quiet,
        query: {
          period: filter.period, start: filter.period === 'range' ? filter.start : null,
          end: filter.period === 'range' ? filter.end : null, unit_id: filter.unitId,
          sort: filter.sort, order: filter.order, page, per_page: PER_PAGE,
        },
      });
      return { ...data, items: data.items.map((row) => ({ ...row, id: row.rep.id })) };
    }));
    // the key figures (in the API's order), then any other that someone in the table has
    const columns = computed(() => (table.latest?.columns ?? []).filter((column) => column.key
      || table.items.some((row) => row.values[column.metric])));
    const periods = computed(() => (filter.period === 'range'
      ? [...PERIODS, { name: 'range', title: '自选' }] : PERIODS));
    const periodText = computed(() => {
      const period = table.latest?.period;
      if (!period) return '';
      return period.start === period.end ? formatDay(period.start) : `${formatDay(period.start)} – ${formatDay(period.end)}`;
    });

    function sync() {
      router.replace({ query: {
        period: filter.period, start: filter.start ?? undefined, end: filter.end ?? undefined,
        unit_id: filter.unitId ?? undefined, sort: filter.sort, order: filter.order,
      } });
      table.restart();
    }

    function pickPeriod({ name }) {
      filter.period = name;
      sync();
    }

    function sortBy(metric) {
      if (filter.sort === metric) filter.order = filter.order === 'desc' ? 'asc' : 'desc';
      else Object.assign(filter, { sort: metric, order: metric === 'name' ? 'asc' : 'desc' });
      sync();
    }

    const arrow = (metric) => (filter.sort !== metric ? '' : filter.order === 'desc' ? '↓' : '↑');
    const cell = (row, column) => valueText(column, row.values[column.metric] ?? 0);
    const open = (row) => router.push(`${base.value}/reps/${row.rep.id}`);
    // the table's filters as its export takes them (the same names as its query)
    const exportFilters = computed(() => Object.fromEntries(Object.entries({
      period: filter.period, start: filter.period === 'range' ? filter.start : null,
      end: filter.period === 'range' ? filter.end : null, unit_id: filter.unitId ? Number(filter.unitId) : null,
      sort: filter.sort, order: filter.order,
    }).filter(([, value]) => value !== null)));
    const refreshing = ref(false);
    async function onRefresh() {
      await table.restart({ keep: true });
      refreshing.value = false;
    }
    return { filter, exportFilters, table, columns, periods, periodText, refreshing, pickPeriod, sortBy, arrow, cell, open, onRefresh };
  },
  template: `
    <sub-page>
      <template #nav-right>
        <export-button name="rep_table" :filters="exportFilters" class="nav-export" />
      </template>
      <van-tabs :active="filter.period" shrink @click-tab="pickPeriod">
        <van-tab v-for="item in periods" :key="item.name" :name="item.name" :title="item.title" />
      </van-tabs>
      <van-pull-refresh v-model="refreshing" class="page__body" @refresh="onRefresh">
        <p v-if="table.latest" class="rep-table__summary">
          {{ periodText }} · {{ table.latest.unit ? table.latest.unit.name : '全公司' }} · {{ table.total }} 名员工<span v-if="table.latest.idle_today">，今日 {{ table.latest.idle_today }} 人未活跃</span>
        </p>
        <van-list v-model:loading="table.loading" v-model:error="table.failed" :finished="table.finished"
          :finished-text="table.items.length ? '没有更多了' : ''" error-text="加载失败，点击重试" @load="table.loadNext">
          <van-empty v-if="table.finished && !table.items.length" image="search" description="这里还没有员工" />
          <div v-else class="rep-table" role="region" aria-label="员工排行表" tabindex="0">
            <table>
              <thead>
                <tr>
                  <th class="rep-table__rank">名次</th>
                  <th class="rep-table__name"><button type="button" @click="sortBy('name')">员工 {{ arrow('name') }}</button></th>
                  <th v-for="column in columns" :key="column.metric" :data-metric="column.metric" :aria-sort="filter.sort === column.metric ? (filter.order === 'desc' ? 'descending' : 'ascending') : 'none'">
                    <button type="button" @click="sortBy(column.metric)">{{ column.label }} {{ arrow(column.metric) }}</button>
                  </th>
                  <th><button type="button" @click="sortBy('active_days')">活跃天数 {{ arrow('active_days') }}</button></th>
                </tr>
              </thead>
              <tbody>
                <tr v-for="row in table.items" :key="row.rep.id" :class="{ 'is-idle': row.idle_today }" :data-rep="row.rep.id" @click="open(row)">
                  <td class="rep-table__rank"><span :class="{ 'is-top': row.top }">{{ row.rank ?? '' }}</span></td>
                  <td class="rep-table__name">
                    <span class="rep-table__rep">{{ row.rep.name }}</span>
                    <span class="rep-table__unit">{{ row.rep.org_unit.name }}</span>
                    <van-tag v-if="row.idle_today" plain type="warning">今日未活跃</van-tag>
                    <van-tag v-if="!row.rep.active" plain>已离职</van-tag>
                  </td>
                  <td v-for="column in columns" :key="column.metric">{{ cell(row, column) }}</td>
                  <td>{{ row.active_days }}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </van-list>
      </van-pull-refresh>
    </sub-page>
  `,
};

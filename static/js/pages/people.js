// /hq/people and /boss/people: 员工. The people of the caller's scope (HQ: everyone; a boss:
// their subtree), searched by name, username or phone, in service or disabled, optionally of
// one unit and the units below it (from 组织架构: ?unit=<id>&name=<name>). Tapping a person
// opens their page; 新增 adds one, where the caller may.
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { roleLabel } from '../labels.js';
import { useListSearch, usePagedList } from '../paged-list.js';
import { managesPeople, peopleBase } from '../people.js';

const PER_PAGE = 20;
const TABS = [
  { name: 'active', title: '在职', active: true },
  { name: 'disabled', title: '已停用', active: false },
  { name: 'all', title: '全部', active: null },
];

export default {
  name: 'PeoplePage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = peopleBase(route.path);
    const tab = ref('active');
    const { search, query, onSearch, onClear } = useListSearch(() => people.restart());
    const unit = ref(route.query.unit ? { id: Number(route.query.unit), name: String(route.query.name ?? '') } : null);
    const people = reactive(usePagedList((page) => api.get('/users', { query: {
      page, per_page: PER_PAGE, q: query.value || null, within_unit_id: unit.value?.id ?? null,
      active: TABS.find((item) => item.name === tab.value).active,
    } })));
    const mayAdd = computed(() => managesPeople());

    function clearUnit() {
      unit.value = null;
      router.replace({ path: route.path });
      people.restart();
    }

    function addNew() {
      router.push({ path: `${base}/people/new`, query: unit.value ? { unit: unit.value.id } : {} });
    }

    return { TABS, base, tab, search, query, unit, people, mayAdd, roleLabel, onSearch, onClear, clearUnit, addNew, router };
  },
  template: `
    <sub-page title="员工" :back="base">
      <template #nav-right>
        <van-button v-if="mayAdd" size="small" type="primary" round icon="plus" @click="addNew">新增</van-button>
      </template>
      <div class="sticky-bar">
        <van-search v-model="search" placeholder="搜索姓名、用户名或手机号" shape="round" maxlength="50" @search="onSearch" @clear="onClear" />
        <div v-if="unit" class="people__unit">
          <van-tag closeable size="medium" type="primary" @close="clearUnit">{{ unit.name || '所选组织' }}及下级</van-tag>
        </div>
        <van-tabs v-model:active="tab" shrink class="status-tabs" @change="people.restart()">
          <van-tab v-for="item in TABS" :key="item.name" :name="item.name" :title="item.title" />
        </van-tabs>
      </div>
      <van-list
        v-model:loading="people.loading"
        v-model:error="people.failed"
        :finished="people.finished"
        :finished-text="people.items.length ? '共 ' + people.total + ' 人' : ''"
        error-text="加载失败，点击重试"
        class="page__body"
        @load="people.loadNext"
      >
        <van-empty v-if="people.finished && people.items.length === 0" image="search" :description="query ? '没有找到相关员工' : '暂无员工'" />
        <van-cell-group v-else inset>
          <van-cell v-for="person in people.items" :key="person.id" is-link class="people__row" :data-user-id="person.id"
            :label="person.org_unit.name + (person.phone ? ' · ' + person.phone : '')"
            @click="router.push(base + '/people/' + person.id)">
            <template #title>
              <span>{{ person.name }}</span>
              <van-tag v-if="person.role !== 'rep'" plain type="primary" class="name-tag">{{ roleLabel(person.role) }}</van-tag>
              <van-tag v-if="!person.active" color="#c8c9cc" class="name-tag">已停用</van-tag>
            </template>
            <template #value><span class="people__username">{{ person.username }}</span></template>
          </van-cell>
        </van-cell-group>
      </van-list>
    </sub-page>
  `,
};

// /training/leaderboard: 积分排行, the points earned in my team (a boss's: their subtree; HQ:
// the company) today, this week or this month: rank (equal points, equal rank), name, team
// and points, the top three with their medals and my own row marked (and shown below the
// list when I am ranked past it). A boss or HQ picks any unit of their tree (组织) to see the
// points earned in it.
import { computed, onMounted, ref } from 'vue';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import UnitPicker from '../components/unit-picker.js';
import { formatDay } from '../format.js';
import { session } from '../session.js';

const PERIODS = [
  { name: 'day', title: '今日' },
  { name: 'week', title: '本周' },
  { name: 'month', title: '本月' },
];
const MEDALS = ['🥇', '🥈', '🥉'];

export default {
  name: 'TrainingLeaderboardPage',
  components: { SubPage, UnitPicker },
  setup() {
    const period = ref('month');
    const board = ref(null);
    const failed = ref(false);
    const refreshing = ref(false);
    const staff = computed(() => session.me?.role !== 'rep');
    const units = ref(null);
    const unitId = ref(null);
    const picking = ref(false);

    async function load() {
      failed.value = false;
      try {
        board.value = await api.get('/training/leaderboard', { query: { period: period.value, unit_id: unitId.value } });
      } catch {
        failed.value = !board.value;
      }
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    function pick() {
      board.value = null;
      load();
    }

    async function chooseUnit() {
      units.value ??= await api.get('/org-tree');
      picking.value = true;
    }

    function pickUnit(unit) {
      unitId.value = unit.id;
      pick();
    }

    const isMe = (row) => row.user_id === board.value.me?.user_id;
    const listed = (me) => board.value.items.some((row) => row.user_id === me.user_id);
    const span = () => (board.value.start === board.value.end ? formatDay(board.value.start)
      : `${formatDay(board.value.start)} – ${formatDay(board.value.end)}`);
    onMounted(load);
    return {
      PERIODS, MEDALS, period, board, failed, refreshing, staff, units, picking, load, onRefresh, pick,
      chooseUnit, pickUnit, isMe, listed, span,
    };
  },
  template: `
    <sub-page>
      <van-tabs v-model:active="period" shrink class="status-tabs" @change="pick">
        <van-tab v-for="item in PERIODS" :key="item.name" :name="item.name" :title="item.title" />
      </van-tabs>
      <van-pull-refresh v-model="refreshing" class="page__body leaderboard" @refresh="onRefresh">
        <div v-if="!board && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!board" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <p class="page-tip">
            <van-button v-if="staff" size="mini" plain round icon="cluster-o" data-testid="leaderboard-unit" @click="chooseUnit">{{ board.org_unit_name }}</van-button>
            <template v-else>{{ board.org_unit_name }}</template>
            · {{ span() }} · {{ board.ranked }} 人上榜
          </p>
          <van-empty v-if="!board.items.length" image="search" description="这段时间还没有人获得积分" />
          <ol v-else class="card leaderboard__list">
            <li v-for="row in board.items" :key="row.user_id" class="leaderboard__row"
              :class="{ 'leaderboard__row--me': isMe(row), 'leaderboard__row--top': row.top }" :data-user-id="row.user_id" :data-rank="row.rank">
              <span class="leaderboard__rank">
                <span v-if="row.top && MEDALS[row.rank - 1]" class="leaderboard__medal" :aria-label="'第 ' + row.rank + ' 名'">{{ MEDALS[row.rank - 1] }}</span>
                <template v-else>{{ row.rank }}</template>
              </span>
              <span class="leaderboard__who">
                <span class="leaderboard__name">{{ row.name }}<van-tag v-if="isMe(row)" type="primary" class="leaderboard__me">我</van-tag></span>
                <span class="leaderboard__unit">{{ row.org_unit_name }}</span>
              </span>
              <span class="leaderboard__points">{{ row.points }}</span>
            </li>
          </ol>
          <div v-if="board.me && !listed(board.me)" class="card leaderboard__list">
            <div class="leaderboard__row leaderboard__row--me">
              <span class="leaderboard__rank">{{ board.me.rank }}</span>
              <span class="leaderboard__who"><span class="leaderboard__name">{{ board.me.name }}</span><span class="leaderboard__unit">{{ board.me.org_unit_name }}</span></span>
              <span class="leaderboard__points">{{ board.me.points }}</span>
            </div>
          </div>
        </template>
      </van-pull-refresh>
      <unit-picker v-if="units" v-model:show="picking" title="看哪个组织的排行" :units="units" :current="board?.org_unit_id" @pick="pickUnit" />
    </sub-page>
  `,
};

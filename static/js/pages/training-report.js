// /boss/training/:id and /hq/training/:id: 任务完成情况, a task's report over my subtree (HQ:
// the company): how many of the people who have it are done, per unit, who is overdue, and
// each person (team, state, progress, best score, attempts, points; a tap opens their tasks);
// a quiz's best scores in bands and its hardest questions; a check-in's submissions waiting
// for review. A unit's row narrows the report to it (?unit_id=); people come a page at a time. 编辑 opens the form; a draft has 发布, which names what is still missing (a
// boss changes only the tasks made in their subtree).
import { computed, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import SubPage from '../components/sub-page.js';
import { formatDateTime } from '../format.js';
import { TASK_KIND_LABELS, TASK_STATE_LABELS } from '../labels.js';
import { session } from '../session.js';
import { progressText, publishTask, staffBase, stateTag } from '../training.js';

export default {
  name: 'TrainingReportPage',
  components: { SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = staffBase(route);
    const taskId = Number(route.params.id);
    const report = ref(null);
    const failed = ref(false);
    const refreshing = ref(false);
    const publishing = ref(false);
    const loadingMore = ref(false);
    const unitId = computed(() => (route.query.unit_id ? Number(route.query.unit_id) : null));
    const PER_PAGE = 50;

    const task = computed(() => report.value?.task);
    const bandMax = computed(() => Math.max(1, ...(report.value?.scores ?? []).map((band) => band.count)));

    async function load() {
      failed.value = false;
      try {
        report.value = await api.get(`/training/tasks/${taskId}/report`, { query: { unit_id: unitId.value, per_page: PER_PAGE } });
      } catch {
        failed.value = !report.value;
      }
    }

    async function more() {
      loadingMore.value = true;
      try {
        const next = await api.get(`/training/tasks/${taskId}/report`, {
          query: { unit_id: unitId.value, per_page: PER_PAGE, page: report.value.page + 1 },
        });
        report.value = { ...report.value, page: next.page, reps: [...report.value.reps, ...next.reps] };
      } catch {
        // shown by the client
      } finally {
        loadingMore.value = false;
      }
    }

    function narrow(id) {
      router.replace({ query: id ? { unit_id: id } : {} });
    }

    async function onRefresh() {
      await load();
      refreshing.value = false;
    }

    async function publish() {
      publishing.value = true;
      try {
        await publishTask(taskId);
        showSuccessToast('已发布');
        await load();
      } catch (error) {
        const missing = Object.values(error.messages ?? {});
        if (!missing.length) return; // the client showed why
        try {
          await showConfirmDialog({ title: error.message, message: missing.join('\n'), confirmButtonText: '去编辑', cancelButtonText: '关闭' });
          router.push(`${base}/training/${taskId}/edit`);
        } catch {
          // closed
        }
      } finally {
        publishing.value = false;
      }
    }

    const zone = () => session.me?.company?.timezone;
    const due = () => `截止 ${formatDateTime(task.value.due_at, zone())}`;
    const personPath = (row) => `${base}/training/people/${row.user_id}`;
    const rowLine = (row) => [row.org_unit_name, progressText({ kind: task.value.kind, mine: row }),
      task.value.kind === 'quiz' ? `测验 ${row.attempts} 次` : '', row.points ? `${row.points} 积分` : '']
      .filter(Boolean).join(' · ');

    onMounted(load);
    watch(unitId, () => {
      report.value = null;
      load();
    });
    return {
      TASK_KIND_LABELS, TASK_STATE_LABELS, router, base, taskId, report, failed, refreshing, publishing, task, bandMax,
      loadingMore, load, more, narrow, onRefresh, publish, due, personPath, rowLine, stateTag,
    };
  },
  template: `
    <sub-page :back="base + '/training'">
      <van-pull-refresh v-model="refreshing" class="page__body training-report" @refresh="onRefresh">
        <div v-if="!report && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!report" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <section class="card report-head" :data-state="task.state">
            <div class="task-card__head">
              <van-tag plain type="primary">{{ TASK_KIND_LABELS[task.kind] }}</van-tag>
              <van-tag :type="task.state === 'draft' ? 'warning' : 'success'" plain>{{ TASK_STATE_LABELS[task.state] }}</van-tag>
              <van-tag :type="task.mandatory ? 'danger' : 'default'" plain>{{ task.mandatory ? '必修' : '选修' }}</van-tag>
            </div>
            <h1 class="task-card__title">{{ task.title }}</h1>
            <p class="task-card__line">{{ due() }}<span v-if="task.goal_text"> · {{ task.goal_text }}</span></p>
            <div v-if="task.editable" class="page-actions page-actions--row report-head__actions">
              <van-button round plain type="primary" icon="edit" @click="router.push(base + '/training/' + taskId + '/edit')">编辑</van-button>
              <van-button v-if="task.state === 'draft'" round type="primary" :loading="publishing" data-testid="publish" @click="publish">发布</van-button>
            </div>
          </section>

          <section class="card report-rate" data-testid="completion">
            <van-circle :current-rate="report.rate" :rate="report.rate" :speed="0" :stroke-width="90" stroke-linecap="butt" size="112px"
              color="var(--brand)" layer-color="#f2f3f5" :text="report.rate + '%'" class="report-rate__circle" />
            <div class="report-rate__text">
              <p class="report-rate__title">完成率</p>
              <p>{{ report.done }} / {{ report.assigned }} 人已完成</p>
              <p v-if="report.overdue_count" class="task-card__late">{{ report.overdue_count }} 人已逾期</p>
              <router-link v-if="task.kind === 'checkin'" :to="{ path: base + '/training/check-ins', query: { task_id: taskId } }" class="link report-rate__review">
                待审核打卡 {{ report.check_ins_waiting }} 条 <van-icon name="arrow" />
              </router-link>
            </div>
          </section>
          <p v-if="task.state === 'draft'" class="page-tip">草稿还没有发布，发布后员工才能看到</p>

          <template v-if="report.units.length">
            <h2 class="list-section__title list-section__title--page">
              各团队<template v-if="report.unit"> · {{ report.unit.name }} <button type="button" class="link" data-testid="report-all-units" @click="narrow(null)">看全部</button></template>
            </h2>
            <van-cell-group inset class="report-units">
              <van-cell v-for="unit in report.units" :key="unit.org_unit_id" :title="unit.name" :data-unit-id="unit.org_unit_id"
                :is-link="report.units.length > 1" @click="report.units.length > 1 && narrow(unit.org_unit_id)">
                <template #label>
                  <van-progress :percentage="unit.rate" :show-pivot="false" stroke-width="6" color="var(--brand)" class="report-units__bar" />
                </template>
                <template #value><span>{{ unit.done }}/{{ unit.assigned }} · {{ unit.rate }}%</span></template>
              </van-cell>
            </van-cell-group>
          </template>

          <template v-if="report.overdue.length">
            <h2 class="list-section__title list-section__title--page">已逾期（{{ report.overdue_count }}）</h2>
            <div class="kind-chips report-overdue">
              <router-link v-for="row in report.overdue" :key="row.user_id" :to="personPath(row)" class="chip">{{ row.name }} · {{ row.org_unit_name }}</router-link>
            </div>
          </template>

          <template v-if="task.kind === 'quiz' && report.scores.length">
            <h2 class="list-section__title list-section__title--page">成绩分布（最高分）</h2>
            <ul class="card score-bands">
              <li v-for="band in report.scores" :key="band.range" class="score-band" :data-range="band.range">
                <span class="score-band__range">{{ band.range }} 分</span>
                <span class="score-band__bar"><span :style="{ width: (band.count * 100 / bandMax) + '%' }"></span></span>
                <span class="score-band__count">{{ band.count }} 人</span>
              </li>
            </ul>
          </template>
          <template v-if="task.kind === 'quiz' && report.hardest.length">
            <h2 class="list-section__title list-section__title--page">最难的题</h2>
            <van-cell-group inset class="report-hardest">
              <van-cell v-for="question in report.hardest" :key="question.question_id" :title="question.stem"
                :label="'作答 ' + question.answered + ' 次，答对 ' + question.correct + ' 次'" :value="'正确率 ' + question.rate + '%'" />
            </van-cell-group>
          </template>

          <h2 class="list-section__title list-section__title--page">人员（{{ report.assigned }}）</h2>
          <van-empty v-if="!report.reps.length" image="search" image-size="72" description="还没有人有这个任务" />
          <van-cell-group v-else inset class="report-people">
            <van-cell v-for="row in report.reps" :key="row.user_id" :title="row.name" :label="rowLine(row)" is-link center
              :to="personPath(row)" :data-user-id="row.user_id">
              <template #value>
                <van-tag :type="stateTag(row).type" plain>{{ stateTag(row).text }}</van-tag>
              </template>
            </van-cell>
          </van-cell-group>
          <div v-if="report.reps.length < report.assigned" class="page-actions">
            <van-button round plain block :loading="loadingMore" data-testid="report-more" @click="more">加载更多（{{ report.reps.length }}/{{ report.assigned }}）</van-button>
          </div>
        </template>
      </van-pull-refresh>
    </sub-page>
  `,
};

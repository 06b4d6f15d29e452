// /boss/targets: 设置目标. A boss (or HQ) sets this month's or next month's target of a rep or
// a team of their subtree for one metric (PUT /targets: setting it again replaces it), and
// sees the month's targets with their progress; a target can be removed.
import { computed, onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showSuccessToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import SearchPicker, { findReps } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { targetOwner, targetValue } from '../components/target-progress.js';
import { addDays, dayOf, yuanToFen } from '../format.js';
import { TARGET_SUBJECT_LABELS } from '../labels.js';
import { session } from '../session.js';

/** "2026-11" of this month (company time zone), and of the next. */
function months(timeZone) {
  const today = dayOf(new Date(), timeZone);
  const first = `${today.slice(0, 7)}-01`;
  return [today.slice(0, 7), addDays(first, 32).slice(0, 7)];
}

/** A search over the caller's whole org tree, read once per page open (every unit, not a page of them). */
function teamFinder() {
  let tree = null;
  return async function findTeams(q) {
    tree ??= api.get('/org-tree').catch((error) => { tree = null; throw error; });
    const term = (q || '').trim();
    return (await tree).filter((unit) => !term || unit.name.includes(term)).map((unit) => ({ id: unit.id, name: unit.name }));
  };
}

export default {
  name: 'BossTargetsPage',
  components: { SearchPicker, SubPage },
  setup() {
    const [thisMonth, nextMonth] = months(session.me?.company?.timezone);
    const findTeams = teamFinder();
    const month = ref(thisMonth);
    const progress = ref(null);
    const form = reactive({ subject: 'rep', who: null, metric: '', value: '', errors: {}, saving: false });
    const picking = ref(false);
    const metricSheet = ref(false);

    const metrics = computed(() => progress.value?.metrics ?? []);
    const metric = computed(() => metrics.value.find((item) => item.metric === form.metric));
    const metricActions = computed(() => metrics.value.map((item) => ({ name: item.label, metric: item.metric })));
    const isMoney = computed(() => metric.value?.unit === 'fen');

    async function load() {
      progress.value = await api.get('/targets', { query: { month: month.value } });
      if (!form.metric && metrics.value.some((item) => item.metric === 'revenue')) form.metric = 'revenue';
    }

    function chooseMonth(value) {
      month.value = value;
      load().catch(() => {});
    }

    function chooseSubject(subject) {
      form.subject = subject;
      form.who = null;
    }

    function pickWho(row) {
      form.who = row;
    }

    function pickMetric(action) {
      form.metric = action.metric;
      metricSheet.value = false;
    }

    function edit(target) {
      form.subject = target.subject;
      form.who = target.subject === 'team' ? target.org_unit : target.rep;
      form.metric = target.metric;
      form.value = target.unit === 'fen' ? String(target.value / 100) : String(target.value);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }

    async function save() {
      form.errors = {};
      const value = isMoney.value ? yuanToFen(form.value) : Number(String(form.value).trim() || NaN);
      if (!form.who) form.errors.who = `请选择${TARGET_SUBJECT_LABELS[form.subject]}`;
      if (!form.metric) form.errors.metric = '请选择指标';
      if (!Number.isInteger(value) || value <= 0) form.errors.value = isMoney.value ? '请输入大于 0 的金额' : '请输入大于 0 的整数';
      if (Object.keys(form.errors).length) return;
      form.saving = true;
      try {
        const idField = form.subject === 'team' ? 'org_unit_id' : 'rep_id';
        await api.put('/targets', {
          subject: form.subject, [idField]: form.who.id, month: month.value, metric: form.metric, value,
        });
        showSuccessToast('目标已保存');
        form.value = '';
        await load();
      } catch (error) {
        const messages = fieldMessages(error);
        form.errors = { ...messages, who: messages.rep_id || messages.org_unit_id };
      } finally {
        form.saving = false;
      }
    }

    async function remove(target) {
      try {
        await showConfirmDialog({ title: '删除目标', message: `删除「${targetOwner(target)} · ${target.label}」的目标？` });
      } catch {
        return; // cancelled
      }
      try {
        await api.delete(`/targets/${target.id}`);
        await load();
      } catch {
        // shown by the client
      }
    }

    onMounted(() => load().catch(() => {}));
    return {
      TARGET_SUBJECT_LABELS, thisMonth, nextMonth, month, progress, form, picking, metricSheet, metric, metricActions,
      isMoney, chooseMonth, chooseSubject, pickWho, pickMetric, edit, save, remove, findReps, findTeams,
      targetOwner, targetValue,
    };
  },
  template: `
    <sub-page title="设置目标" back="/boss">
      <div class="page__body boss-targets">
        <van-tabs :active="month" shrink class="boss-targets__months" @change="chooseMonth">
          <van-tab :title="'本月 ' + thisMonth" :name="thisMonth" />
          <van-tab :title="'下月 ' + nextMonth" :name="nextMonth" />
        </van-tabs>

        <van-cell-group inset class="boss-targets__form">
          <van-field label="对象" :error-message="form.errors.subject">
            <template #input>
              <van-radio-group :model-value="form.subject" direction="horizontal" @update:model-value="chooseSubject">
                <van-radio v-for="(label, key) in TARGET_SUBJECT_LABELS" :key="key" :name="key">{{ label }}</van-radio>
              </van-radio-group>
            </template>
          </van-field>
          <van-field
            :label="TARGET_SUBJECT_LABELS[form.subject]"
            :model-value="form.who ? form.who.name : ''"
            readonly
            is-link
            :placeholder="'选择' + TARGET_SUBJECT_LABELS[form.subject]"
            :error-message="form.errors.who"
            data-field="who"
            @click="picking = true"
          />
          <van-field
            label="指标"
            :model-value="metric ? metric.label : ''"
            readonly
            is-link
            placeholder="选择指标"
            :error-message="form.errors.metric"
            data-field="metric"
            @click="metricSheet = true"
          />
          <van-field
            v-model="form.value"
            label="目标值"
            :type="isMoney ? 'number' : 'digit'"
            :placeholder="isMoney ? '金额（元）' : '数量'"
            :error-message="form.errors.value"
            data-field="value"
          >
            <template v-if="isMoney" #button>元</template>
          </van-field>
        </van-cell-group>
        <div class="boss-targets__save">
          <van-button round block type="primary" :loading="form.saving" @click="save">保存目标</van-button>
        </div>

        <div class="section-head"><h2 class="section-head__title">{{ month }} 的目标</h2></div>
        <van-empty v-if="progress && !progress.items.length" image-size="72" description="这个月还没有目标" />
        <van-cell-group v-else-if="progress" inset class="boss-targets__list">
          <van-cell
            v-for="target in progress.items"
            :key="target.id"
            :title="targetOwner(target) + ' · ' + target.label"
            :label="'已完成 ' + targetValue(target, target.reached) + ' · ' + Math.round(target.ratio * 100) + '% · ' + target.set_by.name + ' 设置'"
            :data-target-id="target.id"
          >
            <template #value>
              <span class="boss-targets__value">{{ targetValue(target, target.value) }}</span>
              <button type="button" class="link boss-targets__edit" @click="edit(target)">修改</button>
              <button type="button" class="link boss-targets__remove" @click="remove(target)">删除</button>
            </template>
          </van-cell>
        </van-cell-group>
      </div>

      <search-picker
        v-model:show="picking"
        :title="'选择' + TARGET_SUBJECT_LABELS[form.subject]"
        :search="form.subject === 'team' ? findTeams : findReps"
        @pick="pickWho"
      />
      <van-action-sheet v-model:show="metricSheet" :actions="metricActions" cancel-text="取消" title="选择指标" @select="pickMetric" />
    </sub-page>
  `,
};

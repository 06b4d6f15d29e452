// /boss/training/new, /hq/training/new, /boss/training/:id/edit and /hq/training/:id/edit:
// 新建任务 / 编辑任务. The kind is chosen once, on creating (课程, 测验, 行动任务, 打卡); then
// what every task has: title, what to do, a cover, when it starts and is due (the company's
// clock), 必修, points (a quiz's come per attempt), whom it is for (员工 and/or 主管, units of
// my tree and listed reps) and a task to finish first; then by kind: a course's pages
// (components/course-pages-field.js), a quiz's questions and terms
// (components/quiz-questions-field.js) and the material finishing it unlocks (kept off its
// people's toolbox until then), an action task's goal (components/goal-fields.js). A
// save writes a draft (an edit sends only what changed); 保存并发布 publishes it, and the
// server names what is missing under its field. Once published, what people already did
// with it stays: those fields lock (the server refuses them with 409 `task_published`).
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast, showToast } from 'vant';

import { api, fieldMessages, revealFirstError, saveForm } from '../api.js';
import AudienceField from '../components/audience-field.js';
import CoursePagesField, { coursePagesOf, emptyPage, pageOfTask } from '../components/course-pages-field.js';
import DatetimeField from '../components/datetime-field.js';
import GoalFields from '../components/goal-fields.js';
import ImageField from '../components/image-field.js';
import QuizQuestionsField from '../components/quiz-questions-field.js';
import SearchPicker, { findMaterials, findReps } from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import { TASK_KIND_LABELS, TASK_ROLE_LABELS } from '../labels.js';
import { changedFields } from '../plays.js';
import { session } from '../session.js';
import { findTasks, publishTask, staffBase } from '../training.js';

// What a published task keeps (app/training/services.py FROZEN).
const FROZEN = ['start_at', 'points', 'requires_task_id', 'quiz', 'goal', 'pages', 'question_ids'];
const WHOLE = /^\d{1,6}$/;
const KIND_NOTES = {
  course: '员工按顺序阅读每一页，每页可设最少阅读时间，读完全部页面即完成。',
  quiz: '从题库选题，按及格分判定通过；通过时按第几次通过得积分。',
  action: '按员工在任务时间内的实际经营动作自动计数，达到数量即完成。',
  checkin: '员工提交文字和照片，主管审核通过即完成。',
};

function emptyForm() {
  return {
    kind: 'course', title: '', summary: '', cover_url: null, start_at: null, due_at: null, mandatory: true, points: '0',
    roles: ['rep'], org_unit_ids: [], reps: [], requires: null, pages: [emptyPage()], unlocks: null, questions: [],
    pass_percent: '80', max_attempts: 1, time_limit_minutes: '', shuffle: false, show_answers: true, attempt_points: '10,7,5,2',
    goal: null, goal_target: '', goal_object: null, goal_within_hours: '',
  };
}

export default {
  name: 'TrainingTaskFormPage',
  components: { AudienceField, CoursePagesField, DatetimeField, GoalFields, ImageField, QuizQuestionsField, SearchPicker, SubPage },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = staffBase(route);
    const taskId = route.params.id ? Number(route.params.id) : null;
    const form = reactive(emptyForm());
    const errors = reactive({});
    const state = ref('draft');
    const loaded = ref(!taskId);
    const failed = ref(false);
    const saving = ref(false);
    const publishing = ref(false);
    const pickingRep = ref(false);
    const pickingTask = ref(false);
    const pickingMaterial = ref(false);
    let initial = {}; // the body as loaded: an edit sends what differs from it

    const published = computed(() => state.value === 'published');
    const frozen = (name) => published.value && FROZEN.includes(name);
    const hq = computed(() => session.me?.role === 'hq_admin');

    async function names(ids, path, field) {
      const found = await Promise.allSettled(ids.map((id) => api.get(`${path}/${id}`, { toast: false })));
      return ids.map((id, index) => ({ id, name: found[index].status === 'fulfilled' ? found[index].value[field] : `#${id}` }));
    }

    async function fill(task) {
      state.value = task.state;
      const quiz = task.quiz ?? {};
      const [reps, [requires] = [], [unlocks] = [], [object] = []] = await Promise.all([
        names(task.rep_ids, '/users', 'name'),
        task.requires_task_id ? names([task.requires_task_id], '/training/tasks', 'title') : [],
        task.unlocks_material_id ? names([task.unlocks_material_id], '/materials', 'title') : [],
        task.goal_object_id ? names([task.goal_object_id], task.goal_object_type === 'material' ? '/materials' : '/products',
          task.goal_object_type === 'material' ? 'title' : 'name') : [],
      ]);
      Object.assign(form, {
        kind: task.kind, title: task.title, summary: task.summary ?? '', cover_url: task.cover_url, start_at: task.start_at,
        due_at: task.due_at, mandatory: task.mandatory, points: String(task.points), roles: [...task.roles],
        org_unit_ids: [...task.org_unit_ids], reps, requires: requires ?? null,
        pages: task.kind === 'course' ? task.pages.map(pageOfTask) : [], unlocks: unlocks ?? null,
        questions: task.questions.map(({ id, kind, stem }) => ({ id, kind, stem })),
        pass_percent: String(quiz.pass_percent ?? 80), max_attempts: quiz.max_attempts ?? 1,
        time_limit_minutes: quiz.time_limit_seconds ? String(quiz.time_limit_seconds / 60) : '',
        shuffle: quiz.shuffle ?? false, show_answers: quiz.show_answers ?? true,
        attempt_points: (quiz.attempt_points ?? task.attempt_points ?? []).join(','),
        goal: task.goal, goal_target: task.goal_target ? String(task.goal_target) : '',
        goal_object: object ? { type: task.goal_object_type, ...object } : null,
        goal_within_hours: task.goal_within_hours ? String(task.goal_within_hours) : '',
      });
    }

    async function load() {
      if (!taskId) return;
      failed.value = false;
      try {
        await fill(await api.get(`/training/tasks/${taskId}`));
        initial = build();
        for (const key of Object.keys(errors)) delete errors[key];
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    function pickKind(kind) {
      form.kind = kind;
      if (kind === 'course' && !form.pages.length) form.pages.push(emptyPage());
    }

    function whole(key, text, { blank = null, max = Infinity, rule = '请输入整数' } = {}) {
      const value = String(text).trim();
      if (value === '') return blank;
      if (!WHOLE.test(value) || Number(value) > max) errors[key] = rule;
      return Number(value);
    }

    function quizTerms() {
      const points = form.attempt_points.split(/[,，、\s]+/).filter(Boolean);
      if (points.some((value) => !WHOLE.test(value)) || points.length > 10) errors.attempt_points = '请填写整数，用逗号分隔，最多 10 个';
      const minutes = whole('time_limit_seconds', form.time_limit_minutes, { max: 240, rule: '请输入 1 到 240 之间的分钟数' });
      if (minutes === 0) errors.time_limit_seconds = '请输入 1 到 240 之间的分钟数';
      return {
        question_ids: form.questions.map((question) => question.id),
        pass_percent: whole('pass_percent', form.pass_percent, { blank: 80, max: 100, rule: '请输入 1 到 100 之间的整数' }),
        max_attempts: form.max_attempts,
        time_limit_seconds: minutes ? minutes * 60 : null,
        shuffle: form.shuffle,
        show_answers: form.show_answers,
        attempt_points: points.map(Number),
      };
    }

    function goalOf() {
      if (!form.goal) errors.goal = '请选择目标';
      return {
        goal: form.goal,
        goal_target: whole('goal_target', form.goal_target, { max: 100000, rule: '请输入 1 到 100000 之间的整数' }),
        goal_object_type: form.goal_object?.type ?? null,
        goal_object_id: form.goal_object?.id ?? null,
        goal_within_hours: whole('goal_within_hours', form.goal_within_hours, { max: 720, rule: '请输入 1 到 720 之间的小时数' }),
      };
    }

    // The body the form holds, marking in `errors` what is wrong.
    function build() {
      for (const key of Object.keys(errors)) delete errors[key];
      if (!form.title.trim()) errors.title = '请填写任务标题';
      if (!form.due_at) errors.due_at = '请选择截止时间';
      if (!form.roles.length) errors.roles = '至少选择一个角色';
      const data = {
        ...(taskId ? {} : { kind: form.kind }),
        title: form.title.trim(),
        summary: form.summary.trim(),
        cover_url: form.cover_url,
        start_at: form.start_at,
        due_at: form.due_at,
        mandatory: form.mandatory,
        roles: [...form.roles],
        org_unit_ids: [...form.org_unit_ids],
        rep_ids: form.reps.map((rep) => rep.id),
        requires_task_id: form.requires?.id ?? null,
      };
      if (form.kind !== 'quiz') data.points = whole('points', form.points, { blank: 0, max: 10000, rule: '请输入 0 到 10000 之间的整数' });
      if (form.kind === 'course') {
        data.pages = coursePagesOf(form.pages);
        data.unlocks_material_id = form.unlocks?.id ?? null;
        if (form.pages.some((page) => page.error)) errors.pages = '请检查标红的页面';
      }
      if (form.kind === 'quiz') Object.assign(data, quizTerms());
      if (form.kind === 'action') Object.assign(data, goalOf());
      return data;
    }

    // The body to send, or null after marking the fields that are wrong.
    function body() {
      const data = build();
      return Object.keys(errors).length ? null : data;
    }

    const changes = (data) => changedFields(data, initial);
    const save = () => saveForm({
      router, data: body(), path: '/training/tasks', id: taskId, changes, created: '已保存草稿',
      listPath: `${base}/training`, errors, saving,
    });

    // Save what the form holds, then publish it; the server's reasons land under the fields.
    async function saveAndPublish() {
      const data = body();
      if (!data) {
        showToast('请检查标红的项');
        revealFirstError();
        return;
      }
      publishing.value = true;
      try {
        let id = taskId;
        if (!id) id = (await api.post('/training/tasks', data, { toast: false })).id;
        else if (Object.keys(changes(data)).length) await api.patch(`/training/tasks/${id}`, changes(data), { toast: false });
        await publishTask(id);
        showSuccessToast('已发布');
        router.replace(`${base}/training/${id}`);
      } catch (error) {
        const fields = error.messages ?? fieldMessages(error);
        Object.assign(errors, fields);
        showToast(Object.keys(fields).length ? `${error.message}，请检查标红的项` : error.message);
      } finally {
        publishing.value = false;
      }
    }

    function addRep(row) {
      if (row && !form.reps.some((rep) => rep.id === row.id)) form.reps.push(row);
    }

    onMounted(load);
    return {
      TASK_KIND_LABELS, TASK_ROLE_LABELS, KIND_NOTES, base, taskId, form, errors, state, loaded, failed, saving, publishing,
      pickingRep, pickingTask, pickingMaterial, published, frozen, hq, load, pickKind, save, saveAndPublish, addRep, findMaterials, findReps, findTasks,
    };
  },
  template: `
    <sub-page :title="taskId ? '编辑任务' : '新建任务'" :back="taskId ? base + '/training/' + taskId : base + '/training'">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-form v-else class="form task-form" @submit="save">
          <p v-if="published" class="page-tip play-form__tip">任务已发布：可以改标题、说明、截止时间和发放对象，其余内容不能再改</p>
          <van-cell-group inset title="任务类型">
            <van-field name="kind" :error-message="errors.kind">
              <template #input>
                <div class="kind-chips kind-chips--field" role="radiogroup" aria-label="任务类型">
                  <button v-for="(label, kind) in TASK_KIND_LABELS" :key="kind" type="button" class="chip" :disabled="Boolean(taskId)"
                    :class="{ 'chip--active': form.kind === kind }" role="radio" :aria-checked="form.kind === kind" @click="pickKind(kind)">{{ label }}</button>
                </div>
              </template>
            </van-field>
            <p class="material-form__note">{{ KIND_NOTES[form.kind] }}</p>
          </van-cell-group>

          <van-cell-group inset title="基本信息">
            <van-field v-model="form.title" name="title" label="标题" placeholder="必填" maxlength="100" required :error-message="errors.title" />
            <van-field v-model="form.summary" name="summary" :label="form.kind === 'checkin' ? '打卡要求' : '说明'" type="textarea" rows="2" autosize
              maxlength="5000" :placeholder="form.kind === 'checkin' ? '要拍什么、写什么' : '选填，员工在任务页看到'" :error-message="errors.summary" />
            <van-field name="cover_url" label="封面" :error-message="errors.cover_url">
              <template #input><image-field v-model="form.cover_url" /></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="时间与积分">
            <datetime-field v-model="form.start_at" name="start_at" label="开始时间" placeholder="不填即立即开始" clearable :disabled="frozen('start_at')" :error-message="errors.start_at" />
            <datetime-field v-model="form.due_at" name="due_at" label="截止时间" required default-clock="23:59" :error-message="errors.due_at" />
            <van-field name="mandatory" label="必修">
              <template #input><van-switch v-model="form.mandatory" size="20px" /></template>
            </van-field>
            <van-field v-if="form.kind !== 'quiz'" v-model="form.points" name="points" label="完成积分" type="digit" :disabled="frozen('points')" :error-message="errors.points">
              <template #extra><span class="field-unit">分</span></template>
            </van-field>
          </van-cell-group>

          <van-cell-group inset title="发放对象">
            <van-field name="roles" label="角色" :error-message="errors.roles">
              <template #input>
                <van-checkbox-group v-model="form.roles" direction="horizontal">
                  <van-checkbox v-for="(label, role) in TASK_ROLE_LABELS" :key="role" :name="role" shape="square">{{ label }}</van-checkbox>
                </van-checkbox-group>
              </template>
            </van-field>
            <audience-field v-model="form.org_unit_ids" label="组织" note="选中的组织及其下级的人员要完成" :error-message="errors.org_unit_ids" />
            <van-field name="rep_ids" label="指定员工" :error-message="errors.rep_ids">
              <template #input>
                <div class="kind-chips kind-chips--field">
                  <span v-for="rep in form.reps" :key="rep.id" class="chip chip--active play-form__product">
                    {{ rep.name }}
                    <van-icon name="cross" role="button" :aria-label="'移除 ' + rep.name" @click="form.reps = form.reps.filter((item) => item.id !== rep.id)" />
                  </span>
                  <button type="button" class="chip chip--tool" @click="pickingRep = true"><van-icon name="plus" /> 添加员工</button>
                </div>
              </template>
            </van-field>
            <p class="settings__hint">组织和员工都不选即全部{{ hq ? '' : '本团队' }}人员；只指定员工时只发给他们。</p>
            <van-field :model-value="form.requires ? form.requires.name : ''" name="requires_task_id" label="前置任务" readonly placeholder="选填，先完成它才能开始"
              :is-link="!frozen('requires_task_id')" :disabled="frozen('requires_task_id')" :error-message="errors.requires_task_id"
              @click="!frozen('requires_task_id') && (pickingTask = true)" />
          </van-cell-group>

          <template v-if="form.kind === 'course'">
            <h2 class="list-section__title list-section__title--page">课程页面</h2>
            <course-pages-field :model="form" :errors="errors" :disabled="frozen('pages')" :can-upload="hq" />
            <van-cell-group inset title="学完解锁">
              <van-field :model-value="form.unlocks ? form.unlocks.name : ''" name="unlocks_material_id" label="解锁素材" readonly is-link
                placeholder="选填，学完才能分享的素材" :error-message="errors.unlocks_material_id" @click="pickingMaterial = true" />
            </van-cell-group>
          </template>

          <template v-if="form.kind === 'quiz'">
            <van-cell-group inset title="题目">
              <quiz-questions-field :model="form" :errors="errors" :disabled="frozen('question_ids')" />
            </van-cell-group>
            <van-cell-group inset title="测验规则">
              <van-field v-model="form.pass_percent" name="pass_percent" label="及格分" type="digit" :disabled="frozen('quiz')" :error-message="errors.pass_percent">
                <template #extra><span class="field-unit">分（百分制）</span></template>
              </van-field>
              <van-field name="max_attempts" label="可测次数" :error-message="errors.max_attempts">
                <template #input><van-stepper v-model="form.max_attempts" :min="1" :max="10" integer :disabled="frozen('quiz')" /></template>
              </van-field>
              <van-field v-model="form.time_limit_minutes" name="time_limit_seconds" label="限时" type="digit" placeholder="不填即不限时"
                :disabled="frozen('quiz')" :error-message="errors.time_limit_seconds">
                <template #extra><span class="field-unit">分钟</span></template>
              </van-field>
              <van-field name="shuffle" label="打乱顺序">
                <template #input><van-switch v-model="form.shuffle" size="20px" :disabled="frozen('quiz')" /></template>
              </van-field>
              <van-field name="show_answers" label="交卷后显示答案">
                <template #input><van-switch v-model="form.show_answers" size="20px" /></template>
              </van-field>
              <van-field v-model="form.attempt_points" name="attempt_points" label="通过积分" placeholder="如 10,7,5,2"
                :disabled="frozen('quiz')" :error-message="errors.attempt_points" />
              <p class="settings__hint">第 1 次通过得第一个数，第 2 次得第二个，之后都得最后一个</p>
            </van-cell-group>
          </template>

          <van-cell-group v-if="form.kind === 'action'" inset title="行动目标">
            <goal-fields :model="form" :errors="errors" :disabled="frozen('goal')" />
          </van-cell-group>

          <div class="page-actions page-actions--row">
            <van-button round plain type="primary" native-type="submit" :loading="saving" :disabled="publishing">{{ taskId ? '保存' : '保存草稿' }}</van-button>
            <van-button v-if="!published" round type="primary" native-type="button" :loading="publishing" :disabled="saving" data-testid="save-publish" @click="saveAndPublish">保存并发布</van-button>
          </div>
        </van-form>
      </div>
      <search-picker v-model:show="pickingRep" title="添加员工" placeholder="搜索姓名、用户名或手机" :search="findReps" @pick="addRep" />
      <search-picker v-model:show="pickingTask" title="前置任务" placeholder="搜索任务标题" :search="findTasks" clear-text="不需要前置任务"
        @pick="(row) => { form.requires = row && row.id !== taskId ? row : null; }" />
      <search-picker v-model:show="pickingMaterial" title="学完解锁的素材" placeholder="搜索素材标题" :search="findMaterials" clear-text="不解锁素材"
        @pick="(row) => { form.unlocks = row; }" />
    </sub-page>
  `,
};

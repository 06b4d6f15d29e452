// /hq/people/new, /hq/people/:id (and the same under /boss): add or edit a person by the API's
// rules (the same as CSV onboarding: the server checks every field and marks each wrong one).
// HQ sets any role and unit; a boss, where the company allows, adds and edits the reps of their
// subtree only. On an existing person: move them to another unit (today's figures stay with the
// team they were earned in), reset their password (typed, or generated and shown once; every
// session of theirs ends), and 离职交接: pick the rep who takes their customers over, see how
// many move, confirm, and the person is disabled with their customers handed over in one step.
import { computed, onMounted, reactive, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showConfirmDialog, showDialog, showSuccessToast, showToast } from 'vant';

import { api, fieldMessages, revealFirstError } from '../api.js';
import SearchPicker from '../components/search-picker.js';
import SubPage from '../components/sub-page.js';
import UnitPicker from '../components/unit-picker.js';
import { ROLE_LABELS } from '../labels.js';
import { managesPeople, peopleBase } from '../people.js';
import { session } from '../session.js';

// Which units a role may be placed in (org/services.py _check_placement); null: any.
const UNIT_KINDS = { rep: ['team'], boss: null, hq_admin: ['hq'] };
const PASSWORD_MIN = 8;
const PROFILE_FIELDS = ['name', 'username', 'phone', 'role', 'org_unit_id'];

/** A random password of 12 characters a person can type (no 0/O, 1/l/I). */
function randomPassword() {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => letters[byte % letters.length]).join('');
}

export default {
  name: 'PersonFormPage',
  components: { SearchPicker, SubPage, UnitPicker },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = peopleBase(route.path);
    const userId = computed(() => (route.params.id ? Number(route.params.id) : null));
    const isHq = computed(() => session.me?.role === 'hq_admin');
    const person = ref(null);
    const units = ref([]);
    const loaded = ref(false);
    const failed = ref(false);
    const saving = ref(false);
    const picking = ref(false);
    const form = reactive({ name: '', username: '', phone: '', role: 'rep', org_unit_id: null, password: '' });
    const errors = reactive({});
    const reset = reactive({ show: false, mode: 'generate', password: '', error: '', sending: false });
    const leave = reactive({ show: false, preview: null, heir: null, reason: '离职', errors: {}, sending: false, picking: false });

    const editable = computed(() => (userId.value ? Boolean(person.value) && managesPeople(person.value) : managesPeople()));
    const roles = computed(() => (isHq.value ? Object.keys(ROLE_LABELS) : ['rep']));
    const unitName = computed(() => units.value.find((unit) => unit.id === form.org_unit_id)?.name
      ?? person.value?.org_unit?.name ?? '');

    function fill(user) {
      person.value = user;
      Object.assign(form, { name: user.name, username: user.username, phone: user.phone ?? '', role: user.role, org_unit_id: user.org_unit.id, password: '' });
    }

    async function load() {
      failed.value = false;
      try {
        const [tree, user] = await Promise.all([
          api.get('/org-tree'),
          userId.value ? api.get(`/users/${userId.value}`) : null,
        ]);
        units.value = tree;
        if (user) fill(user);
        else if (route.query.unit && tree.some((unit) => unit.id === Number(route.query.unit) && unit.kind === 'team')) {
          form.org_unit_id = Number(route.query.unit);
        }
        loaded.value = true;
      } catch {
        failed.value = true;
      }
    }

    function clearErrors() {
      for (const key of Object.keys(errors)) delete errors[key];
    }

    // The body to send (new: every field; existing: the changed ones), or null after marking
    // what is missing.
    function body() {
      clearErrors();
      if (!form.name.trim()) errors.name = '请填写姓名';
      if (!form.username.trim()) errors.username = '请填写用户名';
      if (!form.org_unit_id) errors.org_unit_id = '请选择所属组织';
      if (!userId.value && form.password.length < PASSWORD_MIN) errors.password = `密码至少 ${PASSWORD_MIN} 位`;
      if (Object.keys(errors).length) return null;
      const values = { name: form.name.trim(), username: form.username.trim(), phone: form.phone.trim() || null, role: form.role, org_unit_id: form.org_unit_id };
      if (!userId.value) return { ...values, password: form.password };
      const saved = { ...person.value, org_unit_id: person.value.org_unit.id };
      return Object.fromEntries(PROFILE_FIELDS.filter((field) => values[field] !== saved[field]).map((field) => [field, values[field]]));
    }

    async function save() {
      const changes = body();
      if (!changes) {
        revealFirstError();
        return;
      }
      if (userId.value && !Object.keys(changes).length) {
        showToast('没有修改');
        return;
      }
      saving.value = true;
      try {
        if (userId.value) {
          fill(await api.patch(`/users/${userId.value}`, changes, { toast: false }));
          showSuccessToast('已保存');
        } else {
          const created = await api.post('/users', changes, { toast: false });
          showSuccessToast('已添加');
          router.replace(`${base}/people/${created.id}`);
        }
      } catch (error) {
        const fields = fieldMessages(error);
        Object.assign(errors, fields);
        showToast(Object.keys(fields).length ? '请检查标红的项' : error.message);
      } finally {
        saving.value = false;
      }
    }

    function onRole(role) {
      const kinds = UNIT_KINDS[role];
      const unit = units.value.find((item) => item.id === form.org_unit_id);
      if (kinds && unit && !kinds.includes(unit.kind)) form.org_unit_id = null; // pick again
    }

    function onUnit(unit) {
      form.org_unit_id = unit.id;
    }

    function fillRandomPassword() {
      form.password = randomPassword();
    }

    // --- reset the password ---------------------------------------------------------------

    function openReset() {
      Object.assign(reset, { show: true, mode: 'generate', password: '', error: '' });
    }

    async function sendReset() {
      if (reset.mode === 'type' && reset.password.length < PASSWORD_MIN) {
        reset.error = `密码至少 ${PASSWORD_MIN} 位`;
        return false;
      }
      reset.sending = true;
      try {
        const result = await api.post(`/users/${userId.value}/password`, reset.mode === 'type' ? { password: reset.password } : {}, { toast: false });
        reset.show = false;
        showDialog({
          title: '密码已重置',
          message: result.password
            ? `新密码：${result.password}\n只显示这一次，请转告 ${person.value.name}；TA 已在所有设备上退出登录。`
            : `${person.value.name} 已在所有设备上退出登录，请用新密码登录。`,
          messageAlign: 'left',
          confirmButtonText: '知道了',
        });
        return true;
      } catch (error) {
        reset.error = fieldMessages(error).password || error.message;
        return false;
      } finally {
        reset.sending = false;
      }
    }

    // --- 离职交接 -------------------------------------------------------------------------

    async function openLeave() {
      Object.assign(leave, { show: true, preview: null, heir: null, reason: '离职', errors: {} });
      try {
        leave.preview = await api.get(`/users/${userId.value}/offboarding`);
      } catch {
        leave.show = false;
      }
    }

    async function findHeirs(q) {
      const data = await api.get('/users', { query: { role: 'rep', active: true, q: q || null, per_page: 20 } });
      return data.items.filter((user) => user.id !== userId.value)
        .map((user) => ({ id: user.id, name: `${user.name}（${user.org_unit.name}）`, person: user }));
    }

    function pickHeir(row) {
      leave.heir = row;
      const { to_rep_id: _, ...rest } = leave.errors;
      leave.errors = rest;
    }

    async function confirmLeave() {
      leave.errors = {};
      const customers = leave.preview.customers;
      if (customers && !leave.heir) {
        leave.errors = { to_rep_id: '请选择接手客户的员工' };
        return;
      }
      const moving = customers
        ? `${customers} 位客户（含 ${leave.preview.open_follow_ups} 条未完成的跟进）将移交给 ${leave.heir.person.name}。`
        : 'TA 名下没有客户。';
      try {
        await showConfirmDialog({ title: '确认离职交接', message: `停用 ${person.value.name} 的账号，TA 将在所有设备上退出登录；${moving}`, messageAlign: 'left', confirmButtonText: '确认停用' });
      } catch {
        return; // cancelled
      }
      leave.sending = true;
      try {
        const result = await api.post(`/users/${userId.value}/offboarding`, { to_rep_id: leave.heir?.id ?? null, reason: leave.reason.trim() || '离职' }, { toast: false });
        fill(result.user);
        leave.show = false;
        showSuccessToast(result.handover ? `已停用，${result.handover.count} 位客户已移交` : '已停用');
      } catch (error) {
        leave.errors = fieldMessages(error);
        if (!Object.keys(leave.errors).length || leave.errors.active) showToast(leave.errors.active || error.message);
      } finally {
        leave.sending = false;
      }
    }

    async function enable() {
      try {
        fill(await api.patch(`/users/${userId.value}`, { active: true }));
        showSuccessToast('已启用');
      } catch {
        // shown by the client
      }
    }

    onMounted(load);
    watch(userId, load); // new -> the added person: the same page, another person
    return {
      ROLE_LABELS, UNIT_KINDS, base, userId, person, units, loaded, failed, saving, picking, form, errors,
      reset, leave, editable, roles, unitName, load, save, onRole, onUnit, fillRandomPassword,
      openReset, sendReset, openLeave, findHeirs, pickHeir, confirmLeave, enable,
    };
  },
  template: `
    <sub-page :title="userId ? (editable ? '编辑员工' : '员工') : '新增员工'" :back="base + '/people'">
      <div class="page__body">
        <div v-if="!loaded && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!loaded" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <template v-else>
          <van-notice-bar v-if="person && !person.active" left-icon="info-o" text="该账号已停用，无法登录" />
          <van-form class="form person-form" :readonly="!editable" @submit="save">
            <van-cell-group inset title="基本信息">
              <van-field v-model="form.name" name="name" label="姓名" maxlength="50" required placeholder="真实姓名" :error-message="errors.name" />
              <van-field v-model="form.username" name="username" label="用户名" maxlength="50" required autocomplete="off"
                placeholder="登录用，字母、数字、下划线" :error-message="errors.username" />
              <van-field v-model="form.phone" name="phone" label="手机号" type="tel" maxlength="11" placeholder="也可用手机号登录" :error-message="errors.phone" />
            </van-cell-group>
            <van-cell-group inset title="岗位">
              <van-field name="role" label="角色" :error-message="errors.role">
                <template #input>
                  <van-radio-group v-if="editable && roles.length > 1" v-model="form.role" direction="horizontal" @change="onRole">
                    <van-radio v-for="role in roles" :key="role" :name="role">{{ ROLE_LABELS[role] }}</van-radio>
                  </van-radio-group>
                  <span v-else>{{ ROLE_LABELS[form.role] }}</span>
                </template>
              </van-field>
              <van-field :model-value="unitName" name="org_unit_id" label="所属组织" readonly required placeholder="选择团队"
                :is-link="editable" :error-message="errors.org_unit_id" @click="editable && (picking = true)" />
              <p v-if="userId && editable" class="settings__hint">调到其他团队后，调动前的业绩（含今天已做的）仍算原团队；客户随员工一起走。</p>
            </van-cell-group>
            <van-cell-group v-if="!userId" inset title="登录密码">
              <van-field v-model="form.password" name="password" label="初始密码" maxlength="128" required autocomplete="new-password"
                placeholder="至少 8 位" :error-message="errors.password">
                <template #button><van-button size="small" type="primary" plain @click="fillRandomPassword">随机生成</van-button></template>
              </van-field>
              <p class="settings__hint">请把用户名和初始密码转告本人。</p>
            </van-cell-group>
            <div v-if="editable" class="page-actions">
              <van-button round block type="primary" native-type="submit" :loading="saving" loading-text="保存中…">{{ userId ? '保存' : '添加' }}</van-button>
            </div>
          </van-form>

          <van-cell-group v-if="userId && editable && person" inset title="账号" class="person-form__account">
            <van-cell title="重置密码" label="设置新密码，TA 将在所有设备上退出登录" is-link @click="openReset" />
            <van-cell v-if="person.active" title="离职交接" label="停用账号，并把 TA 的客户移交给其他员工" is-link class="person-form__leave" @click="openLeave" />
            <van-cell v-else title="重新启用" label="恢复登录；客户不会自动转回" is-link @click="enable" />
          </van-cell-group>
        </template>
      </div>

      <unit-picker v-if="loaded" v-model:show="picking" :units="units" :kinds="UNIT_KINDS[form.role]" :current="form.org_unit_id"
        :title="form.role === 'rep' ? '选择团队' : '选择组织'" @pick="onUnit" />

      <van-dialog v-model:show="reset.show" title="重置密码" show-cancel-button teleport="body"
        :before-close="(action) => action !== 'confirm' || sendReset()">
        <van-cell-group>
          <van-radio-group v-model="reset.mode">
            <van-cell title="自动生成" clickable @click="reset.mode = 'generate'">
              <template #right-icon><van-radio name="generate" /></template>
            </van-cell>
            <van-cell title="自己设置" clickable @click="reset.mode = 'type'">
              <template #right-icon><van-radio name="type" /></template>
            </van-cell>
          </van-radio-group>
          <van-field v-if="reset.mode === 'type'" v-model="reset.password" name="password" label="新密码" maxlength="128"
            autocomplete="new-password" placeholder="至少 8 位" :error-message="reset.error" />
          <p v-else-if="reset.error" class="form-error">{{ reset.error }}</p>
        </van-cell-group>
      </van-dialog>

      <van-popup v-model:show="leave.show" position="bottom" round closeable teleport="body" class="leave-sheet">
        <h2 class="search-picker__title">离职交接</h2>
        <div v-if="!leave.preview" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-form v-else class="form" @submit="confirmLeave">
          <van-cell-group>
            <van-cell title="名下客户" :value="leave.preview.customers + ' 位'" class="leave-sheet__customers" />
            <van-cell title="未完成的跟进" :value="leave.preview.open_follow_ups + ' 条'" />
            <van-field v-if="leave.preview.customers" :model-value="leave.heir ? leave.heir.name : ''" name="to_rep_id" label="接手员工"
              readonly is-link required placeholder="选择在职员工" :error-message="leave.errors.to_rep_id" @click="leave.picking = true" />
            <van-field v-model="leave.reason" name="reason" label="原因" maxlength="200" :error-message="leave.errors.reason" />
          </van-cell-group>
          <p class="settings__hint">客户连同标签、跟进记录、咨询预约一起移交；历史订单的业绩和提成仍归原员工。</p>
          <div class="page-actions">
            <van-button round block type="danger" native-type="submit" :loading="leave.sending" loading-text="处理中…">
              {{ leave.preview.customers ? '停用并移交 ' + leave.preview.customers + ' 位客户' : '停用账号' }}
            </van-button>
          </div>
        </van-form>
      </van-popup>

      <search-picker v-model:show="leave.picking" title="选择接手员工" placeholder="搜索姓名、用户名或手机号" :search="findHeirs"
        empty-text="没有找到在职员工" @pick="pickHeir" />
    </sub-page>
  `,
};

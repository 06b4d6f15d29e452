// /hq/org and /boss/org: 组织架构. The caller's tree (HQ: the company; a boss: their subtree)
// in one call, each unit with its bosses and how many reps work in it and below it; tapping a
// unit lists its people. HQ also adds a unit under another, renames one or moves it (the API
// refuses moving a unit under itself).
import { computed, onMounted, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showSuccessToast, showToast } from 'vant';

import { api, fieldMessages } from '../api.js';
import SubPage from '../components/sub-page.js';
import UnitPicker from '../components/unit-picker.js';
import { ORG_KIND_LABELS } from '../labels.js';
import { peopleBase } from '../people.js';
import { session } from '../session.js';

export default {
  name: 'OrgTreePage',
  components: { SubPage, UnitPicker },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const base = peopleBase(route.path);
    const isHq = computed(() => session.me?.role === 'hq_admin');
    const units = ref(null);
    const failed = ref(false);
    const chosen = ref(null); // the unit last tapped: what the sheet's actions act on
    const sheet = ref(false);
    const moving = ref(false);
    const editor = reactive({ show: false, unit: null, parent: null, name: '', kind: 'team', errors: {}, saving: false });

    async function load() {
      failed.value = false;
      try {
        units.value = await api.get('/org-tree');
      } catch {
        failed.value = true;
      }
    }

    const top = computed(() => Math.min(...(units.value ?? []).map((unit) => unit.depth)));
    const indent = (unit) => ({ paddingLeft: `${16 + (unit.depth - top.value) * 18}px` });
    const bossNames = (unit) => (unit.bosses.length ? `主管：${unit.bosses.map((boss) => boss.name).join('、')}` : '暂无主管');

    const actions = computed(() => {
      const unit = chosen.value;
      if (!unit) return [];
      const list = [{ name: '查看员工', key: 'people' }];
      if (isHq.value) {
        list.push({ name: '新增下级组织', key: 'add' }, { name: '重命名', key: 'rename' });
        if (unit.parent_id !== null) list.push({ name: '移动到…', key: 'move' });
      }
      return list;
    });

    function onAction({ key }) {
      const unit = chosen.value;
      if (key === 'people') {
        router.push({ path: `${base}/people`, query: { unit: unit.id, name: unit.name } });
      } else if (key === 'add') {
        Object.assign(editor, { show: true, unit: null, parent: unit, name: '', kind: 'team', errors: {} });
      } else if (key === 'rename') {
        Object.assign(editor, { show: true, unit, parent: null, name: unit.name, kind: unit.kind, errors: {} });
      } else if (key === 'move') {
        moving.value = true;
      }
    }

    async function save() {
      const name = editor.name.trim();
      if (!name) {
        editor.errors = { name: '请填写名称' };
        return;
      }
      editor.saving = true;
      try {
        if (editor.unit) await api.patch(`/org-units/${editor.unit.id}`, { name }, { toast: false });
        else await api.post('/org-units', { name, kind: editor.kind, parent_id: editor.parent.id }, { toast: false });
        editor.show = false;
        showSuccessToast('已保存');
        await load();
      } catch (error) {
        editor.errors = fieldMessages(error);
        if (!Object.keys(editor.errors).length) showToast(error.message);
      } finally {
        editor.saving = false;
      }
    }

    async function moveTo(parent) {
      try {
        await api.patch(`/org-units/${chosen.value.id}`, { parent_id: parent.id }, { toast: false });
        showSuccessToast('已移动');
        await load();
      } catch (error) {
        showToast(Object.values(fieldMessages(error))[0] || error.message);
      }
    }

    onMounted(load);
    return {
      ORG_KIND_LABELS, base, units, failed, chosen, sheet, moving, editor, actions,
      load, indent, bossNames, onAction, save, moveTo,
    };
  },
  template: `
    <sub-page title="组织架构" :back="base">
      <div class="page__body">
        <div v-if="!units && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!units" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-cell-group v-else inset class="org-tree">
          <van-cell v-for="unit in units" :key="unit.id" :style="indent(unit)" is-link class="org-tree__unit"
            :data-unit-id="unit.id" @click="chosen = unit; sheet = true">
            <template #title>
              <span class="org-tree__name">{{ unit.name }}</span>
              <van-tag plain type="primary" class="name-tag">{{ ORG_KIND_LABELS[unit.kind] }}</van-tag>
            </template>
            <template #label>{{ bossNames(unit) }}</template>
            <template #value>
              <span class="org-tree__count">{{ unit.subtree_rep_count }} 名员工</span>
              <span v-if="unit.rep_count !== unit.subtree_rep_count" class="org-tree__own">本级 {{ unit.rep_count }}</span>
            </template>
          </van-cell>
        </van-cell-group>
      </div>

      <van-action-sheet v-model:show="sheet" :title="chosen?.name" :actions="actions"
        cancel-text="取消" close-on-click-action teleport="body" @select="onAction" />

      <unit-picker v-if="units" v-model:show="moving" title="移动到" :units="units" :current="chosen?.parent_id"
        @pick="moveTo" />

      <van-dialog v-model:show="editor.show" :title="editor.unit ? '重命名' : '新增下级组织'" show-cancel-button
        :before-close="(action) => action !== 'confirm' || (save(), false)" teleport="body">
        <van-form class="form">
          <van-cell-group>
            <van-cell v-if="editor.parent" title="上级" :value="editor.parent.name" />
            <van-field v-model="editor.name" name="name" label="名称" maxlength="100" placeholder="如：上海一队"
              :error-message="editor.errors.name" />
            <van-field v-if="!editor.unit" name="kind" label="类型"
              :error-message="editor.errors.kind || editor.errors.parent_id">
              <template #input>
                <van-radio-group v-model="editor.kind" direction="horizontal">
                  <van-radio name="branch">分公司</van-radio>
                  <van-radio name="team">团队</van-radio>
                </van-radio-group>
              </template>
            </van-field>
          </van-cell-group>
        </van-form>
      </van-dialog>
    </sub-page>
  `,
};

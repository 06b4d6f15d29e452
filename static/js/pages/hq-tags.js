// /hq/tags: 标签管理. The company's one tag vocabulary: groups (标签组) and their tags, which
// reps put on customers and filter by. HQ adds, renames and deletes groups and tags and picks
// a tag's colour from a few presets. A tag still on customers, or a group still holding tags,
// cannot be deleted: the 409's message says so.
import { onMounted, reactive, ref } from 'vue';
import { showConfirmDialog, showDialog, showSuccessToast } from 'vant';

import { api } from '../api.js';
import { TagChip } from '../components/stage-tag.js';
import SubPage from '../components/sub-page.js';

export const TAG_COLORS = [
  { value: '#E8452C', name: '品牌红' },
  { value: '#F08C1B', name: '橙色' },
  { value: '#D4A017', name: '金色' },
  { value: '#07A35A', name: '绿色' },
  { value: '#0FA5A5', name: '青色' },
  { value: '#1989FA', name: '蓝色' },
  { value: '#7232DD', name: '紫色' },
  { value: '#EB2F96', name: '粉色' },
  { value: null, name: '灰色（默认）' },
];

// An error's field messages as one line per field, or the message itself.
const fieldError = (error, field) => error.fields?.[field]?.join('；') || (Object.keys(error.fields ?? {}).length ? '' : error.message);

export default {
  name: 'HqTagsPage',
  components: { SubPage, TagChip },
  setup() {
    const groups = ref(null);
    const failed = ref(false);
    const groupForm = reactive({ show: false, group: null, name: '', error: '' });
    const tagForm = reactive({ show: false, group: null, tag: null, name: '', color: null, error: '', saving: false, deleting: false });

    async function load() {
      failed.value = false;
      try {
        groups.value = await api.get('/tag-groups');
      } catch {
        failed.value = !groups.value;
      }
    }

    // A 409 (still in use) as a dialog: the reason matters more than a passing toast.
    async function explain(error) {
      if (error.status === 409) await showDialog({ title: '不能删除', message: error.message, confirmButtonText: '知道了' });
      else showDialog({ message: error.message, confirmButtonText: '知道了' });
    }

    // --- groups ---
    function addGroup() {
      Object.assign(groupForm, { show: true, group: null, name: '', error: '' });
    }

    function renameGroup(group) {
      Object.assign(groupForm, { show: true, group, name: group.name, error: '' });
    }

    async function beforeGroupClose(action) {
      if (action !== 'confirm') return true;
      const name = groupForm.name.trim();
      if (!name) {
        groupForm.error = '请填写分组名称';
        return false;
      }
      try {
        if (groupForm.group) {
          await api.patch(`/tag-groups/${groupForm.group.id}`, { name }, { toast: false });
          showSuccessToast('已重命名');
        } else {
          await api.post('/tag-groups', { name, sort_order: (groups.value?.length ?? 0) * 10 }, { toast: false });
          showSuccessToast('已新建分组');
        }
      } catch (error) {
        groupForm.error = fieldError(error, 'name');
        return false;
      }
      load();
      return true;
    }

    async function deleteGroup(group) {
      try {
        await showConfirmDialog({ title: '删除分组', message: `确定删除分组「${group.name}」吗？`, confirmButtonText: '删除', confirmButtonColor: '#ee0a24' });
      } catch {
        return; // cancelled
      }
      try {
        await api.delete(`/tag-groups/${group.id}`, { toast: false });
        showSuccessToast('已删除');
        load();
      } catch (error) {
        explain(error);
      }
    }

    // --- tags ---
    function addTag(group) {
      Object.assign(tagForm, { show: true, group, tag: null, name: '', color: TAG_COLORS[0].value, error: '', saving: false, deleting: false });
    }

    function editTag(group, tag) {
      Object.assign(tagForm, { show: true, group, tag, name: tag.name, color: tag.color ? tag.color.toUpperCase() : null, error: '', saving: false, deleting: false });
    }

    async function saveTag() {
      const name = tagForm.name.trim();
      if (!name) {
        tagForm.error = '请填写标签名称';
        return;
      }
      tagForm.saving = true;
      try {
        if (tagForm.tag) {
          await api.patch(`/tags/${tagForm.tag.id}`, { name, color: tagForm.color }, { toast: false });
          showSuccessToast('已保存');
        } else {
          const sortOrder = tagForm.group.tags.length * 10;
          await api.post('/tags', { group_id: tagForm.group.id, name, color: tagForm.color, sort_order: sortOrder }, { toast: false });
          showSuccessToast('已添加标签');
        }
        tagForm.show = false;
        load();
      } catch (error) {
        tagForm.error = fieldError(error, 'name') || fieldError(error, 'color');
      } finally {
        tagForm.saving = false;
      }
    }

    async function deleteTag() {
      const tag = tagForm.tag;
      try {
        await showConfirmDialog({ title: '删除标签', message: `确定删除标签「${tag.name}」吗？`, confirmButtonText: '删除', confirmButtonColor: '#ee0a24' });
      } catch {
        return;
      }
      tagForm.deleting = true;
      try {
        await api.delete(`/tags/${tag.id}`, { toast: false });
        tagForm.show = false;
        showSuccessToast('已删除');
        load();
      } catch (error) {
        explain(error);
      } finally {
        tagForm.deleting = false;
      }
    }

    onMounted(load);
    return {
      TAG_COLORS, groups, failed, groupForm, tagForm, load, addGroup, renameGroup, beforeGroupClose, deleteGroup,
      addTag, editTag, saveTag, deleteTag,
    };
  },
  template: `
    <sub-page back="/hq">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="addGroup">新建分组</van-button>
      </template>
      <div class="page__body tag-admin">
        <p class="page-tip">员工给客户打上这些标签，并按标签筛选客户。标签按分组管理，如「兴趣」组下的 茶叶、咖啡。点标签可改名、换颜色或删除。<router-link to="/hq/tag-rules" class="link">按客户行为自动打标签 ›</router-link></p>
        <div v-if="!groups && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!groups" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-empty v-else-if="!groups.length" image="search" description="还没有标签分组">
          <van-button round type="primary" icon="plus" @click="addGroup">新建分组</van-button>
        </van-empty>
        <section v-for="group in groups || []" :key="group.id" class="card tag-group" :data-group-id="group.id">
          <header class="card__header tag-group__header">
            <h2 class="card__title">{{ group.name }} <span class="tag-group__count">{{ group.tags.length }} 个标签</span></h2>
            <span class="tag-group__actions">
              <button type="button" class="link" :aria-label="'重命名分组 ' + group.name" @click="renameGroup(group)">重命名</button>
              <button type="button" class="link tag-group__delete" :aria-label="'删除分组 ' + group.name" @click="deleteGroup(group)">删除</button>
            </span>
          </header>
          <div class="tag-group__tags">
            <button
              v-for="tag in group.tags"
              :key="tag.id"
              type="button"
              class="tag-group__tag"
              :aria-label="'编辑标签 ' + tag.name"
              @click="editTag(group, tag)"
            ><tag-chip :tag="tag" size="medium" /></button>
            <van-button size="small" round plain type="primary" icon="plus" class="tag-group__add" @click="addTag(group)">添加标签</van-button>
          </div>
        </section>
      </div>

      <van-dialog
        v-model:show="groupForm.show"
        :title="groupForm.group ? '重命名分组' : '新建分组'"
        show-cancel-button
        confirm-button-text="保存"
        :before-close="beforeGroupClose"
        class="group-dialog"
      >
        <van-field
          v-model="groupForm.name"
          label="分组名称"
          maxlength="30"
          placeholder="如 兴趣、家庭、消费能力"
          :error-message="groupForm.error"
          class="reason-field"
        />
      </van-dialog>

      <van-popup v-model:show="tagForm.show" position="bottom" round closeable safe-area-inset-bottom class="tag-sheet tag-form">
        <h2 class="tag-sheet__title">{{ tagForm.tag ? '编辑标签' : '添加标签' }}</h2>
        <p class="tag-sheet__hint">分组：{{ tagForm.group ? tagForm.group.name : '' }}</p>
        <van-cell-group>
          <van-field v-model="tagForm.name" label="标签名称" maxlength="20" placeholder="如 茶叶" :error-message="tagForm.error" />
        </van-cell-group>
        <div class="tag-form__label" id="tag-color-label">颜色</div>
        <div class="color-swatches" role="radiogroup" aria-labelledby="tag-color-label">
          <button
            v-for="color in TAG_COLORS"
            :key="color.value || 'none'"
            type="button"
            class="color-swatch"
            :class="{ 'color-swatch--active': tagForm.color === color.value }"
            :style="{ background: color.value || '#969799' }"
            role="radio"
            :aria-checked="tagForm.color === color.value"
            :aria-label="color.name"
            @click="tagForm.color = color.value"
          ><van-icon v-if="tagForm.color === color.value" name="success" /></button>
        </div>
        <div class="tag-form__preview">
          预览：<tag-chip :tag="{ name: tagForm.name.trim() || '标签', color: tagForm.color }" size="medium" />
        </div>
        <div class="tag-sheet__actions">
          <van-button v-if="tagForm.tag" round plain type="danger" :loading="tagForm.deleting" @click="deleteTag">删除</van-button>
          <van-button round type="primary" :loading="tagForm.saving" @click="saveTag">保存</van-button>
        </div>
      </van-popup>
    </sub-page>
  `,
};

// /rep/customers/import and /hq/customers/import: 导入客户. Pick a CSV or Excel file (the
// template lists the columns, how to fill them and HQ's tags); every row is checked first and
// a bad row imports nothing, so the rows in error are listed to fix. A person already in the
// company (same phone, openid or unionid) is filled in, not duplicated: the result counts
// new and updated customers. HQ's file names each row's rep in 所属员工.
import { computed, ref } from 'vue';
import { useRouter } from 'vue-router';
import { showSuccessToast } from 'vant';

import { api, saveBlob } from '../api.js';
import ImportErrors, { importErrorsOf } from '../components/import-errors.js';
import SubPage from '../components/sub-page.js';
import { session } from '../session.js';

const COLUMNS = [
  ['姓名、手机、微信昵称', '至少填一项；手机为 11 位'],
  ['性别', '男 或 女'],
  ['地区、生日、备注', '生日如 1990-05-01'],
  ['标签', '标签库中的标签，多个用逗号隔开'],
  ['openid、unionid', '可选，微信的用户标识'],
];

export default {
  name: 'CustomerImportPage',
  components: { ImportErrors, SubPage },
  setup() {
    const router = useRouter();
    const hq = computed(() => session.me?.role === 'hq_admin');
    const columns = computed(() => (hq.value ? [...COLUMNS, ['所属员工', '必填，员工的登录用户名']] : COLUMNS));
    const fileInput = ref(null);
    const importing = ref(false);
    const downloading = ref(false);
    const result = ref(null); // { created, updated, file } of the last import
    const importErrors = ref(null); // { message, rows: [[row, [messages]]], other }

    function pickFile() {
      fileInput.value?.click();
    }

    async function onFile(event) {
      const file = event.target.files?.[0];
      event.target.value = ''; // the same file can be picked again after a fix
      if (!file) return;
      importing.value = true;
      importErrors.value = null;
      result.value = null;
      try {
        const counts = await api.upload('/customers/import', file, { toast: false });
        result.value = { ...counts, file: file.name };
        showSuccessToast('导入完成');
      } catch (error) {
        importErrors.value = importErrorsOf(error);
      } finally {
        importing.value = false;
      }
    }

    async function downloadTemplate() {
      downloading.value = true;
      try {
        const { blob } = await api.download('/customers/import-template');
        saveBlob(blob, '客户导入模板.xlsx');
      } catch {
        // shown by the client
      } finally {
        downloading.value = false;
      }
    }

    return {
      router, hq, columns, fileInput, importing, downloading, result, importErrors, pickFile, onFile,
      downloadTemplate,
    };
  },
  template: `
    <sub-page :back="hq ? '/hq' : '/rep/customers'">
      <div class="page__body">
        <section class="card customer-import">
          <h2 class="card__title customer-import__title">从 Excel 或 CSV 导入</h2>
          <p class="customer-import__hint">
            {{ hq ? '按「所属员工」导入到各员工的客户中。' : '导入到我的客户中。' }}已有的客户（手机、openid 或 unionid 相同）只补全空白资料，不会重复创建；有一行出错时整个文件都不导入。
          </p>
          <ul class="customer-import__columns">
            <li v-for="[name, hint] in columns" :key="name"><b>{{ name }}</b>：{{ hint }}</li>
          </ul>
          <div class="customer-import__actions">
            <van-button round block type="primary" icon="upgrade" :loading="importing" loading-text="导入中…" @click="pickFile">选择文件导入</van-button>
            <van-button round block plain icon="down" :loading="downloading" @click="downloadTemplate">下载导入模板</van-button>
          </div>
          <input ref="fileInput" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden @change="onFile" />
        </section>

        <import-errors v-if="importErrors" :errors="importErrors" @close="importErrors = null" />

        <section v-if="result" class="card customer-import__result" role="status">
          <van-cell-group :border="false">
            <van-cell title="文件" :value="result.file" />
            <van-cell title="新增客户" :value="result.created + ' 位'" />
            <van-cell title="更新已有客户" :value="result.updated + ' 位'" />
          </van-cell-group>
          <div v-if="!hq" class="customer-import__actions">
            <van-button round block plain @click="router.push('/rep/customers')">查看我的客户</van-button>
            <van-button round block plain @click="router.push('/rep/customers/duplicates')">检查重复客户</van-button>
          </div>
        </section>
      </div>
    </sub-page>
  `,
};

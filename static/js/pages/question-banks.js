// /hq/question-banks: 题库, HQ's question banks with how many questions each holds; a row opens
// the bank, 新建题库 names a new one (a name no other bank has) and opens it.
import { onMounted, reactive, ref } from 'vue';
import { useRouter } from 'vue-router';

import { api, fieldMessages } from '../api.js';
import SubPage from '../components/sub-page.js';

export default {
  name: 'QuestionBanksPage',
  components: { SubPage },
  setup() {
    const router = useRouter();
    const banks = ref(null);
    const failed = ref(false);
    const creating = reactive({ show: false, name: '', error: '' });

    async function load() {
      failed.value = false;
      try {
        banks.value = await api.get('/training/banks');
      } catch {
        failed.value = true;
      }
    }

    function askName() {
      Object.assign(creating, { show: true, name: '', error: '' });
    }

    // the dialog's 创建: kept open until the bank is made
    async function create(action) {
      if (action !== 'confirm') return true;
      const name = creating.name.trim();
      if (!name) {
        creating.error = '请填写题库名称';
        return false;
      }
      try {
        const bank = await api.post('/training/banks', { name });
        router.push(`/hq/question-banks/${bank.id}`);
        return true;
      } catch (error) {
        creating.error = fieldMessages(error).name ?? '';
        return false;
      }
    }

    onMounted(load);
    return { banks, failed, creating, load, askName, create };
  },
  template: `
    <sub-page back="/hq/training">
      <template #nav-right>
        <van-button size="small" type="primary" round icon="plus" @click="askName">新建题库</van-button>
      </template>
      <div class="page__body">
        <div v-if="!banks && !failed" class="page-loading"><van-loading size="24">加载中…</van-loading></div>
        <van-empty v-else-if="!banks" image="network" description="加载失败">
          <van-button round size="small" @click="load">重试</van-button>
        </van-empty>
        <van-empty v-else-if="!banks.length" image="search" description="还没有题库，新建一个开始出题">
          <van-button round size="small" type="primary" @click="askName">新建题库</van-button>
        </van-empty>
        <van-cell-group v-else inset class="question-banks">
          <van-cell v-for="bank in banks" :key="bank.id" :title="bank.name" :value="bank.questions + ' 道题'" is-link
            :to="'/hq/question-banks/' + bank.id" :data-bank-id="bank.id" />
        </van-cell-group>
        <p class="page-tip">测验从题库中选题；停用的题目不能再选，已用到它的测验不受影响。</p>
      </div>
      <van-dialog v-model:show="creating.show" title="新建题库" show-cancel-button confirm-button-text="创建" :before-close="create" teleport="body">
        <van-field v-model="creating.name" label="名称" placeholder="如 产品知识" maxlength="50" :error-message="creating.error" data-field="name" />
      </van-dialog>
    </sub-page>
  `,
};

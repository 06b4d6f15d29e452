// 每日战报: when the boss's daily report comes (GET/PUT /daily-report/setting, company time),
// a cell on the boss home that opens a time picker.
import { onMounted, ref } from 'vue';
import { showSuccessToast } from 'vant';

import { api } from '../api.js';

export default {
  name: 'ReportTime',
  setup() {
    const at = ref(null);
    const picking = ref(false);
    const chosen = ref(['21', '00']);
    const saving = ref(false);

    onMounted(async () => {
      try {
        at.value = (await api.get('/daily-report/setting', { toast: false })).report_at;
      } catch {
        at.value = null; // the cell stays hidden
      }
    });

    function open() {
      chosen.value = at.value.split(':');
      picking.value = true;
    }

    async function save() {
      saving.value = true;
      try {
        at.value = (await api.put('/daily-report/setting', { report_at: chosen.value.join(':') })).report_at;
        picking.value = false;
        showSuccessToast(`每天 ${at.value} 推送战报`);
      } finally {
        saving.value = false;
      }
    }

    return { at, picking, chosen, saving, open, save };
  },
  template: `
    <van-cell-group v-if="at" inset class="report-time">
      <van-cell title="每日战报" icon="clock-o" :value="'每天 ' + at + ' 推送'" is-link center @click="open" />
      <van-popup v-model:show="picking" position="bottom" round safe-area-inset-bottom>
        <van-time-picker v-model="chosen" title="战报推送时间" :loading="saving" @confirm="save" @cancel="picking = false" />
      </van-popup>
    </van-cell-group>
  `,
};

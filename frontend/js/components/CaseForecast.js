// 流程预测: the steps still ahead of a case, who may decide each and the day it is expected by.
import { ref, onMounted } from 'vue';
import { api } from '../api.js';

export default {
  name: 'CaseForecast',
  props: { applicationId: { type: String, required: true } },
  emits: [],
  setup(props) {
    const steps = ref(null);
    const error = ref(null);
    onMounted(async () => {
      try {
        steps.value = await api.get(`/api/applications/${encodeURIComponent(props.applicationId)}/forecast`);
      } catch (e) {
        error.value = e.message;
      }
    });
    const who = (s) => (s.candidates || []).map((c) => c.name).join('、') || '—';
    return { steps, error, who };
  },
  template: `
    <div v-if="error" class="text-danger small">{{ error }}</div>
    <div v-else-if="!steps" class="text-secondary small">正在计算…</div>
    <div v-else-if="!steps.length" class="text-secondary small" id="forecast-empty">本申请已办结，没有后续环节。</div>
    <div v-else>
      <p class="small text-secondary mb-2">按当前申请内容推算（假定各环节均按期同意），期限按工作日计算，已扣除法定节假日。</p>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0" id="forecast-table">
          <thead class="table-light"><tr><th>环节</th><th>可办理人员</th><th class="text-nowrap">预计完成</th></tr></thead>
          <tbody>
            <tr v-for="s in steps" :key="s.taskKey" :data-task-key="s.taskKey">
              <td>{{ s.name }} <span v-if="s.current" class="badge text-bg-primary ms-1">当前</span></td>
              <td class="small">{{ who(s) }}</td>
              <td class="text-nowrap forecast-date">{{ s.expectedBy }}
                <span v-if="s.dueNote" class="badge text-bg-warning ms-1 due-note" :title="s.dueNote">可能不准</span></td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  `,
};

// 新建申请: the process families the user may start.
import { ref, onMounted } from 'vue';
import { api } from '../api.js';

export default {
  name: 'ProcessPicker',
  props: {},
  emits: [],
  setup() {
    const processes = ref(null);
    const error = ref(null);
    onMounted(async () => {
      try {
        processes.value = await api.get('/api/processes');
      } catch (e) {
        error.value = e.message;
      }
    });
    return { processes, error };
  },
  template: `
    <h1 class="h4 mb-3">新建申请</h1>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!processes" class="text-secondary">正在加载…</div>
    <div v-else-if="!processes.length" class="alert alert-info">您没有可发起的审批事项（只有单位经办人可以提交申请）。</div>
    <div v-else class="row g-3" id="process-list">
      <div v-for="p in processes" :key="p.key" class="col-md-6 col-xl-4">
        <a :href="'#/new/' + encodeURIComponent(p.key)" class="card h-100 shadow-sm process-card text-decoration-none"
           :data-process-key="p.key">
          <div class="card-body">
            <h2 class="h6 card-title text-body">{{ p.name }}</h2>
            <p class="card-text small text-secondary mb-0">{{ p.description }}</p>
          </div>
          <div class="card-footer bg-white small text-primary d-flex justify-content-between">
            <span>填写申请 →</span><span class="text-secondary">流程版本 {{ p.version }}</span>
          </div>
        </a>
      </div>
    </div>
  `,
};

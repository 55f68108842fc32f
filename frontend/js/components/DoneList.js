// 已办: the tasks the user completed, newest first, with where each case stands now.
import { ref, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, PROCESSES } from '../format.js';
import { navigate, route } from '../router.js';

const SIZE = 20;

export default {
  name: 'DoneList',
  props: {},
  emits: [],
  setup() {
    const items = ref([]);
    const total = ref(0);
    const page = ref(Number(route.query.page || 0));
    const loading = ref(true);
    const error = ref(null);

    async function load() {
      loading.value = true;
      try {
        const result = await api.get(withQuery('/api/tasks/done', { page: page.value, size: SIZE }));
        items.value = result.items;
        total.value = result.total;
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    function go(n) {
      navigate('/done', { page: n || null });
    }

    onMounted(load);
    return { items, total, page, loading, error, go, dateTime, PROCESSES, SIZE };
  },
  template: `
    <h1 class="h4 mb-3">已办事项</h1>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="card shadow-sm">
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0" id="done-table">
          <thead class="table-light">
            <tr>
              <th>办理环节</th>
              <th>申请事项</th>
              <th>申请单位</th>
              <th class="text-nowrap">办结时间</th>
              <th class="text-nowrap">申请状态</th>
            </tr>
          </thead>
          <tbody>
            <tr v-if="loading && !items.length"><td colspan="5" class="text-center text-secondary py-4">正在加载…</td></tr>
            <tr v-else-if="!items.length"><td colspan="5" class="text-center text-secondary py-5">暂无已办事项</td></tr>
            <tr v-for="t in items" :key="t.id" :data-application-id="t.applicationId">
              <td class="fw-semibold col-step">{{ t.name }}</td>
              <td class="col-title">
                <a :href="'#/applications/' + encodeURIComponent(t.applicationId)">{{ t.title || t.applicationId }}</a>
                <div class="small text-secondary">{{ t.applicationId }} · {{ PROCESSES[t.processKey] || t.processKey }}</div>
              </td>
              <td class="col-unit">{{ t.unitName || t.unitCode }}</td>
              <td class="text-nowrap small">{{ dateTime(t.completed) }}</td>
              <td><status-badge kind="status" :value="t.status"></status-badge></td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
    <page-nav v-if="total > SIZE" :page="page" :size="SIZE" :total="total" @go="go"></page-nav>
  `,
};

// 待办: the tasks the user may act on, oldest due first in sight, overdue ones in red.
import { ref, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, date, PROCESSES } from '../format.js';
import { navigate, route } from '../router.js';
import { store, notify, refreshTaskCount } from '../store.js';

const SIZE = 20;

export default {
  name: 'TaskList',
  props: {},
  emits: [],
  setup() {
    const tasks = ref([]);
    const total = ref(0);
    const page = ref(Number(route.query.page || 0));
    const loading = ref(true);
    const error = ref(null);
    const busy = ref(null);

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const result = await api.get(withQuery('/api/tasks', { page: page.value, size: SIZE }));
        tasks.value = result.items;
        total.value = result.total;
        store.openTasks = result.total;
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    async function claim(task) {
      busy.value = task.id;
      try {
        await api.post(`/api/tasks/${encodeURIComponent(task.id)}/claim`);
        notify(`已签收：${task.title || task.applicationId}（${task.name}）`);
        await load();
      } catch (e) {
        notify(e.message, 'danger');
        await load();
      } finally {
        busy.value = null;
      }
    }

    function holder(task) {
      if (!task.assignee) {
        return null;
      }
      return task.assignee === store.me.id ? '本人' : task.assigneeName || task.assignee;
    }

    function go(n) {
      navigate('/tasks', { page: n || null });
    }

    onMounted(() => {
      load();
      refreshTaskCount();
    });
    return { tasks, total, page, loading, error, busy, claim, holder, go, dateTime, date, PROCESSES,
      SIZE, store };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between mb-3">
      <h1 class="h4 mb-0">待办事项</h1>
      <button type="button" class="btn btn-sm btn-outline-secondary" @click="load" :disabled="loading">刷新</button>
    </div>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="card shadow-sm">
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0" id="task-table">
          <thead class="table-light">
            <tr>
              <th>办理环节</th>
              <th>申请事项</th>
              <th>申请单位</th>
              <th class="text-nowrap">到达时间</th>
              <th class="text-nowrap">办理期限</th>
              <th class="text-nowrap">签收</th>
              <th class="text-end">操作</th>
            </tr>
          </thead>
          <tbody>
            <tr v-if="loading && !tasks.length"><td colspan="7" class="text-center text-secondary py-4">正在加载…</td></tr>
            <tr v-else-if="!tasks.length"><td colspan="7" class="text-center text-secondary py-5">暂无待办事项</td></tr>
            <tr v-for="t in tasks" :key="t.id" :data-task-id="t.id" :data-application-id="t.applicationId"
                :class="{ 'table-danger': t.overdue }">
              <td class="fw-semibold col-step">{{ t.name }}</td>
              <td class="col-title">
                <a :href="'#/applications/' + encodeURIComponent(t.applicationId)">{{ t.title || t.applicationId }}</a>
                <div class="small text-secondary">{{ t.applicationId }} · {{ PROCESSES[t.processKey] || t.processKey }}</div>
              </td>
              <td class="col-unit">{{ t.unitName || t.unitCode }}</td>
              <td class="text-nowrap small">{{ dateTime(t.created) }}</td>
              <td class="text-nowrap small">
                <template v-if="t.due">
                  <span :class="{ 'text-danger fw-semibold': t.overdue }">{{ date(t.due) }}</span>
                  <span v-if="t.overdue" class="badge text-bg-danger ms-1 overdue-badge">已超期</span>
                  <span v-if="t.remindedAt" class="badge text-bg-warning ms-1 reminded-badge"
                        :title="'最近催办：' + dateTime(t.remindedAt)">已催办</span>
                <span v-if="t.dueNote" class="badge text-bg-warning ms-1 due-note" :title="t.dueNote">期限可能不准</span>
                </template>
                <span v-else class="text-secondary">—</span>
              </td>
              <td class="text-nowrap small">
                <span v-if="holder(t)" class="text-success">{{ holder(t) }}</span>
                <span v-else class="text-secondary">未签收</span>
              </td>
              <td class="text-end text-nowrap">
                <button v-if="!t.assignee" type="button" class="btn btn-sm btn-outline-primary me-1 claim-button"
                        :disabled="busy === t.id" @click="claim(t)">签收</button>
                <a class="btn btn-sm btn-primary open-task" :href="'#/tasks/' + encodeURIComponent(t.id)">办理</a>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
    <page-nav v-if="total > SIZE" :page="page" :size="SIZE" :total="total" @go="go"></page-nav>
  `,
};

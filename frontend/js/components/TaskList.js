// 待办: the tasks the user may act on, overdue ones in red; searched like the case list (编号或标题,
// 审批事项, 申请单位, the day the task arrived, the submission dates, overdue only), the filters in
// the address so that a page reload or the back button keeps them.
import { ref, computed, onMounted } from 'vue';
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
    const q = ref(route.query.q || '');
    const processKey = ref(route.query.processKey || '');
    const unit = ref(route.query.unit || '');
    const createdFrom = ref(route.query.createdFrom || '');
    const createdTo = ref(route.query.createdTo || '');
    const from = ref(route.query.from || '');
    const to = ref(route.query.to || '');
    const overdue = ref(route.query.overdue === 'true');
    const units = ref([]);
    const filtered = computed(() => Object.values(criteria()).some((v) => v));

    function criteria() {
      return { q: q.value.trim(), processKey: processKey.value, unit: unit.value,
        createdFrom: createdFrom.value, createdTo: createdTo.value, from: from.value, to: to.value,
        overdue: overdue.value ? 'true' : '' };
    }

    function filter() {
      navigate('/tasks', { ...criteria() });
    }

    function reset() {
      navigate('/tasks');
    }

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const result = await api.get(withQuery('/api/tasks', { ...criteria(), page: page.value, size: SIZE }));
        tasks.value = result.items;
        total.value = result.total;
        if (!filtered.value) {
          store.openTasks = result.total;
        }
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
      navigate('/tasks', { ...criteria(), page: n || null });
    }

    onMounted(async () => {
      load();
      refreshTaskCount();
      try {
        units.value = (await api.get('/api/applications/filters')).units;
      } catch (ignored) {
        units.value = [];
      }
    });
    return { tasks, total, page, loading, error, busy, claim, holder, go, dateTime, date, PROCESSES,
      SIZE, store, q, processKey, unit, createdFrom, createdTo, from, to, overdue, units, filtered, filter,
      reset, load };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between mb-3">
      <h1 class="h4 mb-0">待办事项</h1>
      <button type="button" class="btn btn-sm btn-outline-secondary" @click="load" :disabled="loading">刷新</button>
    </div>
    <form class="row g-2 align-items-end mb-3" id="task-filters" @submit.prevent="filter()">
      <div class="col-12 col-md-4 col-lg-3">
        <label class="form-label small mb-1" for="task-filter-q">编号或标题</label>
        <input id="task-filter-q" type="search" class="form-control form-control-sm" v-model="q" maxlength="100"
               placeholder="如 BG-2026-0001 或 项目名称中的词">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="task-filter-process">审批事项</label>
        <select id="task-filter-process" class="form-select form-select-sm" v-model="processKey" @change="filter()">
          <option value="">全部事项</option>
          <option v-for="(name, key) in PROCESSES" :key="key" :value="key">{{ name }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto" v-if="units.length > 1">
        <label class="form-label small mb-1" for="task-filter-unit">申请单位</label>
        <select id="task-filter-unit" class="form-select form-select-sm" v-model="unit" @change="filter()">
          <option value="">全部单位</option>
          <option v-for="u in units" :key="u.value" :value="u.value">{{ u.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="task-filter-created-from">到达日期自</label>
        <input id="task-filter-created-from" type="date" class="form-control form-control-sm" v-model="createdFrom" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="task-filter-created-to">至</label>
        <input id="task-filter-created-to" type="date" class="form-control form-control-sm" v-model="createdTo" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="task-filter-from">提交日期自</label>
        <input id="task-filter-from" type="date" class="form-control form-control-sm" v-model="from" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="task-filter-to">至</label>
        <input id="task-filter-to" type="date" class="form-control form-control-sm" v-model="to" @change="filter()">
      </div>
      <div class="col-12 col-sm-auto d-flex align-items-center gap-2 flex-wrap">
        <div class="form-check mb-0">
          <input id="task-filter-overdue" class="form-check-input" type="checkbox" v-model="overdue" @change="filter()">
          <label class="form-check-label small" for="task-filter-overdue">仅看已超期</label>
        </div>
        <button type="submit" class="btn btn-sm btn-primary" id="task-filter-search">查询</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="reset">清除条件</button>
      </div>
    </form>
    <div v-if="filtered && !loading" class="small text-secondary mb-2" id="task-filter-total">符合条件的待办 {{ total }} 件</div>
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
            <tr v-else-if="!tasks.length"><td colspan="7" class="text-center text-secondary py-5">{{ filtered ? '没有符合条件的待办事项' : '暂无待办事项' }}</td></tr>
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

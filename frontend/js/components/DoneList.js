// 已办: the tasks the user completed, newest first, with where each case stands now; searched like
// the case list (编号或标题, 审批事项, 申请状态, 申请单位, the day the task was completed, submission dates).
import { ref, computed, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, PROCESSES, STATUS } from '../format.js';
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
    const q = ref(route.query.q || '');
    const status = ref(route.query.status || '');
    const processKey = ref(route.query.processKey || '');
    const unit = ref(route.query.unit || '');
    const completedFrom = ref(route.query.completedFrom || '');
    const completedTo = ref(route.query.completedTo || '');
    const from = ref(route.query.from || '');
    const to = ref(route.query.to || '');
    const units = ref([]);
    const filtered = computed(() => Object.values(criteria()).some((v) => v));

    function criteria() {
      return { q: q.value.trim(), status: status.value, processKey: processKey.value, unit: unit.value,
        completedFrom: completedFrom.value, completedTo: completedTo.value, from: from.value, to: to.value };
    }

    function filter() {
      navigate('/done', { ...criteria() });
    }

    function reset() {
      navigate('/done');
    }

    async function load() {
      loading.value = true;
      try {
        const result = await api.get(withQuery('/api/tasks/done', { ...criteria(), page: page.value, size: SIZE }));
        items.value = result.items;
        total.value = result.total;
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    function go(n) {
      navigate('/done', { ...criteria(), page: n || null });
    }

    onMounted(async () => {
      load();
      try {
        units.value = (await api.get('/api/applications/filters')).units;
      } catch (ignored) {
        units.value = [];
      }
    });
    return { items, total, page, loading, error, go, dateTime, PROCESSES, STATUS, SIZE, q, status, processKey,
      unit, completedFrom, completedTo, from, to, units, filtered, filter, reset };
  },
  template: `
    <h1 class="h4 mb-3">已办事项</h1>
    <form class="row g-2 align-items-end mb-3" id="done-filters" @submit.prevent="filter()">
      <div class="col-12 col-md-4 col-lg-3">
        <label class="form-label small mb-1" for="done-filter-q">编号或标题</label>
        <input id="done-filter-q" type="search" class="form-control form-control-sm" v-model="q" maxlength="100"
               placeholder="如 BG-2026-0001 或 项目名称中的词">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-status">申请状态</label>
        <select id="done-filter-status" class="form-select form-select-sm" v-model="status" @change="filter()">
          <option value="">全部状态</option>
          <option v-for="(s, code) in STATUS" :key="code" :value="code">{{ s.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-process">审批事项</label>
        <select id="done-filter-process" class="form-select form-select-sm" v-model="processKey" @change="filter()">
          <option value="">全部事项</option>
          <option v-for="(name, key) in PROCESSES" :key="key" :value="key">{{ name }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto" v-if="units.length > 1">
        <label class="form-label small mb-1" for="done-filter-unit">申请单位</label>
        <select id="done-filter-unit" class="form-select form-select-sm" v-model="unit" @change="filter()">
          <option value="">全部单位</option>
          <option v-for="u in units" :key="u.value" :value="u.value">{{ u.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-completed-from">办结日期自</label>
        <input id="done-filter-completed-from" type="date" class="form-control form-control-sm" v-model="completedFrom" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-completed-to">至</label>
        <input id="done-filter-completed-to" type="date" class="form-control form-control-sm" v-model="completedTo" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-from">提交日期自</label>
        <input id="done-filter-from" type="date" class="form-control form-control-sm" v-model="from" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="done-filter-to">至</label>
        <input id="done-filter-to" type="date" class="form-control form-control-sm" v-model="to" @change="filter()">
      </div>
      <div class="col-12 col-sm-auto d-flex gap-2">
        <button type="submit" class="btn btn-sm btn-primary" id="done-filter-search">查询</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="reset">清除条件</button>
      </div>
    </form>
    <div v-if="filtered && !loading" class="small text-secondary mb-2" id="done-filter-total">符合条件的已办 {{ total }} 件</div>
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
            <tr v-else-if="!items.length"><td colspan="5" class="text-center text-secondary py-5">{{ filtered ? '没有符合条件的已办事项' : '暂无已办事项' }}</td></tr>
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

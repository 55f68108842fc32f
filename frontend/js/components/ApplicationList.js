// 我的申请 / 本单位申请 / 全部申请: one list with the scope, status and family in the address.
import { ref, computed, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, STATUS, PROCESSES } from '../format.js';
import { navigate, route } from '../router.js';
import { hasRole, seesWholeGovernment } from '../store.js';

const SIZE = 20;
const TITLES = { mine: '我的申请', unit: '本单位申请', all: '全部申请' };

export default {
  name: 'ApplicationList',
  props: {},
  emits: [],
  setup() {
    const defaultScope = seesWholeGovernment() ? 'all' : hasRole('UNIT_HEAD') ? 'unit' : 'mine';
    const scope = route.query.scope || defaultScope;
    const status = ref(route.query.status || '');
    const processKey = ref(route.query.processKey || '');
    const q = ref(route.query.q || '');
    const unit = ref(route.query.unit || '');
    const from = ref(route.query.from || '');
    const to = ref(route.query.to || '');
    const units = ref([]);
    const page = Number(route.query.page || 0);
    const items = ref([]);
    const total = ref(0);
    const loading = ref(true);
    const error = ref(null);
    const title = computed(() => TITLES[scope] || '申请');

    async function load() {
      loading.value = true;
      try {
        const result = await api.get(withQuery('/api/applications', {
          scope, ...criteria(), page, size: SIZE,
        }));
        items.value = result.items;
        total.value = result.total;
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    function criteria() {
      return { status: status.value, processKey: processKey.value, q: q.value.trim(), unit: unit.value,
        from: from.value, to: to.value };
    }

    function filter(extra = {}) {
      navigate('/applications', { scope, ...criteria(), page: null, ...extra });
    }

    function reset() {
      navigate('/applications', { scope });
    }

    // the workbook of the filtered list (全部申请), fetched with the session like every other call
    const exportHref = computed(() => withQuery('/api/applications', { scope, ...criteria(), format: 'xlsx' }));

    onMounted(async () => {
      load();
      try {
        units.value = (await api.get('/api/applications/filters')).units;
      } catch (ignored) {
        units.value = [];
      }
    });
    return { q, unit, from, to, units, reset, exportHref, scope, status, processKey, page, items, total, loading, error, title, filter, dateTime, STATUS,
      PROCESSES, SIZE, canStart: hasRole('UNIT_STAFF') };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between flex-wrap gap-2 mb-3">
      <h1 class="h4 mb-0">{{ title }}</h1>
      <a v-if="canStart" href="#/new" class="btn btn-primary btn-sm">新建申请</a>
    </div>
    <form class="row g-2 align-items-end mb-3" id="list-filters" @submit.prevent="filter()">
      <div class="col-12 col-md-4 col-lg-3">
        <label class="form-label small mb-1" for="filter-q">编号或标题</label>
        <input id="filter-q" type="search" class="form-control form-control-sm" v-model="q" maxlength="100"
               placeholder="如 BG-2026-0001 或 项目名称中的词">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="filter-status">状态</label>
        <select id="filter-status" class="form-select form-select-sm" v-model="status" @change="filter()">
          <option value="">全部状态</option>
          <option v-for="(s, code) in STATUS" :key="code" :value="code">{{ s.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="filter-process">审批事项</label>
        <select id="filter-process" class="form-select form-select-sm" v-model="processKey" @change="filter()">
          <option value="">全部事项</option>
          <option v-for="(name, key) in PROCESSES" :key="key" :value="key">{{ name }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto" v-if="units.length > 1">
        <label class="form-label small mb-1" for="filter-unit">申请单位</label>
        <select id="filter-unit" class="form-select form-select-sm" v-model="unit" @change="filter()">
          <option value="">全部单位</option>
          <option v-for="u in units" :key="u.value" :value="u.value">{{ u.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="filter-from">提交日期自</label>
        <input id="filter-from" type="date" class="form-control form-control-sm" v-model="from" @change="filter()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="filter-to">至</label>
        <input id="filter-to" type="date" class="form-control form-control-sm" v-model="to" @change="filter()">
      </div>
      <div class="col-12 col-sm-auto d-flex gap-2">
        <button type="submit" class="btn btn-sm btn-primary" id="filter-search">查询</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="reset">清除条件</button>
        <a v-if="scope === 'all'" class="btn btn-sm btn-outline-success" id="export-xlsx" :href="exportHref"
           download>导出 Excel</a>
      </div>
    </form>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="card shadow-sm">
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0" id="application-table">
          <thead class="table-light">
            <tr>
              <th class="text-nowrap">编号</th>
              <th>申请事项</th>
              <th>申请单位</th>
              <th class="text-nowrap">状态</th>
              <th>当前环节</th>
              <th class="text-nowrap">提交时间</th>
            </tr>
          </thead>
          <tbody>
            <tr v-if="loading && !items.length"><td colspan="6" class="text-center text-secondary py-4">正在加载…</td></tr>
            <tr v-else-if="!items.length"><td colspan="6" class="text-center text-secondary py-5">没有符合条件的申请</td></tr>
            <tr v-for="a in items" :key="a.id" :data-application-id="a.id">
              <td class="text-nowrap"><a :href="'#/applications/' + encodeURIComponent(a.id)">{{ a.id }}</a></td>
              <td class="col-title">
                <a :href="'#/applications/' + encodeURIComponent(a.id)" class="text-body">{{ a.title }}</a>
                <div class="small text-secondary">{{ a.processName || PROCESSES[a.processKey] || a.processKey }}</div>
              </td>
              <td class="col-unit">{{ a.unitName || a.unitCode }}</td>
              <td><status-badge kind="status" :value="a.status" :label="a.statusLabel"></status-badge></td>
              <td class="small">{{ a.currentStep || '—' }}</td>
              <td class="text-nowrap small">{{ dateTime(a.createdAt) }}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
    <page-nav :page="page" :size="SIZE" :total="total" @go="(n) => filter({ page: n || null })"></page-nav>
  `,
};

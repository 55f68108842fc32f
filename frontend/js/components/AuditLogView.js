// 审计日志 (admins, read only): deployments, migrations, suspensions, standards and calendar edits
// — who, when, what, before and after. Nothing here can be changed or deleted.
import { ref, reactive, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime } from '../format.js';

const TYPES = { DEPLOY: '部署流程', MIGRATE: '迁移申请', SUSPEND: '挂起版本', ACTIVATE: '激活版本', STANDARD: '修改标准',
  CALENDAR: '工作日历', USER: '用户', UNIT: '单位', REGISTER: '登记簿' };

export default {
  name: 'AuditLogView',
  props: {},
  emits: [],
  setup() {
    const filter = reactive({ type: '', from: '', to: '', page: 0 });
    const data = ref(null);
    const error = ref(null);
    const open = ref(null);
    const size = 20;

    async function load() {
      error.value = null;
      try {
        data.value = await api.get(withQuery('/api/admin/audit', { ...filter, size }));
      } catch (e) {
        error.value = e.message;
      }
    }

    function search() {
      filter.page = 0;
      load();
    }

    function go(page) {
      filter.page = page;
      load();
    }

    const pretty = (value) => (value == null ? '—' : JSON.stringify(value, null, 2));
    onMounted(load);
    return { filter, data, error, open, size, types: TYPES, search, go, pretty, dateTime };
  },
  template: `
    <div class="audit-log">
      <div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 class="h4 mb-0">审计日志</h1>
        <a class="btn btn-sm btn-outline-secondary" href="#/admin/processes">流程管理</a>
      </div>
      <p class="small text-secondary">管理员和机关事务管理部门对流程、标准、日历和登记簿所作的每一项变更，只能查看，不能修改或删除。</p>
      <form class="row g-2 align-items-end mb-3" @submit.prevent="search">
        <div class="col-6 col-md-3"><label class="form-label small" for="audit-type">类型</label>
          <select class="form-select form-select-sm" id="audit-type" v-model="filter.type">
            <option value="">全部</option><option v-for="(label, code) in types" :key="code" :value="code">{{ label }}</option>
          </select></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="audit-from">从</label><input type="date" class="form-control form-control-sm" id="audit-from" v-model="filter.from"></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="audit-to">到</label><input type="date" class="form-control form-control-sm" id="audit-to" v-model="filter.to"></div>
        <div class="col-6 col-md-3"><button class="btn btn-sm btn-primary w-100" type="submit">查询</button></div>
      </form>
      <div v-if="error" class="alert alert-danger">{{ error }}</div>
      <div v-else-if="!data" class="text-secondary">正在加载…</div>
      <template v-else>
        <div class="small text-secondary mb-2">共 {{ data.total }} 条</div>
        <div v-if="!data.items.length" class="text-secondary">没有记录</div>
        <div v-for="e in data.items" :key="e.id" class="card mb-2 audit-entry" :data-type="e.type">
          <div class="card-body py-2 small">
            <div class="d-flex flex-wrap gap-2 align-items-center">
              <span class="badge text-bg-secondary">{{ types[e.type] || e.type }}</span>
              <span class="text-nowrap">{{ dateTime(e.at) }}</span>
              <span>{{ e.userName || e.user }}</span>
              <code v-if="e.subject" class="text-secondary">{{ e.subject }}</code>
            </div>
            <div class="mt-1 audit-summary">{{ e.summary }}</div>
            <button class="btn btn-sm btn-link px-0" @click="open = open === e.id ? null : e.id">{{ open === e.id ? '收起' : '变更前后' }}</button>
            <div v-if="open === e.id" class="row g-2">
              <div class="col-md-6"><div class="text-secondary">变更前</div><pre class="audit-json">{{ pretty(e.before) }}</pre></div>
              <div class="col-md-6"><div class="text-secondary">变更后</div><pre class="audit-json">{{ pretty(e.after) }}</pre></div>
            </div>
          </div>
        </div>
        <div class="d-flex gap-2 justify-content-center" v-if="data.total > size">
          <button class="btn btn-sm btn-outline-secondary" :disabled="filter.page === 0" @click="go(filter.page - 1)">上一页</button>
          <span class="small align-self-center">第 {{ filter.page + 1 }} 页</span>
          <button class="btn btn-sm btn-outline-secondary" :disabled="(filter.page + 1) * size >= data.total" @click="go(filter.page + 1)">下一页</button>
        </div>
      </template>
    </div>
  `,
};

// 资产登记簿与公物仓: a unit's asset cards, or the stock of its government's warehouse. The bureau of
// the government (and admins) add, correct and delete cards and import them from Excel; everyone
// else who may see the unit reads them.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { notify } from '../store.js';

const CATEGORIES = { DESKTOP: '台式计算机', LAPTOP: '便携式计算机', COPIER: '复印机', PRINTER_A4_MONO: 'A4黑白打印机', DESK: '办公桌', FILE_CABINET: '文件柜' };
const UNIT_STATUS = { IN_USE: '在用', IDLE: '闲置', DISPOSED: '已处置' };
const WAREHOUSE_STATUS = { IN_WAREHOUSE: '在公物仓', DISPOSED: '已处置' };

export default {
  name: 'AssetRegister',
  props: {},
  emits: [],
  setup() {
    const units = ref([]);
    const holder = ref('');
    const rows = ref(null);
    const total = ref(0);
    const error = ref(null);
    const form = ref(null);
    const errors = reactive({});
    const importErrors = ref([]);
    const saving = ref(false);
    // the governments of the units, each once, with its Chinese name (the 公物仓 is the government's)
    const govs = computed(() => {
      const byCode = new Map();
      units.value.forEach((u) => { if (!byCode.has(u.govCode)) byCode.set(u.govCode, u.govName || u.govCode); });
      return [...byCode].map(([code, name]) => ({ code, name }));
    });
    const inWarehouse = computed(() => holder.value.startsWith('warehouse:'));
    const query = computed(() => (inWarehouse.value ? `warehouse=${encodeURIComponent(holder.value.slice(10))}`
      : `unit=${encodeURIComponent(holder.value)}`));
    const keeps = computed(() => {
      if (inWarehouse.value) {
        return units.value.some((u) => u.govCode === holder.value.slice(10) && u.keeps);
      }
      return (units.value.find((u) => u.code === holder.value) || {}).keeps;
    });
    const statuses = computed(() => (inWarehouse.value ? WAREHOUSE_STATUS : UNIT_STATUS));

    async function loadRows() {
      rows.value = null;
      error.value = null;
      try {
        const page = await api.get(`/api/registers/assets?${query.value}&size=200`);
        rows.value = page.items;
        total.value = page.total;
      } catch (e) {
        error.value = e.message;
      }
    }
    onMounted(async () => {
      try {
        units.value = await api.get('/api/registers/units');
        if (units.value.length) {
          holder.value = units.value[0].code;
          await loadRows();
        } else {
          rows.value = [];
        }
      } catch (e) {
        error.value = e.message;
      }
    });
    function clear() {
      Object.keys(errors).forEach((k) => delete errors[k]);
    }
    function edit(a) {
      clear();
      form.value = a ? { existing: true, code: a.code, category: a.category, name: a.name, originalValue: a.originalValue,
        purchaseDate: a.purchaseDate, status: a.status, location: a.location || '' }
        : { existing: false, code: '', category: 'DESKTOP', name: '', originalValue: '', purchaseDate: '',
          status: inWarehouse.value ? 'IN_WAREHOUSE' : 'IN_USE', location: '' };
    }
    async function run(action, done) {
      clear();
      saving.value = true;
      try {
        await action();
        notify(done);
        form.value = null;
        await loadRows();
      } catch (e) {
        Object.assign(errors, e.fields || {});
        if (!e.fields || !Object.keys(e.fields).length) {
          errors._ = e.message;
        }
      } finally {
        saving.value = false;
      }
    }
    function save() {
      const f = form.value;
      const body = { code: f.code, category: f.category, name: f.name, originalValue: String(f.originalValue ?? ''),
        purchaseDate: f.purchaseDate, status: f.status, location: f.location,
        unitCode: inWarehouse.value ? null : holder.value, warehouseGov: inWarehouse.value ? holder.value.slice(10) : null };
      return run(() => (f.existing ? api.put(`/api/registers/assets/${encodeURIComponent(f.code)}`, body)
        : api.post('/api/registers/assets', body)), f.existing ? '已保存资产信息' : '已登记资产');
    }
    function remove(a) {
      if (window.confirm(`确定删除资产 ${a.code}？`)) {
        run(() => api.delete(`/api/registers/assets/${encodeURIComponent(a.code)}`), `已删除资产 ${a.code}`);
      }
    }
    async function importFile(event) {
      const file = event.target.files[0];
      event.target.value = '';
      if (!file) {
        return;
      }
      importErrors.value = [];
      error.value = null;
      try {
        const result = await api.upload('/api/registers/assets/import', file);
        notify(`已导入 ${result.imported} 件资产`);
        await loadRows();
      } catch (e) {
        error.value = e.message;
        importErrors.value = e.rows || [];
      }
    }
    return { units, holder, govs, rows, total, error, form, errors, importErrors, saving, keeps, query, inWarehouse,
      statuses, loadRows, edit, save, remove, importFile, CATEGORIES };
  },
  template: `
    <h1 class="h4 mb-2">资产登记簿与公物仓</h1>
    <register-tabs current="assets"></register-tabs>
    <div v-if="error" class="alert alert-danger" id="asset-error">{{ error }}
      <ul v-if="importErrors.length" class="mb-0 mt-2 small" id="import-errors">
        <li v-for="(e, i) in importErrors" :key="i">第 {{ e.row }} 行：{{ e.message }}</li>
      </ul>
    </div>
    <div class="d-flex flex-wrap align-items-end gap-2 mb-2">
      <div>
        <label class="form-label small mb-1" for="asset-holder">单位或公物仓</label>
        <select id="asset-holder" class="form-select form-select-sm" v-model="holder" @change="form = null; loadRows()">
          <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option>
          <option v-for="g in govs" :key="'w' + g.code" :value="'warehouse:' + g.code">公物仓（{{ g.name }}）</option>
        </select>
      </div>
      <a class="btn btn-outline-secondary btn-sm" id="asset-export" :href="'/api/registers/assets/export.xlsx?' + query">导出 Excel</a>
      <template v-if="keeps">
        <button type="button" class="btn btn-primary btn-sm" id="add-asset" @click="edit(null)">登记资产</button>
        <a class="btn btn-outline-secondary btn-sm" href="/api/registers/assets/template.xlsx">下载模板</a>
        <label class="btn btn-outline-secondary btn-sm mb-0" for="asset-import">导入 Excel</label>
        <input type="file" id="asset-import" class="d-none" accept=".xlsx" @change="importFile">
      </template>
      <span v-else class="small text-secondary" id="read-only-note">只读：登记簿由本级机关事务管理部门维护</span>
    </div>
    <form v-if="form" class="card card-body shadow-sm mb-3" id="asset-form" @submit.prevent="save" novalidate>
      <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
      <div class="row g-2">
        <div class="col-12 col-md-3"><label class="form-label small" for="a-code">资产编号</label>
          <input id="a-code" :class="['form-control', {'is-invalid': errors.code}]" v-model="form.code" :disabled="form.existing">
          <div class="invalid-feedback" data-error-for="code">{{ errors.code }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="a-category">资产类别</label>
          <select id="a-category" :class="['form-select', {'is-invalid': errors.category}]" v-model="form.category">
            <option v-for="(l, c) in CATEGORIES" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback">{{ errors.category }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="a-name">资产名称</label>
          <input id="a-name" :class="['form-control', {'is-invalid': errors.name}]" v-model="form.name">
          <div class="invalid-feedback" data-error-for="name">{{ errors.name }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="a-value">原值（万元）</label>
          <input id="a-value" :class="['form-control', {'is-invalid': errors.originalValue}]" v-model="form.originalValue">
          <div class="invalid-feedback" data-error-for="originalValue">{{ errors.originalValue }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="a-date">购置日期</label>
          <input id="a-date" type="date" :class="['form-control', {'is-invalid': errors.purchaseDate}]" v-model="form.purchaseDate">
          <div class="invalid-feedback" data-error-for="purchaseDate">{{ errors.purchaseDate }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="a-status">状态</label>
          <select id="a-status" :class="['form-select', {'is-invalid': errors.status}]" v-model="form.status">
            <option v-for="(l, c) in statuses" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback" data-error-for="status">{{ errors.status }}</div></div>
        <div class="col-12 col-md-6"><label class="form-label small" for="a-location">存放地点</label>
          <input id="a-location" :class="['form-control', {'is-invalid': errors.location}]" v-model="form.location">
          <div class="invalid-feedback" data-error-for="location">{{ errors.location }}</div></div>
      </div>
      <div v-if="errors.unitCode || errors.warehouseGov" class="text-danger small mt-2">{{ errors.unitCode || errors.warehouseGov }}</div>
      <div class="mt-3 d-flex gap-2">
        <button type="submit" class="btn btn-primary" id="save-asset" :disabled="saving">保存</button>
        <button type="button" class="btn btn-outline-secondary" @click="form = null">取消</button>
      </div>
    </form>
    <div v-if="!rows" class="text-secondary">正在加载…</div>
    <template v-else>
      <div class="small text-secondary mb-1" id="asset-count">共 {{ total }} 件<span v-if="total > rows.length">，显示前 {{ rows.length }} 件</span></div>
      <div class="table-responsive">
        <table class="table table-sm align-middle text-nowrap" id="asset-table">
          <thead><tr><th>资产编号</th><th>类别</th><th>名称</th><th class="text-end">原值（万元）</th><th>购置日期</th><th>状态</th><th>存放地点</th><th>办理中</th><th v-if="keeps" class="text-end">操作</th></tr></thead>
          <tbody>
            <tr v-if="!rows.length"><td colspan="9" class="text-secondary">登记簿中没有资产</td></tr>
            <tr v-for="a in rows" :key="a.code" :data-code="a.code">
              <td>{{ a.code }}</td><td>{{ a.categoryLabel }}</td><td>{{ a.name }}</td><td class="text-end">{{ a.originalValue }}</td>
              <td>{{ a.purchaseDate }}</td><td>{{ a.statusLabel }}</td><td>{{ a.location || '—' }}</td><td>{{ a.pendingCase || '' }}</td>
              <td v-if="keeps" class="text-end">
                <button type="button" class="btn btn-link btn-sm" @click="edit(a)">修改</button>
                <button type="button" class="btn btn-link btn-sm text-danger" @click="remove(a)">删除</button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>
  `,
};

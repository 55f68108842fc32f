// 保障年度计划登记簿: a unit's annual plans with their budget ceilings and items. The bureau of the
// unit's government (and admins) create plans (always with a ceiling), correct ceilings and items
// and import items from Excel; the unit reads its own plans.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { notify } from '../store.js';

const CATEGORIES = { OPERATIONS: '机关运行经费', LAND: '机关用地规划利用', OFFICE_SPACE: '办公用房配置维修',
  OFFICE_SPACE_CONSTRUCTION: '办公用房建设', OFFICE_REPAIR: '办公用房维修改造', HOUSING: '周转住房建设维修',
  VEHICLES: '公务用车配备更新', RECEPTION: '公务接待', ENERGY: '节能改造', SERVICES: '后勤服务购买', ASSETS: '通用资产配置' };

export default {
  name: 'PlanRegister',
  props: {},
  emits: [],
  setup() {
    const units = ref([]);
    const unit = ref('');
    const plans = ref(null);
    const error = ref(null);
    const importErrors = ref([]);
    const form = ref(null);
    const errors = reactive({});
    const saving = ref(false);
    const keeps = computed(() => (units.value.find((u) => u.code === unit.value) || {}).keeps);

    async function load() {
      plans.value = null;
      error.value = null;
      try {
        plans.value = (await api.get(`/api/registers/plans?unit=${encodeURIComponent(unit.value)}&size=200`)).items;
      } catch (e) {
        error.value = e.message;
      }
    }
    onMounted(async () => {
      try {
        units.value = await api.get('/api/registers/units');
        if (units.value.length) {
          unit.value = units.value[0].code;
          await load();
        } else {
          plans.value = [];
        }
      } catch (e) {
        error.value = e.message;
      }
    });
    function clear() {
      Object.keys(errors).forEach((k) => delete errors[k]);
    }
    function edit(p) {
      clear();
      form.value = p ? { id: p.id, year: String(p.year), ceiling: String(p.ceiling),
        items: p.items.map((i) => ({ id: i.id, category: i.category, description: i.description, amount: String(i.amount) })) }
        : { id: null, year: String(new Date().getFullYear() + 1), ceiling: '', items: [{ id: null, category: 'OPERATIONS', description: '', amount: '' }] };
    }
    function addItem() {
      form.value.items.push({ id: null, category: 'OPERATIONS', description: '', amount: '' });
    }
    async function save() {
      const f = form.value;
      const body = { unitCode: unit.value, year: f.year, ceiling: f.ceiling, items: f.items };
      clear();
      saving.value = true;
      try {
        if (f.id) {
          await api.put(`/api/registers/plans/${f.id}`, body);
        } else {
          await api.post('/api/registers/plans', body);
        }
        notify(f.id ? '已保存保障年度计划' : '已新建保障年度计划');
        form.value = null;
        await load();
      } catch (e) {
        Object.assign(errors, e.fields || {});
        if (!e.fields || !Object.keys(e.fields).length) {
          errors._ = e.message;
        }
      } finally {
        saving.value = false;
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
        const result = await api.upload('/api/registers/plans/import', file);
        notify(`已导入 ${result.imported} 个计划项目`);
        await load();
      } catch (e) {
        error.value = e.message;
        importErrors.value = e.rows || [];
      }
    }
    return { units, unit, plans, error, importErrors, form, errors, saving, keeps, load, edit, addItem, save, importFile, CATEGORIES };
  },
  template: `
    <h1 class="h4 mb-2">保障年度计划登记簿</h1>
    <register-tabs current="plans"></register-tabs>
    <div v-if="error" class="alert alert-danger" id="plan-error">{{ error }}
      <ul v-if="importErrors.length" class="mb-0 mt-2 small"><li v-for="(e, i) in importErrors" :key="i">第 {{ e.row }} 行：{{ e.message }}</li></ul>
    </div>
    <div class="d-flex flex-wrap align-items-end gap-2 mb-2">
      <div>
        <label class="form-label small mb-1" for="plan-unit">单位</label>
        <select id="plan-unit" class="form-select form-select-sm" v-model="unit" @change="form = null; load()">
          <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option>
        </select>
      </div>
      <a class="btn btn-outline-secondary btn-sm" :href="'/api/registers/plans/export.xlsx?unit=' + encodeURIComponent(unit)">导出 Excel</a>
      <template v-if="keeps">
        <button type="button" class="btn btn-primary btn-sm" id="add-plan" @click="edit(null)">新建计划</button>
        <a class="btn btn-outline-secondary btn-sm" href="/api/registers/plans/template.xlsx">下载模板</a>
        <label class="btn btn-outline-secondary btn-sm mb-0" for="plan-import">导入 Excel</label>
        <input type="file" id="plan-import" class="d-none" accept=".xlsx" @change="importFile">
      </template>
      <span v-else class="small text-secondary" id="plan-read-only">只读：计划由本级机关事务管理部门编制</span>
    </div>
    <form v-if="form" class="card card-body shadow-sm mb-3" id="plan-form" @submit.prevent="save" novalidate>
      <div v-if="errors._ || errors.items" class="alert alert-danger py-2">{{ errors._ || errors.items }}</div>
      <div class="row g-2">
        <div class="col-6 col-md-3"><label class="form-label small" for="p-year">计划年度</label>
          <input id="p-year" :class="['form-control', {'is-invalid': errors.year}]" v-model="form.year" :disabled="!!form.id">
          <div class="invalid-feedback" data-error-for="year">{{ errors.year }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="p-ceiling">预算控制数（万元）</label>
          <input id="p-ceiling" :class="['form-control', {'is-invalid': errors.ceiling}]" v-model="form.ceiling">
          <div class="invalid-feedback" data-error-for="ceiling">{{ errors.ceiling }}</div></div>
      </div>
      <div v-for="(item, i) in form.items" :key="i" class="row g-2 mt-1 align-items-start" :data-item="i">
        <div class="col-12 col-md-3"><select :class="['form-select', 'form-select-sm', {'is-invalid': errors['items[' + i + '].category']}]" v-model="item.category" :aria-label="'项目类别 ' + (i + 1)">
          <option v-for="(l, c) in CATEGORIES" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback">{{ errors['items[' + i + '].category'] }}</div></div>
        <div class="col-7 col-md-5"><input :class="['form-control', 'form-control-sm', {'is-invalid': errors['items[' + i + '].description']}]" v-model="item.description" placeholder="项目说明" :aria-label="'项目说明 ' + (i + 1)">
          <div class="invalid-feedback" :data-error-for="'items[' + i + '].description'">{{ errors['items[' + i + '].description'] }}</div></div>
        <div class="col-3 col-md-2"><input :class="['form-control', 'form-control-sm', {'is-invalid': errors['items[' + i + '].amount']}]" v-model="item.amount" placeholder="万元" :aria-label="'金额 ' + (i + 1)">
          <div class="invalid-feedback" :data-error-for="'items[' + i + '].amount'">{{ errors['items[' + i + '].amount'] }}</div></div>
        <div class="col-2 col-md-2"><button type="button" class="btn btn-link btn-sm text-danger" @click="form.items.splice(i, 1)">移除</button></div>
      </div>
      <div class="mt-3 d-flex flex-wrap gap-2">
        <button type="button" class="btn btn-outline-secondary btn-sm" id="add-item" @click="addItem">添加项目</button>
        <button type="submit" class="btn btn-primary btn-sm" id="save-plan" :disabled="saving">保存</button>
        <button type="button" class="btn btn-outline-secondary btn-sm" @click="form = null">取消</button>
      </div>
    </form>
    <div v-if="!plans" class="text-secondary">正在加载…</div>
    <div v-else-if="!plans.length" class="text-secondary">没有保障年度计划</div>
    <div v-for="p in plans" :key="p.id" class="card shadow-sm mb-3" :data-plan-year="p.year">
      <div class="card-body">
        <div class="d-flex flex-wrap justify-content-between gap-2">
          <h2 class="h6 mb-1">{{ p.year }} 年度保障计划 <span class="small text-secondary">第 {{ p.version }} 版</span></h2>
          <button v-if="keeps" type="button" class="btn btn-link btn-sm p-0" @click="edit(p)">修改</button>
        </div>
        <div class="small mb-2">预算控制数 <strong>{{ p.ceiling }}</strong> 万元，项目合计 <strong>{{ p.total }}</strong> 万元</div>
        <div class="table-responsive">
          <table class="table table-sm mb-0">
            <thead><tr><th>类别</th><th>项目说明</th><th class="text-end">金额（万元）</th><th>来源申请</th></tr></thead>
            <tbody>
              <tr v-for="i in p.items" :key="i.id"><td class="text-nowrap">{{ i.categoryLabel }}</td><td>{{ i.description }}</td>
                <td class="text-end">{{ i.amount }}</td><td>{{ i.sourceApplication || '—' }}</td></tr>
            </tbody>
          </table>
        </div>
      </div>
    </div>
  `,
};

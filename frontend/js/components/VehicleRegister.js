// 公务用车登记簿: a unit's vehicles. The bureau of the unit's government (and admins) add, correct
// and delete rows; everyone else who may see the unit reads them.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { notify } from '../store.js';

const CATEGORIES = { CONFIDENTIAL: '机要通信用车', EMERGENCY: '应急保障用车', LAW_ENFORCEMENT: '执法执勤用车', SPECIAL: '特种专业技术用车', OTHER: '其他用车' };
const ENERGY = { BEV: '纯电动', PHEV: '插电式混合动力', FCEV: '燃料电池', ICE: '燃油' };
const STATUS = { ACTIVE: '在用', TO_DISPOSE: '待处置', DISPOSED: '已处置' };

export default {
  name: 'VehicleRegister',
  props: {},
  emits: [],
  setup() {
    const units = ref([]);
    const unit = ref('');
    const rows = ref(null);
    const error = ref(null);
    const form = ref(null);
    const errors = reactive({});
    const saving = ref(false);
    const keeps = computed(() => (units.value.find((u) => u.code === unit.value) || {}).keeps);

    async function loadRows() {
      rows.value = null;
      try {
        rows.value = (await api.get(`/api/registers/vehicles?unit=${encodeURIComponent(unit.value)}&size=200`)).items;
      } catch (e) {
        error.value = e.message;
      }
    }
    onMounted(async () => {
      try {
        units.value = await api.get('/api/registers/units');
        if (units.value.length) {
          unit.value = units.value[0].code;
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
    function edit(v) {
      clear();
      form.value = v ? { id: v.id, plate: v.plate, category: v.category, brand: v.brand, model: v.model, energyType: v.energyType,
        displacement: v.displacement ?? '', price: v.price, purchaseDate: v.purchaseDate, mileageKm: v.mileageKm, status: v.status }
        : { id: null, plate: '', category: 'OTHER', brand: '', model: '', energyType: 'BEV', displacement: '', price: '', purchaseDate: '', mileageKm: 0, status: 'ACTIVE' };
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
      const body = { ...f, unitCode: unit.value, displacement: String(f.displacement ?? ''), price: String(f.price ?? ''),
        mileageKm: String(f.mileageKm ?? '') };
      delete body.id;
      return run(() => (f.id ? api.put(`/api/registers/vehicles/${f.id}`, body) : api.post('/api/registers/vehicles', body)),
        f.id ? '已保存车辆信息' : '已登记车辆');
    }
    function remove(v) {
      if (window.confirm(`确定删除车辆 ${v.plate}？`)) {
        run(() => api.delete(`/api/registers/vehicles/${v.id}`), `已删除车辆 ${v.plate}`);
      }
    }
    return { units, unit, rows, error, form, errors, saving, keeps, loadRows, edit, save, remove, CATEGORIES, ENERGY, STATUS };
  },
  template: `
    <h1 class="h4 mb-2">公务用车登记簿</h1>
    <register-tabs current="vehicles"></register-tabs>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="d-flex flex-wrap align-items-end gap-2 mb-2">
      <div>
        <label class="form-label small mb-1" for="register-unit">单位</label>
        <select id="register-unit" class="form-select form-select-sm" v-model="unit" @change="loadRows">
          <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option>
        </select>
      </div>
      <button v-if="keeps" type="button" class="btn btn-primary btn-sm" id="add-vehicle" @click="edit(null)">登记车辆</button>
      <span v-else class="small text-secondary" id="read-only-note">只读：登记簿由本级机关事务管理部门维护</span>
    </div>
    <div class="mb-3" v-if="unit">
      <register-workbook base="/api/registers/vehicles" :export-query="'unit=' + encodeURIComponent(unit)" :can-import="!!keeps"
                         id-prefix="vehicle" @imported="loadRows"></register-workbook>
    </div>
    <form v-if="form" class="card card-body shadow-sm mb-3" id="vehicle-form" @submit.prevent="save" novalidate>
      <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
      <div class="row g-2">
        <div class="col-12 col-md-3"><label class="form-label small" for="v-plate">号牌</label>
          <input id="v-plate" :class="['form-control', {'is-invalid': errors.plate}]" v-model="form.plate" placeholder="晋A·J0001">
          <div class="invalid-feedback" data-error-for="plate">{{ errors.plate }}</div></div>
        <div class="col-12 col-md-3"><label class="form-label small" for="v-category">类别</label>
          <select id="v-category" :class="['form-select', {'is-invalid': errors.category}]" v-model="form.category">
            <option v-for="(l, c) in CATEGORIES" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback">{{ errors.category }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-brand">品牌</label>
          <input id="v-brand" :class="['form-control', {'is-invalid': errors.brand}]" v-model="form.brand">
          <div class="invalid-feedback" data-error-for="brand">{{ errors.brand }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-model">型号</label>
          <input id="v-model" :class="['form-control', {'is-invalid': errors.model}]" v-model="form.model">
          <div class="invalid-feedback" data-error-for="model">{{ errors.model }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-energy">能源类型</label>
          <select id="v-energy" :class="['form-select', {'is-invalid': errors.energyType}]" v-model="form.energyType">
            <option v-for="(l, c) in ENERGY" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback">{{ errors.energyType }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-displacement">排气量（升）</label>
          <input id="v-displacement" :class="['form-control', {'is-invalid': errors.displacement}]" v-model="form.displacement">
          <div class="invalid-feedback" data-error-for="displacement">{{ errors.displacement }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-price">价格（万元）</label>
          <input id="v-price" :class="['form-control', {'is-invalid': errors.price}]" v-model="form.price">
          <div class="invalid-feedback" data-error-for="price">{{ errors.price }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-date">购置日期</label>
          <input id="v-date" type="date" :class="['form-control', {'is-invalid': errors.purchaseDate}]" v-model="form.purchaseDate">
          <div class="invalid-feedback" data-error-for="purchaseDate">{{ errors.purchaseDate }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-mileage">行驶里程（公里）</label>
          <input id="v-mileage" :class="['form-control', {'is-invalid': errors.mileageKm}]" v-model="form.mileageKm">
          <div class="invalid-feedback" data-error-for="mileageKm">{{ errors.mileageKm }}</div></div>
        <div class="col-6 col-md-3"><label class="form-label small" for="v-status">状态</label>
          <select id="v-status" :class="['form-select', {'is-invalid': errors.status}]" v-model="form.status">
            <option v-for="(l, c) in STATUS" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback">{{ errors.status }}</div></div>
      </div>
      <div class="mt-3 d-flex gap-2">
        <button type="submit" class="btn btn-primary" id="save-vehicle" :disabled="saving">保存</button>
        <button type="button" class="btn btn-outline-secondary" @click="form = null">取消</button>
      </div>
    </form>
    <div v-if="!rows" class="text-secondary">正在加载…</div>
    <div v-else class="table-responsive">
      <table class="table table-sm align-middle text-nowrap" id="vehicle-table">
        <thead><tr><th>号牌</th><th>类别</th><th>品牌型号</th><th>能源</th><th class="text-end">价格（万元）</th><th>购置日期</th><th class="text-end">里程（公里）</th><th>状态</th><th v-if="keeps" class="text-end">操作</th></tr></thead>
        <tbody>
          <tr v-if="!rows.length"><td colspan="9" class="text-secondary">登记簿中没有车辆</td></tr>
          <tr v-for="v in rows" :key="v.id" :data-plate="v.plate">
            <td>{{ v.plate }}</td><td>{{ CATEGORIES[v.category] || v.category }}</td><td>{{ v.brand }} {{ v.model }}</td>
            <td>{{ ENERGY[v.energyType] || v.energyType }}</td><td class="text-end">{{ v.price }}</td><td>{{ v.purchaseDate }}</td>
            <td class="text-end">{{ v.mileageKm.toLocaleString('zh-CN') }}</td><td>{{ v.statusLabel }}</td>
            <td v-if="keeps" class="text-end">
              <button type="button" class="btn btn-link btn-sm" @click="edit(v)">修改</button>
              <button type="button" class="btn btn-link btn-sm text-danger" @click="remove(v)">删除</button>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  `,
};

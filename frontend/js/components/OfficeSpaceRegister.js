// 办公用房登记簿: a unit's buildings and rooms, or the idle space the bureau holds. The bureau of the
// government (and admins) add, correct and delete rows and import or export them as Excel; a unit
// reads its own rows.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { notify, seesWholeGovernment, hasRole } from '../store.js';

const TENURES = { OWNED: '自有', LEASED: '租用', BORROWED: '借用', IDLE: '闲置' };
const IDLE = '__idle__';

export default {
  name: 'OfficeSpaceRegister',
  props: {},
  emits: [],
  setup() {
    const units = ref([]);
    const holder = ref('');
    const rows = ref(null);
    const error = ref(null);
    const form = ref(null);
    const errors = reactive({});
    const saving = ref(false);
    const seesIdle = computed(() => seesWholeGovernment() || hasRole('ADMIN'));
    const idle = computed(() => holder.value === IDLE);
    const keepsAny = computed(() => units.value.some((u) => u.keeps));
    const keeps = computed(() => (idle.value ? keepsAny.value
      : (units.value.find((u) => u.code === holder.value) || {}).keeps));
    const query = computed(() => (idle.value ? 'idle=true' : `unit=${encodeURIComponent(holder.value)}`));
    const total = computed(() => (rows.value || []).reduce((sum, r) => sum + Number(r.usableArea || 0), 0));

    async function loadRows() {
      rows.value = null;
      error.value = null;
      try {
        rows.value = (await api.get(`/api/registers/office-space?${query.value}&size=200`)).items;
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
        } else if (seesIdle.value) {
          holder.value = IDLE;
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
    function edit(s) {
      clear();
      form.value = s ? { id: s.id, building: s.building, room: s.room, tenure: s.tenure, usableArea: s.usableArea,
        buildingArea: s.buildingArea ?? '', endDate: s.endDate || '' }
        : { id: null, building: '', room: '', tenure: idle.value ? 'IDLE' : 'OWNED', usableArea: '', buildingArea: '', endDate: '' };
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
      const body = { unitCode: idle.value ? null : holder.value, building: f.building, room: f.room, tenure: f.tenure,
        usableArea: String(f.usableArea ?? ''), buildingArea: String(f.buildingArea ?? ''), endDate: f.endDate || null };
      return run(() => (f.id ? api.put(`/api/registers/office-space/${f.id}`, body) : api.post('/api/registers/office-space', body)),
        f.id ? '已保存办公用房信息' : '已登记办公用房');
    }
    function remove(s) {
      if (window.confirm(`确定删除 ${s.building} ${s.room}？`)) {
        run(() => api.delete(`/api/registers/office-space/${s.id}`), `已删除 ${s.building} ${s.room}`);
      }
    }
    const tenures = computed(() => Object.entries(TENURES).filter(([c]) => (idle.value ? c === 'IDLE' : c !== 'IDLE')));
    return { units, holder, rows, error, form, errors, saving, keeps, idle, seesIdle, query, total, tenures, IDLE,
      loadRows, edit, save, remove };
  },
  template: `
    <h1 class="h4 mb-2">办公用房登记簿</h1>
    <register-tabs current="office-space"></register-tabs>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="d-flex flex-wrap align-items-end gap-2 mb-2">
      <div>
        <label class="form-label small mb-1" for="space-holder">单位</label>
        <select id="space-holder" class="form-select form-select-sm" v-model="holder" @change="loadRows(); form = null">
          <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option>
          <option v-if="seesIdle" :value="IDLE">闲置办公用房（机关事务管理部门）</option>
        </select>
      </div>
      <button v-if="keeps" type="button" class="btn btn-primary btn-sm" id="add-space" @click="edit(null)">登记办公用房</button>
      <span v-else class="small text-secondary" id="read-only-note">只读：登记簿由本级机关事务管理部门维护</span>
    </div>
    <div class="mb-3" v-if="holder">
      <register-workbook base="/api/registers/office-space" :export-query="query" :can-import="!!keeps"
                         id-prefix="space" @imported="loadRows"></register-workbook>
    </div>
    <form v-if="form" class="card card-body shadow-sm mb-3" id="space-form" @submit.prevent="save" novalidate>
      <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
      <div class="row g-2">
        <div class="col-12 col-md-4"><label class="form-label small" for="s-building">楼宇名称</label>
          <input id="s-building" :class="['form-control', {'is-invalid': errors.building}]" v-model="form.building" placeholder="例如 省直机关集中办公区 A 座">
          <div class="invalid-feedback" data-error-for="building">{{ errors.building }}</div></div>
        <div class="col-12 col-md-4"><label class="form-label small" for="s-room">房间（整栋可留空）</label>
          <input id="s-room" :class="['form-control', {'is-invalid': errors.room}]" v-model="form.room" placeholder="例如 5层 501-510">
          <div class="invalid-feedback" data-error-for="room">{{ errors.room }}</div></div>
        <div class="col-6 col-md-4"><label class="form-label small" for="s-tenure">权属</label>
          <select id="s-tenure" :class="['form-select', {'is-invalid': errors.tenure}]" v-model="form.tenure">
            <option v-for="[c, l] in tenures" :key="c" :value="c">{{ l }}</option></select>
          <div class="invalid-feedback" data-error-for="tenure">{{ errors.tenure }}</div></div>
        <div class="col-6 col-md-4"><label class="form-label small" for="s-usable">使用面积（㎡）</label>
          <input id="s-usable" inputmode="decimal" :class="['form-control', {'is-invalid': errors.usableArea}]" v-model="form.usableArea">
          <div class="invalid-feedback" data-error-for="usableArea">{{ errors.usableArea }}</div></div>
        <div class="col-6 col-md-4"><label class="form-label small" for="s-building-area">建筑面积（㎡，可选）</label>
          <input id="s-building-area" inputmode="decimal" :class="['form-control', {'is-invalid': errors.buildingArea}]" v-model="form.buildingArea">
          <div class="invalid-feedback" data-error-for="buildingArea">{{ errors.buildingArea }}</div></div>
        <div class="col-6 col-md-4"><label class="form-label small" for="s-end">到期日期（租用必填）</label>
          <input id="s-end" type="date" :class="['form-control', {'is-invalid': errors.endDate}]" v-model="form.endDate">
          <div class="invalid-feedback" data-error-for="endDate">{{ errors.endDate }}</div></div>
      </div>
      <div v-if="errors.unitCode" class="text-danger small mt-1" data-error-for="unitCode">{{ errors.unitCode }}</div>
      <div class="mt-3 d-flex gap-2">
        <button type="submit" class="btn btn-primary" id="save-space" :disabled="saving">保存</button>
        <button type="button" class="btn btn-outline-secondary" @click="form = null">取消</button>
      </div>
    </form>
    <div v-if="!rows" class="text-secondary">正在加载…</div>
    <template v-else>
      <p class="small text-secondary mb-1" id="space-total">共 {{ rows.length }} 处，使用面积合计 {{ total.toLocaleString('zh-CN') }}㎡</p>
      <div class="table-responsive">
        <table class="table table-sm align-middle text-nowrap" id="space-table">
          <thead><tr><th>楼宇</th><th>房间</th><th>权属</th><th class="text-end">使用面积（㎡）</th><th class="text-end">建筑面积（㎡）</th><th>到期日期</th><th>来源</th><th v-if="keeps" class="text-end">操作</th></tr></thead>
          <tbody>
            <tr v-if="!rows.length"><td colspan="8" class="text-secondary">登记簿中没有办公用房</td></tr>
            <tr v-for="s in rows" :key="s.id" :data-space="s.building + '|' + s.room">
              <td>{{ s.building }}</td><td>{{ s.room || '整栋' }}</td><td>{{ s.tenureLabel }}</td>
              <td class="text-end">{{ s.usableArea }}</td><td class="text-end">{{ s.buildingArea ?? '—' }}</td>
              <td>{{ s.endDate || '—' }}</td>
              <td><a v-if="s.sourceApplication" :href="'#/applications/' + s.sourceApplication">{{ s.sourceApplication }}</a><span v-else>登记</span></td>
              <td v-if="keeps" class="text-end">
                <button type="button" class="btn btn-link btn-sm" @click="edit(s)">修改</button>
                <button v-if="!s.sourceApplication" type="button" class="btn btn-link btn-sm text-danger" @click="remove(s)">删除</button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>
  `,
};

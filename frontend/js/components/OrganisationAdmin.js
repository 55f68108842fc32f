// 组织机构管理 (admins): governments, units with their staffing by rank (also as Excel), users with
// their roles; add, change, deactivate. The server validates; its field messages show under the fields.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { notify } from '../store.js';

const ROLES = [
  ['UNIT_STAFF', '经办人'], ['UNIT_HEAD', '单位负责人'], ['BUREAU_REVIEWER', '机关事务综合审核'],
  ['BUREAU_VEHICLE', '公务用车管理'], ['BUREAU_ASSET', '资产与公物仓管理'], ['BUREAU_DIRECTOR', '机关事务局领导'],
  ['FINANCE', '财政部门'], ['DRC', '发展改革部门'], ['GOVERNMENT', '本级政府'], ['ADMIN', '系统管理员'],
];
const KINDS = { AGENCY: '申请单位', BUREAU: '机关事务管理部门', FINANCE: '财政部门', DRC: '发展改革部门', GOVERNMENT: '本级政府' };

export default {
  name: 'OrganisationAdmin',
  props: {},
  emits: [],
  setup() {
    const tab = ref('users');
    const users = ref(null);
    const units = ref(null);
    const governments = ref([]);
    const error = ref(null);
    const userForm = ref(null);
    const unitForm = ref(null);
    const govForm = ref(null);
    const errors = reactive({});
    const saving = ref(false);
    const filter = ref('');

    async function load() {
      try {
        [users.value, units.value, governments.value] = await Promise.all([
          api.get('/api/admin/users'), api.get('/api/admin/units'), api.get('/api/admin/governments')]);
      } catch (e) {
        error.value = e.message;
      }
    }
    onMounted(load);

    const unitName = (code) => ((units.value || []).find((u) => u.code === code) || {}).name || code;
    const shownUsers = computed(() => (users.value || []).filter((u) => !filter.value
      || [u.id, u.name, unitName(u.unitCode)].some((s) => s && s.includes(filter.value))));
    const formRanks = computed(() => {
      const g = governments.value.find((x) => unitForm.value && x.code === unitForm.value.govCode);
      return g ? g.ranks : [];
    });

    function clearErrors() {
      Object.keys(errors).forEach((k) => delete errors[k]);
    }
    function editGovernment(g) {
      clearErrors();
      userForm.value = null;
      unitForm.value = null;
      govForm.value = g ? { existing: true, code: g.code, name: g.name, level: g.level, units: g.units }
        : { existing: false, code: '', name: '', level: 'COUNTY', units: 0 };
    }
    function saveGovernment() {
      const f = govForm.value;
      const body = { name: f.name, level: f.level };
      return save(() => (f.existing ? api.put(`/api/admin/governments/${encodeURIComponent(f.code)}`, body)
        : api.post('/api/admin/governments', { ...body, code: f.code })), `已保存政府 ${f.code}`);
    }
    function setGovernmentActive(g, active) {
      return save(() => api.put(`/api/admin/governments/${encodeURIComponent(g.code)}`, { active }),
        `${active ? '已启用' : '已停用'}政府 ${g.code}`);
    }
    function editUser(u) {
      clearErrors();
      unitForm.value = null;
      userForm.value = u
        ? { existing: true, id: u.id, name: u.name, unitCode: u.unitCode, roles: [...u.roles], email: u.email || '', password: '' }
        : { existing: false, id: '', name: '', unitCode: '', roles: [], email: '', password: '' };
    }
    function editUnit(u) {
      clearErrors();
      userForm.value = null;
      unitForm.value = u
        ? { existing: true, code: u.code, name: u.name, govCode: u.govCode, kind: u.kind, vehicleQuota: u.vehicleQuota, staffing: { ...u.staffing } }
        : { existing: false, code: '', name: '', govCode: '', kind: 'AGENCY', vehicleQuota: 0, staffing: {} };
    }
    async function save(run, done) {
      clearErrors();
      saving.value = true;
      try {
        await run();
        notify(done);
        userForm.value = null;
        unitForm.value = null;
        govForm.value = null;
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
    function saveUser() {
      const f = userForm.value;
      const body = { name: f.name, unitCode: f.unitCode, roles: f.roles, email: f.email || null };
      if (f.password) {
        body.password = f.password;
      }
      return save(() => (f.existing ? api.put(`/api/admin/users/${encodeURIComponent(f.id)}`, body)
        : api.post('/api/admin/users', { ...body, id: f.id, password: f.password })),
      f.existing ? `已保存用户 ${f.id}` : `已新增用户 ${f.id}，可立即登录`);
    }
    function setUserActive(u, active) {
      return save(() => api.put(`/api/admin/users/${encodeURIComponent(u.id)}`, { active }),
        `${active ? '已启用' : '已停用'}用户 ${u.id}`);
    }
    function saveUnit() {
      const f = unitForm.value;
      const staffing = {};
      formRanks.value.forEach((r) => {
        if (f.staffing[r] !== undefined && f.staffing[r] !== '') {
          staffing[r] = Number(f.staffing[r]);
        }
      });
      const body = { name: f.name, govCode: f.govCode, kind: f.kind, vehicleQuota: Number(f.vehicleQuota), staffing };
      return save(() => (f.existing ? api.put(`/api/admin/units/${encodeURIComponent(f.code)}`, body)
        : api.post('/api/admin/units', { ...body, code: f.code })), `已保存单位 ${f.code}`);
    }
    function setUnitActive(u, active) {
      return save(() => api.put(`/api/admin/units/${encodeURIComponent(u.code)}`, { active }),
        `${active ? '已启用' : '已停用'}单位 ${u.code}`);
    }
    const headcount = (u) => Object.values(u.staffing || {}).reduce((a, b) => a + b, 0);

    const LEVELS = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级' };
    return { tab, users, units, governments, error, userForm, unitForm, govForm, errors, saving, filter, shownUsers, formRanks,
      ROLES, KINDS, LEVELS, unitName, editUser, editUnit, saveUser, saveUnit, setUserActive, setUnitActive, headcount,
      editGovernment, saveGovernment, setGovernmentActive, load };
  },
  template: `
    <h1 class="h4 mb-3">组织机构管理</h1>
    <ul class="nav nav-tabs mb-3">
      <li class="nav-item"><button type="button" id="tab-users" :class="['nav-link', {active: tab === 'users'}]" @click="tab = 'users'">用户</button></li>
      <li class="nav-item"><button type="button" id="tab-units" :class="['nav-link', {active: tab === 'units'}]" @click="tab = 'units'">单位与编制</button></li>
      <li class="nav-item"><button type="button" id="tab-governments" :class="['nav-link', {active: tab === 'governments'}]" @click="tab = 'governments'">政府</button></li>
    </ul>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!users" class="text-secondary">正在加载…</div>

    <template v-else-if="tab === 'users'">
      <div class="d-flex flex-wrap gap-2 mb-2">
        <button type="button" class="btn btn-primary btn-sm" id="add-user" @click="editUser(null)">新增用户</button>
        <input class="form-control form-control-sm org-filter" v-model="filter" placeholder="按账号、姓名或单位筛选" aria-label="筛选用户">
      </div>
      <form v-if="userForm" class="card card-body shadow-sm mb-3" id="user-form" @submit.prevent="saveUser" novalidate>
        <h2 class="h6">{{ userForm.existing ? '修改用户 ' + userForm.id : '新增用户' }}</h2>
        <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
        <div class="row g-2">
          <div class="col-12 col-md-4" v-if="!userForm.existing">
            <label class="form-label small" for="user-id">账号</label>
            <input id="user-id" :class="['form-control', {'is-invalid': errors.id}]" v-model="userForm.id" autocomplete="off">
            <div class="invalid-feedback" data-error-for="id">{{ errors.id }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="user-name-input">姓名</label>
            <input id="user-name-input" :class="['form-control', {'is-invalid': errors.name}]" v-model="userForm.name">
            <div class="invalid-feedback" data-error-for="name">{{ errors.name }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="user-unit-select">所在单位</label>
            <select id="user-unit-select" :class="['form-select', {'is-invalid': errors.unitCode}]" v-model="userForm.unitCode">
              <option value="">请选择</option>
              <option v-for="u in units.filter((x) => x.active || x.code === userForm.unitCode)" :key="u.code" :value="u.code">{{ u.govName }} · {{ u.name }}</option>
            </select>
            <div class="invalid-feedback" data-error-for="unitCode">{{ errors.unitCode }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="user-password">{{ userForm.existing ? '新密码（不改请留空）' : '初始密码' }}</label>
            <input id="user-password" type="password" :class="['form-control', {'is-invalid': errors.password}]" v-model="userForm.password" autocomplete="new-password">
            <div class="invalid-feedback" data-error-for="password">{{ errors.password }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="user-email">电子邮箱（可选）</label>
            <input id="user-email" type="email" :class="['form-control', {'is-invalid': errors.email}]" v-model="userForm.email">
            <div class="invalid-feedback" data-error-for="email">{{ errors.email }}</div>
          </div>
          <fieldset class="col-12">
            <legend class="form-label small mb-1">角色</legend>
            <div class="d-flex flex-wrap gap-3">
              <div class="form-check" v-for="[code, label] in ROLES" :key="code">
                <input class="form-check-input" type="checkbox" :id="'role-' + code" :value="code" v-model="userForm.roles">
                <label class="form-check-label" :for="'role-' + code">{{ label }}</label>
              </div>
            </div>
            <div class="text-danger small" v-if="errors.roles" data-error-for="roles">{{ errors.roles }}</div>
          </fieldset>
        </div>
        <div class="mt-3 d-flex gap-2">
          <button type="submit" class="btn btn-primary" id="save-user" :disabled="saving">保存</button>
          <button type="button" class="btn btn-outline-secondary" @click="userForm = null">取消</button>
        </div>
      </form>
      <div class="table-responsive">
        <table class="table table-sm align-middle text-nowrap" id="user-table">
          <thead><tr><th>账号</th><th>姓名</th><th>单位</th><th>角色</th><th>状态</th><th class="text-end">操作</th></tr></thead>
          <tbody>
            <tr v-for="u in shownUsers" :key="u.id" :data-user="u.id" :class="{'text-secondary': !u.active}">
              <td>{{ u.id }}</td><td>{{ u.name }}</td><td>{{ unitName(u.unitCode) }}</td>
              <td>{{ u.roleNames.join('、') }}</td>
              <td><span :class="['badge', u.active ? 'text-bg-success' : 'text-bg-secondary']">{{ u.active ? '启用' : '已停用' }}</span></td>
              <td class="text-end text-nowrap">
                <button type="button" class="btn btn-link btn-sm" @click="editUser(u)">修改</button>
                <button type="button" class="btn btn-link btn-sm" :data-toggle-user="u.id" @click="setUserActive(u, !u.active)">{{ u.active ? '停用' : '启用' }}</button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>

    <template v-else-if="tab === 'governments'">
      <button type="button" class="btn btn-primary btn-sm mb-2" id="add-government" @click="editGovernment(null)">新增政府</button>
      <form v-if="govForm" class="card card-body shadow-sm mb-3" id="government-form" @submit.prevent="saveGovernment" novalidate>
        <h2 class="h6">{{ govForm.existing ? '修改政府 ' + govForm.code : '新增政府' }}</h2>
        <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
        <div class="row g-2">
          <div class="col-12 col-md-4" v-if="!govForm.existing">
            <label class="form-label small" for="gov-code">政府代码</label>
            <input id="gov-code" :class="['form-control', {'is-invalid': errors.code}]" v-model="govForm.code" autocomplete="off">
            <div class="invalid-feedback" data-error-for="code">{{ errors.code }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="gov-name">政府名称</label>
            <input id="gov-name" :class="['form-control', {'is-invalid': errors.name}]" v-model="govForm.name">
            <div class="invalid-feedback" data-error-for="name">{{ errors.name }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="gov-level">级别</label>
            <select id="gov-level" :class="['form-select', {'is-invalid': errors.level}]" v-model="govForm.level">
              <option v-for="(label, code) in LEVELS" :key="code" :value="code">{{ label }}</option>
            </select>
            <div class="invalid-feedback" data-error-for="level">{{ errors.level }}</div>
          </div>
        </div>
        <div class="mt-3 d-flex gap-2">
          <button type="submit" class="btn btn-primary" id="save-government" :disabled="saving">保存</button>
          <button type="button" class="btn btn-outline-secondary" @click="govForm = null">取消</button>
        </div>
      </form>
      <div v-if="errors.active" class="alert alert-danger py-2" data-error-for="active">{{ errors.active }}</div>
      <div class="table-responsive">
        <table class="table table-sm align-middle text-nowrap" id="government-table">
          <thead><tr><th>代码</th><th>名称</th><th>级别</th><th class="text-end">单位数</th><th>状态</th><th class="text-end">操作</th></tr></thead>
          <tbody>
            <tr v-for="g in governments" :key="g.code" :data-government="g.code" :class="{'text-secondary': !g.active}">
              <td>{{ g.code }}</td><td>{{ g.name }}</td><td>{{ g.levelName }}</td><td class="text-end">{{ g.units }}</td>
              <td><span :class="['badge', g.active ? 'text-bg-success' : 'text-bg-secondary']">{{ g.active ? '启用' : '已停用' }}</span></td>
              <td class="text-end text-nowrap">
                <button type="button" class="btn btn-link btn-sm" @click="editGovernment(g)">修改</button>
                <button type="button" class="btn btn-link btn-sm" :data-toggle-government="g.code" @click="setGovernmentActive(g, !g.active)">{{ g.active ? '停用' : '启用' }}</button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>

    <template v-else>
      <div class="d-flex flex-wrap align-items-center gap-2 mb-2">
        <button type="button" class="btn btn-primary btn-sm" id="add-unit" @click="editUnit(null)">新增单位</button>
        <span class="small text-secondary">编制定员（Excel）：</span>
        <register-workbook base="/api/admin/staffing" :can-import="true" id-prefix="staffing" @imported="load"></register-workbook>
      </div>
      <form v-if="unitForm" class="card card-body shadow-sm mb-3" id="unit-form" @submit.prevent="saveUnit" novalidate>
        <h2 class="h6">{{ unitForm.existing ? '修改单位 ' + unitForm.code : '新增单位' }}</h2>
        <div v-if="errors._" class="alert alert-danger py-2">{{ errors._ }}</div>
        <div class="row g-2">
          <div class="col-12 col-md-4" v-if="!unitForm.existing">
            <label class="form-label small" for="unit-code">单位代码</label>
            <input id="unit-code" :class="['form-control', {'is-invalid': errors.code}]" v-model="unitForm.code">
            <div class="invalid-feedback">{{ errors.code }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="unit-name">单位名称</label>
            <input id="unit-name" :class="['form-control', {'is-invalid': errors.name}]" v-model="unitForm.name">
            <div class="invalid-feedback">{{ errors.name }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="unit-gov">所属政府</label>
            <select id="unit-gov" :class="['form-select', {'is-invalid': errors.govCode}]" v-model="unitForm.govCode" :disabled="unitForm.existing">
              <option value="">请选择</option>
              <option v-for="g in governments.filter((x) => x.active || x.code === unitForm.govCode)" :key="g.code" :value="g.code">{{ g.name }}（{{ g.levelName }}）</option>
            </select>
            <div class="invalid-feedback">{{ errors.govCode }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="unit-kind">单位类型</label>
            <select id="unit-kind" :class="['form-select', {'is-invalid': errors.kind}]" v-model="unitForm.kind">
              <option v-for="(label, code) in KINDS" :key="code" :value="code">{{ label }}</option>
            </select>
            <div class="invalid-feedback">{{ errors.kind }}</div>
          </div>
          <div class="col-12 col-md-4">
            <label class="form-label small" for="unit-quota">公务用车编制（辆）</label>
            <input id="unit-quota" type="number" min="0" :class="['form-control', {'is-invalid': errors.vehicleQuota}]" v-model="unitForm.vehicleQuota">
            <div class="invalid-feedback">{{ errors.vehicleQuota }}</div>
          </div>
          <fieldset class="col-12" v-if="formRanks.length">
            <legend class="form-label small mb-1">编制定员（按职级，人）</legend>
            <div class="row g-2">
              <div class="col-6 col-md-3" v-for="r in formRanks" :key="r">
                <label class="form-label small" :for="'rank-' + r">{{ r }}</label>
                <input :id="'rank-' + r" type="number" min="0" :class="['form-control', 'form-control-sm', {'is-invalid': errors['staffing.' + r]}]" v-model="unitForm.staffing[r]">
                <div class="invalid-feedback">{{ errors['staffing.' + r] }}</div>
              </div>
            </div>
          </fieldset>
        </div>
        <div class="mt-3 d-flex gap-2">
          <button type="submit" class="btn btn-primary" id="save-unit" :disabled="saving">保存</button>
          <button type="button" class="btn btn-outline-secondary" @click="unitForm = null">取消</button>
        </div>
      </form>
      <div class="table-responsive">
        <table class="table table-sm align-middle text-nowrap" id="unit-table">
          <thead><tr><th>代码</th><th>名称</th><th>所属政府</th><th>类型</th><th class="text-end">车辆编制</th><th class="text-end">编制人数</th><th>状态</th><th class="text-end">操作</th></tr></thead>
          <tbody>
            <tr v-for="u in units" :key="u.code" :data-unit="u.code" :class="{'text-secondary': !u.active}">
              <td>{{ u.code }}</td><td>{{ u.name }}</td><td>{{ u.govName }}</td><td>{{ KINDS[u.kind] || u.kind }}</td>
              <td class="text-end">{{ u.vehicleQuota }}</td><td class="text-end">{{ headcount(u) }}</td>
              <td><span :class="['badge', u.active ? 'text-bg-success' : 'text-bg-secondary']">{{ u.active ? '启用' : '已停用' }}</span></td>
              <td class="text-end text-nowrap">
                <button type="button" class="btn btn-link btn-sm" @click="editUnit(u)">修改</button>
                <button type="button" class="btn btn-link btn-sm" @click="setUnitActive(u, !u.active)">{{ u.active ? '停用' : '启用' }}</button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>
  `,
};

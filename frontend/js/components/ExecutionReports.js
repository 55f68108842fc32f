// 年度计划执行情况报告 (条例 第三十九条): who has reported the execution of a plan year — the units to the
// bureau by the end of March, the bureau to the government by the end of June — and which report is
// late or missing (督办). A unit records its own report; the bureau records the reports it received
// and its own. Shown as a section of 统计报表.
import { ref, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { hasRole, seesWholeGovernment } from '../store.js';

export default {
  name: 'ExecutionReports',
  setup() {
    const thisYear = new Date().getFullYear();
    const years = [thisYear - 1, thisYear - 2, thisYear - 3];
    const year = ref(thisYear - 1);
    const result = ref(null);
    const error = ref(null);
    const saving = ref(false);
    const fields = ref({});
    const message = ref(null);
    const form = ref({ level: 'UNIT', unit: '', reportedOn: '', summary: '' });
    const wholeGovernment = seesWholeGovernment();
    const canRecordUnit = hasRole('UNIT_STAFF', 'UNIT_HEAD');

    // the answer of the latest request only: an earlier year's answer arriving late is dropped
    let requested = 0;
    async function load() {
      const mine = ++requested;
      error.value = null;
      try {
        const answer = await api.get(withQuery('/api/plan-execution-reports', { year: year.value }));
        if (mine === requested) {
          result.value = answer;
        }
      } catch (e) {
        if (mine === requested) {
          error.value = e.message;
        }
      }
    }

    async function record() {
      saving.value = true;
      error.value = null;
      fields.value = {};
      message.value = null;
      try {
        const body = { year: String(year.value), level: form.value.level,
          reportedOn: form.value.reportedOn, summary: form.value.summary };
        if (form.value.level === 'UNIT' && form.value.unit) {
          body.unit = form.value.unit;
        }
        const line = await api.post('/api/plan-execution-reports', body);
        form.value.summary = '';
        await load();
        message.value = `已登记${line.name} ${year.value} 年度执行情况报告：${line.statusLabel}`;
      } catch (e) {
        fields.value = e.fields || {};
        message.value = null;
        error.value = e.message;
      } finally {
        saving.value = false;
      }
    }

    onMounted(load);
    return { years, year, result, error, saving, fields, message, form, wholeGovernment, canRecordUnit,
      load, record };
  },
  template: `
    <section class="card shadow-sm mt-3" id="execution-reports">
      <div class="card-header bg-white d-flex flex-wrap align-items-center justify-content-between gap-2">
        <span class="fw-semibold">年度计划执行情况报告报送</span>
        <span class="d-flex align-items-center gap-2">
          <label class="small mb-0" for="er-year">报告年度</label>
          <select id="er-year" class="form-select form-select-sm w-auto" v-model.number="year" @change="load">
            <option v-for="y in years" :key="y" :value="y">{{ y }} 年</option>
          </select>
        </span>
      </div>
      <div v-if="result" class="card-body py-2 small text-secondary" id="er-due">
        单位于 {{ result.unitDueOn }} 前报同级机关事务管理部门；机关事务管理部门于 {{ result.bureauDueOn }} 前报本级人民政府，抄送同级财政部门（依据：{{ result.basis }}）
      </div>
      <div v-if="result" class="table-responsive">
        <table class="table table-sm align-middle mb-0" id="table-execution-reports">
          <thead class="table-light text-nowrap"><tr><th>报送单位</th><th>应报送日期</th><th>报送日期</th><th>状态</th><th>督办</th></tr></thead>
          <tbody>
            <tr v-for="l in [...result.units, ...(result.bureau ? [result.bureau] : [])]" :key="l.code"
                :data-report-unit="l.code" :data-status="l.status">
              <td class="name-cell">{{ l.name }}<div class="small text-secondary">报{{ l.reportsTo }}</div></td>
              <td class="text-nowrap">{{ l.dueOn }}</td>
              <td class="text-nowrap">{{ l.reportedOn || '—' }}</td>
              <td><span class="badge" :class="l.overdue ? 'text-bg-danger' : (l.reportedOn ? 'text-bg-success' : 'text-bg-secondary')">{{ l.statusLabel }}</span></td>
              <td class="small" :class="{ 'text-danger': l.overdue }">{{ l.supervision || '—' }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <form v-if="result && (canRecordUnit || result.canRecordBureau)" class="card-body border-top row g-2 align-items-end"
            id="er-form" @submit.prevent="record" novalidate>
        <div v-if="result.canRecordBureau" class="col-12 col-md-3">
          <label class="form-label small mb-1" for="er-level">报告类别</label>
          <select id="er-level" class="form-select form-select-sm" v-model="form.level">
            <option value="UNIT">单位报告（收到的）</option>
            <option value="BUREAU">本级汇总报告</option>
          </select>
        </div>
        <div v-if="result.canRecordBureau && form.level === 'UNIT'" class="col-12 col-md-3">
          <label class="form-label small mb-1" for="er-unit">报送单位</label>
          <select id="er-unit" class="form-select form-select-sm" v-model="form.unit" :class="{ 'is-invalid': fields.unit }">
            <option value="">请选择</option>
            <option v-for="u in result.units" :key="u.code" :value="u.code">{{ u.name }}</option>
          </select>
          <div class="invalid-feedback">{{ fields.unit }}</div>
        </div>
        <div class="col-12 col-md-2">
          <label class="form-label small mb-1" for="er-reported-on">报送日期</label>
          <input id="er-reported-on" type="date" class="form-control form-control-sm" v-model="form.reportedOn"
                 :class="{ 'is-invalid': fields.reportedOn }">
          <div class="invalid-feedback">{{ fields.reportedOn }}</div>
        </div>
        <div class="col-12 col-md">
          <label class="form-label small mb-1" for="er-summary">执行情况摘要</label>
          <input id="er-summary" class="form-control form-control-sm" v-model="form.summary" maxlength="2000"
                 :class="{ 'is-invalid': fields.summary || fields.year }">
          <div class="invalid-feedback">{{ fields.summary || fields.year }}</div>
        </div>
        <div class="col-12 col-md-auto">
          <button type="submit" class="btn btn-sm btn-primary w-100" id="er-submit" :disabled="saving">登记报告</button>
        </div>
      </form>
      <div v-if="message" class="alert alert-success m-2 py-1 small" id="er-message">{{ message }}</div>
      <div v-if="error" class="alert alert-danger m-2 py-1 small" id="er-error">{{ error }}</div>
    </section>
  `,
};

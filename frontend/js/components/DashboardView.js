// 统计报表: the year at a glance — plan against execution per category, cases per family and status,
// time per step, overdue steps — and the reports as workbooks. Units see their own unit only (the
// API narrows every report to it); the bodies of a government may pick one unit or all.
import { ref, computed, onMounted, onBeforeUnmount, nextTick } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, STATUS } from '../format.js';
import { store, seesWholeGovernment } from '../store.js';
import ExecutionReports from './ExecutionReports.js';

// echarts is large: loaded on this page only, from its webjar
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const STATUS_COLORS = { RUNNING: '#0d6efd', RETURNED: '#f0ad4e', APPROVED: '#198754', REJECTED: '#dc3545', WITHDRAWN: '#6c757d', TERMINATED: '#212529' };

function money(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export default {
  name: 'DashboardView',
  components: { ExecutionReports },
  props: {},
  emits: [],
  setup() {
    const thisYear = new Date().getFullYear();
    const year = ref(thisYear);
    const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
    const from = ref(`${thisYear}-01-01`);
    const to = ref(today());
    const unit = ref('');
    const units = ref([]);
    const plan = ref(null);
    const stats = ref(null);
    const cost = ref(null);
    const error = ref(null);
    const loading = ref(false);
    const wholeGovernment = seesWholeGovernment();

    const planChart = ref(null);
    const casesChart = ref(null);
    const stepsChart = ref(null);
    const overdueChart = ref(null);
    let echarts = null;
    const charts = [];

    const scope = computed(() => (wholeGovernment ? unit.value : ''));
    const downloads = computed(() => [
      { key: 'plan-execution', label: '年度计划执行情况（Excel）',
        href: withQuery('/api/reports/plan-execution', { year: year.value, unit: scope.value, format: 'xlsx' }) },
      { key: 'running-cost', label: '机关运行成本统计（Excel）',
        href: withQuery('/api/reports/running-cost', { year: year.value, unit: scope.value, format: 'xlsx' }) },
    ]);
    const openCases = computed(() => (stats.value
      ? stats.value.totalByStatus.RUNNING + stats.value.totalByStatus.RETURNED : 0));
    const scopeName = computed(() => {
      if (!wholeGovernment) {
        return store.me.unit.name;
      }
      const chosen = units.value.find((u) => u.code === unit.value);
      return chosen ? chosen.name : `${store.me.government.name}全部单位`;
    });

    function resize() {
      charts.forEach((c) => c.resize());
    }

    function draw(element, option) {
      if (!element) {
        return;
      }
      let chart = echarts.getInstanceByDom(element);
      if (!chart) {
        chart = echarts.init(element, null, { renderer: 'canvas' });
        charts.push(chart);
      }
      chart.setOption(option, true);
    }

    const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
    const legend = { top: 0, type: 'scroll' };

    function drawAll() {
      const lines = plan.value.summary.categories;
      draw(planChart.value, {
        tooltip: { trigger: 'axis' },
        legend,
        grid,
        xAxis: { type: 'category', data: lines.map((l) => l.categoryName),
          // names of a category are long: slanted when they would overlap (a phone, many categories)
          axisLabel: { interval: 0, rotate: planChart.value.clientWidth / Math.max(lines.length, 1) < 110 ? 35 : 0 } },
        yAxis: { type: 'value', name: '万元' },
        series: [
          { name: '计划数', type: 'bar', data: lines.map((l) => Number(l.planned)) },
          { name: '申请批准数', type: 'bar', data: lines.map((l) => Number(l.approved)) },
          { name: '执行数', type: 'bar', data: lines.map((l) => Number(l.executed)) },
        ],
      });
      const families = stats.value.families;
      draw(casesChart.value, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend,
        grid,
        xAxis: { type: 'value', name: '件', minInterval: 1 },
        yAxis: { type: 'category', data: families.map((f) => f.name), inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
        series: Object.keys(STATUS).map((s) => ({
          name: STATUS[s].label, type: 'bar', stack: 'cases', itemStyle: { color: STATUS_COLORS[s] },
          data: families.map((f) => f.byStatus[s] || 0),
        })),
      });
      const steps = [];
      families.forEach((f) => f.steps.forEach((s) => steps.push({ label: `${f.name} · ${s.name}`, hours: Number(s.averageHours), count: s.completed })));
      if (stepsChart.value) {
        // one bar a step: the chart grows with the number of steps
        stepsChart.value.style.height = `${Math.max(180, 70 + steps.length * 30)}px`;
        const existing = echarts.getInstanceByDom(stepsChart.value);
        if (existing) {
          existing.resize();
        }
      }
      draw(stepsChart.value, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          formatter: (p) => `${p[0].name}<br>平均 ${p[0].value} 小时（${steps[p[0].dataIndex].count} 次）` },
        grid: { ...grid, top: 24 },
        xAxis: { type: 'value', name: '小时' },
        yAxis: { type: 'category', data: steps.map((s) => s.label), inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
        series: [{ name: '平均用时', type: 'bar', data: steps.map((s) => s.hours), itemStyle: { color: '#1f3b63' } }],
      });
      const overdueByFamily = families.map((f) => stats.value.overdue.filter((o) => o.processKey === f.processKey).length);
      draw(overdueChart.value, {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { ...grid, top: 24 },
        xAxis: { type: 'value', name: '个', minInterval: 1 },
        yAxis: { type: 'category', data: families.map((f) => f.name), inverse: true, axisLabel: { width: 150, overflow: 'truncate' } },
        series: [{ name: '超期环节', type: 'bar', data: overdueByFamily, itemStyle: { color: '#b3261e' } }],
      });
    }

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const [p, s, c] = await Promise.all([
          api.get(withQuery('/api/reports/plan-execution', { year: year.value, unit: scope.value })),
          api.get(withQuery('/api/reports/approval-stats', { from: from.value, to: to.value, unit: scope.value })),
          api.get(withQuery('/api/reports/running-cost', { year: year.value, unit: scope.value })),
        ]);
        plan.value = p;
        stats.value = s;
        cost.value = c;
        if (wholeGovernment && !unit.value) {
          units.value = p.units.map((u) => ({ code: u.code, name: u.name }));
        }
        if (!echarts) {
          echarts = await import(ECHARTS);
        }
        await nextTick();
        drawAll();
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    onMounted(() => {
      window.addEventListener('resize', resize);
      load();
    });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      charts.forEach((c) => c.dispose());
    });

    return { year, years, from, to, unit, units, plan, stats, cost, error, loading, wholeGovernment, downloads,
      openCases, scopeName, planChart, casesChart, stepsChart, overdueChart, load, money, dateTime };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between flex-wrap gap-2 mb-3">
      <h1 class="h4 mb-0">统计报表 <small class="text-secondary fs-6" id="dashboard-scope">{{ scopeName }}</small></h1>
      <div class="d-flex flex-wrap gap-2">
        <a v-for="d in downloads" :key="d.key" :href="d.href" :data-download="d.key"
           class="btn btn-sm btn-outline-primary" download>⬇ {{ d.label }}</a>
      </div>
    </div>

    <form class="card shadow-sm mb-3" @submit.prevent="load">
      <div class="card-body row g-2 align-items-end">
        <div class="col-6 col-md-2">
          <label class="form-label small mb-1" for="dash-year">计划年度</label>
          <select id="dash-year" class="form-select form-select-sm" v-model.number="year">
            <option v-for="y in years" :key="y" :value="y">{{ y }} 年</option>
          </select>
        </div>
        <div class="col-6 col-md-2">
          <label class="form-label small mb-1" for="dash-from">申请提交自</label>
          <input id="dash-from" type="date" class="form-control form-control-sm" v-model="from">
        </div>
        <div class="col-6 col-md-2">
          <label class="form-label small mb-1" for="dash-to">至</label>
          <input id="dash-to" type="date" class="form-control form-control-sm" v-model="to">
        </div>
        <div v-if="wholeGovernment" class="col-6 col-md-3">
          <label class="form-label small mb-1" for="dash-unit">单位</label>
          <select id="dash-unit" class="form-select form-select-sm" v-model="unit">
            <option value="">全部单位</option>
            <option v-for="u in units" :key="u.code" :value="u.code">{{ u.name }}</option>
          </select>
        </div>
        <div class="col-12 col-md-auto">
          <button type="submit" class="btn btn-sm btn-primary w-100" id="dash-refresh" :disabled="loading">
            {{ loading ? '正在统计…' : '统计' }}
          </button>
        </div>
      </div>
    </form>

    <div v-if="error" class="alert alert-danger" id="dashboard-error">{{ error }}</div>

    <div v-if="plan && stats" class="row g-2 mb-3 dashboard-figures">
      <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body py-2">
        <div class="small text-secondary">计划总额 / 预算上限（万元）</div>
        <div class="fs-5 fw-semibold" id="figure-planned">{{ money(plan.summary.planned) }} / {{ money(plan.summary.ceiling) }}</div>
      </div></div></div>
      <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body py-2">
        <div class="small text-secondary">执行数（万元）· 执行率</div>
        <div class="fs-5 fw-semibold" id="figure-executed">{{ money(plan.summary.executed) }} · {{ plan.summary.executionRate === null ? '—' : plan.summary.executionRate + '%' }}</div>
      </div></div></div>
      <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body py-2">
        <div class="small text-secondary">办理中申请（件）</div>
        <div class="fs-5 fw-semibold" id="figure-open">{{ openCases }}</div>
      </div></div></div>
      <div class="col-6 col-lg-3"><div class="card shadow-sm h-100"><div class="card-body py-2">
        <div class="small text-secondary">超期环节（个）</div>
        <div class="fs-5 fw-semibold text-danger" id="figure-overdue">{{ stats.overdue.length }}</div>
      </div></div></div>
    </div>

    <div class="row g-3" v-show="plan && stats">
      <section class="col-12 col-xl-6">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white fw-semibold">计划与执行（按计划类别）</div>
          <div class="card-body p-2"><div ref="planChart" class="dashboard-chart" id="chart-plan"></div></div>
        </div>
      </section>
      <section class="col-12 col-xl-6">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white fw-semibold">各审批事项申请数（按状态）</div>
          <div class="card-body p-2"><div ref="casesChart" class="dashboard-chart" id="chart-cases"></div></div>
        </div>
      </section>
      <section class="col-12 col-xl-6">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white fw-semibold">各环节平均用时</div>
          <div class="card-body p-2"><div ref="stepsChart" class="dashboard-chart" id="chart-steps"></div></div>
        </div>
      </section>
      <section class="col-12 col-xl-6">
        <div class="card shadow-sm h-100">
          <div class="card-header bg-white fw-semibold">当前超期环节</div>
          <div class="card-body p-2"><div ref="overdueChart" class="dashboard-chart" id="chart-overdue"></div></div>
        </div>
      </section>
    </div>

    <section v-if="stats" class="card shadow-sm mt-3">
      <div class="card-header bg-white fw-semibold">审批时长（工作日，提交至作出决定）</div>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0" id="table-durations">
          <thead class="table-light text-nowrap"><tr><th>审批事项</th><th class="text-end">申请</th><th class="text-end">已决定</th><th class="text-end">中位数</th><th class="text-end">第90百分位</th><th>超标准通过（按规则）</th></tr></thead>
          <tbody>
            <tr v-for="f in stats.families" :key="f.processKey" :data-family="f.processKey">
              <td class="name-cell">{{ f.name }}</td>
              <td class="text-end">{{ f.total }}</td>
              <td class="text-end">{{ f.decided }}</td>
              <td class="text-end">{{ f.medianWorkingDays === null ? '—' : f.medianWorkingDays }}</td>
              <td class="text-end">{{ f.p90WorkingDays === null ? '—' : f.p90WorkingDays }}</td>
              <td class="small">
                <span v-if="!f.overrides.length" class="text-secondary">—</span>
                <span v-for="o in f.overrides" :key="o.rule" class="me-2">{{ o.ruleName }} {{ o.count }} 次</span>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="card-footer bg-white small text-secondary">{{ stats.method }}</div>
    </section>

    <section v-if="stats && stats.overdue.length" class="card shadow-sm mt-3">
      <div class="card-header bg-white fw-semibold">超期环节及办理人</div>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0 text-nowrap" id="table-overdue">
          <thead class="table-light text-nowrap"><tr><th>申请</th><th>环节</th><th>单位</th><th>到期</th><th class="text-end">超期（工作日）</th><th>办理人</th></tr></thead>
          <tbody>
            <tr v-for="o in stats.overdue" :key="o.taskId">
              <td><a :href="'#/applications/' + o.applicationId">{{ o.applicationId }}</a><div class="small text-secondary">{{ o.title }}</div></td>
              <td>{{ o.name }}</td>
              <td>{{ o.unitName }}</td>
              <td class="text-nowrap small">{{ dateTime(o.due) }}</td>
              <td class="text-end text-danger fw-semibold">{{ o.overdueWorkingDays }}</td>
              <td class="small">{{ o.assignee ? o.assignee.name : o.candidateGroups.map((g) => g.name).join('、') }}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>

    <section v-if="plan" class="card shadow-sm mt-3">
      <div class="card-header bg-white fw-semibold">{{ plan.year }} 年度计划执行情况（万元）</div>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0" id="table-plan">
          <thead class="table-light text-nowrap"><tr><th>单位</th><th class="text-end">预算上限</th><th class="text-end">计划数</th><th class="text-end">申请批准数</th><th class="text-end">执行数</th><th class="text-end">执行率</th><th class="text-end">剩余额度</th></tr></thead>
          <tbody>
            <tr v-for="u in plan.units" :key="u.code" :data-unit="u.code">
              <td class="name-cell">{{ u.name }}</td>
              <td class="text-end">{{ money(u.ceiling) }}</td>
              <td class="text-end">{{ money(u.planned) }}</td>
              <td class="text-end">{{ money(u.approved) }}</td>
              <td class="text-end">{{ money(u.executed) }}</td>
              <td class="text-end">{{ u.executionRate === null ? '—' : u.executionRate + '%' }}</td>
              <td class="text-end">{{ money(u.remaining) }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="card-footer bg-white small text-secondary">依据：{{ plan.basis }}</div>
    </section>

    <section v-if="cost" class="card shadow-sm mt-3">
      <div class="card-header bg-white fw-semibold">{{ cost.year }} 年度机关运行成本</div>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0" id="table-cost">
          <thead class="table-light text-nowrap"><tr><th>单位</th><th class="text-end">人均办公用房（㎡/人）</th><th class="text-end">在用车辆 / 编制（辆）</th><th class="text-end">维修支出（万元）</th><th class="text-end">租金支出（万元）</th><th class="text-end">资产购置（万元）</th></tr></thead>
          <tbody>
            <tr v-for="u in cost.units" :key="u.code" :data-unit="u.code">
              <td class="name-cell">{{ u.name }}</td>
              <td class="text-end" :class="{ 'text-danger fw-semibold': u.officeSpace.overStandard }">
                {{ money(u.officeSpace.perPersonInUse) }} / 标准 {{ money(u.officeSpace.perPersonStandard) }}
              </td>
              <td class="text-end" :class="{ 'text-danger fw-semibold': u.vehicles.overQuota }">{{ u.vehicles.inUse }} / {{ u.vehicles.quota }}</td>
              <td class="text-end">{{ money(u.repairs.spending) }}</td>
              <td class="text-end lease-rent">{{ money(u.leases.rentInYear) }}</td>
              <td class="text-end">{{ money(u.assets.purchaseSpending) }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="card-footer bg-white small text-secondary">依据：{{ cost.basis }}；办公用房标准：{{ cost.units.length ? cost.units[0].officeSpace.basis : '' }}</div>
    </section>

    <execution-reports></execution-reports>
  `,
};

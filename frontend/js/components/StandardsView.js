// 标准目录: the figures the checks use, grouped by standard, each with its source; figures no
// public document fixes are marked 本级规定.
import { ref, computed, onMounted } from 'vue';
import { api } from '../api.js';

// Words for the parts of figure keys (officeRoomArea.PROVINCE.正处级 → 省级 · 正处级).
const WORDS = {
  PROVINCE: '省级', CITY: '市级', COUNTY: '县级',
  multiStorey: '多层建筑', highRise: '高层建筑',
  decentralisedGoodsServices: '货物、服务分散采购限额', decentralisedWorks: '工程分散采购限额',
  publicTenderGoodsServices: '货物、服务公开招标数额', publicTenderWorks: '工程施工招标数额',
  CONFIDENTIAL: '机要通信用车', NEV_SEDAN: '新能源轿车', EMERGENCY: '应急保障用车',
  LAW_ENFORCEMENT: '执法执勤用车', LAW_ENFORCEMENT_JUSTIFIED: '执法执勤用车（确因工作需要）',
  SPECIAL: '特种专业技术用车', OTHER: '其他用车',
  price: '价格', displacement: '排气量',
  years: '使用年限', mileageKm: '行驶里程（公里）',
  DESKTOP: '台式计算机', LAPTOP: '便携式计算机', COPIER: '复印机', PRINTER_A4_MONO: 'A4黑白打印机',
  DESK: '办公桌', FILE_CABINET: '文件柜',
  quantityPerStaff: '每人配置数量', minLifeYears: '最低使用年限（年）',
  staffPerUnitUpTo100: '编制100人以下每台对应人数', staffPerUnitAbove100: '编制100人以上每台对应人数',
  repairMinIntervalYears: '维修改造最短间隔（年）', repairCostCapPerM2: '维修改造每平方米费用上限（万元）',
  governmentApprovalCost: '报本级政府批准的投资额（万元）', drcFinanceOpinionCost: '征求发展改革、财政部门意见的投资额（万元）',
  assetFinanceConsentValue: '须财政部门同意的资产原值（万元）', taskDueWorkingDays: '审批环节办理期限（工作日）',
  emergencyFilingWorkingDays: '先行调整后备案期限',
};

function figureName(key) {
  const parts = key.split('.').slice(1);
  return parts.map((p) => WORDS[p] || p).join(' · ');
}

export default {
  name: 'StandardsView',
  props: {},
  emits: [],
  setup() {
    const figures = ref(null);
    const error = ref(null);
    const onlyLocal = ref(false);

    const sections = computed(() => {
      const groups = [];
      const byName = new Map();
      (figures.value || []).filter((f) => !onlyLocal.value || f.localPolicy).forEach((f) => {
        if (!byName.has(f.section)) {
          const group = { name: f.section, unit: f.unit, document: f.document, figures: [] };
          byName.set(f.section, group);
          groups.push(group);
        }
        byName.get(f.section).figures.push(f);
      });
      return groups;
    });

    onMounted(async () => {
      try {
        figures.value = await api.get('/api/standards');
      } catch (e) {
        error.value = e.message;
      }
    });
    return { figures, error, onlyLocal, sections, figureName };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between flex-wrap gap-2 mb-3">
      <h1 class="h4 mb-0">标准目录</h1>
      <div class="form-check form-switch mb-0">
        <input class="form-check-input" type="checkbox" id="only-local" v-model="onlyLocal">
        <label class="form-check-label small" for="only-local">只看本级规定</label>
      </div>
    </div>
    <p class="small text-secondary">系统审查所用的标准数值及其出处。标注“本级规定”的数值没有公开的统一标准，由本级机关事务管理部门设定，管理员可在配置中调整。</p>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!figures" class="text-secondary">正在加载…</div>
    <section v-for="s in sections" :key="s.name" class="card shadow-sm mb-3 standards-section">
      <div class="card-header bg-white">
        <div class="fw-semibold">{{ s.name }}</div>
        <div class="small text-secondary">{{ s.document }}<span v-if="s.unit"> · 单位：{{ s.unit }}</span></div>
      </div>
      <div class="table-responsive">
        <table class="table table-sm align-middle mb-0 standards-table">
          <colgroup><col class="w-name"><col class="w-value"><col class="w-source"><col class="w-key"></colgroup>
          <thead class="table-light"><tr><th>指标</th><th class="text-end pe-4">数值</th><th>来源</th><th class="text-secondary small">标识</th></tr></thead>
          <tbody>
            <tr v-for="f in s.figures" :key="f.key" :data-key="f.key">
              <td>{{ figureName(f.key) }}</td>
              <td class="text-end fw-semibold text-nowrap pe-4">{{ f.value }}</td>
              <td>
                <span v-if="f.localPolicy" class="badge text-bg-warning me-1 local-policy">本级规定</span>
                <span v-if="f.localPolicy" class="small">由本级机关事务管理部门设定，可配置</span>
                <span v-else-if="f.source !== s.document" class="small">{{ f.source }}</span>
                <span v-else class="small text-secondary">按上列文件</span>
              </td>
              <td><code class="small text-secondary">{{ f.key }}</code></td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  `,
};

// Labels and formats shared by the views. What users read is Chinese; codes stay codes.

export const STATUS = {
  RUNNING: { label: '审批中', badge: 'text-bg-primary' },
  RETURNED: { label: '已退回待修改', badge: 'text-bg-warning' },
  APPROVED: { label: '已批准', badge: 'text-bg-success' },
  REJECTED: { label: '未批准', badge: 'text-bg-danger' },
  WITHDRAWN: { label: '已撤回', badge: 'text-bg-secondary' },
  TERMINATED: { label: '已终止', badge: 'text-bg-dark' },
};

export const VERDICT = {
  PASS: { label: '符合', badge: 'text-bg-success' },
  WARN: { label: '提示', badge: 'text-bg-warning' },
  FAIL: { label: '不符合', badge: 'text-bg-danger' },
  NOT_APPLICABLE: { label: '不适用', badge: 'text-bg-secondary' },
};

export const DECISION = {
  SUBMIT: { label: '提交申请', badge: 'text-bg-light border' },
  APPROVE: { label: '同意', badge: 'text-bg-success' },
  REJECT: { label: '不同意', badge: 'text-bg-danger' },
  RETURN: { label: '退回修改', badge: 'text-bg-warning' },
  RESUBMIT: { label: '重新提交', badge: 'text-bg-info' },
  WITHDRAW: { label: '撤回', badge: 'text-bg-secondary' },
  TERMINATE: { label: '流程终止', badge: 'text-bg-dark' },
  AUTO_RETURN: { label: '自动退回', badge: 'text-bg-warning' },
  // task actions: recorded at a step without deciding it
  TRANSFER: { label: '转办', badge: 'text-bg-light border border-primary' },
  REASSIGN: { label: '改派', badge: 'text-bg-light border border-primary' },
  UNCLAIM: { label: '放弃认领', badge: 'text-bg-light border' },
  DELEGATE: { label: '委派', badge: 'text-bg-light border border-info' },
  RESOLVE: { label: '答复委派', badge: 'text-bg-light border border-info' },
  ADD_SIGNER: { label: '加签', badge: 'text-bg-light border border-success' },
  REMOVE_SIGNER: { label: '减签', badge: 'text-bg-light border border-success' },
  CC: { label: '抄送', badge: 'text-bg-light border' },
  REMIND: { label: '催办', badge: 'text-bg-warning' },
  TAKE_BACK: { label: '撤回审批', badge: 'text-bg-secondary' },
};

export const ROLES = {
  UNIT_STAFF: '经办人',
  UNIT_HEAD: '单位负责人',
  BUREAU_REVIEWER: '机关事务综合审核',
  BUREAU_VEHICLE: '公务用车管理',
  BUREAU_ASSET: '资产与公物仓管理',
  BUREAU_DIRECTOR: '机关事务局领导',
  FINANCE: '财政部门',
  DRC: '发展改革部门',
  GOVERNMENT: '本级政府',
  ADMIN: '系统管理员',
};

/** The process families of api.md, for filters shown to users who cannot start them. */
export const PROCESSES = {
  'office-space-construction': '办公用房新建、扩建、改建、购置',
  'office-space-lease': '办公用房租用、借用、置换',
  'office-repair': '办公用房维修改造',
  'vehicle-purchase': '公务用车配备更新',
  'plan-change': '保障年度计划调整',
  'asset-transfer': '闲置资产调剂与公物仓',
};

/** Labels of step-form fields, for the timeline (the detail API gives their values only). */
export const STEP_FIELDS = {
  opinionNecessity: '建设必要性意见',
  opinionStandard: '建设标准意见',
  opinionLocation: '建设地点意见',
  opinionFunding: '资金来源意见',
  supplier: '供应商',
  finalPrice: '成交价格（万元）',
  plate: '号牌',
  completedOn: '完工日期',
  actualCost: '实际费用（万元）',
  allocatedAssets: '调配资产',
  receivedBy: '接收人',
};

/** `sx.BUREAU_REVIEWER` → 机关事务综合审核 (the government or unit code stays out of sight). */
export function groupLabel(group) {
  if (group === 'camunda-admin') {
    return ROLES.ADMIN;
  }
  const role = group.slice(group.lastIndexOf('.') + 1);
  return ROLES[role] || group;
}

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hour12: false,
});

/**
 * Business times are Beijing time: a value with an offset (java.util.Date) is shown in
 * Asia/Shanghai; a value without one (LocalDateTime) already is Beijing time and is shown as is.
 */
export function dateTime(value) {
  if (!value) {
    return '';
  }
  const text = String(value);
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const parts = Object.fromEntries(shanghai.formatToParts(new Date(text)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
  }
  return text.replace('T', ' ').slice(0, 16);
}

export function date(value) {
  return dateTime(value).slice(0, 10);
}

/** Shows a form value of a field description in words: option labels, 是/否, units, lists. */
export function fieldValue(field, value) {
  if (value === undefined || value === null || value === '') {
    return '—';
  }
  switch (field && field.type) {
    case 'BOOLEAN':
      return value === true || value === 'true' ? '是' : '否';
    case 'ENUM':
      return optionLabel(field, value);
    case 'MULTI_ENUM':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join('、');
    case 'TEXT_LIST':
      return (Array.isArray(value) ? value : [value]).join('、');
    case 'NUMBER':
    case 'INTEGER':
      return field.unit ? `${value} ${field.unit}` : String(value);
    default:
      return Array.isArray(value) ? value.join('、') : String(value);
  }
}

function optionLabel(field, value) {
  const option = (field.options || []).find((o) => o.value === value);
  return option ? option.label : String(value);
}

/**
 * Labels of the figures a check records (审查数据), for the labelled table of the case page; a fact
 * named like a form field takes the form's label instead.
 */
export const FACT_LABELS = {
  acquisitionType: '配备方式', activeVehicles: '在用车辆数', addedBuildingArea: '新增建筑面积',
  addedOfficeRoomArea: '新增办公室用房面积', addedBasicOfficeArea: '新增基本办公用房使用面积', affectedArea: '涉及面积', after: '调整后', before: '调整前',
  ageMonths: '已使用月数', ageReached: '已达使用年限', ageYears: '已使用年数', agencyLand: '机关用地',
  allocationStandard: '配置标准', appliedPrice: '申请价格', area: '面积', assetCount: '资产数量',
  assetValue: '资产价值', assets: '资产', available: '可调剂数量', brand: '品牌', building: '楼宇',
  buildingArea: '建筑面积', buildingCompletedYear: '建成年份', cap: '上限', categories: '类别', category: '类别',
  ceiling: '预算上限', code: '编号', coefficient: '系数', consentBy: '同意机关', count: '数量',
  currentYear: '当前年份', damagedBeyondRepair: '已毁损无法修复', description: '项目说明',
  domesticBrand: '国产自主品牌', energyType: '能源类型', estimatedCost: '估算投资', existingItems: '调整现有项目数',
  finalPrice: '成交价格', fittingSpaces: '符合条件的房源', formula: '计算方法', government: '本级政府',
  governmentApprovalCost: '须本级政府审批的费用', held: '现有数量', highRise: '高层建筑', holder: '现使用单位',
  idleSpaces: '闲置房源', increase: '增加', intervalYears: '间隔年限', itemId: '计划项目',
  lastMajorRepairYear: '上次大中修年份', leasedOfficeArea: '租用办公面积', lines: '调整明细',
  luxuryOptions: '高档配置', madeInChina: '境内生产', mileageKm: '行驶里程（公里）', mileageReached: '已达里程',
  minLifeYears: '最低使用年限', minMileageKm: '更新里程（公里）', minYears: '最低年限', minimumYears: '最低年限',
  mode: '方式', model: '车型', needsBureau: '须机关事务管理部门审核', needsGovernmentApproval: '须本级政府审批',
  newEnergy: '新能源', newItems: '新增项目数', officeRoomArea: '办公室用房面积', pendingCase: '在办申请',
  planId: '计划', planItems: '计划项目', plate: '号牌', price: '价格', problem: '问题', problemCount: '问题数',
  projected: '申请后', purchaseDate: '购置日期', quota: '编制数', ratio: '比例', reached: '已达到',
  reachedOn: '达到日期', reasons: '理由', referenceYear: '参照年份',
  registeredLastMajorRepairYear: '登记的上次大中修年份', repairCostPerArea: '单位面积维修费用',
  repairType: '维修类型', replacedPlate: '被更新车辆号牌', replacedStatus: '被更新车辆状态', requested: '申请数量',
  requestedArea: '申请面积', requests: '领用需求', source: '来源', staff: '编制人数', status: '状态',
  supplier: '供应商', threshold: '限额', today: '今天', totalAfter: '调整后计划总额', totalBefore: '调整前计划总额',
  totalOriginalValue: '原值合计', transferType: '事项类型', unit: '单位', unitCode: '单位', unknownItemIds: '不属于本计划的项目',
  usableArea: '使用面积', usableAreaCoefficient: '使用面积系数', usesAgencyLand: '使用机关用地',
  vehiclesAfter: '配备后车辆数', year: '年度', newAmount: '调整后金额', quantity: '数量', name: '名称',
  originalValue: '原值', AGING: '使用年限', minimumServiceLife: '最低使用年限', label: '名称',
};

/** A fact's name in words: the form's label, the table above, or — never a key — 其他数据. */
export function factLabel(key, fields) {
  const field = (fields || []).find((f) => f.name === key);
  if (field) {
    return field.label;
  }
  return FACT_LABELS[key] || '其他数据';
}

/** A fact's value in words: 是/否, option names of a form field, lists and records spelled out. */
export function factValue(key, value, fields) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'boolean') {
    return value ? '是' : '否';
  }
  const field = (fields || []).find((f) => f.name === key);
  if (Array.isArray(value)) {
    if (!value.length) {
      return '无';
    }
    return value.map((v) => factValue(key, v, fields)).join(typeof value[0] === 'object' ? '；' : '、');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${factLabel(k, fields)} ${factValue(k, v, fields)}`).join('，');
  }
  if (field && field.options) {
    const option = field.options.find((o) => o.value === String(value));
    if (option) {
      return option.label;
    }
  }
  return String(value);
}

// Labels and formats shared by the views. What users read is Chinese; codes stay codes.

export const STATUS = {
  RUNNING: { label: '审批中', badge: 'text-bg-primary' },
  RETURNED: { label: '已退回待修改', badge: 'text-bg-warning' },
  APPROVED: { label: '已批准', badge: 'text-bg-success' },
  REJECTED: { label: '未批准', badge: 'text-bg-danger' },
  WITHDRAWN: { label: '已撤回', badge: 'text-bg-secondary' },
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

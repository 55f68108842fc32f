// 审批记录: who did what at which step, their comment, opinions given with the decision, overrides.
import { dateTime, STEP_FIELDS } from '../format.js';

// task actions keep their facts (ids) for API clients; their comment already says it in words
const ACTIONS = ['TRANSFER', 'REASSIGN', 'UNCLAIM', 'DELEGATE', 'RESOLVE', 'ADD_SIGNER', 'REMOVE_SIGNER', 'CC', 'REMIND',
  'TAKE_BACK'];

export default {
  name: 'Timeline',
  props: {
    entries: { type: Array, default: () => [] },
  },
  emits: [],
  setup() {
    const stepForm = (e) => (ACTIONS.includes(e.decision) ? null : e.form);
    const formEntries = (form) => (form && typeof form === 'object' ? Object.entries(form) : [])
      .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => ({ key: k, label: STEP_FIELDS[k] || k, value: Array.isArray(v) ? v.join('、') : String(v) }));
    return { dateTime, formEntries, stepForm };
  },
  template: `
    <div>
      <div v-if="!entries.length" class="text-secondary small">暂无记录。</div>
      <ol v-else class="timeline list-unstyled mb-0">
        <li v-for="(e, i) in entries" :key="i" :class="['timeline-entry', 'decision-' + e.decision]"
            :data-decision="e.decision" :data-step="e.stepKey">
          <div class="d-flex flex-wrap align-items-center gap-2">
            <span class="fw-semibold">{{ e.step }}</span>
            <status-badge kind="decision" :value="e.decision" :label="e.decisionLabel"></status-badge>
            <span v-if="e.override" class="badge text-bg-danger override-badge"
                  title="该申请有不符合标准的审查结果，审批人在意见中说明理由后同意">越标准批准</span>
            <span class="text-secondary small ms-auto">{{ e.user || e.userId }} · {{ dateTime(e.at) }}</span>
          </div>
          <div v-if="e.comment" class="timeline-comment pre-line">{{ e.comment }}</div>
          <dl v-if="formEntries(stepForm(e)).length" class="row small mb-0 mt-1">
            <template v-for="f in formEntries(stepForm(e))" :key="f.key">
              <dt class="col-sm-3 text-secondary fw-normal">{{ f.label }}</dt>
              <dd class="col-sm-9 mb-1 pre-line">{{ f.value }}</dd>
            </template>
          </dl>
        </li>
      </ol>
    </div>
  `,
};

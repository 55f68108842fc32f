// 审批记录: who did what at which step, their comment, opinions given with the decision, overrides.
// Each entry's form comes from the server already in words (`fields`: the form's labels and option
// names); a plan change's before → after appears under its latest submission.
import { dateTime } from '../format.js';

export default {
  name: 'Timeline',
  props: {
    entries: { type: Array, default: () => [] },
    comparison: { type: Object, default: null },
  },
  emits: [],
  setup(props) {
    const formEntries = (e) => e.fields || [];
    const lastSubmission = () => {
      for (let i = props.entries.length - 1; i >= 0; i -= 1) {
        if (props.entries[i].decision === 'SUBMIT' || props.entries[i].decision === 'RESUBMIT') {
          return i;
        }
      }
      return -1;
    };
    const showsComparison = (i) => !!props.comparison && i === lastSubmission();
    return { dateTime, formEntries, showsComparison };
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
            <span class="text-secondary small ms-auto">{{ e.userId === 'system' ? '系统自动' : (e.user || e.userId) }} · {{ dateTime(e.at) }}</span>
          </div>
          <div v-if="e.comment" class="timeline-comment pre-line">{{ e.comment }}</div>
          <div v-if="showsComparison(i)" class="timeline-comparison mt-1">
            <comparison-table :comparison="comparison" :compact="true"></comparison-table>
          </div>
          <dl v-if="formEntries(e).length" class="row small mb-0 mt-1">
            <template v-for="(f, n) in formEntries(e)" :key="n">
              <dt class="col-sm-3 text-secondary fw-normal">{{ f.label }}</dt>
              <dd class="col-sm-9 mb-1 pre-line">{{ f.value }}</dd>
            </template>
          </dl>
        </li>
      </ol>
    </div>
  `,
};

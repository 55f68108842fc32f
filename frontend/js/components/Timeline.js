// 审批记录: who did what at which step, their comment, opinions given with the decision, overrides.
// Each entry's form comes from the server already in words (`fields`: the form's labels and option
// names); a plan change's before → after appears under its latest submission. The steps the engine
// did by itself (`automatic`: checks, register writes, automatic send-backs) appear among them by time.
import { computed } from 'vue';
import { dateTime } from '../format.js';

export default {
  name: 'Timeline',
  props: {
    entries: { type: Array, default: () => [] },
    comparison: { type: Object, default: null },
    automatic: { type: Array, default: () => [] },
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
    const time = (at) => Date.parse(at) || 0;
    /** People's entries (with their index) and automatic steps, merged by time, people first on a tie. */
    const rows = computed(() => {
      const out = [];
      let a = 0;
      props.entries.forEach((e, i) => {
        while (a < props.automatic.length && time(props.automatic[a].at) < time(e.at)) {
          out.push({ auto: props.automatic[a], key: `a${a}` });
          a += 1;
        }
        out.push({ e, i, key: `e${i}` });
      });
      props.automatic.slice(a).forEach((step, n) => out.push({ auto: step, key: `a${a + n}` }));
      return out;
    });
    return { dateTime, formEntries, showsComparison, rows };
  },
  template: `
    <div>
      <div v-if="!rows.length" class="text-secondary small">暂无记录。</div>
      <ol v-else class="timeline list-unstyled mb-0">
        <template v-for="r in rows" :key="r.key">
        <li v-if="r.auto" class="timeline-entry timeline-automatic decision-AUTOMATIC" data-decision="AUTOMATIC"
            :data-step="r.auto.stepKey">
          <div class="d-flex flex-wrap align-items-center gap-2">
            <span class="fw-semibold">{{ r.auto.step }}</span>
            <span class="badge text-bg-light border">自动步骤</span>
            <span class="text-secondary small ms-auto">系统自动 · {{ dateTime(r.auto.at) }}</span>
          </div>
          <div class="timeline-comment small text-secondary">{{ r.auto.outcome }}</div>
        </li>
        <li v-else :class="['timeline-entry', 'decision-' + r.e.decision]"
            :data-decision="r.e.decision" :data-step="r.e.stepKey">
          <div class="d-flex flex-wrap align-items-center gap-2">
            <span class="fw-semibold">{{ r.e.step }}</span>
            <status-badge kind="decision" :value="r.e.decision" :label="r.e.decisionLabel"></status-badge>
            <span v-if="r.e.override" class="badge text-bg-danger override-badge"
                  title="该申请有不符合标准的审查结果，审批人在意见中说明理由后同意">越标准批准</span>
            <span class="text-secondary small ms-auto">{{ r.e.userId === 'system' ? '系统自动' : (r.e.user || r.e.userId) }} · {{ dateTime(r.e.at) }}</span>
          </div>
          <div v-if="r.e.comment" class="timeline-comment pre-line">{{ r.e.comment }}</div>
          <div v-if="showsComparison(r.i)" class="timeline-comparison mt-1">
            <comparison-table :comparison="comparison" :compact="true"></comparison-table>
          </div>
          <dl v-if="formEntries(r.e).length" class="row small mb-0 mt-1">
            <template v-for="(f, n) in formEntries(r.e)" :key="n">
              <dt class="col-sm-3 text-secondary fw-normal">{{ f.label }}</dt>
              <dd class="col-sm-9 mb-1 pre-line">{{ f.value }}</dd>
            </template>
          </dl>
        </li>
        </template>
      </ol>
    </div>
  `,
};

// 标准审查: one row per rule, the verdict as a badge, the message with its numbers and the basis cited.
import { computed } from 'vue';
import { dateTime, factLabel, factValue } from '../format.js';

export default {
  name: 'ChecksTable',
  props: {
    checks: { type: Array, default: () => [] },
    // the application form's fields: facts named like them take their labels and option names
    fields: { type: Array, default: () => [] },
  },
  emits: [],
  setup(props) {
    const counts = computed(() => {
      const c = { PASS: 0, WARN: 0, FAIL: 0, NOT_APPLICABLE: 0 };
      props.checks.forEach((check) => {
        c[check.verdict] = (c[check.verdict] || 0) + 1;
      });
      return c;
    });
    const hasFacts = (check) => check.facts && typeof check.facts === 'object' && Object.keys(check.facts).length > 0;
    // 审查数据 as label → value rows, every value in words (no JSON, no keys)
    const allFields = computed(() => props.fields.flatMap((f) => [f, ...(f.fields || [])]));
    const factRows = (facts) => Object.entries(facts)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => ({ key: k, label: factLabel(k, allFields.value), value: factValue(k, v, allFields.value) }));
    return { counts, hasFacts, factRows, dateTime };
  },
  template: `
    <div>
      <div v-if="!checks.length" class="text-secondary small">暂无审查结果。</div>
      <template v-else>
        <div class="d-flex gap-2 mb-2 small check-summary">
          <span class="badge text-bg-success">符合 {{ counts.PASS }}</span>
          <span class="badge text-bg-warning">提示 {{ counts.WARN }}</span>
          <span class="badge text-bg-danger">不符合 {{ counts.FAIL }}</span>
          <span v-if="counts.NOT_APPLICABLE" class="badge text-bg-secondary">不适用 {{ counts.NOT_APPLICABLE }}</span>
        </div>
        <div class="table-responsive">
          <table class="table table-sm align-middle mb-0 checks-table">
            <thead class="table-light">
              <tr>
                <th class="text-nowrap">审查项目</th>
                <th class="text-nowrap">结论</th>
                <th>说明</th>
                <th>依据</th>
              </tr>
            </thead>
            <tbody>
              <tr v-for="c in checks" :key="c.rule + c.checkedAt" :data-rule="c.rule" :data-verdict="c.verdict"
                  :class="{ 'table-danger': c.verdict === 'FAIL', 'table-warning': c.verdict === 'WARN' }">
                <td class="text-nowrap">{{ c.ruleName || c.rule }}</td>
                <td><status-badge kind="verdict" :value="c.verdict"></status-badge></td>
                <td>
                  <div class="check-message">{{ c.message }}</div>
                  <details v-if="hasFacts(c)" class="small text-secondary mt-1">
                    <summary>审查数据（{{ dateTime(c.checkedAt) }}）</summary>
                    <table class="table table-sm table-borderless mb-0 facts">
                      <tbody>
                        <tr v-for="f in factRows(c.facts)" :key="f.key">
                          <th scope="row" class="fw-normal text-secondary text-nowrap pe-2">{{ f.label }}</th>
                          <td class="pre-line">{{ f.value }}</td>
                        </tr>
                      </tbody>
                    </table>
                  </details>
                </td>
                <td class="small check-basis">{{ c.basis }}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </template>
    </div>
  `,
};

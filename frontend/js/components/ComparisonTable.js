// 调整前后对比: what a case changes in a register, line by line — before → after, the difference, a
// warning on every line that goes down — and the totals beside them (plan total, ceiling).
import { amountText } from '../options.js';

export default {
  name: 'ComparisonTable',
  props: {
    comparison: { type: Object, required: true },
    compact: { type: Boolean, default: false },
  },
  emits: [],
  setup() {
    return { amountText };
  },
  template: `
    <div class="comparison" :data-comparison="comparison.title">
      <div v-if="comparison.lines.length" class="table-responsive">
        <table class="table table-sm align-middle mb-2 comparison-table">
          <thead class="table-light">
            <tr><th>项目</th><th class="text-end">调整前</th><th class="text-end">调整后</th><th class="text-end">差额</th></tr>
          </thead>
          <tbody>
            <tr v-for="(l, i) in comparison.lines" :key="i" :class="{ 'table-warning': l.decrease }"
                :data-line="l.label" :data-decrease="l.decrease">
              <td>
                <div class="fw-semibold">{{ l.label }}</div>
                <div v-if="l.detail && !compact" class="small text-secondary">{{ l.detail }}</div>
              </td>
              <td class="text-end text-nowrap line-before">{{ amountText(l.before) }} {{ l.unit }}</td>
              <td class="text-end text-nowrap line-after">→ {{ amountText(l.after) }} {{ l.unit }}</td>
              <td class="text-end text-nowrap line-difference" :class="l.decrease ? 'text-danger fw-semibold' : ''">
                {{ amountText(l.difference, true) }} {{ l.unit }}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="d-flex flex-wrap gap-3 small comparison-figures">
        <span v-for="f in comparison.figures" :key="f.name" :data-figure="f.name">
          {{ f.label }} <b>{{ amountText(f.value) }}</b> {{ f.unit }}
        </span>
      </div>
      <ul v-if="comparison.warnings.length" class="list-unstyled small text-danger mb-0 mt-2 comparison-warnings">
        <li v-for="(w, i) in comparison.warnings" :key="i">⚠ {{ w }}</li>
      </ul>
      <div v-if="comparison.note && !compact" class="small text-secondary mt-1">{{ comparison.note }}</div>
    </div>
  `,
};

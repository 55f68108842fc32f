// A coloured badge for an application status, a check verdict or a decision.
import { computed } from 'vue';
import { STATUS, VERDICT, DECISION } from '../format.js';

const KINDS = { status: STATUS, verdict: VERDICT, decision: DECISION };

export default {
  name: 'StatusBadge',
  props: {
    kind: { type: String, default: 'status' },
    value: { type: String, default: null },
    label: { type: String, default: null },
  },
  emits: [],
  setup(props) {
    const entry = computed(() => (KINDS[props.kind] || {})[props.value] || { label: props.value, badge: 'text-bg-light' });
    return { entry };
  },
  template: `
    <span v-if="value" :class="['badge', entry.badge]" :data-value="value">{{ label || entry.label }}</span>
  `,
};

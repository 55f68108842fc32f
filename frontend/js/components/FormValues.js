// Shows a submitted form with the labels of its description: options as words, units, lists as tables.
import { fieldValue } from '../format.js';

export default {
  name: 'FormValues',
  props: {
    fields: { type: Array, default: () => [] },
    values: { type: Object, default: () => ({}) },
    // names of register rows held by id: field name → value → name (the case's valueLabels)
    valueLabels: { type: Object, default: () => ({}) },
  },
  emits: [],
  setup(props) {
    const present = (v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);
    const shown = (field, value) => {
      const names = props.valueLabels[field.name];
      return names && value !== undefined && value !== null && names[String(value)] !== undefined
        ? names[String(value)] : fieldValue(field, value);
    };
    return { fieldValue: shown, present };
  },
  template: `
    <dl class="row mb-0 form-values">
      <template v-for="field in fields" :key="field.name">
        <dt class="col-sm-4 col-lg-3 text-secondary fw-normal" :data-label-for="field.name">{{ field.label }}</dt>
        <dd class="col-sm-8 col-lg-9" :data-value-of="field.name">
          <template v-if="field.type === 'LIST'">
            <span v-if="!present(values[field.name])">—</span>
            <div v-else class="table-responsive">
              <table class="table table-sm table-bordered mb-0 small">
                <thead class="table-light">
                  <tr><th>#</th><th v-for="sub in field.fields" :key="sub.name">{{ sub.label }}</th></tr>
                </thead>
                <tbody>
                  <tr v-for="(item, i) in values[field.name]" :key="i">
                    <td>{{ i + 1 }}</td>
                    <td v-for="sub in field.fields" :key="sub.name">{{ fieldValue(sub, item[sub.name]) }}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </template>
          <span v-else :class="{ 'pre-line': field.type === 'TEXTAREA' }">{{ fieldValue(field, values[field.name]) }}</span>
        </dd>
      </template>
    </dl>
  `,
};

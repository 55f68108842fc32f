// Renders a form description of the API (fields with type, label, options, unit, help) and edits
// the given `values` object in place. Field errors come keyed by path, e.g. `changes[1].itemId`,
// and appear under the field they name; a LIST renders its items with this component again.

/** Empty values for a form, or a deep copy of `existing` completed with empty values. */
export function initialValues(fields, existing) {
  const values = {};
  (fields || []).forEach((field) => {
    const current = existing ? existing[field.name] : undefined;
    values[field.name] = initialValue(field, current);
  });
  return values;
}

function initialValue(field, current) {
  switch (field.type) {
    case 'BOOLEAN':
      return current === true || current === false ? current : null;
    case 'MULTI_ENUM':
      return Array.isArray(current) ? [...current] : [];
    case 'TEXT_LIST':
      return Array.isArray(current) && current.length ? current.map(String) : [''];
    case 'LIST':
      if (Array.isArray(current) && current.length) {
        return current.map((item) => initialValues(field.fields, item));
      }
      return field.required ? [initialValues(field.fields)] : [];
    default:
      return current === undefined || current === null ? '' : current;
  }
}

/** The JSON the API takes: empty inputs left out, so that the server names every missing one. */
export function formPayload(fields, values) {
  const payload = {};
  (fields || []).forEach((field) => {
    const value = values[field.name];
    switch (field.type) {
      case 'BOOLEAN':
        if (value === true || value === false) {
          payload[field.name] = value;
        }
        break;
      case 'MULTI_ENUM':
        payload[field.name] = Array.isArray(value) ? [...value] : [];
        break;
      case 'TEXT_LIST':
        payload[field.name] = (value || []).map((v) => String(v).trim()).filter((v) => v !== '');
        break;
      case 'LIST':
        payload[field.name] = (value || []).map((item) => formPayload(field.fields, item));
        break;
      default:
        if (value !== '' && value !== null && value !== undefined) {
          payload[field.name] = typeof value === 'string' ? value.trim() : value;
        }
    }
  });
  return payload;
}

const WIDE = ['TEXTAREA', 'MULTI_ENUM', 'TEXT_LIST', 'LIST'];

export default {
  name: 'DynamicForm',
  props: {
    fields: { type: Array, required: true },
    values: { type: Object, required: true },
    errors: { type: Object, default: () => ({}) },
    prefix: { type: String, default: '' },
    disabled: { type: Boolean, default: false },
    // 预审 verdicts by field name: [{rule, ruleName, verdict, message, basis}], shown under the field
    verdicts: { type: Object, default: () => ({}) },
  },
  emits: [],
  setup(props) {
    const path = (field) => props.prefix + field.name;
    const inputId = (field) => `field-${(props.prefix + field.name).replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const error = (field) => props.errors[path(field)];
    const column = (field) => (WIDE.includes(field.type) ? 'col-12' : 'col-md-6');

    function touched(field) {
      // the message no longer applies once the user changes the field
      if (props.errors[path(field)]) {
        delete props.errors[path(field)];
      }
    }

    function addItem(field) {
      props.values[field.name].push(initialValues(field.fields));
    }

    function removeItem(field, index) {
      props.values[field.name].splice(index, 1);
    }

    function addLine(field) {
      props.values[field.name].push('');
    }

    function removeLine(field, index) {
      props.values[field.name].splice(index, 1);
      if (!props.values[field.name].length) {
        props.values[field.name].push('');
      }
    }

    function toggle(field, value, checked) {
      const list = props.values[field.name];
      const at = list.indexOf(value);
      if (checked && at < 0) {
        list.push(value);
      } else if (!checked && at >= 0) {
        list.splice(at, 1);
      }
      touched(field);
    }

    const verdictLabel = (v) => ({ PASS: '符合', WARN: '提示', FAIL: '不符合', NA: '不适用' }[v] || v);
    return { verdictLabel, path, inputId, error, column, touched, addItem, removeItem, addLine, removeLine, toggle };
  },
  template: `
    <div class="row g-3 dynamic-form">
      <div v-for="field in fields" :key="field.name" :class="column(field)" :data-field="path(field)">
        <label v-if="field.type !== 'BOOLEAN' && field.type !== 'MULTI_ENUM'" class="form-label" :for="inputId(field)">
          {{ field.label }}<span v-if="field.required" class="text-danger ms-1" title="必填">*</span>
        </label>
        <div v-else class="form-label">
          {{ field.label }}<span v-if="field.required" class="text-danger ms-1" title="必填">*</span>
        </div>

        <!-- TEXT -->
        <div v-if="field.type === 'TEXT'" :class="{ 'input-group': field.unit, 'has-validation': field.unit }">
          <input type="text" class="form-control" :class="{ 'is-invalid': error(field) }" :id="inputId(field)"
                 :name="path(field)" v-model="values[field.name]" :maxlength="field.maxLength || null"
                 :disabled="disabled" @input="touched(field)">
          <span v-if="field.unit" class="input-group-text">{{ field.unit }}</span>
        </div>

        <!-- TEXTAREA -->
        <textarea v-else-if="field.type === 'TEXTAREA'" class="form-control" rows="3"
                  :class="{ 'is-invalid': error(field) }" :id="inputId(field)" :name="path(field)"
                  v-model="values[field.name]" :maxlength="field.maxLength || null" :disabled="disabled"
                  @input="touched(field)"></textarea>

        <!-- NUMBER, INTEGER -->
        <div v-else-if="field.type === 'NUMBER' || field.type === 'INTEGER'" class="input-group has-validation">
          <input type="number" class="form-control" :class="{ 'is-invalid': error(field) }" :id="inputId(field)"
                 :name="path(field)" v-model="values[field.name]" :step="field.type === 'INTEGER' ? 1 : 'any'"
                 :min="field.min ?? null" :max="field.max ?? null" :disabled="disabled" inputmode="decimal"
                 @input="touched(field)">
          <span v-if="field.unit" class="input-group-text">{{ field.unit }}</span>
        </div>

        <!-- DATE -->
        <input v-else-if="field.type === 'DATE'" type="date" class="form-control"
               :class="{ 'is-invalid': error(field) }" :id="inputId(field)" :name="path(field)"
               v-model="values[field.name]" :disabled="disabled" @input="touched(field)">

        <!-- ENUM -->
        <select v-else-if="field.type === 'ENUM'" class="form-select" :class="{ 'is-invalid': error(field) }"
                :id="inputId(field)" :name="path(field)" v-model="values[field.name]" :disabled="disabled"
                @change="touched(field)">
          <option value="">请选择</option>
          <option v-for="o in field.options" :key="o.value" :value="o.value">{{ o.label }}</option>
        </select>

        <!-- BOOLEAN -->
        <div v-else-if="field.type === 'BOOLEAN'" :class="['boolean-choice', { 'is-invalid': error(field) }]">
          <div class="form-check form-check-inline">
            <input class="form-check-input" type="radio" :id="inputId(field) + '-yes'" :name="path(field)"
                   :value="true" v-model="values[field.name]" :disabled="disabled" @change="touched(field)">
            <label class="form-check-label" :for="inputId(field) + '-yes'">是</label>
          </div>
          <div class="form-check form-check-inline">
            <input class="form-check-input" type="radio" :id="inputId(field) + '-no'" :name="path(field)"
                   :value="false" v-model="values[field.name]" :disabled="disabled" @change="touched(field)">
            <label class="form-check-label" :for="inputId(field) + '-no'">否</label>
          </div>
        </div>

        <!-- MULTI_ENUM -->
        <div v-else-if="field.type === 'MULTI_ENUM'" class="multi-choice">
          <div v-for="o in field.options" :key="o.value" class="form-check form-check-inline">
            <input class="form-check-input" type="checkbox" :id="inputId(field) + '-' + o.value" :name="path(field)"
                   :value="o.value" :checked="values[field.name].includes(o.value)" :disabled="disabled"
                   @change="toggle(field, o.value, $event.target.checked)">
            <label class="form-check-label" :for="inputId(field) + '-' + o.value">{{ o.label }}</label>
          </div>
        </div>

        <!-- TEXT_LIST -->
        <div v-else-if="field.type === 'TEXT_LIST'" class="text-list">
          <div v-for="(line, i) in values[field.name]" :key="i" class="input-group input-group-sm mb-1">
            <span class="input-group-text">{{ i + 1 }}</span>
            <input type="text" class="form-control" :class="{ 'is-invalid': error(field) }"
                   :id="i === 0 ? inputId(field) : null" :name="path(field) + '[' + i + ']'"
                   v-model="values[field.name][i]" :maxlength="field.maxLength || null" :disabled="disabled"
                   @input="touched(field)">
            <button type="button" class="btn btn-outline-secondary" title="删除此项" :disabled="disabled"
                    @click="removeLine(field, i)">删除</button>
          </div>
          <button type="button" class="btn btn-sm btn-outline-primary" :disabled="disabled" @click="addLine(field)">
            添加一项
          </button>
        </div>

        <!-- LIST of objects -->
        <div v-else-if="field.type === 'LIST'" class="object-list">
          <div v-for="(item, i) in values[field.name]" :key="i" class="card mb-2 list-item"
               :data-item="path(field) + '[' + i + ']'">
            <div class="card-header py-1 d-flex align-items-center justify-content-between">
              <span class="small fw-semibold">第 {{ i + 1 }} 项</span>
              <button type="button" class="btn btn-sm btn-link text-danger p-0" :disabled="disabled"
                      @click="removeItem(field, i)">删除此项</button>
            </div>
            <div class="card-body py-2">
              <div v-if="errors[path(field) + '[' + i + ']']" class="text-danger small mb-2 field-error"
                   :data-error-for="path(field) + '[' + i + ']'">{{ errors[path(field) + '[' + i + ']'] }}</div>
              <dynamic-form :fields="field.fields" :values="item" :errors="errors"
                            :prefix="path(field) + '[' + i + '].'" :disabled="disabled"></dynamic-form>
            </div>
          </div>
          <button type="button" class="btn btn-sm btn-outline-primary" :disabled="disabled" @click="addItem(field)">
            添加一项
          </button>
        </div>

        <div v-else class="text-secondary small">（不支持的字段类型 {{ field.type }}）</div>

        <div v-if="field.help" class="form-text">{{ field.help }}</div>
        <div v-if="error(field)" class="invalid-feedback d-block field-error" :data-error-for="path(field)">
          {{ error(field) }}
        </div>
        <div v-for="v in (verdicts[path(field)] || [])" :key="v.rule"
             :class="['field-verdict', 'small', 'verdict-' + v.verdict]" :data-verdict-for="path(field)"
             :data-rule="v.rule" :data-verdict="v.verdict">
          <span :class="['badge', 'me-1', v.verdict === 'FAIL' ? 'text-bg-danger' : v.verdict === 'WARN' ? 'text-bg-warning' : v.verdict === 'PASS' ? 'text-bg-success' : 'text-bg-secondary']">{{ verdictLabel(v.verdict) }}</span>
          <span class="verdict-message">{{ v.message }}</span>
          <span class="d-block text-secondary verdict-basis">依据：{{ v.basis }}</span>
        </div>
      </div>
    </div>
  `,
};

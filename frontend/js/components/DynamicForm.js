// Renders a form description of the API (fields with type, label, options, unit, help) and edits
// the given `values` object in place. Field errors come keyed by path, e.g. `changes[1].itemId`,
// and appear under the field they name; a LIST renders its items with this component again.
// A field with `x-options-source` offers the rows of a register (the unit's plan items, cars,
// assets, the warehouse's stock) with their names and current figures instead of a typed code;
// with `compare` the chosen row's figure is shown before → after against the sibling field.
import { computed, inject, provide, watchEffect } from 'vue';
import { optionSets, optionsKey, ensureOptions, amountText, halfWidth } from '../options.js';
import { notApplicable } from '../schema.js';

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
    if (notApplicable(field, values)) {
      return; // hidden: what it held is not sent
    }
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
      case 'NUMBER':
      case 'INTEGER':
        if (value !== '' && value !== null && value !== undefined) {
          payload[field.name] = toNumber(value);
        }
        break;
      default:
        if (value !== '' && value !== null && value !== undefined) {
          payload[field.name] = typeof value === 'string' ? value.trim() : value;
        }
    }
  });
  return payload;
}

/** A number as typed (full-width digits too), or the text itself when it is not one. */
export function toNumber(value) {
  if (typeof value === 'number') {
    return value;
  }
  const text = halfWidth(value).trim();
  if (text === '') {
    return '';
  }
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : String(value).trim();
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
    // the top-level values, whose fields parameterise the option sources of nested fields
    const rootValues = props.prefix === '' ? () => props.values : inject('formRoot', () => props.values);
    if (props.prefix === '') {
      provide('formRoot', rootValues);
    }
    const sourceKey = (field) => optionsKey(field.optionsSource, rootValues());
    watchEffect(() => {
      props.fields.filter((f) => f.optionsSource).forEach((f) => ensureOptions(sourceKey(f)));
      props.fields.filter((f) => f.type === 'LIST').forEach((f) => (f.fields || [])
        .filter((sub) => sub.optionsSource).forEach((sub) => ensureOptions(sourceKey(sub))));
    });
    const optionSet = (field) => optionSets[sourceKey(field)] || null;
    const optionLabel = (o) => [o.label, o.detail !== o.label ? o.detail : null, o.amount !== undefined && o.amount !== null
      ? `现 ${amountText(o.amount)} ${o.unit || ''}`.trim() : null].filter(Boolean).join(' · ');
    const chosen = (field) => {
      const set = optionSet(field);
      const value = props.values[field.name];
      return set && value !== '' && value !== null && value !== undefined
        ? set.options.find((o) => o.value === String(value)) || null : null;
    };
    /** The chosen row's figure before and the sibling field's after, for `compare`. */
    const comparison = (field) => {
      const option = chosen(field);
      const after = toNumber(props.values[field.optionsSource.compare]);
      if (!option || typeof after !== 'number') {
        return null;
      }
      return { before: option.amount, after, difference: after - option.amount, unit: option.unit };
    };
    /** The plan total before → after for a LIST whose items compare a chosen row with a new figure. */
    const listTotals = (field) => {
      const sub = (field.fields || []).find((f) => f.optionsSource && f.optionsSource.compare);
      if (!sub) {
        return null;
      }
      const set = optionSets[optionsKey(sub.optionsSource, rootValues())];
      if (!set || !set.figures || !set.figures.length) {
        return null;
      }
      const figure = (name) => (set.figures.find((f) => f.name === name) || {}).value;
      const before = figure('total');
      let after = before;
      (props.values[field.name] || []).forEach((item) => {
        const value = toNumber(item[sub.optionsSource.compare]);
        if (typeof value !== 'number') {
          return;
        }
        const option = item[sub.name] !== '' && item[sub.name] !== null && item[sub.name] !== undefined
          ? set.options.find((o) => o.value === String(item[sub.name])) : null;
        after += value - (option ? option.amount : 0);
      });
      return { before, after, ceiling: figure('ceiling'), over: figure('ceiling') !== undefined && after > figure('ceiling') };
    };
    const pickedList = (field) => props.values[field.name].filter((v) => v !== '');
    function togglePick(field, value, checked) {
      const list = props.values[field.name];
      for (let i = list.length - 1; i >= 0; i -= 1) {
        if (list[i] === '') {
          list.splice(i, 1);
        }
      }
      toggle(field, value, checked);
    }
    // fields that do not apply to what is chosen are hidden (e.g. 排气量 of an electric car)
    const shownFields = computed(() => props.fields.filter((f) => !notApplicable(f, props.values)));
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
    return { verdictLabel, path, inputId, error, column, touched, addItem, removeItem, addLine, removeLine, toggle,
      shownFields, optionSet, optionLabel, comparison, listTotals, amountText, pickedList, togglePick };
  },
  template: `
    <div class="row g-3 dynamic-form">
      <div v-for="field in shownFields" :key="field.name" :class="column(field)" :data-field="path(field)">
        <label v-if="field.type !== 'BOOLEAN' && field.type !== 'MULTI_ENUM'" class="form-label" :for="inputId(field)">
          {{ field.label }}<span v-if="field.required" class="text-danger ms-1" title="必填">*</span>
        </label>
        <div v-else class="form-label">
          {{ field.label }}<span v-if="field.required" class="text-danger ms-1" title="必填">*</span>
        </div>

        <!-- a register row, picked: the select lists each row with its name and current figure -->
        <template v-if="field.optionsSource && field.type !== 'TEXT_LIST'">
          <select class="form-select" :class="{ 'is-invalid': error(field) }" :id="inputId(field)" :name="path(field)"
                  v-model="values[field.name]" :disabled="disabled || !optionSet(field)" @change="touched(field)"
                  :data-options-source="field.optionsSource.source">
            <option value="">{{ !optionSet(field) ? '正在加载…' : optionSet(field).options.length ? '请选择' : '没有可选的项目' }}</option>
            <option v-for="o in (optionSet(field) ? optionSet(field).options : [])" :key="o.value" :value="o.value">
              {{ optionLabel(o) }}
            </option>
          </select>
          <div v-if="optionSet(field) && optionSet(field).error" class="text-danger small">{{ optionSet(field).error }}</div>
          <div v-if="field.optionsSource.compare && comparison(field)" class="before-after small mt-1"
               :class="comparison(field).difference < 0 ? 'text-danger fw-semibold' : 'text-body'" :data-compare-for="path(field)">
            调整前 {{ amountText(comparison(field).before) }} → 调整后 {{ amountText(comparison(field).after) }} {{ comparison(field).unit }}，
            差额 {{ amountText(comparison(field).difference, true) }} {{ comparison(field).unit }}
            <span v-if="comparison(field).difference < 0" class="decrease-warning">（注意：该项目调减 {{ amountText(-comparison(field).difference) }} {{ comparison(field).unit }}）</span>
          </div>
        </template>

        <!-- TEXT -->
        <div v-else-if="field.type === 'TEXT'" :class="{ 'input-group': field.unit, 'has-validation': field.unit }">
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
          <input type="text" class="form-control" :class="{ 'is-invalid': error(field) }" :id="inputId(field)"
                 :name="path(field)" v-model="values[field.name]" :disabled="disabled"
                 :inputmode="field.type === 'INTEGER' ? 'numeric' : 'decimal'" autocomplete="off"
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

        <!-- TEXT_LIST of register rows: ticked from the list -->
        <div v-else-if="field.type === 'TEXT_LIST' && field.optionsSource" class="pick-list" :id="inputId(field)"
             :data-options-source="field.optionsSource.source">
          <div v-if="!optionSet(field)" class="text-secondary small">正在加载…</div>
          <div v-else-if="!optionSet(field).options.length" class="text-secondary small">没有可选的项目</div>
          <div v-else class="border rounded p-2 pick-options" :class="{ 'border-danger': error(field) }">
            <div v-for="o in optionSet(field).options" :key="o.value" class="form-check">
              <input class="form-check-input" type="checkbox" :id="inputId(field) + '-' + o.value" :name="path(field)"
                     :value="o.value" :checked="values[field.name].includes(o.value)" :disabled="disabled"
                     @change="togglePick(field, o.value, $event.target.checked)">
              <label class="form-check-label" :for="inputId(field) + '-' + o.value">{{ optionLabel(o) }}</label>
            </div>
          </div>
          <div class="small text-secondary mt-1 picked-count">已选 {{ pickedList(field).length }} 项</div>
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
          <div v-if="listTotals(field)" class="alert py-2 small mt-2 mb-0 plan-totals"
               :class="listTotals(field).over ? 'alert-danger' : 'alert-secondary'" :data-totals-for="path(field)">
            计划总额：调整前 {{ amountText(listTotals(field).before) }} 万元 → 调整后 {{ amountText(listTotals(field).after) }} 万元
            <span v-if="listTotals(field).ceiling !== undefined">；预算上限 {{ amountText(listTotals(field).ceiling) }} 万元</span>
            <span v-if="listTotals(field).over" class="fw-semibold">，调整后超过预算上限</span>
          </div>
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

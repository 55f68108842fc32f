// Forms as the server describes them: a JSON Schema (draft 2020-12) with our annotations —
// `title` (label), `x-field` (kind of input), `x-unit`, `description` (help), `x-options` (option
// labels), `x-messages` (what to say, by keyword) and `x-rule` (a rule across fields, as if/then).
// The portal renders its inputs from the schema and checks a form against it before sending it,
// with the server's own messages; the server checks again, with the rules that need its registers.

/** The inputs of a form, in order, from its schema. */
export function fieldsOf(schema) {
  const properties = (schema && schema.properties) || {};
  const required = new Set((schema && schema.required) || []);
  // a rule that forbids a field for some values of another: the field does not apply then
  const forbidden = {};
  ((schema && schema.allOf) || []).filter((r) => r.then && r.then.not).forEach((r) => {
    const when = Object.keys(r.if.properties)[0];
    const field = r['x-rule'].field;
    (forbidden[field] = forbidden[field] || []).push({ field: when, values: r.if.properties[when].enum });
  });
  return Object.entries(properties).map(([name, s]) => {
    const items = s.items || {};
    return {
      name,
      label: s.title || name,
      type: s['x-field'],
      required: required.has(name),
      unit: s['x-unit'] || null,
      help: s.description || null,
      options: s['x-options'] || items['x-options'] || null,
      min: s.exclusiveMinimum ?? s.minimum ?? null,
      minExclusive: s.exclusiveMinimum !== undefined,
      max: s.maximum ?? null,
      maxLength: s.maxLength ?? items.maxLength ?? null,
      fields: s['x-field'] === 'LIST' ? fieldsOf(items) : null,
      optionsSource: s['x-options-source'] || items['x-options-source'] || null,
      forbiddenWhen: forbidden[name] || [],
    };
  });
}

/** Whether a field does not apply to the values chosen (a rule forbids it for them). */
export function notApplicable(field, values) {
  return (field.forbiddenWhen || []).some((r) => values && r.values.includes(values[r.field]));
}

/** The errors of a form (as sent: blanks left out) against its schema, keyed by path like the server's. */
export function validate(schema, form) {
  const errors = {};
  checkObject(schema, form || {}, '', errors);
  return errors;
}

function put(errors, path, message) {
  if (message && !(path in errors)) {
    errors[path] = message;
  }
}

function checkObject(schema, value, prefix, errors) {
  const properties = schema.properties || {};
  (schema.required || []).forEach((name) => {
    if (value[name] === undefined || value[name] === null) {
      put(errors, prefix + name, (properties[name]['x-messages'] || {}).required);
    }
  });
  Object.entries(properties).forEach(([name, s]) => {
    if (value[name] !== undefined && value[name] !== null) {
      checkValue(s, value[name], prefix + name, errors);
    }
  });
  // a field wrong in itself is reported as such; a rule across fields comes after
  (schema.allOf || []).forEach((rule) => {
    const when = Object.keys(rule.if.properties)[0];
    if (value[when] === undefined || !rule.if.properties[when].enum.includes(value[when])) {
      return;
    }
    const field = rule['x-rule'].field;
    const given = value[field] !== undefined && value[field] !== null;
    const wanted = Array.isArray(rule.then.required);
    if (given !== wanted) {
      put(errors, prefix + field, rule['x-rule'].message);
    }
  });
}

function checkValue(s, value, path, errors) {
  const m = s['x-messages'] || {};
  switch (s.type) {
    case 'string':
      if (typeof value !== 'string') {
        put(errors, path, m.type);
      } else if (s.enum && !s.enum.includes(value)) {
        put(errors, path, m.enum);
      } else if (s.maxLength !== undefined && [...value].length > s.maxLength) {
        put(errors, path, m.maxLength);
      } else if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) {
        put(errors, path, m.pattern);
      } else if (s.format === 'date' && !isDate(value)) {
        put(errors, path, m.format);
      }
      break;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        put(errors, path, m.number || m.type);
      } else if (s.type === 'integer' && !Number.isInteger(value)) {
        put(errors, path, m.integer);
      } else if (s.minimum !== undefined && value < s.minimum) {
        put(errors, path, m.minimum);
      } else if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) {
        put(errors, path, m.exclusiveMinimum);
      } else if (s.maximum !== undefined && value > s.maximum) {
        put(errors, path, m.maximum);
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') {
        put(errors, path, m.type);
      }
      break;
    case 'array':
      checkArray(s, value, path, errors, m);
      break;
    default:
      break;
  }
}

function checkArray(s, value, path, errors, m) {
  if (!Array.isArray(value)) {
    put(errors, path, m.type);
    return;
  }
  if (s.minItems && value.length < s.minItems) {
    put(errors, path, m.required);
    return;
  }
  const items = s.items || {};
  if (items.type === 'object') {
    value.forEach((item, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        put(errors, `${path}[${i}]`, (m.item || '').replace('{n}', String(i + 1)));
      } else {
        checkObject(items, item, `${path}[${i}].`, errors);
      }
    });
    return;
  }
  for (const item of value) {
    if (typeof item !== 'string') {
      put(errors, path, items.enum ? m.enum : m.minLength || m.type);
    } else if (items.enum && !items.enum.includes(item)) {
      put(errors, path, m.enum);
    } else if (items.minLength && item.length < items.minLength) {
      put(errors, path, m.minLength);
    } else if (items.maxLength !== undefined && [...item].length > items.maxLength) {
      put(errors, path, m.maxLength);
    } else if (items.pattern && !new RegExp(items.pattern, 'u').test(item)) {
      put(errors, path, m.pattern);
    }
  }
  if (s.uniqueItems) {
    const seen = new Set();
    const duplicate = value.find((item) => (seen.has(item) ? true : (seen.add(item), false)));
    if (duplicate !== undefined) {
      put(errors, path, m.uniqueItems + duplicate);
    }
  }
}

function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

// The application form of one process family, rendered from its description; every field error
// the server names appears under its field, nested ones such as `changes[1].itemId` included.
import { ref, computed, onMounted } from 'vue';
import { api, processForm, submissionKey } from '../api.js';
import { validate } from '../schema.js';
import { navigate, route } from '../router.js';
import { notify, refreshTaskCount } from '../store.js';
import { initialValues, formPayload } from './DynamicForm.js';

export default {
  name: 'NewApplication',
  props: {},
  emits: [],
  setup() {
    const key = route.params.key;
    const spec = ref(null);
    const values = ref({});
    const errors = ref({});
    const loadError = ref(null);
    const message = ref(null);
    const submitting = ref(false);
    // files uploaded for this form before it is submitted; the submission names them
    const attachments = ref([]);
    // one key per opened form: resending the same form (double click, retry) is refused with 409
    const formKey = submissionKey();

    const otherErrors = computed(() => {
      const top = new Set((spec.value ? spec.value.fields : []).map((f) => f.name));
      return Object.entries(errors.value)
        .filter(([path]) => !top.has(path) && path !== 'attachments' && !/^[A-Za-z]+\[\d+\]/.test(path))
        .map(([path, text]) => ({ path, text }));
    });

    onMounted(async () => {
      try {
        spec.value = await processForm(key);
        values.value = initialValues(spec.value.fields);
      } catch (e) {
        loadError.value = e.message;
      }
    });

    async function submit() {
      message.value = null;
      errors.value = {};
      const form = formPayload(spec.value.fields, values.value);
      const found = validate(spec.value.schema, form);
      if (Object.keys(found).length) {
        // the schema's own messages, before anything is sent; the server checks again
        message.value = '提交的内容有误，请按提示修改';
        errors.value = found;
        window.scrollTo({ top: 0, behavior: 'smooth' });
        return;
      }
      submitting.value = true;
      try {
        const created = await api.post('/api/applications', {
          processKey: key,
          form,
          attachments: attachments.value.map((a) => a.id),
        }, { 'Idempotency-Key': formKey });
        const fails = (created.checks || []).filter((c) => c.verdict === 'FAIL').length;
        notify(fails
          ? `申请已提交，编号 ${created.id}。有 ${fails} 项审查结果不符合标准，请查看审查说明。`
          : `申请已提交，编号 ${created.id}`, fails ? 'warning' : 'success');
        refreshTaskCount();
        navigate(`/applications/${encodeURIComponent(created.id)}`);
      } catch (e) {
        message.value = e.message;
        errors.value = { ...e.fields };
        window.scrollTo({ top: 0, behavior: 'smooth' });
      } finally {
        submitting.value = false;
      }
    }

    const attachmentsChanged = (list) => {
      attachments.value = list;
      if (errors.value.attachments) {
        delete errors.value.attachments;
      }
    };

    return { key, spec, values, errors, loadError, message, submitting, otherErrors, attachments, attachmentsChanged,
      submit };
  },
  template: `
    <div class="d-flex align-items-center mb-2">
      <a href="#/new" class="btn btn-sm btn-link px-0">← 选择其他事项</a>
    </div>
    <div v-if="loadError" class="alert alert-danger">{{ loadError }}</div>
    <div v-else-if="!spec" class="text-secondary">正在加载…</div>
    <form v-else class="card shadow-sm" id="application-form" novalidate @submit.prevent="submit"
          :data-process-key="key">
      <div class="card-header bg-white">
        <h1 class="h5 mb-0">{{ spec.name }}</h1>
      </div>
      <div class="card-body">
        <div v-if="message" class="alert alert-danger" id="form-message" role="alert">
          {{ message }}
          <ul v-if="otherErrors.length" class="mb-0 mt-1 ps-3">
            <li v-for="e in otherErrors" :key="e.path">{{ e.text }}</li>
          </ul>
        </div>
        <p class="small text-secondary">带 <span class="text-danger">*</span> 的为必填项。提交后系统将按标准自动审查，结果在申请详情中显示。</p>
        <dynamic-form :fields="spec.fields" :values="values" :errors="errors" :disabled="submitting"></dynamic-form>
        <section class="mt-4" id="form-attachments">
          <h2 class="h6">附件材料</h2>
          <attachment-panel :process-key="key" :can-upload="true" :form="values" @change="attachmentsChanged">
          </attachment-panel>
          <div v-if="errors.attachments" class="invalid-feedback d-block field-error" data-error-for="attachments">
            {{ errors.attachments }}
          </div>
        </section>
      </div>
      <div class="card-footer bg-white d-flex justify-content-end gap-2">
        <a href="#/new" class="btn btn-outline-secondary">取消</a>
        <button type="submit" class="btn btn-primary" id="submit-application" :disabled="submitting">
          {{ submitting ? '正在提交…' : '提交申请' }}
        </button>
      </div>
    </form>
  `,
};

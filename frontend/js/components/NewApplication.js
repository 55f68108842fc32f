// The application form of one process family, rendered from its description; every field error
// the server names appears under its field, nested ones such as `changes[1].itemId` included.
// While the applicant types, the server's 预审 judges the form as it stands and each verdict shows
// beside the fields it concerns; the form is saved as a draft (草稿) automatically and on request,
// and a draft (`?draft=<id>`) is resumed and submitted as the case.
import { ref, computed, onMounted, onBeforeUnmount, watch } from 'vue';
import { api, processForm, submissionKey } from '../api.js';
import { validate } from '../schema.js';
import { navigate, route, guardLeaving } from '../router.js';
import { notify, refreshTaskCount } from '../store.js';
import { initialValues, formPayload } from './DynamicForm.js';
import FormContext from './FormContext.js';

/** Wait this long after the last keystroke before asking for 预审 and before saving the draft. */
const PRECHECK_DELAY_MS = 500;
const AUTOSAVE_DELAY_MS = 1500;

export default {
  name: 'NewApplication',
  components: { FormContext },
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
    const draft = ref(null); // {id, version, savedAt}
    const saveState = ref('');
    const precheck = ref(null);
    // one key per opened form: resending the same form (double click, retry) is refused with 409
    const formKey = submissionKey();
    let precheckTimer = null;
    let saveTimer = null;
    let saving = Promise.resolve();
    let dirty = false;
    let loaded = false;

    const otherErrors = computed(() => {
      const top = new Set((spec.value ? spec.value.fields : []).map((f) => f.name));
      return Object.entries(errors.value)
        .filter(([path]) => !top.has(path) && path !== 'attachments' && !/^[A-Za-z]+\[\d+\]/.test(path))
        .map(([path, text]) => ({ path, text }));
    });

    /** Verdicts by the first field they concern that the form has, so that each shows once. */
    const verdicts = computed(() => {
      const byField = {};
      const names = new Set((spec.value ? spec.value.fields : []).map((f) => f.name));
      ((precheck.value && precheck.value.checks) || []).forEach((c) => {
        const field = (c.fields || []).find((f) => names.has(f));
        if (field) {
          (byField[field] = byField[field] || []).push(c);
        }
      });
      return byField;
    });
    const unplaced = computed(() => {
      const names = new Set((spec.value ? spec.value.fields : []).map((f) => f.name));
      return ((precheck.value && precheck.value.checks) || []).filter((c) => !(c.fields || []).some((f) => names.has(f)));
    });
    const failCount = computed(() => ((precheck.value && precheck.value.checks) || [])
      .filter((c) => c.verdict === 'FAIL').length);

    function payload() {
      return formPayload(spec.value.fields, values.value);
    }

    async function runPrecheck() {
      try {
        precheck.value = await api.post('/api/applications/precheck', { processKey: key, form: payload() });
      } catch (e) {
        // 预审 is advice; the submission checks again and reports its own errors
        precheck.value = null;
      }
    }

    /** Saves one after another, so that each save names the version the previous one returned. */
    function saveDraft(manual) {
      clearTimeout(saveTimer);
      const run = async () => {
        saveState.value = '正在保存草稿…';
        try {
          const form = payload();
          const saved = draft.value
            ? await api.put(`/api/drafts/${encodeURIComponent(draft.value.id)}`, { version: draft.value.version, form })
            : await api.post('/api/drafts', { processKey: key, form });
          const first = !draft.value;
          draft.value = saved;
          dirty = false;
          saveState.value = `草稿已保存（${new Date(saved.savedAt).toLocaleTimeString('zh-CN', { hour12: false })}）`;
          if (first) {
            // the address names the draft, so that a reload resumes it (no hashchange: the view stays)
            window.history.replaceState(null, '', `#/new/${encodeURIComponent(key)}?draft=${encodeURIComponent(saved.id)}`);
          }
          if (manual) {
            notify('草稿已保存，可在工作台继续填写');
          }
        } catch (e) {
          saveState.value = e.status === 409 ? '草稿已在其他窗口修改，请重新打开后再编辑' : `草稿保存失败：${e.message}`;
        }
      };
      saving = saving.then(run);
      return saving;
    }

    watch(values, () => {
      if (!loaded) {
        return;
      }
      dirty = true;
      clearTimeout(precheckTimer);
      precheckTimer = setTimeout(runPrecheck, PRECHECK_DELAY_MS);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => saveDraft(false), AUTOSAVE_DELAY_MS);
    }, { deep: true });

    onMounted(async () => {
      try {
        spec.value = await processForm(key);
        let existing;
        if (route.query.draft) {
          draft.value = await api.get(`/api/drafts/${encodeURIComponent(route.query.draft)}`);
          existing = draft.value.form;
          saveState.value = `已打开草稿（保存于 ${new Date(draft.value.savedAt).toLocaleString('zh-CN', { hour12: false })}）`;
        }
        values.value = initialValues(spec.value.fields, existing);
        if (existing) {
          runPrecheck();
        }
        setTimeout(() => {
          loaded = true;
        }, 0);
      } catch (e) {
        loadError.value = e.message;
      }
    });

    // leaving for another page with changes not yet saved as a draft asks first (a draft is saved
    // 1.5 s after the last change, and when the view closes)
    const LEAVE_QUESTION = '填写的内容尚未保存为草稿，确定离开吗？';
    const unsaved = () => dirty && loaded && !submitting.value;
    const removeGuard = guardLeaving(() => !unsaved() || window.confirm(LEAVE_QUESTION));

    onBeforeUnmount(() => {
      removeGuard();
      clearTimeout(precheckTimer);
      if (dirty && loaded && !submitting.value) {
        saveDraft(false);
      }
    });

    async function submit() {
      message.value = null;
      errors.value = {};
      const form = payload();
      const found = validate(spec.value.schema, form);
      if (Object.keys(found).length) {
        // the schema's own messages, before anything is sent; the server checks again
        message.value = '提交的内容有误，请按提示修改';
        errors.value = found;
        window.scrollTo({ top: 0, behavior: 'smooth' });
        return;
      }
      submitting.value = true;
      clearTimeout(saveTimer);
      try {
        let created;
        await saving; // a save under way finishes first, so that its draft is the one submitted
        if (draft.value) {
          // the draft is submitted as stored: store what is on the screen first
          draft.value = await api.put(`/api/drafts/${encodeURIComponent(draft.value.id)}`,
            { version: draft.value.version, form });
          created = await api.post(`/api/drafts/${encodeURIComponent(draft.value.id)}/submit`,
            { attachments: attachments.value.map((a) => a.id) });
        } else {
          created = await api.post('/api/applications', {
            processKey: key,
            form,
            attachments: attachments.value.map((a) => a.id),
          }, { 'Idempotency-Key': formKey });
        }
        dirty = false;
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
      submit, saveDraft, saveState, draft, precheck, verdicts, unplaced, failCount };
  },
  template: `
    <div class="d-flex align-items-center mb-2">
      <a href="#/new" class="btn btn-sm btn-link px-0">← 选择其他事项</a>
    </div>
    <div v-if="loadError" class="alert alert-danger">{{ loadError }}</div>
    <div v-else-if="!spec" class="text-secondary">正在加载…</div>
    <form v-else class="card shadow-sm" id="application-form" novalidate @submit.prevent="submit"
          :data-process-key="key" :data-draft-id="draft ? draft.id : null">
      <div class="card-header bg-white d-flex flex-wrap align-items-center gap-2">
        <h1 class="h5 mb-0 me-auto">{{ spec.name }}</h1>
        <span class="small text-secondary" id="draft-state">{{ saveState }}</span>
      </div>
      <div class="card-body">
        <div v-if="message" class="alert alert-danger" id="form-message" role="alert">
          {{ message }}
          <ul v-if="otherErrors.length" class="mb-0 mt-1 ps-3">
            <li v-for="e in otherErrors" :key="e.path">{{ e.text }}</li>
          </ul>
        </div>
        <p class="small text-secondary">带 <span class="text-danger">*</span> 的为必填项。填写时系统即按标准预审，结果显示在相关栏目下方；表单自动保存为草稿。</p>
        <div v-if="precheck && precheck.checks.length" id="precheck-summary"
             :class="['alert', 'py-2', 'small', failCount ? 'alert-danger' : 'alert-success']">
          预审：已审查 {{ precheck.checks.length }} 项<span v-if="failCount">，其中 <b>{{ failCount }}</b> 项不符合标准</span><span v-else>，均未发现不符合标准</span><span v-if="precheck.pending.length">；另有 {{ precheck.pending.length }} 项待填写相关栏目后审查</span>。
          <div v-for="v in unplaced" :key="v.rule" class="mt-1" :data-rule="v.rule" :data-verdict="v.verdict">{{ v.ruleName }}：{{ v.message }}（依据：{{ v.basis }}）</div>
        </div>
        <form-context :sources="spec.schema['x-context'] || []"></form-context>
        <dynamic-form :fields="spec.fields" :values="values" :errors="errors" :disabled="submitting"
                      :verdicts="verdicts"></dynamic-form>
        <section class="mt-4" id="form-attachments">
          <h2 class="h6">附件材料</h2>
          <attachment-panel :process-key="key" :can-upload="true" :form="values" @change="attachmentsChanged">
          </attachment-panel>
          <div v-if="errors.attachments" class="invalid-feedback d-block field-error" data-error-for="attachments">
            {{ errors.attachments }}
          </div>
        </section>
      </div>
      <div class="card-footer bg-white d-flex flex-wrap justify-content-end gap-2">
        <a href="#/home" class="btn btn-outline-secondary">返回工作台</a>
        <button type="button" class="btn btn-outline-primary" id="save-draft" :disabled="submitting" @click="saveDraft(true)">保存草稿</button>
        <button type="submit" class="btn btn-primary" id="submit-application" :disabled="submitting">
          {{ submitting ? '正在提交…' : '提交申请' }}
        </button>
      </div>
    </form>
  `,
};

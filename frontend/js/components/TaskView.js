// 办理: the decision form of one task beside the case it belongs to. For the applicant's
// 修改申请 task the application form comes prefilled, to resubmit it or to withdraw the case.
import { ref, computed, onMounted } from 'vue';
import { api, describedBySchema } from '../api.js';
import { validate } from '../schema.js';
import { navigate, route } from '../router.js';
import { store, notify, refreshTaskCount } from '../store.js';
import { initialValues, formPayload } from './DynamicForm.js';
import FormContext from './FormContext.js';

export default {
  name: 'TaskView',
  components: { FormContext },
  props: {},
  emits: [],
  setup() {
    const taskId = route.params.id;
    const task = ref(null);
    const loadError = ref(null);
    const decision = ref('');
    const comment = ref('');
    const values = ref({});
    const errors = ref({});
    const message = ref(null);
    const submitting = ref(false);
    const claiming = ref(false);
    const returnNote = ref(null);
    const holderName = ref(null);
    const cc = ref([]);
    const ccPeople = ref([]);

    const revise = computed(() => !!task.value && task.value.decisions.some((d) => d.value === 'RESUBMIT'));
    const selected = computed(() => (task.value ? task.value.decisions.find((d) => d.value === decision.value) : null));
    const heldByOther = computed(() => !!task.value && !!task.value.assignee && task.value.assignee !== store.me.id);
    const resolving = computed(() => !!task.value && (task.value.actions || []).includes('resolve'));
    const mayCopy = computed(() => !!task.value && (task.value.actions || []).includes('cc'));

    /** Whether the comment is required for the chosen decision, and why (shown before submitting). */
    const commentRule = computed(() => {
      if (!task.value || !selected.value) {
        return null;
      }
      if (decision.value === 'REJECT') {
        return '不同意时须填写理由。';
      }
      if (decision.value === 'RETURN') {
        return '退回时须说明需要修改的内容，申请人将看到该意见。';
      }
      if (decision.value === 'APPROVE' && task.value.failedChecks > 0) {
        return `本申请有 ${task.value.failedChecks} 项审查结果不符合标准，同意时须在意见中说明理由（将记录为越标准批准）。`;
      }
      return selected.value.commentRequired ? '须填写意见。' : null;
    });

    const stepFields = computed(() => (task.value && !revise.value ? task.value.fields || [] : []));
    const formFields = computed(() => (task.value && revise.value ? task.value.fields || [] : []));

    // errors the form does not show next to a field (e.g. `form`) are listed in the message
    const otherErrors = computed(() => {
      const shown = new Set(['decision', 'comment']);
      const names = (fields, prefix) => fields.forEach((f) => shown.add(prefix + f.name));
      names(stepFields.value, '');
      names(formFields.value, '');
      return Object.entries(errors.value)
        .filter(([path]) => !shown.has(path) && !/^[A-Za-z]+\[\d+\]/.test(path))
        .map(([path, text]) => ({ path, text }));
    });

    async function load() {
      loadError.value = null;
      try {
        const form = describedBySchema(await api.get(`/api/tasks/${encodeURIComponent(taskId)}/form`));
        task.value = form;
        values.value = initialValues(form.fields, form.values);
        if ((form.actions || []).includes('cc') && !ccPeople.value.length) {
          ccPeople.value = await api.get(`/api/tasks/${encodeURIComponent(taskId)}/candidates?action=cc`);
        }
      } catch (e) {
        loadError.value = e.message;
      }
    }

    async function claim() {
      claiming.value = true;
      try {
        await api.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`);
        notify('已签收');
        await load();
      } catch (e) {
        notify(e.message, 'danger');
        await load();
      } finally {
        claiming.value = false;
      }
    }

    async function submit() {
      message.value = null;
      errors.value = {};
      if (!decision.value) {
        errors.value = { decision: '请选择处理意见' };
        message.value = '请选择处理意见';
        return;
      }
      if (decision.value === 'WITHDRAW' && !window.confirm('确定撤回该申请吗？撤回后审批流程终止，不能恢复。')) {
        return;
      }
      const body = { decision: decision.value, comment: comment.value.trim() || null };
      if (mayCopy.value && cc.value.length) {
        body.cc = cc.value;
      }
      if (revise.value) {
        if (decision.value === 'RESUBMIT') {
          body.form = formPayload(formFields.value, values.value);
        }
      } else if (stepFields.value.length) {
        body.form = formPayload(stepFields.value, values.value);
      }
      // the step's fields are required only for 同意; the application form always
      const checked = decision.value === 'RESUBMIT' || (decision.value === 'APPROVE' && stepFields.value.length);
      const found = checked ? validate(task.value.schema, body.form) : {};
      if (Object.keys(found).length) {
        message.value = '提交的内容有误，请按提示修改';
        errors.value = found;
        return;
      }
      submitting.value = true;
      try {
        const result = await api.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, body);
        const label = selected.value ? selected.value.label : decision.value;
        notify(`已办理：${result.title || result.id}（${task.value.name}：${label}）`);
        refreshTaskCount();
        navigate('/tasks');
      } catch (e) {
        message.value = e.message;
        errors.value = { ...e.fields };
        if (e.status === 409 || e.status === 404) {
          await load();
        }
      } finally {
        submitting.value = false;
      }
    }

    const summary = ref(null);
    function applicationLoaded(app) {
      summary.value = app;
      returnNote.value = [...(app.timeline || [])].reverse().find((e) => e.decision === 'RETURN') || null;
      const step = (app.currentSteps || []).find((s) => s.taskId === taskId);
      holderName.value = step ? step.assigneeName : null;
    }

    function clearError(path) {
      if (errors.value[path]) {
        delete errors.value[path];
      }
    }

    onMounted(load);
    return { taskId, task, loadError, decision, comment, values, errors, message, submitting, claiming, returnNote,
      holderName, revise, selected, heldByOther, commentRule, cc, ccPeople, resolving, mayCopy, load, stepFields, formFields, otherErrors, claim, submit,
      clearError, applicationLoaded, store, summary };
  },
  template: `
    <div class="d-flex align-items-center mb-3">
      <a href="#/tasks" class="btn btn-sm btn-link px-0">← 返回待办</a>
    </div>
    <div v-if="loadError" class="alert alert-warning">
      {{ loadError }}
      <div class="mt-2"><a href="#/tasks">返回待办列表</a></div>
    </div>
    <div v-else-if="!task" class="text-secondary py-4">正在加载…</div>
    <div v-if="task && task.notice" class="alert alert-warning" id="task-notice" role="alert">
      <strong>本环节因自动审查退回：</strong>{{ task.notice }}
    </div>
    <div v-if="task" class="row g-3 task-view" :data-task-key="task.taskKey">
      <div v-if="summary" class="col-12 d-xl-none" id="task-case-summary">
        <div class="card shadow-sm">
          <div class="card-body py-2">
            <div class="small text-secondary">{{ summary.processName }} · {{ summary.id }}</div>
            <div class="fw-semibold">{{ summary.title }}</div>
            <div class="small text-secondary">{{ summary.unit && summary.unit.name }} · 经办人 {{ summary.applicant && summary.applicant.name }}
              · {{ summary.statusLabel }}</div>
            <div v-if="summary.comparison" class="mt-2"><comparison-table :comparison="summary.comparison" :compact="true"></comparison-table></div>
          </div>
        </div>
      </div>
      <div class="col-xl-4 order-xl-2">
        <task-actions v-if="resolving" :task="task" @changed="load"></task-actions>
        <form v-else class="card shadow-sm decision-card" id="decision-form" novalidate @submit.prevent="submit">
          <div class="card-header bg-primary text-white">
            <div class="small opacity-75">办理环节</div>
            <div class="fw-semibold" id="task-name">{{ task.name }}</div>
          </div>
          <div class="card-body">
            <div v-if="heldByOther" class="alert alert-secondary small py-2">
              该待办已由 {{ holderName || task.assignee }} 签收，只能由其办理。
            </div>
            <div v-else-if="!task.assignee && !revise" class="d-flex align-items-center justify-content-between small mb-3">
              <span class="text-secondary">尚未签收（提交意见时自动签收）</span>
              <button type="button" class="btn btn-sm btn-outline-primary" :disabled="claiming" @click="claim">签收</button>
            </div>

            <div v-if="!revise && task.failedChecks > 0" class="alert alert-danger small py-2" id="failed-checks-note">
              本申请有 <strong>{{ task.failedChecks }}</strong> 项审查结果不符合标准。如同意，须在意见中说明理由，
              系统将记录为“越标准批准”。
            </div>

            <fieldset class="mb-3">
              <legend class="form-label fs-6 mb-1">处理意见<span class="text-danger ms-1">*</span></legend>
              <div class="decision-options">
                <div v-for="d in task.decisions" :key="d.value" class="form-check form-check-inline">
                  <input class="form-check-input" type="radio" name="decision" :id="'decision-' + d.value"
                         :value="d.value" v-model="decision" :disabled="heldByOther">
                  <label class="form-check-label" :for="'decision-' + d.value">{{ d.label }}</label>
                </div>
              </div>
              <div v-if="errors.decision" class="invalid-feedback d-block field-error" data-error-for="decision">
                {{ errors.decision }}
              </div>
            </fieldset>

            <div v-if="stepFields.length" class="mb-3 step-form">
              <div class="small text-secondary mb-2">本环节须填写以下意见（同意时必填）：</div>
              <dynamic-form :fields="stepFields" :values="values" :errors="errors" :disabled="heldByOther"></dynamic-form>
            </div>

            <div class="mb-3">
              <label class="form-label" for="comment">
                {{ revise ? '说明' : '审批意见' }}
                <span v-if="commentRule" class="text-danger ms-1">*</span>
              </label>
              <textarea id="comment" name="comment" class="form-control" rows="3" maxlength="2000"
                        :class="{ 'is-invalid': errors.comment }" v-model="comment" :disabled="heldByOther"
                        :placeholder="revise ? '可选' : '请填写审批意见'" @input="clearError('comment')"></textarea>
              <div v-if="commentRule" class="form-text comment-rule">{{ commentRule }}</div>
              <div v-if="errors.comment" class="invalid-feedback d-block field-error" data-error-for="comment">
                {{ errors.comment }}
              </div>
            </div>

            <div v-if="mayCopy" class="mb-3">
              <label class="form-label" for="cc">抄送（可选，可多选）</label>
              <select id="cc" name="cc" class="form-select" multiple size="4" v-model="cc"
                      :class="{ 'is-invalid': errors.cc }" :disabled="heldByOther">
                <option v-for="p in ccPeople" :key="p.id" :value="p.id">{{ p.name }}（{{ p.unitName }}）</option>
              </select>
              <div class="form-text">被抄送人在“抄送我的”中查看本申请（只读）。</div>
              <div v-if="errors.cc" class="invalid-feedback d-block field-error" data-error-for="cc">{{ errors.cc }}</div>
            </div>

            <div v-if="message" class="alert alert-danger small py-2" id="form-message" role="alert">
              {{ message }}
              <ul v-if="otherErrors.length" class="mb-0 mt-1 ps-3">
                <li v-for="e in otherErrors" :key="e.path">{{ e.text }}</li>
              </ul>
            </div>
            <div class="decision-submit">
              <button type="submit" class="btn btn-primary w-100" id="submit-decision"
                      :disabled="submitting || heldByOther">
                {{ submitting ? '正在提交…' : '提交' }}
              </button>
            </div>
          </div>
        </form>
        <task-actions v-if="!resolving" :task="task" @changed="load"></task-actions>
      </div>

      <div class="col-xl-8 order-xl-1">
        <section v-if="revise" class="card shadow-sm mb-3" id="revise-form">
          <div class="card-header bg-white fw-semibold">修改申请内容</div>
          <div class="card-body">
            <div v-if="returnNote" class="alert alert-warning small" id="return-note">
              <strong>{{ returnNote.user }}</strong>（{{ returnNote.step }}）退回修改：{{ returnNote.comment }}
            </div>
            <p class="small text-secondary">按退回意见修改后选择“重新提交”，系统将重新进行标准审查；也可以选择“撤回”终止申请。</p>
            <form-context :sources="(task.schema && task.schema['x-context']) || []"></form-context>
            <dynamic-form :fields="formFields" :values="values" :errors="errors"></dynamic-form>
          </div>
        </section>
        <application-detail :id="task.applicationId" :show-actions="false" :task-id="heldByOther ? null : taskId"
                            :task-key="task.taskKey" @loaded="applicationLoaded"></application-detail>
      </div>
    </div>
  `,
};

// 申请详情: the case as a whole. Used on its own page and beside the decision form of a task.
import { ref, computed, onMounted } from 'vue';
import { api, processForm } from '../api.js';
import { dateTime, date, groupLabel } from '../format.js';
import { store, notify } from '../store.js';

const APPROVER_DECISIONS = ['APPROVE', 'REJECT', 'RETURN'];

export default {
  name: 'ApplicationDetail',
  props: {
    id: { type: String, required: true },
    // the task page shows its own form and leaves the applicant's withdraw button out
    showActions: { type: Boolean, default: true },
    // on a task page: the task that uploads belong to, and its key (whose required documents are shown)
    taskId: { type: String, default: null },
    taskKey: { type: String, default: null },
  },
  emits: ['loaded'],
  setup(props, { emit, expose }) {
    const app = ref(null);
    const fields = ref([]);
    const error = ref(null);
    const withdrawing = ref(false);
    const diagramKey = ref(0);

    async function load() {
      error.value = null;
      try {
        const detail = await api.get(`/api/applications/${encodeURIComponent(props.id)}`);
        app.value = detail;
        emit('loaded', detail);
        try {
          fields.value = (await processForm(detail.processKey)).fields;
        } catch (e) {
          fields.value = Object.keys(detail.form || {}).map((name) => ({ name, label: name, type: 'TEXT' }));
        }
      } catch (e) {
        error.value = e.message;
      }
    }

    async function reload() {
      await load();
      diagramKey.value += 1;
    }

    const canWithdraw = computed(() => {
      const a = app.value;
      return props.showActions && !!a && a.applicant && a.applicant.id === store.me.id && a.status === 'RUNNING'
        && !(a.timeline || []).some((e) => APPROVER_DECISIONS.includes(e.decision));
    });

    // 催办: the applicant or the bureau, while steps are open; 撤回: whoever approved last may try
    // (the server answers 409 once the next step was claimed or decided)
    const canRemind = computed(() => {
      const a = app.value;
      const bureau = (store.me.roles || []).some((r) => r.startsWith('BUREAU_') || r === 'ADMIN');
      return props.showActions && !!a && a.status === 'RUNNING' && (a.currentSteps || []).length > 0
        && ((a.applicant && a.applicant.id === store.me.id) || bureau);
    });
    const canTakeBack = computed(() => {
      const a = app.value;
      if (!props.showActions || !a || a.status !== 'RUNNING') {
        return false;
      }
      const mine = [...(a.timeline || [])].reverse().find((e) => e.userId === store.me.id
        && (e.decision === 'APPROVE' || e.decision === 'TAKE_BACK'));
      return !!mine && mine.decision === 'APPROVE';
    });
    const acting = ref(false);

    async function act(path, confirmText, done) {
      if (confirmText && !window.confirm(confirmText)) {
        return;
      }
      acting.value = true;
      try {
        app.value = await api.post(`/api/applications/${encodeURIComponent(props.id)}/${path}`, {});
        notify(done);
        diagramKey.value += 1;
        emit('loaded', app.value);
      } catch (e) {
        notify(e.message, 'danger');
      } finally {
        acting.value = false;
      }
    }

    const remind = () => act('remind', null, '已催办，办理人将在待办中看到提醒');
    const takeBack = () => act('take-back', '确定撤回您的同意意见吗？申请将回到您的审批环节。', '已撤回审批，申请已回到您的环节');

    const lastReturn = computed(() => {
      const a = app.value;
      if (!a || a.status !== 'RETURNED') {
        return null;
      }
      return [...(a.timeline || [])].reverse().find((e) => e.decision === 'RETURN') || null;
    });

    async function withdraw() {
      if (!window.confirm('确定撤回该申请吗？撤回后审批流程终止，不能恢复。')) {
        return;
      }
      withdrawing.value = true;
      try {
        app.value = await api.post(`/api/applications/${encodeURIComponent(props.id)}/withdraw`);
        notify('申请已撤回');
        diagramKey.value += 1;
        emit('loaded', app.value);
      } catch (e) {
        notify(e.message, 'danger');
        await reload();
      } finally {
        withdrawing.value = false;
      }
    }

    const handler = (step) => {
      if (step.assigneeName || step.assignee) {
        return step.assigneeName || step.assignee;
      }
      const groups = (step.candidateGroups || []).map(groupLabel);
      return groups.length ? `待${groups.join('、')}签收` : '待签收';
    };

    // the applicant's 修改申请 answers for the documents of the submission
    const documentStep = computed(() => (props.taskKey && props.taskKey !== 'Task_ReviseApplication'
      ? props.taskKey : null));
    const printHref = computed(() => `#/applications/${encodeURIComponent(props.id)}/print`);
    const pdfHref = computed(() => `/api/applications/${encodeURIComponent(props.id)}/approval-form.pdf`);

    expose({ reload });
    onMounted(load);
    return { app, fields, error, withdrawing, diagramKey, canWithdraw, lastReturn, withdraw, handler, dateTime, date,
      documentStep, printHref, pdfHref, canRemind, canTakeBack, acting, remind, takeBack };
  },
  template: `
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!app" class="text-secondary py-4">正在加载…</div>
    <div v-else class="application-detail" :data-application-id="app.id" :data-status="app.status">
      <section class="card shadow-sm mb-3">
        <div class="card-body">
          <div class="d-flex flex-wrap align-items-start gap-2">
            <div class="me-auto">
              <div class="small text-secondary">{{ app.processName }}<span v-if="app.processVersion"> · 流程版本 {{ app.processVersion }}</span></div>
              <h1 class="h4 mb-1" id="application-title">{{ app.title }}</h1>
              <div class="small text-secondary">
                编号 <span class="fw-semibold text-body" id="application-id">{{ app.id }}</span>
                · {{ app.unit && app.unit.name }} · 经办人 {{ app.applicant && app.applicant.name }}
                · 提交于 {{ dateTime(app.createdAt) }}
                <span v-if="app.decidedAt"> · 办结于 {{ dateTime(app.decidedAt) }}</span>
              </div>
            </div>
            <status-badge kind="status" :value="app.status" :label="app.statusLabel" class="fs-6" id="application-status"></status-badge>
            <button v-if="canWithdraw" type="button" class="btn btn-sm btn-outline-danger" id="withdraw"
                    :disabled="withdrawing" @click="withdraw">撤回申请</button>
            <button v-if="canRemind" type="button" class="btn btn-sm btn-outline-warning" id="remind"
                    :disabled="acting" @click="remind">催办</button>
            <button v-if="canTakeBack" type="button" class="btn btn-sm btn-outline-secondary" id="take-back"
                    :disabled="acting" @click="takeBack">撤回审批</button>
          </div>
          <div class="d-flex flex-wrap gap-2 mt-2">
            <a :href="printHref" class="btn btn-sm btn-outline-secondary" id="print-approval-form">打印审批单</a>
            <a :href="pdfHref" class="btn btn-sm btn-outline-secondary" id="approval-form-pdf" target="_blank"
               rel="noopener">审批单 PDF</a>
          </div>
          <div v-if="lastReturn" class="alert alert-warning mt-3 mb-0 small">
            <strong>{{ lastReturn.user }}</strong>（{{ lastReturn.step }}）退回修改：{{ lastReturn.comment }}
          </div>
        </div>
      </section>

      <section v-if="app.currentSteps && app.currentSteps.length" class="card shadow-sm mb-3">
        <div class="card-header bg-white fw-semibold">当前环节</div>
        <div class="table-responsive">
          <table class="table table-sm align-middle mb-0 current-steps">
            <thead class="table-light"><tr><th>环节</th><th>办理人</th><th>办理期限</th></tr></thead>
            <tbody>
              <tr v-for="s in app.currentSteps" :key="s.taskId" :data-task-key="s.taskKey">
                <td class="fw-semibold">{{ s.name }}</td>
                <td>{{ handler(s) }}</td>
                <td>
                  <span v-if="s.due" :class="{ 'text-danger fw-semibold': s.overdue }">{{ date(s.due) }}</span>
                  <span v-else class="text-secondary">—</span>
                  <span v-if="s.overdue" class="badge text-bg-danger ms-1">已超期</span>
                  <span v-if="s.dueNote" class="badge text-bg-warning ms-1 due-note" :title="s.dueNote">期限可能不准</span>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      <section v-if="app.comparison" class="card shadow-sm mb-3" id="comparison">
        <div class="card-header bg-white fw-semibold">{{ app.comparison.title }}</div>
        <div class="card-body"><comparison-table :comparison="app.comparison"></comparison-table></div>
      </section>
      <section v-if="app.status === 'RUNNING' || app.status === 'RETURNED'" class="card shadow-sm mb-3" id="forecast">
        <div class="card-header bg-white fw-semibold">后续环节预测</div>
        <div class="card-body"><case-forecast :application-id="app.id" :key="diagramKey"></case-forecast></div>
      </section>

      <section class="card shadow-sm mb-3" id="checks">
        <div class="card-header bg-white fw-semibold">标准审查结果</div>
        <div class="card-body"><checks-table :checks="app.checks || []" :fields="fields"></checks-table></div>
      </section>

      <section class="card shadow-sm mb-3" id="attachments">
        <div class="card-header bg-white fw-semibold">附件材料</div>
        <div class="card-body">
          <attachment-panel :process-key="app.processKey" :application-id="app.id" :task-id="taskId"
                            :can-upload="!!taskId" :form="app.form" :step="documentStep"></attachment-panel>
        </div>
      </section>

      <section class="card shadow-sm mb-3">
        <div class="card-header bg-white fw-semibold">申请内容</div>
        <div class="card-body"><form-values :fields="fields" :values="app.form || {}" :value-labels="app.valueLabels || {}"></form-values></div>
      </section>

      <section class="card shadow-sm mb-3">
        <div class="card-header bg-white fw-semibold">流程图</div>
        <div class="card-body"><process-diagram :application-id="app.id" :key="diagramKey"></process-diagram></div>
      </section>

      <section class="card shadow-sm mb-3">
        <div class="card-header bg-white fw-semibold">审批记录</div>
        <div class="card-body"><timeline :entries="app.timeline || []" :comparison="app.comparison" :automatic="app.automaticSteps || []"></timeline></div>
      </section>
    </div>
  `,
};

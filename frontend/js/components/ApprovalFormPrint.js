// 审批单: the printable approval form of a case (A4): the unit, the request, every decision with
// its approver, time and comment, the checks with their verdicts, and the attachments. The browser
// prints it; the same form comes as a PDF rendered on the server.
import { ref, computed, onMounted } from 'vue';
import { api, processForm } from '../api.js';
import { route } from '../router.js';
import { dateTime, fieldValue, STEP_FIELDS, VERDICT } from '../format.js';
import { sizeText } from './AttachmentPanel.js';

export default {
  name: 'ApprovalFormPrint',
  props: {},
  emits: [],
  setup() {
    const id = route.params.id;
    const app = ref(null);
    const fields = ref([]);
    const files = ref([]);
    const error = ref(null);

    onMounted(async () => {
      try {
        const [detail, attachments] = await Promise.all([
          api.get(`/api/applications/${encodeURIComponent(id)}`),
          api.get(`/api/applications/${encodeURIComponent(id)}/attachments`),
        ]);
        app.value = detail;
        files.value = attachments;
        fields.value = (await processForm(detail.processKey)).fields;
      } catch (e) {
        error.value = e.message;
      }
    });

    const present = (v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);
    const requestRows = computed(() => (app.value ? fields.value.filter((f) => present(app.value.form[f.name])) : []));
    const listText = (field, items) => (items || []).map((item) => (field.fields || [])
      .filter((sub) => present(item[sub.name])).map((sub) => `${sub.label} ${fieldValue(sub, item[sub.name])}`)
      .join('，')).join('；');
    const stepForm = (form) => (form && typeof form === 'object' ? Object.entries(form) : [])
      .filter(([, v]) => present(v)).map(([k, v]) => `${STEP_FIELDS[k] || k}：${Array.isArray(v) ? v.join('、') : v}`);
    const verdict = (v) => (VERDICT[v] ? VERDICT[v].label : v === 'NA' ? '不适用' : v);
    const pdfHref = computed(() => `/api/applications/${encodeURIComponent(id)}/approval-form.pdf`);
    const print = () => window.print();

    return { id, app, fields, files, error, requestRows, listText, stepForm, verdict, pdfHref, print, dateTime,
      fieldValue, sizeText };
  },
  template: `
    <div class="print-toolbar no-print d-flex flex-wrap gap-2 mb-3">
      <a :href="'#/applications/' + encodeURIComponent(id)" class="btn btn-sm btn-link px-0 me-auto">← 返回申请详情</a>
      <button type="button" class="btn btn-sm btn-primary" id="print-now" @click="print">打印</button>
      <a :href="pdfHref" class="btn btn-sm btn-outline-secondary" target="_blank" rel="noopener">下载 PDF</a>
    </div>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!app" class="text-secondary py-4">正在加载…</div>
    <article v-else class="print-sheet" id="approval-form" :data-application-id="app.id">
      <h1 class="print-title">机关事务审批单</h1>
      <div class="print-subtitle">{{ app.processName }}</div>
      <table class="print-table">
        <tbody>
          <tr><th>申请编号</th><td id="form-application-id">{{ app.id }}</td><th>审批状态</th><td>{{ app.statusLabel }}</td></tr>
          <tr><th>申请单位</th><td>{{ app.unit.name }}</td><th>经办人</th><td>{{ app.applicant.name }}</td></tr>
          <tr><th>申请事项</th><td colspan="3">{{ app.title }}</td></tr>
          <tr><th>提交时间</th><td>{{ dateTime(app.createdAt) }}</td><th>办结时间</th><td>{{ app.decidedAt ? dateTime(app.decidedAt) : '—' }}</td></tr>
        </tbody>
      </table>

      <h2 class="print-heading">一、申请内容</h2>
      <table class="print-table">
        <tbody>
          <tr v-for="f in requestRows" :key="f.name">
            <th>{{ f.label }}</th>
            <td class="pre-line">{{ f.type === 'LIST' ? listText(f, app.form[f.name]) : fieldValue(f, app.form[f.name]) }}</td>
          </tr>
        </tbody>
      </table>

      <h2 class="print-heading">二、审批记录</h2>
      <table class="print-table" id="form-timeline">
        <thead><tr><th class="w-step">环节</th><th class="w-user">审批人</th><th>意见</th><th class="w-time">时间</th></tr></thead>
        <tbody>
          <tr v-for="(e, i) in app.timeline" :key="i">
            <td>{{ e.step }}</td>
            <td>{{ e.user || e.userId }}</td>
            <td>
              <strong>{{ e.decisionLabel }}</strong><span v-if="e.override">（越标准批准）</span>
              <div v-if="e.comment" class="pre-line">{{ e.comment }}</div>
              <div v-for="line in stepForm(e.form)" :key="line" class="small">{{ line }}</div>
            </td>
            <td>{{ dateTime(e.at) }}</td>
          </tr>
          <tr v-for="s in app.currentSteps" :key="s.taskId">
            <td>{{ s.name }}</td><td>{{ s.assigneeName || '—' }}</td><td class="text-secondary">待办理</td><td>—</td>
          </tr>
        </tbody>
      </table>

      <h2 class="print-heading">三、标准审查</h2>
      <table class="print-table" id="form-checks">
        <thead><tr><th class="w-step">审查项</th><th class="w-user">结论</th><th>说明与依据</th></tr></thead>
        <tbody>
          <tr v-if="!app.checks.length"><td colspan="3">无</td></tr>
          <tr v-for="c in app.checks" :key="c.rule">
            <td>{{ c.ruleName }}</td>
            <td :class="{ 'fw-bold': c.verdict === 'FAIL' }">{{ verdict(c.verdict) }}</td>
            <td>{{ c.message }}<div v-if="c.basis" class="small text-secondary">依据：{{ c.basis }}</div></td>
          </tr>
        </tbody>
      </table>

      <h2 class="print-heading">四、附件</h2>
      <table class="print-table" id="form-attachments-list">
        <thead><tr><th class="w-num">序号</th><th>文件</th><th class="w-step">环节</th><th class="w-user">上传人</th></tr></thead>
        <tbody>
          <tr v-if="!files.length"><td colspan="4">无</td></tr>
          <tr v-for="(a, i) in files" :key="a.id">
            <td>{{ i + 1 }}</td>
            <td class="text-break">{{ a.documentName ? a.documentName + '：' : '' }}{{ a.name }}（{{ sizeText(a.size) }}）</td>
            <td>{{ a.stepName }}</td>
            <td>{{ a.uploadedByName || a.uploadedBy }}</td>
          </tr>
        </tbody>
      </table>

      <div class="print-signatures">
        <span>经办人（签字）：</span><span>审批人（签字）：</span><span>（盖章）　年　月　日</span>
      </div>
    </article>
  `,
};

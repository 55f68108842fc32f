// 流程图编辑: the bpmn-js modeler (webjar, no Node build) with a side panel of our own for what
// matters on the selected element: name, candidate groups or assignee (from the role groups), due
// date in working days, the check of a service task (from our check beans), the condition of a
// sequence flow. Open any version, edit, download the XML, upload a .bpmn, validate (problems are
// marked on their elements), deploy.
import { ref, shallowRef, reactive, computed, onMounted, onBeforeUnmount } from 'vue';
import { api } from '../api.js';
import { route, navigate } from '../router.js';
import { notify } from '../store.js';
import { ROLES } from '../format.js';
import { uploadDiagram } from './AdminProcesses.js';

const MODELER_JS = '/webjars/bpmn-js/8.0.0/dist/bpmn-modeler.production.min.js';
const CSS = ['/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css',
  '/webjars/bpmn-js/8.0.0/dist/assets/bpmn-font/css/bpmn-embedded.css'];

let loading = null;

function loadModeler() {
  if (window.BpmnJSModeler) {
    return Promise.resolve(window.BpmnJSModeler);
  }
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      CSS.forEach((href) => {
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = href;
        document.head.appendChild(css);
      });
      // the viewer bundle also defines window.BpmnJS: keep the modeler under its own name
      const previous = window.BpmnJS;
      const script = document.createElement('script');
      script.src = MODELER_JS;
      script.onload = () => {
        window.BpmnJSModeler = window.BpmnJS;
        if (previous) {
          window.BpmnJS = previous;
        }
        resolve(window.BpmnJSModeler);
      };
      script.onerror = () => {
        loading = null;
        reject(new Error('流程图编辑器加载失败'));
      };
      document.head.appendChild(script);
    });
  }
  return loading;
}

const UNIT_ROLES = ['UNIT_STAFF', 'UNIT_HEAD'];
const GROUP_CHOICES = Object.keys(ROLES).filter((r) => r !== 'ADMIN').map((role) => {
  const scope = UNIT_ROLES.includes(role) ? 'unitCode' : 'govCode';
  return { value: `\${${scope}}.${role}`, label: `${ROLES[role]}（${scope === 'unitCode' ? '申请单位' : '申请单位所在本级政府'}）` };
});
const DUE = /^\$\{\s*workingDays\.after\(\s*(\d+)\s*\)\s*}$/;
const BEAN = /^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*}$/;

const TYPE_LABELS = {
  'bpmn:UserTask': '审批环节（用户任务）', 'bpmn:ServiceTask': '检查或处理（服务任务）',
  'bpmn:SequenceFlow': '连线', 'bpmn:ExclusiveGateway': '判断', 'bpmn:ParallelGateway': '并行',
  'bpmn:StartEvent': '开始', 'bpmn:EndEvent': '结束', 'bpmn:BoundaryEvent': '边界事件',
  'bpmn:IntermediateCatchEvent': '中间事件', 'bpmn:Process': '流程',
};

export default {
  name: 'DiagramEditor',
  props: {},
  emits: [],
  setup() {
    const key = route.params.key;
    const version = route.query.version ? Number(route.query.version) : null;
    const packaged = route.query.packaged === 'true';
    const container = ref(null);
    const error = ref(null);
    const ready = ref(false);
    const busy = ref(false);
    const checkBeans = ref([]);
    const elements = ref([]);
    // bpmn-js elements must stay unproxied: the modeler compares them by identity
    const selected = shallowRef(null);
    const form = reactive({ id: '', name: '', groups: [], assignee: '', dueDays: '', bean: '', condition: '' });
    const result = reactive({ problems: [], warnings: [], valid: false, checked: false });
    let modeler = null;
    let marked = [];

    const kind = computed(() => selected.value && selected.value.type);
    const typeLabel = computed(() => TYPE_LABELS[kind.value] || kind.value);

    function attr(bo, name) {
      const value = bo.get ? bo.get(name) : undefined;
      return value !== undefined ? value : (bo.$attrs || {})[name];
    }

    function refreshElements() {
      const registry = modeler.get('elementRegistry');
      elements.value = registry.filter((e) => e.type !== 'label' && e.type !== 'bpmn:Process' && !e.labelTarget)
        .map((e) => ({ id: e.id, label: `${e.businessObject.name || '（未命名）'} · ${TYPE_LABELS[e.type] || e.type} · ${e.id}` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    }

    function select(element) {
      selected.value = element;
      if (!element) {
        return;
      }
      const bo = element.businessObject;
      form.id = bo.id;
      form.name = bo.name || '';
      const groups = attr(bo, 'camunda:candidateGroups') || '';
      form.groups = groups ? groups.split(',').map((g) => g.trim()) : [];
      form.assignee = attr(bo, 'camunda:assignee') || '';
      const due = (attr(bo, 'camunda:dueDate') || '').match(DUE);
      form.dueDays = due ? due[1] : '';
      const bean = (attr(bo, 'camunda:delegateExpression') || '').match(BEAN);
      form.bean = bean ? bean[1] : '';
      form.condition = bo.conditionExpression ? bo.conditionExpression.body : '';
    }

    function pick(id) {
      const element = modeler.get('elementRegistry').get(id);
      if (element) {
        modeler.get('selection').select(element);
        const canvas = modeler.get('canvas');
        if (typeof canvas.scrollToElement === 'function') {
          canvas.scrollToElement(element);
        }
      }
    }

    /** Writes the panel's fields to the selected element (one undoable command each). */
    function apply() {
      const element = selected.value;
      if (!element) {
        return;
      }
      const modeling = modeler.get('modeling');
      const props = { name: form.name || undefined };
      if (form.id && form.id !== element.businessObject.id) {
        props.id = form.id;
      }
      if (kind.value === 'bpmn:UserTask') {
        props['camunda:candidateGroups'] = form.groups.length ? form.groups.join(',') : undefined;
        props['camunda:assignee'] = form.assignee || undefined;
        props['camunda:dueDate'] = form.dueDays ? `\${workingDays.after(${Number(form.dueDays)})}` : undefined;
      }
      if (kind.value === 'bpmn:ServiceTask' && form.bean) {
        props['camunda:delegateExpression'] = `\${${form.bean}}`;
      }
      if (kind.value === 'bpmn:SequenceFlow') {
        const moddle = modeler.get('moddle');
        props.conditionExpression = form.condition
          ? moddle.create('bpmn:FormalExpression', { body: form.condition }) : undefined;
      }
      modeling.updateProperties(element, props);
      refreshElements();
      notify('已修改，部署后生效', 'info');
    }

    /** Puts a new approval step on the selected flow (the flow is split in two). */
    function insertUserTask() {
      const flow = selected.value;
      const source = flow.source;
      const target = flow.target;
      const modeling = modeler.get('modeling');
      const shape = modeler.get('elementFactory').createShape({ type: 'bpmn:UserTask' });
      // the new step goes below the flow's midpoint, so that it does not hide the steps it joins
      const waypoints = flow.waypoints;
      const a = waypoints[0];
      const b = waypoints[waypoints.length - 1];
      const position = { x: Math.round((a.x + b.x) / 2), y: Math.round(Math.max(a.y, b.y) + 110) };
      const created = modeling.createShape(shape, position, source.parent);
      modeling.reconnectEnd(flow, created, { x: created.x + created.width / 2, y: created.y + created.height / 2 });
      modeling.connect(created, target);
      modeling.updateProperties(created, { name: '新审批环节' });
      refreshElements();
      modeler.get('selection').select(created);
    }

    async function currentXml() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }

    function mark(findings) {
      const canvas = modeler.get('canvas');
      const registry = modeler.get('elementRegistry');
      marked.forEach((id) => registry.get(id) && canvas.removeMarker(id, 'has-problem'));
      marked = findings.map((p) => p.elementId).filter((id) => id && registry.get(id));
      marked.forEach((id) => canvas.addMarker(id, 'has-problem'));
    }

    async function send(dryRun) {
      busy.value = true;
      try {
        const xml = await currentXml();
        const file = new File([xml], `${key}.bpmn`, { type: 'application/xml' });
        const answer = await uploadDiagram(file, dryRun);
        if (dryRun) {
          result.problems = answer.problems;
          result.warnings = answer.warnings;
          result.valid = answer.valid;
          result.checked = true;
          mark(answer.problems);
          return answer;
        }
        notify(`已部署第 ${answer.version} 版，新申请即按此版本办理`);
        navigate('/admin/processes');
        return answer;
      } catch (e) {
        result.problems = (e.body && e.body.problems) || [{ elementId: null, message: e.message }];
        result.warnings = (e.body && e.body.warnings) || [];
        result.valid = false;
        result.checked = true;
        mark(result.problems);
        return null;
      } finally {
        busy.value = false;
      }
    }

    async function deploy() {
      const preview = await send(true);
      if (!preview || !preview.valid) {
        return;
      }
      if (preview.warnings.length && !window.confirm(`部署前请确认：\n${preview.warnings.map((w) => w.message).join('\n')}`)) {
        return;
      }
      await send(false);
    }

    async function download() {
      const xml = await currentXml();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.download = `${key}.bpmn`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }

    async function importFile(event) {
      const file = event.target.files[0];
      if (!file) {
        return;
      }
      try {
        await modeler.importXML(await file.text());
        modeler.get('canvas').zoom('fit-viewport', 'auto');
        refreshElements();
        select(null);
        result.checked = false;
        notify(`已载入 ${file.name}，尚未部署`, 'info');
      } catch (e) {
        notify(`文件无法作为 BPMN 打开：${e.message}`, 'danger');
      }
    }

    function zoom(step) {
      const canvas = modeler.get('canvas');
      if (step === 0) {
        canvas.zoom('fit-viewport', 'auto');
      } else {
        canvas.zoom(Math.min(3, Math.max(0.2, canvas.zoom() * step)));
      }
    }

    onMounted(async () => {
      try {
        const url = packaged ? `/api/admin/processes/${key}/packaged/xml`
          : `/api/admin/processes/${key}/xml${version ? `?version=${version}` : ''}`;
        const [Modeler, xml, beans] = await Promise.all([loadModeler(), fetch(url, { credentials: 'same-origin' })
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`流程图无法读取（${r.status}）`)))),
        api.get('/api/admin/check-beans')]);
        checkBeans.value = beans;
        if (!container.value) {
          return;
        }
        modeler = new Modeler({ container: container.value, keyboard: { bindTo: document } });
        await modeler.importXML(xml);
        modeler.get('canvas').zoom('fit-viewport', 'auto');
        modeler.on('selection.changed', (e) => select(e.newSelection.length === 1 ? e.newSelection[0] : null));
        refreshElements();
        ready.value = true;
      } catch (e) {
        error.value = e.message || '流程图无法打开';
      }
    });

    onBeforeUnmount(() => {
      if (modeler) {
        // as in the case page's diagram: diagram-js's debounced zoom notice must pass first
        const leaving = modeler;
        modeler = null;
        setTimeout(() => leaving.destroy(), 500);
      }
    });

    return { key, version, packaged, container, error, ready, busy, checkBeans, elements, selected, form, result,
      kind, typeLabel, groupChoices: GROUP_CHOICES, pick, apply, insertUserTask, send, deploy, download, importFile,
      zoom };
  },
  template: `
    <div class="diagram-editor">
      <div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
        <h1 class="h5 mb-0">编辑流程图 <code class="small">{{ key }}</code>
          <span class="small text-secondary">{{ packaged ? '随版本发布的流程图' : (version ? '基于第 ' + version + ' 版' : '基于最新版本') }}</span></h1>
        <div class="d-flex flex-wrap gap-2">
          <a class="btn btn-sm btn-outline-secondary" href="#/admin/processes">返回流程管理</a>
          <label class="btn btn-sm btn-outline-secondary mb-0">上传 .bpmn<input type="file" accept=".bpmn,.xml" class="d-none" id="import-file" @change="importFile"></label>
          <button class="btn btn-sm btn-outline-secondary" :disabled="!ready" @click="download" id="download-xml">下载 XML</button>
          <button class="btn btn-sm btn-outline-primary" :disabled="!ready || busy" @click="send(true)" id="validate-diagram">校验</button>
          <button class="btn btn-sm btn-primary" :disabled="!ready || busy" @click="deploy" id="deploy-diagram">部署</button>
        </div>
      </div>
      <div v-if="error" class="alert alert-danger">{{ error }}</div>
      <div v-if="result.checked" id="validation-result">
        <div v-if="result.problems.length" class="alert alert-danger small py-2" id="diagram-problems">
          <div class="fw-semibold">有 {{ result.problems.length }} 处问题（已在图中标红），未部署：</div>
          <ul class="mb-0"><li v-for="(p, i) in result.problems" :key="i"><a v-if="p.elementId" href="" @click.prevent="pick(p.elementId)"><code>{{ p.elementId }}</code></a> {{ p.message }}</li></ul>
        </div>
        <div v-else class="alert alert-success small py-2 mb-2">校验通过，可以部署。</div>
        <div v-if="result.warnings.length" class="alert alert-warning small py-2">
          <ul class="mb-0"><li v-for="(w, i) in result.warnings" :key="i">{{ w.message }}</li></ul>
        </div>
      </div>
      <div class="editor-layout">
        <div class="editor-canvas-frame">
          <div class="btn-group btn-group-sm editor-zoom" role="group" aria-label="缩放">
            <button type="button" class="btn btn-light border" @click="zoom(1.25)" title="放大">＋</button>
            <button type="button" class="btn btn-light border" @click="zoom(0.8)" title="缩小">－</button>
            <button type="button" class="btn btn-light border" @click="zoom(0)" title="适应窗口">适应</button>
          </div>
          <div v-if="!ready && !error" class="text-secondary small p-3">正在打开流程图…</div>
          <div ref="container" class="editor-canvas" id="editor-canvas" :data-ready="ready ? 'true' : 'false'"></div>
        </div>
        <aside class="editor-panel card">
          <div class="card-body small">
            <label class="form-label fw-semibold" for="element-picker">选择元素</label>
            <select class="form-select form-select-sm mb-3" id="element-picker" :value="selected ? selected.id : ''" @change="pick($event.target.value)">
              <option value="">（在图中点击，或从这里选择）</option>
              <option v-for="e in elements" :key="e.id" :value="e.id">{{ e.label }}</option>
            </select>
            <template v-if="selected">
              <div class="text-secondary mb-2">{{ typeLabel }}</div>
              <label class="form-label" for="element-id">标识（id）</label>
              <input class="form-control form-control-sm mb-2" id="element-id" v-model="form.id">
              <label class="form-label" for="element-name">名称</label>
              <input class="form-control form-control-sm mb-2" id="element-name" v-model="form.name">
              <template v-if="kind === 'bpmn:UserTask'">
                <label class="form-label" for="element-groups">候选组（可多选）</label>
                <select multiple class="form-select form-select-sm mb-1" id="element-groups" v-model="form.groups" size="6">
                  <option v-for="g in groupChoices" :key="g.value" :value="g.value">{{ g.label }}</option>
                </select>
                <div class="form-text mb-2"><code>\${unitCode}</code> 代表申请单位，<code>\${govCode}</code> 代表申请单位所在的本级政府：如 <code>\${govCode}.FINANCE</code> 是本级财政部门，待办只发给申请人本级的审批人。</div>
                <label class="form-label" for="element-assignee">办理人（可选）</label>
                <input class="form-control form-control-sm mb-1" id="element-assignee" v-model="form.assignee" placeholder="如 \${applicant}">
                <div class="form-text mb-2"><code>\${applicant}</code> 为申请人本人；设置了候选组时一般不填。</div>
                <label class="form-label" for="element-due">办理期限（工作日）</label>
                <input type="number" min="1" max="60" class="form-control form-control-sm mb-1" id="element-due" v-model="form.dueDays" placeholder="不填按本级规定">
                <div class="form-text mb-2">按工作日历计算，节假日不计；不填时使用标准目录中的本级规定期限。</div>
              </template>
              <template v-if="kind === 'bpmn:ServiceTask'">
                <label class="form-label" for="element-bean">执行的检查</label>
                <select class="form-select form-select-sm mb-1" id="element-bean" v-model="form.bean">
                  <option value="">（保持不变）</option>
                  <option v-for="b in checkBeans" :key="b.bean" :value="b.bean">{{ b.name }} — {{ b.articles.join('、') }}</option>
                </select>
                <div class="form-text mb-2" v-if="form.bean">{{ (checkBeans.find((b) => b.bean === form.bean) || {}).basis }}</div>
              </template>
              <template v-if="kind === 'bpmn:SequenceFlow'">
                <label class="form-label" for="element-condition">条件</label>
                <input class="form-control form-control-sm mb-1" id="element-condition" v-model="form.condition" placeholder="如 \${decision == 'APPROVE'}">
                <div class="form-text mb-2">审批意见：<code>\${decision == 'APPROVE'}</code> 同意、<code>'REJECT'</code> 不同意、<code>'RETURN'</code> 退回。</div>
                <button class="btn btn-sm btn-outline-primary mb-2 w-100" id="insert-user-task" @click="insertUserTask">在此连线上插入审批环节</button>
              </template>
              <button class="btn btn-sm btn-primary w-100" id="apply-element" @click="apply">应用修改</button>
            </template>
            <p v-else class="text-secondary mb-0">在图中点击一个环节、判断或连线，在这里修改它的名称、办理人、办理期限、检查或条件。可用左侧工具栏添加元素。</p>
          </div>
        </aside>
      </div>
    </div>
  `,
};

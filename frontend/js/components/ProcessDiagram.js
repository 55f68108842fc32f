// 流程图: the case's BPMN drawn by bpmn-js, current steps highlighted, completed ones marked.
// bpmn-js is loaded on first use only, so that lists and forms stay light. It opens fitted when the
// labels stay legible so, else at a legible zoom centred on the current step; beside it the steps
// as a plain list (done, current, ahead).
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { api } from '../api.js';

/** Below this zoom bpmn-js's 11 px labels are no longer legible. */
const LEGIBLE_ZOOM = 0.8;

const STEP_TYPES = ['userTask', 'serviceTask', 'sendTask', 'scriptTask', 'businessRuleTask', 'callActivity'];

/** The steps of a BPMN document in document order: id, name, automatic or not. */
function stepsOf(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagNameNS('*', '*')]
    .filter((e) => STEP_TYPES.includes(e.localName) && e.getAttribute('name'))
    .map((e) => ({ id: e.getAttribute('id'), name: e.getAttribute('name').replace(/\s+/g, ''),
      automatic: e.localName !== 'userTask' }));
}

const BPMN_JS = '/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js';
const BPMN_CSS = '/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css';

let loading = null;

function loadViewer() {
  if (window.BpmnJS) {
    return Promise.resolve(window.BpmnJS);
  }
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = BPMN_CSS;
      document.head.appendChild(css);
      const script = document.createElement('script');
      script.src = BPMN_JS;
      script.onload = () => resolve(window.BpmnJS);
      script.onerror = () => {
        loading = null;
        reject(new Error('流程图组件加载失败'));
      };
      document.head.appendChild(script);
    });
  }
  return loading;
}

export default {
  name: 'ProcessDiagram',
  props: {
    applicationId: { type: String, required: true },
  },
  emits: [],
  setup(props) {
    const container = ref(null);
    const error = ref(null);
    const ready = ref(false);
    const steps = ref([]);
    let viewer = null;

    /** Fitted if legible so; else legible, around the current step (or the start). */
    function openZoom(canvas, registry, active) {
      canvas.zoom('fit-viewport', 'auto');
      if (canvas.zoom() >= LEGIBLE_ZOOM) {
        return;
      }
      const focus = registry.get([...active][0]) || registry.filter((e) => e.type === 'bpmn:StartEvent')[0];
      const box = canvas.viewbox();
      if (focus) {
        const centre = { x: focus.x + (focus.width || 0) / 2, y: focus.y + (focus.height || 0) / 2 };
        canvas.zoom(LEGIBLE_ZOOM, centre);
        const now = canvas.viewbox();
        canvas.viewbox({ x: centre.x - now.width / 2, y: centre.y - now.height / 2, width: now.width, height: now.height });
      } else {
        canvas.zoom(LEGIBLE_ZOOM, { x: box.x, y: box.y });
      }
    }

    function zoom(step) {
      if (!viewer) {
        return;
      }
      const canvas = viewer.get('canvas');
      if (step === 0) {
        canvas.zoom('fit-viewport', 'auto');
      } else {
        canvas.zoom(Math.min(3, Math.max(0.2, canvas.zoom() * step)));
      }
    }

    onMounted(async () => {
      try {
        const [BpmnJS, diagram] = await Promise.all([
          loadViewer(),
          api.get(`/api/applications/${encodeURIComponent(props.applicationId)}/diagram`),
        ]);
        if (!container.value) {
          return; // the page was left meanwhile
        }
        // the page scrolls with the wheel; zooming is done with the buttons, panning by dragging
        viewer = new BpmnJS({ container: container.value, zoomScroll: { enabled: false } });
        await viewer.importXML(diagram.bpmnXml);
        const canvas = viewer.get('canvas');
        const registry = viewer.get('elementRegistry');
        const mark = (ids, marker) => (ids || []).forEach((id) => {
          if (registry.get(id)) {
            canvas.addMarker(id, marker);
          }
        });
        const active = new Set(diagram.activeActivityIds || []);
        mark((diagram.completedActivityIds || []).filter((id) => !active.has(id)), 'highlight-done');
        mark([...active], 'highlight-active');
        // task actions taken at a step (转办、委派、加签 ...), one small label per step
        const overlays = viewer.get('overlays');
        const byStep = new Map();
        (diagram.actions || []).forEach((a) => {
          if (registry.get(a.activityId)) {
            const labels = byStep.get(a.activityId) || new Set();
            labels.add(a.label);
            byStep.set(a.activityId, labels);
          }
        });
        byStep.forEach((labels, id) => {
          const badge = document.createElement('span');
          badge.className = 'badge text-bg-info step-actions-badge';
          badge.dataset.activityId = id;
          badge.textContent = [...labels].join('·');
          overlays.add(id, { position: { top: -10, left: 0 }, html: badge });
        });
        const done = new Set(diagram.completedActivityIds || []);
        steps.value = stepsOf(diagram.bpmnXml).map((s) => ({
          ...s, state: active.has(s.id) ? 'active' : done.has(s.id) ? 'done' : 'ahead',
        }));
        openZoom(canvas, registry, active);
        ready.value = true;
      } catch (e) {
        error.value = e.message || '流程图无法显示';
      }
    });

    onBeforeUnmount(() => {
      if (viewer) {
        // diagram-js updates the viewbox 300 ms after a zoom (debounced) and reads its container then:
        // destroyed right away, that update fails on the removed container; destroy after it instead
        const leaving = viewer;
        viewer = null;
        setTimeout(() => leaving.destroy(), 400);
      }
    });

    const stateLabel = { active: '当前', done: '已完成', ahead: '' };
    return { container, error, ready, zoom, steps, stateLabel };
  },
  template: `
    <div class="process-diagram">
      <div v-if="error" class="alert alert-warning small mb-0">{{ error }}</div>
      <template v-else>
        <div class="d-flex align-items-center justify-content-between mb-2 small">
          <div class="legend text-secondary">
            <span class="legend-swatch legend-active"></span>当前环节
            <span class="legend-swatch legend-done ms-3"></span>已完成
            <span class="ms-3 d-none d-md-inline">（拖动可平移）</span>
          </div>
          <div class="btn-group btn-group-sm" role="group" aria-label="缩放">
            <button type="button" class="btn btn-outline-secondary" @click="zoom(1.25)" title="放大">＋</button>
            <button type="button" class="btn btn-outline-secondary" @click="zoom(0.8)" title="缩小">－</button>
            <button type="button" class="btn btn-outline-secondary" @click="zoom(0)" title="适应窗口">适应</button>
          </div>
        </div>
        <div class="row g-2">
          <div class="col-lg-9">
            <div class="diagram-frame">
              <div v-if="!ready" class="text-secondary small p-3 diagram-loading">正在绘制流程图…</div>
              <!-- bpmn-js owns the children of this element -->
              <div ref="container" class="diagram-canvas" id="diagram-canvas" :data-ready="ready ? 'true' : 'false'"></div>
            </div>
          </div>
          <div class="col-lg-3">
            <div class="small fw-semibold mb-1">环节列表</div>
            <ol class="list-unstyled small mb-0 diagram-steps" id="diagram-steps">
              <li v-for="s in steps" :key="s.id" :data-step="s.id" :data-state="s.state"
                  :class="['diagram-step', 'py-1', 'border-bottom', { 'fw-semibold text-primary': s.state === 'active', 'text-secondary': s.state === 'ahead' }]">
                <span :class="['step-dot', 'me-1', 'step-dot-' + s.state]" aria-hidden="true"></span>{{ s.name }}
                <span v-if="s.automatic" class="badge text-bg-light border ms-1">自动</span>
                <span v-if="stateLabel[s.state]" :class="['badge', 'ms-1', s.state === 'active' ? 'text-bg-primary' : 'text-bg-success']">{{ stateLabel[s.state] }}</span>
              </li>
            </ol>
          </div>
        </div>
      </template>
    </div>
  `,
};

// 流程图: the case's BPMN drawn by bpmn-js, current steps highlighted, completed ones marked.
// bpmn-js is loaded on first use only, so that lists and forms stay light.
import { ref, onMounted, onBeforeUnmount } from 'vue';
import { api } from '../api.js';

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
    let viewer = null;

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
        canvas.zoom('fit-viewport', 'auto');
        ready.value = true;
      } catch (e) {
        error.value = e.message || '流程图无法显示';
      }
    });

    onBeforeUnmount(() => {
      if (viewer) {
        viewer.destroy();
        viewer = null;
      }
    });

    return { container, error, ready, zoom };
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
        <div class="diagram-frame">
          <div v-if="!ready" class="text-secondary small p-3 diagram-loading">正在绘制流程图…</div>
          <!-- bpmn-js owns the children of this element -->
          <div ref="container" class="diagram-canvas" id="diagram-canvas" :data-ready="ready ? 'true' : 'false'"></div>
        </div>
      </template>
    </div>
  `,
};

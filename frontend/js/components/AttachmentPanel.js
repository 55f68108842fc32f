// 附件材料: the files of a case (or, before submission, of the form being filled in), the documents
// the family requires with a mark for each one present, and a drop area to add files.
import { ref, computed, onMounted } from 'vue';
import { api } from '../api.js';
import { dateTime } from '../format.js';
import { notify } from '../store.js';

const requiredCache = new Map();
let limitsPromise = null;

function requiredDocuments(key) {
  if (!requiredCache.has(key)) {
    requiredCache.set(key, api.get(`/api/processes/${encodeURIComponent(key)}/documents`).catch((e) => {
      requiredCache.delete(key);
      throw e;
    }));
  }
  return requiredCache.get(key);
}

function limits() {
  if (!limitsPromise) {
    limitsPromise = api.get('/api/attachments/limits').catch((e) => {
      limitsPromise = null;
      throw e;
    });
  }
  return limitsPromise;
}

/** Whether a required document applies to a form, by its `when` (field → accepted values). */
export function applies(document, form) {
  return Object.entries(document.when || {}).every(([field, values]) => form && values.includes(String(form[field])));
}

export function sizeText(bytes) {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1048576).toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

export default {
  name: 'AttachmentPanel',
  props: {
    processKey: { type: String, required: true },
    // null: a form not yet submitted (uploads wait for the submission)
    applicationId: { type: String, default: null },
    // the step that uploads belong to; without it the panel only lists
    taskId: { type: String, default: null },
    canUpload: { type: Boolean, default: false },
    // the form the requirements are judged on, and the step whose requirements are shown (null: submission)
    form: { type: Object, default: null },
    step: { type: String, default: null },
  },
  emits: ['change'],
  setup(props, { emit }) {
    const items = ref([]);
    const required = ref([]);
    const limit = ref(null);
    const documentType = ref('');
    const uploading = ref(0);
    const error = ref(null);
    const over = ref(false);
    const input = ref(null);

    const requiredHere = computed(() => required.value.filter((d) => (props.step ? d.step === props.step : !d.step)
      && applies(d, props.form)));
    const present = (type) => items.value.some((a) => a.documentType === type);

    async function load() {
      try {
        required.value = await requiredDocuments(props.processKey);
        if (props.canUpload) {
          limit.value = await limits();
        }
        if (props.applicationId) {
          items.value = await api.get(`/api/applications/${encodeURIComponent(props.applicationId)}/attachments`);
        }
      } catch (e) {
        error.value = e.message;
      }
    }

    async function send(files) {
      error.value = null;
      for (const file of files) {
        uploading.value += 1;
        try {
          const url = props.applicationId
            ? `/api/applications/${encodeURIComponent(props.applicationId)}/attachments` : '/api/attachments';
          const created = await api.upload(url, file, {
            taskId: props.applicationId ? props.taskId : null,
            processKey: props.applicationId ? null : props.processKey,
            documentType: documentType.value,
          });
          items.value = [...items.value, created];
          emit('change', items.value);
          notify(`已上传：${created.name}`);
        } catch (e) {
          error.value = `${file.name}：${(e.fields && e.fields.file) || e.message}`;
        } finally {
          uploading.value -= 1;
        }
      }
      documentType.value = '';
    }

    function picked(event) {
      send([...event.target.files]);
      event.target.value = '';
    }

    function dropped(event) {
      over.value = false;
      send([...event.dataTransfer.files]);
    }

    async function remove(item) {
      if (!window.confirm(`确定删除附件“${item.name}”吗？`)) {
        return;
      }
      try {
        await api.delete(`/api/attachments/${encodeURIComponent(item.id)}`);
        items.value = items.value.filter((a) => a.id !== item.id);
        emit('change', items.value);
        notify(`已删除：${item.name}`);
      } catch (e) {
        error.value = e.message;
      }
    }

    onMounted(load);
    return { items, required, requiredHere, limit, documentType, uploading, error, over, input, present, picked,
      dropped, remove, dateTime, sizeText };
  },
  template: `
    <div class="attachment-panel" :data-application-id="applicationId || ''">
      <div v-if="requiredHere.length" class="required-documents mb-2">
        <div class="small fw-semibold mb-1">{{ step ? '本环节须上传的材料' : '必备材料' }}</div>
        <ul class="list-unstyled small mb-0">
          <li v-for="d in requiredHere" :key="d.type" :data-document-type="d.type"
              :class="present(d.type) ? 'text-success' : 'text-danger'">
            <span aria-hidden="true">{{ present(d.type) ? '✓' : '✗' }}</span>
            {{ d.name }}<span class="text-secondary">（{{ d.basis }}）</span>
            <span class="visually-hidden">{{ present(d.type) ? '已上传' : '未上传' }}</span>
            <div v-if="d.description && !present(d.type)" class="text-secondary ms-3">{{ d.description }}</div>
          </li>
        </ul>
      </div>

      <div v-if="canUpload" :class="['drop-zone', 'mb-2', { over }]" id="drop-zone"
           @dragover.prevent="over = true" @dragleave.prevent="over = false" @drop.prevent="dropped">
        <div class="d-flex flex-wrap align-items-center gap-2">
          <span>将文件拖放到此处，或</span>
          <label class="btn btn-sm btn-outline-primary mb-0">
            选择文件<input type="file" class="visually-hidden" id="attachment-input" multiple @change="picked">
          </label>
          <select v-if="required.length" class="form-select form-select-sm w-auto" id="attachment-type"
                  v-model="documentType" aria-label="材料类型">
            <option value="">其他材料</option>
            <option v-for="d in required" :key="d.type" :value="d.type">{{ d.name }}</option>
          </select>
        </div>
        <div class="small text-secondary mt-1" v-if="limit">
          支持 {{ limit.typesText }}，单个文件不超过 {{ limit.maxSizeText }}
        </div>
        <div v-if="uploading" class="small text-primary mt-1">正在上传…</div>
      </div>
      <div v-if="error" class="alert alert-danger small py-2" id="attachment-error" role="alert">{{ error }}</div>

      <div v-if="!items.length" class="text-secondary small" id="no-attachments">暂无附件</div>
      <ul v-else class="list-group attachment-list">
        <li v-for="a in items" :key="a.id" class="list-group-item d-flex align-items-start gap-2 attachment-item"
            :data-attachment-id="a.id">
          <div class="me-auto text-break">
            <a :href="'/api/attachments/' + encodeURIComponent(a.id)" class="attachment-name" download>{{ a.name }}</a>
            <span v-if="a.documentName" class="badge text-bg-info ms-1">{{ a.documentName }}</span>
            <div class="small text-secondary">
              {{ a.stepName }} · {{ a.uploadedByName || a.uploadedBy }} · {{ sizeText(a.size) }} · {{ dateTime(a.uploadedAt) }}
            </div>
          </div>
          <button v-if="a.deletable" type="button" class="btn btn-sm btn-outline-danger flex-shrink-0"
                  :aria-label="'删除 ' + a.name" @click="remove(a)">删除</button>
        </li>
      </ul>
    </div>
  `,
};

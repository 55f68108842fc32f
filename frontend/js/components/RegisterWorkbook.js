// Excel for a register: the template and the export as downloads, and an import that either
// writes every row or lists every bad row with its row number (nothing imported then).
import { ref } from 'vue';
import { api } from '../api.js';
import { notify } from '../store.js';

export default {
  name: 'RegisterWorkbook',
  props: {
    base: { type: String, required: true }, // e.g. /api/registers/office-space
    exportQuery: { type: String, default: '' }, // e.g. unit=sx-jyt
    canImport: { type: Boolean, default: false },
    idPrefix: { type: String, default: 'register' },
  },
  emits: ['imported'],
  setup(props, { emit }) {
    const file = ref(null);
    const input = ref(null);
    const errors = ref([]);
    const message = ref('');
    const busy = ref(false);
    function pick(event) {
      file.value = event.target.files[0] || null;
      errors.value = [];
      message.value = '';
    }
    async function upload() {
      if (!file.value) {
        message.value = '请先选择要导入的 Excel 文件（.xlsx）';
        return;
      }
      busy.value = true;
      errors.value = [];
      message.value = '';
      try {
        const result = await api.upload(`${props.base}/import`, file.value);
        notify(`已导入 ${result.imported} 行`);
        file.value = null;
        if (input.value) {
          input.value.value = '';
        }
        emit('imported');
      } catch (e) {
        message.value = e.message;
        errors.value = (e.body && e.body.errors) || [];
        if (e.fields && e.fields.file) {
          message.value = e.fields.file;
        }
      } finally {
        busy.value = false;
      }
    }
    return { file, input, errors, message, busy, pick, upload };
  },
  template: `
    <div class="register-workbook d-flex flex-wrap align-items-center gap-2">
      <a class="btn btn-outline-secondary btn-sm" :id="idPrefix + '-template'" :href="base + '/template.xlsx'">下载模板</a>
      <a class="btn btn-outline-secondary btn-sm" :id="idPrefix + '-export'" :href="base + '/export.xlsx' + (exportQuery ? '?' + exportQuery : '')">导出 Excel</a>
      <template v-if="canImport">
        <input type="file" class="form-control form-control-sm workbook-file" :id="idPrefix + '-file'" ref="input"
               accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" @change="pick" aria-label="选择导入文件">
        <button type="button" class="btn btn-outline-primary btn-sm" :id="idPrefix + '-import'" :disabled="busy" @click="upload">导入</button>
      </template>
    </div>
    <div v-if="message" class="alert alert-danger py-2 mt-2 mb-0" :id="idPrefix + '-import-message'">
      {{ message }}
      <ul v-if="errors.length" class="mb-0 mt-1 small" :id="idPrefix + '-import-errors'">
        <li v-for="(e, i) in errors" :key="i" :data-row="e.row">第 {{ e.row }} 行：{{ e.message }}</li>
      </ul>
    </div>
  `,
};

// 流程管理: every family with its versions (running cases, who deployed it and when), the version
// new cases start on, suspend / activate, deploy a .bpmn (validated first, warnings confirmed),
// adopt a packaged diagram an upgrade shipped, and migrate running cases between versions.
import { ref, reactive, onMounted } from 'vue';
import { api, ApiError, csrfToken } from '../api.js';
import { notify } from '../store.js';
import { dateTime } from '../format.js';

/** Uploads one .bpmn file as multipart; returns the parsed JSON or throws an ApiError with the body. */
export async function uploadDiagram(file, dryRun) {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch(`/api/admin/deployments${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST', body, credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new ApiError(response.status, data && data.error, (data && data.message) || `部署失败（${response.status}）`,
      data && data.fields);
    error.body = data;
    throw error;
  }
  return data;
}

export default {
  name: 'AdminProcesses',
  props: {},
  emits: [],
  setup() {
    const families = ref(null);
    const error = ref(null);
    const busy = ref(false);
    const upload = reactive({ file: null, preview: null, problems: null });
    const migration = reactive({ key: null, from: null, to: null, preview: null, mapping: {}, error: null });

    async function load() {
      try {
        families.value = await api.get('/api/admin/processes');
      } catch (e) {
        error.value = e.message;
      }
    }

    async function setSuspended(family, version, suspend) {
      const verb = suspend ? '挂起' : '激活';
      if (suspend && !window.confirm(`挂起「${family.name}」第 ${version.version} 版？该版本不再开始新申请，其运行中的 ${version.runningCases} 件申请暂停办理。`)) {
        return;
      }
      busy.value = true;
      try {
        await api.post(`/api/admin/processes/${family.key}/versions/${version.version}/${suspend ? 'suspend' : 'activate'}`);
        notify(`已${verb}「${family.name}」第 ${version.version} 版`);
        await load();
      } catch (e) {
        notify(e.message, 'danger');
      } finally {
        busy.value = false;
      }
    }

    function chooseFile(event) {
      upload.file = event.target.files[0] || null;
      upload.preview = null;
      upload.problems = null;
    }

    async function validate() {
      if (!upload.file) {
        return;
      }
      busy.value = true;
      try {
        upload.preview = await uploadDiagram(upload.file, true);
        upload.problems = upload.preview.problems;
      } catch (e) {
        upload.problems = (e.body && e.body.problems) || [{ elementId: null, message: e.message }];
      } finally {
        busy.value = false;
      }
    }

    async function deploy() {
      busy.value = true;
      try {
        const result = await uploadDiagram(upload.file, false);
        notify(`已部署「${result.key}」第 ${result.version} 版，新申请即按此版本办理`);
        upload.file = null;
        upload.preview = null;
        upload.problems = null;
        await load();
      } catch (e) {
        upload.problems = (e.body && e.body.problems) || [{ elementId: null, message: e.message }];
      } finally {
        busy.value = false;
      }
    }

    async function adopt(family) {
      if (!window.confirm(`采用随版本发布的「${family.name}」流程图，部署为新版本？`)) {
        return;
      }
      try {
        const result = await api.post(`/api/admin/processes/${family.key}/packaged/adopt`);
        notify(`已部署「${family.name}」第 ${result.version} 版`);
        await load();
      } catch (e) {
        notify(e.message, 'danger');
      }
    }

    function startMigration(family, version) {
      Object.assign(migration, { key: family.key, from: version.version, to: family.latestVersion, preview: null,
        mapping: {}, error: null });
    }

    async function runMigration(dryRun) {
      migration.error = null;
      const mapping = Object.fromEntries(Object.entries(migration.mapping).filter(([, v]) => v));
      busy.value = true;
      try {
        const result = await api.post(`/api/admin/processes/${migration.key}/migrate`, {
          fromVersion: Number(migration.from), toVersion: Number(migration.to), mapping, dryRun,
        });
        migration.preview = result;
        if (!dryRun) {
          notify(`已将 ${result.migrated} 件申请迁移到第 ${result.toVersion} 版`);
          migration.key = null;
          await load();
        }
      } catch (e) {
        migration.error = e.message + (e.fields ? `：${Object.values(e.fields).join('；')}` : '');
      } finally {
        busy.value = false;
      }
    }

    onMounted(load);
    return { families, error, busy, upload, migration, setSuspended, chooseFile, validate, deploy, adopt,
      startMigration, runMigration, dateTime };
  },
  template: `
    <div class="admin-processes">
      <div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 class="h4 mb-0">流程管理</h1>
        <div class="d-flex gap-2">
          <a class="btn btn-sm btn-outline-secondary" href="#/admin/audit">审计日志</a>
          <a class="btn btn-sm btn-outline-secondary" href="#/admin/standards">标准与日历</a>
        </div>
      </div>
      <div v-if="error" class="alert alert-danger">{{ error }}</div>

      <section class="card mb-3" id="deploy-card">
        <div class="card-body">
          <h2 class="h6">部署流程图</h2>
          <p class="small text-secondary mb-2">上传在 Camunda Modeler 或本系统流程编辑器中制作的 .bpmn 文件。部署前逐项校验，有任何问题都不部署；部署后新申请立即按新版本办理，运行中的申请仍按原版本，可在下方迁移。</p>
          <div class="d-flex flex-wrap gap-2 align-items-center">
            <input type="file" accept=".bpmn,.xml" class="form-control form-control-sm upload-input" id="bpmn-file" @change="chooseFile">
            <button class="btn btn-sm btn-outline-primary" :disabled="!upload.file || busy" @click="validate" id="validate-upload">校验</button>
            <button class="btn btn-sm btn-primary" :disabled="!upload.preview || !upload.preview.valid || busy" @click="deploy" id="deploy-upload">确认部署</button>
          </div>
          <div v-if="upload.problems && upload.problems.length" class="alert alert-danger small mt-2 mb-0" id="upload-problems">
            <div class="fw-semibold mb-1">有 {{ upload.problems.length }} 处问题，未部署：</div>
            <ul class="mb-0"><li v-for="(p, i) in upload.problems" :key="i"><code v-if="p.elementId">{{ p.elementId }}</code> {{ p.message }}</li></ul>
          </div>
          <div v-else-if="upload.preview" class="small mt-2">
            <div class="text-success">校验通过：{{ upload.preview.key }}</div>
            <div v-if="upload.preview.changes" class="text-secondary">
              新增 {{ upload.preview.changes.added.length }} 个、删除 {{ upload.preview.changes.removed.length }} 个、改名 {{ upload.preview.changes.renamed.length }} 个环节
            </div>
            <div v-if="upload.preview.warnings.length" class="alert alert-warning small mt-2 mb-0" id="upload-warnings">
              <div class="fw-semibold">请确认以下提醒后再部署：</div>
              <ul class="mb-0"><li v-for="(w, i) in upload.preview.warnings" :key="i">{{ w.message }}</li></ul>
            </div>
          </div>
        </div>
      </section>

      <div v-if="!families" class="text-secondary">正在加载…</div>
      <section v-for="family in families || []" :key="family.key" class="card mb-3 family-card" :data-key="family.key">
        <div class="card-body">
          <div class="d-flex flex-wrap align-items-center justify-content-between gap-2">
            <h2 class="h6 mb-0">{{ family.name }} <code class="small text-secondary">{{ family.key }}</code></h2>
            <div class="d-flex flex-wrap gap-2 align-items-center small">
              <span v-if="family.newCasesVersion" class="badge text-bg-primary new-cases-version">新申请使用第 {{ family.newCasesVersion }} 版</span>
              <span v-else class="badge text-bg-warning">现行版本已挂起，暂停受理新申请</span>
              <span class="text-secondary">运行中 {{ family.runningCases }} 件</span>
              <a class="btn btn-sm btn-outline-primary" :href="'#/admin/processes/' + family.key + '/edit'">编辑流程图</a>
            </div>
          </div>
          <div v-if="family.packagedAvailable" class="alert alert-info small py-2 mt-2 mb-0 d-flex flex-wrap gap-2 align-items-center">
            <span>系统升级带来了新的随版本发布流程图，现行版本由管理员部署，未自动替换。</span>
            <a class="btn btn-sm btn-outline-secondary" :href="'#/admin/processes/' + family.key + '/edit?packaged=true'">查看</a>
            <button class="btn btn-sm btn-outline-primary" @click="adopt(family)">采用</button>
          </div>
          <div class="table-responsive mt-2">
            <table class="table table-sm align-middle mb-0 versions-table">
              <thead><tr><th>版本</th><th>来源</th><th>部署人</th><th>部署时间</th><th class="text-end">运行中</th><th>状态</th><th class="text-end">操作</th></tr></thead>
              <tbody>
                <tr v-for="v in family.versions" :key="v.version" :data-version="v.version">
                  <td>第 {{ v.version }} 版 <span v-if="v.current" class="badge text-bg-light">最新</span></td>
                  <td>{{ v.originLabel }}</td>
                  <td>{{ v.deployedByName }}</td>
                  <td class="text-nowrap">{{ v.deployedAt ? dateTime(v.deployedAt) : '—' }}</td>
                  <td class="text-end">{{ v.runningCases }}</td>
                  <td><span :class="['badge', v.suspended ? 'text-bg-warning' : 'text-bg-success']">{{ v.suspended ? '已挂起' : '激活' }}</span></td>
                  <td class="text-end text-nowrap">
                    <a class="btn btn-sm btn-link px-1" :href="'#/admin/processes/' + family.key + '/edit?version=' + v.version">查看</a>
                    <button v-if="!v.suspended" class="btn btn-sm btn-link px-1 text-warning suspend" :disabled="busy" @click="setSuspended(family, v, true)">挂起</button>
                    <button v-else class="btn btn-sm btn-link px-1 activate" :disabled="busy" @click="setSuspended(family, v, false)">激活</button>
                    <button v-if="!v.current && v.runningCases > 0" class="btn btn-sm btn-link px-1 migrate" @click="startMigration(family, v)">迁移</button>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <div v-if="migration.key === family.key" class="border rounded p-2 mt-2 small migration-box">
            <div class="d-flex flex-wrap gap-2 align-items-center">
              <span>将第</span>
              <input class="form-control form-control-sm version-input" type="number" v-model="migration.from" aria-label="原版本">
              <span>版运行中的申请迁移到第</span>
              <input class="form-control form-control-sm version-input" type="number" v-model="migration.to" aria-label="目标版本">
              <span>版</span>
              <button class="btn btn-sm btn-outline-primary" :disabled="busy" @click="runMigration(true)">预览</button>
              <button class="btn btn-sm btn-primary" :disabled="busy || !migration.preview || migration.preview.problems.length > 0" @click="runMigration(false)">执行迁移</button>
              <button class="btn btn-sm btn-link" @click="migration.key = null">取消</button>
            </div>
            <div v-if="migration.error" class="alert alert-danger small mt-2 mb-0">{{ migration.error }}</div>
            <div v-if="migration.preview" class="mt-2">
              <div>共 {{ migration.preview.instances.length }} 件申请：</div>
              <ul class="mb-1">
                <li v-for="i in migration.preview.instances" :key="i.processInstanceId">
                  <a :href="'#/applications/' + i.applicationId">{{ i.applicationId }}</a>：
                  <span v-for="s in i.steps" :key="s.activityId" class="me-2">{{ s.name }} → <b>{{ s.mappedToName || '无对应环节' }}</b></span>
                </li>
              </ul>
              <div v-for="p in migration.preview.problems" :key="p.applicationId + p.activityId" class="d-flex flex-wrap gap-2 align-items-center text-danger mb-1">
                <span>{{ p.message }}</span>
                <input class="form-control form-control-sm mapping-input" v-model="migration.mapping[p.activityId]" :placeholder="'对应的新环节 id'" :aria-label="p.activityId + ' 对应的新环节'">
              </div>
            </div>
          </div>
        </div>
      </section>
    </div>
  `,
};

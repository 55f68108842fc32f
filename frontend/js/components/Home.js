// 工作台: the home page of every user — open and overdue steps, returned cases with the reason,
// running cases, drafts, shortcuts to start each family, and the government's counts for the bureau.
import { ref, onMounted } from 'vue';
import { api } from '../api.js';
import { dateTime, STATUS } from '../format.js';
import { store, notify, hasRole } from '../store.js';

export default {
  name: 'HomePage',
  props: {},
  emits: [],
  setup() {
    const home = ref(null);
    const error = ref(null);

    async function load() {
      try {
        home.value = await api.get('/api/home');
      } catch (e) {
        error.value = e.message;
      }
    }

    async function removeDraft(draft) {
      if (!window.confirm(`删除草稿“${draft.title || draft.processName}”？删除后不能恢复。`)) {
        return;
      }
      try {
        await api.delete(`/api/drafts/${encodeURIComponent(draft.id)}`);
        notify('草稿已删除');
        await load();
      } catch (e) {
        notify(e.message, 'danger');
      }
    }

    const draftHref = (d) => `#/new/${encodeURIComponent(d.processKey)}?draft=${encodeURIComponent(d.id)}`;
    onMounted(load);
    return { isApplicant: hasRole('UNIT_STAFF'), home, error, store, dateTime, STATUS, removeDraft, draftHref };
  },
  template: `
    <h1 class="h4 mb-3">工作台 <small class="text-secondary fs-6">{{ store.me.name }}，您好</small></h1>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!home" class="text-secondary">正在加载…</div>
    <div v-else class="row g-3" id="home">
      <div class="col-12" v-if="home.shortcuts.length">
        <section class="card shadow-sm" id="home-shortcuts">
          <div class="card-header bg-white fw-semibold">发起申请</div>
          <div class="card-body d-flex flex-wrap gap-2">
            <a v-for="s in home.shortcuts" :key="s.processKey" class="btn btn-outline-primary btn-sm"
               :href="'#/new/' + encodeURIComponent(s.processKey)" :data-shortcut="s.processKey">{{ s.name }}</a>
          </div>
        </section>
      </div>

      <div class="col-12" v-if="home.returned.length">
        <section class="card shadow-sm border-warning" id="home-returned">
          <div class="card-header bg-warning-subtle fw-semibold">退回待修改（{{ home.returned.length }}）</div>
          <ul class="list-group list-group-flush">
            <li v-for="r in home.returned" :key="r.application.id" class="list-group-item"
                :data-application-id="r.application.id">
              <div class="d-flex flex-wrap justify-content-between gap-2">
                <a :href="'#/applications/' + encodeURIComponent(r.application.id)">{{ r.application.id }} {{ r.application.title }}</a>
                <span class="small text-secondary">{{ r.returnedAt }} · {{ r.returnedBy }} · {{ dateTime(r.at) }}</span>
              </div>
              <div class="small mt-1 return-reason">退回理由：{{ r.reason || '（未填写）' }}</div>
            </li>
          </ul>
        </section>
      </div>

      <div :class="isApplicant ? 'col-md-6' : 'col-12'">
        <section class="card shadow-sm h-100" id="home-tasks">
          <div class="card-header bg-white d-flex justify-content-between">
            <span class="fw-semibold">待办事项</span>
            <span class="small">共 <b id="home-open-count">{{ home.openTasks.total }}</b> 件，
              <span :class="{ 'text-danger fw-semibold': home.overdueTasks.total }">逾期 <b id="home-overdue-count">{{ home.overdueTasks.total }}</b> 件</span></span>
          </div>
          <ul class="list-group list-group-flush">
            <li v-if="!home.openTasks.items.length" class="list-group-item text-secondary small">暂无待办事项</li>
            <li v-for="t in home.openTasks.items" :key="t.taskId" class="list-group-item" :data-task-id="t.taskId">
              <div class="d-flex justify-content-between gap-2">
                <a :href="'#/tasks/' + encodeURIComponent(t.taskId)">{{ t.name }}：{{ t.title }}</a>
                <span v-if="t.overdue" class="badge text-bg-danger align-self-start">已逾期</span>
              </div>
              <div class="small text-secondary">{{ t.applicationId }} · {{ t.unitName }} · 办理期限 {{ dateTime(t.due) }}
                <span v-if="t.dueNote" class="badge text-bg-warning ms-1 due-note" :title="t.dueNote">可能不准</span></div>
            </li>
          </ul>
          <div class="card-footer bg-white"><a href="#/tasks" class="small">全部待办 →</a></div>
        </section>
      </div>

      <div class="col-md-6" v-if="isApplicant">
        <section class="card shadow-sm h-100" id="home-cases">
          <div class="card-header bg-white fw-semibold">我的申请</div>
          <div class="card-body">
            <div class="d-flex flex-wrap gap-2 mb-2">
              <a v-for="(count, code) in home.myCases" :key="code" :data-status-count="code"
                 :href="'#/applications?scope=mine&status=' + code" class="text-decoration-none">
                <status-badge kind="status" :value="code" :label="(STATUS[code] || {}).label + ' ' + count"></status-badge>
              </a>
            </div>
            <div class="small text-secondary mb-2">本月办结 {{ home.decidedThisMonth }} 件<span v-if="home.unreadMessages !== null"> · 未读消息 {{ home.unreadMessages }} 条</span></div>
            <ul class="list-unstyled small mb-0">
              <li v-for="a in home.running.items" :key="a.id" class="mb-1">
                <a :href="'#/applications/' + encodeURIComponent(a.id)">{{ a.id }} {{ a.title }}</a>
                <span class="text-secondary">（{{ a.currentStep || a.statusLabel }}）</span>
              </li>
            </ul>
          </div>
        </section>
      </div>

      <div class="col-12" v-if="home.drafts.length">
        <section class="card shadow-sm" id="home-drafts">
          <div class="card-header bg-white fw-semibold">草稿（{{ home.drafts.length }}）</div>
          <ul class="list-group list-group-flush">
            <li v-for="d in home.drafts" :key="d.id" class="list-group-item d-flex flex-wrap align-items-center gap-2"
                :data-draft-id="d.id">
              <div class="me-auto">
                <div>{{ d.title || '（未填写标题）' }}</div>
                <div class="small text-secondary">{{ d.processName }} · 保存于 {{ dateTime(d.savedAt) }}</div>
              </div>
              <a class="btn btn-sm btn-primary resume-draft" :href="draftHref(d)">继续填写</a>
              <button type="button" class="btn btn-sm btn-outline-danger delete-draft" @click="removeDraft(d)">删除</button>
            </li>
          </ul>
        </section>
      </div>

      <div class="col-12" v-if="home.government">
        <section class="card shadow-sm" id="home-government">
          <div class="card-header bg-white fw-semibold">{{ home.government.name }} 申请统计</div>
          <div class="card-body d-flex flex-wrap gap-3">
            <a v-for="(count, code) in home.government.cases" :key="code" class="stat text-decoration-none"
               :href="'#/applications?scope=all&status=' + code" :data-gov-count="code">
              <div class="fs-4 fw-semibold text-body">{{ count }}</div>
              <div class="small text-secondary">{{ (STATUS[code] || {}).label }}</div>
            </a>
            <div class="stat">
              <div class="fs-4 fw-semibold" :class="{ 'text-danger': home.government.overdueTasks }">{{ home.government.overdueTasks }}</div>
              <div class="small text-secondary">逾期环节</div>
            </div>
          </div>
        </section>
      </div>
    </div>
  `,
};

// The portal: signs the user in (via /api/me), defines the routes and mounts the views.
import { createApp, computed, watchEffect } from 'vue';
import { api } from './api.js';
import { defineRoutes, route, startRouter } from './router.js';
import { store, notify, refreshTaskCount, refreshMessageCount } from './store.js';
import AppHeader from './components/AppHeader.js';
import TaskList from './components/TaskList.js';
import DoneList from './components/DoneList.js';
import TaskView from './components/TaskView.js';
import ApplicationList from './components/ApplicationList.js';
import ApplicationPage from './components/ApplicationPage.js';
import ApplicationDetail from './components/ApplicationDetail.js';
import ProcessPicker from './components/ProcessPicker.js';
import NewApplication from './components/NewApplication.js';
import DynamicForm from './components/DynamicForm.js';
import FormValues from './components/FormValues.js';
import ChecksTable from './components/ChecksTable.js';
import Timeline from './components/Timeline.js';
import ProcessDiagram from './components/ProcessDiagram.js';
import StandardsView from './components/StandardsView.js';
import PageNav from './components/PageNav.js';
import HomePage from './components/Home.js';
import CaseForecast from './components/CaseForecast.js';
import StatusBadge from './components/StatusBadge.js';
import DashboardView from './components/DashboardView.js';
import AttachmentPanel from './components/AttachmentPanel.js';
import ApprovalFormPrint from './components/ApprovalFormPrint.js';
import MessageList from './components/MessageList.js';
import TaskActions from './components/TaskActions.js';
import CopyList from './components/CopyList.js';
import OrganisationAdmin from './components/OrganisationAdmin.js';
import VehicleRegister from './components/VehicleRegister.js';
import OfficeSpaceRegister from './components/OfficeSpaceRegister.js';
import RegisterWorkbook from './components/RegisterWorkbook.js';
import AssetRegister from './components/AssetRegister.js';
import PlanRegister from './components/PlanRegister.js';
import RegisterTabs from './components/RegisterTabs.js';
import AdminProcesses from './components/AdminProcesses.js';
import DiagramEditor from './components/DiagramEditor.js';
import AdminStandards from './components/AdminStandards.js';
import AuditLogView from './components/AuditLogView.js';
import ComparisonTable from './components/ComparisonTable.js';

defineRoutes([
  { name: 'home', path: '/' },
  { name: 'home', path: '/home' },
  { name: 'tasks', path: '/tasks' },
  { name: 'task', path: '/tasks/:id' },
  { name: 'done', path: '/done' },
  { name: 'cc', path: '/cc' },
  { name: 'applications', path: '/applications' },
  { name: 'application', path: '/applications/:id' },
  { name: 'print', path: '/applications/:id/print' },
  { name: 'messages', path: '/messages' },
  { name: 'new', path: '/new' },
  { name: 'newForm', path: '/new/:key' },
  { name: 'standards', path: '/standards' },
  { name: 'dashboard', path: '/dashboard' },
  { name: 'organisation', path: '/admin/organisation' },
  { name: 'vehicles', path: '/registers/vehicles' },
  { name: 'officeSpace', path: '/registers/office-space' },
  { name: 'assets', path: '/registers/assets' },
  { name: 'plans', path: '/registers/plans' },
  { name: 'adminProcesses', path: '/admin/processes' },
  { name: 'diagramEditor', path: '/admin/processes/:key/edit' },
  { name: 'adminStandards', path: '/admin/standards' },
  { name: 'audit', path: '/admin/audit' },
]);

const VIEWS = {
  home: 'HomePage',
  tasks: 'TaskList',
  task: 'TaskView',
  done: 'DoneList',
  cc: 'CopyList',
  applications: 'ApplicationList',
  application: 'ApplicationPage',
  print: 'ApprovalFormPrint',
  messages: 'MessageList',
  new: 'ProcessPicker',
  newForm: 'NewApplication',
  standards: 'StandardsView',
  dashboard: 'DashboardView',
  organisation: 'OrganisationAdmin',
  vehicles: 'VehicleRegister',
  officeSpace: 'OfficeSpaceRegister',
  assets: 'AssetRegister',
  plans: 'PlanRegister',
  adminProcesses: 'AdminProcesses',
  diagramEditor: 'DiagramEditor',
  adminStandards: 'AdminStandards',
  audit: 'AuditLogView',
};

const TITLES = {
  home: '工作台',
  tasks: '待办事项',
  task: '办理',
  done: '已办事项',
  cc: '抄送我的',
  applications: '申请列表',
  application: '申请详情',
  print: '审批单',
  messages: '消息',
  new: '新建申请',
  newForm: '填写申请',
  standards: '标准目录',
  dashboard: '统计报表',
  organisation: '组织机构管理',
  vehicles: '公务用车登记簿',
  officeSpace: '办公用房登记簿',
  assets: '资产登记簿与公物仓',
  plans: '保障年度计划登记簿',
  adminProcesses: '流程管理',
  diagramEditor: '编辑流程图',
  adminStandards: '标准与日历',
  audit: '审计日志',
};

const Root = {
  name: 'PortalRoot',
  setup() {
    const view = computed(() => VIEWS[route.name] || null);
    // a new key per route remounts the view, so that each page loads its own data afresh
    const viewKey = computed(() => `${route.path}?${new URLSearchParams(route.query)}`);
    watchEffect(() => {
      const title = route.name === 'application' ? `${route.params.id}`
        : route.name === 'print' ? `审批单 ${route.params.id}` : TITLES[route.name];
      document.title = title ? `${title} - 机关事务审批系统` : '机关事务审批系统';
    });
    return { store, route, view, viewKey };
  },
  template: `
    <app-header v-if="store.me"></app-header>
    <div class="notice-area" aria-live="polite">
      <div v-if="store.notice" :class="['alert', 'alert-' + store.notice.kind, 'alert-dismissible', 'shadow-sm', 'mb-0']"
           role="status" id="notice">
        {{ store.notice.text }}
        <button type="button" class="btn-close" aria-label="关闭" @click="store.notice = null"></button>
      </div>
    </div>
    <main class="container-xl py-3" v-if="store.me">
      <component v-if="view" :is="view" :key="viewKey"></component>
      <div v-else class="text-center py-5">
        <h1 class="h4">页面不存在</h1>
        <a href="#/home">返回工作台</a>
      </div>
    </main>
    <div v-else-if="store.bootError" class="container py-5">
      <div class="alert alert-danger">{{ store.bootError }}</div>
    </div>
    <div v-else class="boot-loading text-secondary">正在加载…</div>
  `,
};

async function boot() {
  const app = createApp(Root);
  const components = [AppHeader, TaskList, DoneList, TaskView, ApplicationList, ApplicationPage, ApplicationDetail,
    ProcessPicker, NewApplication, DynamicForm, FormValues, ChecksTable, Timeline, ProcessDiagram, StandardsView,
    PageNav, StatusBadge, AttachmentPanel, ApprovalFormPrint, MessageList, DashboardView, HomePage, CaseForecast,
    TaskActions, CopyList, OrganisationAdmin, VehicleRegister, OfficeSpaceRegister, RegisterWorkbook, AssetRegister,
    PlanRegister, RegisterTabs, AdminProcesses, DiagramEditor, AdminStandards, AuditLogView, ComparisonTable];
  components.forEach((c) => app.component(c.name, c));
  app.config.errorHandler = (error) => {
    // a fault in a view must not leave the user with a silently broken page
    console.error(error);
    notify('页面出现错误，请刷新后重试；如仍有问题请联系管理员。', 'danger');
  };
  app.mount('#app');

  try {
    store.me = await api.get('/api/me');
  } catch (e) {
    if (e.status !== 401) {
      store.bootError = `无法加载用户信息：${e.message}`;
    }
    return;
  }
  // back to the page the user was on when the session ended
  let returnTo = null;
  try {
    returnTo = sessionStorage.getItem('affairs.returnTo');
    sessionStorage.removeItem('affairs.returnTo');
  } catch (ignored) {
    returnTo = null;
  }
  if (returnTo && !window.location.hash) {
    window.location.hash = returnTo;
  }
  startRouter();
  refreshTaskCount();
  // new messages arrive while the portal is open: the badge looks again every minute
  setInterval(refreshMessageCount, 60000);
}

boot();

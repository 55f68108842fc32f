// The bar at the top: where to go, who is signed in, and the way out.
import { computed, ref, watch } from 'vue';
import { logout } from '../api.js';
import { route } from '../router.js';
import { store, hasRole, seesWholeGovernment } from '../store.js';

export default {
  name: 'AppHeader',
  props: {},
  emits: [],
  setup() {
    const links = computed(() => {
      const items = [
        { key: 'home', label: '工作台', href: '#/home' },
        { key: 'tasks', label: '待办', href: '#/tasks', badge: store.openTasks },
        { key: 'done', label: '已办', href: '#/done' },
        { key: 'messages', label: '消息', href: '#/messages', badge: store.unreadMessages },
        { key: 'cc', label: '抄送我的', href: '#/cc' },
      ];
      if (hasRole('UNIT_STAFF')) {
        items.push({ key: 'new', label: '新建申请', href: '#/new' });
        items.push({ key: 'mine', label: '我的申请', href: '#/applications?scope=mine' });
      }
      if (hasRole('UNIT_STAFF', 'UNIT_HEAD')) {
        items.push({ key: 'unit', label: '本单位申请', href: '#/applications?scope=unit' });
      }
      if (seesWholeGovernment()) {
        items.push({ key: 'all', label: '全部申请', href: '#/applications?scope=all' });
      }
      items.push({ key: 'dashboard', label: '统计报表', href: '#/dashboard' });
      // the registers link to each other: one entry keeps the bar on one line
      items.push({ key: 'registers', label: '登记簿', href: '#/registers/office-space' });
      items.push({ key: 'standards', label: '标准目录', href: '#/standards' });
      if (hasRole('ADMIN')) {
        items.push({ key: 'organisation', label: '组织机构', href: '#/admin/organisation' });
        // 流程管理, 标准与日历 and 审计日志 link to each other: one entry keeps the bar on one line
        items.push({ key: 'admin', label: '系统管理', href: '#/admin/processes' });
      }
      return items;
    });

    const active = computed(() => {
      switch (route.name) {
        case 'tasks':
        case 'task':
          return 'tasks';
        case 'new':
        case 'newForm':
          return 'new';
        case 'officeSpace':
        case 'vehicles':
        case 'assets':
        case 'plans':
          return 'registers';
        case 'adminProcesses':
        case 'diagramEditor':
        case 'adminStandards':
        case 'audit':
          return 'admin';
        case 'applications':
          return route.query.scope || (seesWholeGovernment() ? 'all' : hasRole('UNIT_HEAD') ? 'unit' : 'mine');
        default:
          return route.name;
      }
    });

    const isAdmin = computed(() => hasRole('ADMIN'));
    // below 992 px the menu folds behind a button, and folds again once the user goes somewhere
    const menuOpen = ref(false);
    watch(() => route.path, () => {
      menuOpen.value = false;
    });
    const badgeTotal = computed(() => links.value.reduce((n, l) => n + (Number(l.badge) || 0), 0));
    return { store, links, active, isAdmin, logout, menuOpen, badgeTotal };
  },
  template: `
    <header class="navbar navbar-expand-lg navbar-dark app-navbar sticky-top">
      <div class="container-xl">
        <!-- between 992 and 1400 px the name gives its room to the menu, which then keeps to one row -->
        <a class="navbar-brand d-flex align-items-center gap-2" href="#/home" title="机关事务审批系统">
          <span class="brand-mark" aria-hidden="true">机</span>
          <span class="d-inline d-lg-none d-xxl-inline">机关事务审批系统</span>
          <span class="visually-hidden d-none d-lg-inline d-xxl-none">机关事务审批系统</span>
        </a>
        <nav :class="['navbar-nav', 'me-auto', 'flex-row', 'flex-wrap', 'gap-1', 'main-nav', { 'd-none d-lg-flex': !menuOpen }]"
             id="main-nav" aria-label="主导航">
          <a v-for="link in links" :key="link.key" :href="link.href" :data-nav="link.key"
             :class="['nav-link', 'px-2', { active: active === link.key }]"
             :aria-current="active === link.key ? 'page' : null">
            {{ link.label }}
            <span v-if="link.badge" :class="['badge', 'rounded-pill', 'ms-1', link.key === 'messages' ? 'text-bg-danger' : 'text-bg-light']"
                  :data-badge-for="link.key">{{ link.badge }}</span>
          </a>
          <a v-if="isAdmin" class="nav-link px-2" href="/camunda/app/" target="_blank" rel="noopener"
             data-nav="camunda" title="Camunda 流程引擎管理（新窗口）">流程引擎管理 ↗</a>
        </nav>
        <div class="d-flex align-items-center gap-2 gap-lg-3 text-white user-box ms-auto ms-lg-0">
          <div class="text-end lh-sm">
            <div class="fw-semibold" id="user-name">{{ store.me.name }}</div>
            <div class="small opacity-75 d-none d-lg-block">
              <span id="user-unit">{{ store.me.unit.name }}</span>
              <span class="mx-1">·</span>
              <span id="user-roles">{{ (store.me.roleNames || store.me.roles).join('、') }}</span>
            </div>
          </div>
          <button type="button" class="btn btn-sm btn-outline-light text-nowrap" id="logout" @click="logout">退出</button>
          <button type="button" class="btn btn-sm btn-outline-light d-lg-none text-nowrap" id="nav-toggle"
                  :aria-expanded="menuOpen ? 'true' : 'false'" aria-controls="main-nav" @click="menuOpen = !menuOpen">
            菜单<span v-if="badgeTotal" class="badge rounded-pill text-bg-danger ms-1">{{ badgeTotal }}</span>
          </button>
        </div>
      </div>
    </header>
  `,
};

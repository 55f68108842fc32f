// 抄送我的: the cases copied to the user, read-only, with read/unread; opening one marks it read;
// searched like the case list (编号或标题, 审批事项, 申请单位, the day of the copy).
import { ref, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { dateTime, PROCESSES } from '../format.js';
import { navigate, route } from '../router.js';

const SIZE = 20;

export default {
  name: 'CopyList',
  props: {},
  emits: [],
  setup() {
    const items = ref([]);
    const total = ref(0);
    const unread = ref(0);
    const page = ref(Number(route.query.page || 0));
    const filter = ref(route.query.unread === 'true' ? 'true' : '');
    const loading = ref(true);
    const error = ref(null);
    const q = ref(route.query.q || '');
    const processKey = ref(route.query.processKey || '');
    const unit = ref(route.query.unit || '');
    const copiedFrom = ref(route.query.copiedFrom || '');
    const copiedTo = ref(route.query.copiedTo || '');
    const units = ref([]);

    function criteria() {
      return { q: q.value.trim(), processKey: processKey.value, unit: unit.value, copiedFrom: copiedFrom.value,
        copiedTo: copiedTo.value };
    }

    function search() {
      navigate('/cc', { unread: filter.value || null, ...criteria() });
    }

    function reset() {
      navigate('/cc', { unread: filter.value || null });
    }

    async function load() {
      loading.value = true;
      try {
        const result = await api.get(withQuery('/api/cc', { unread: filter.value || null, ...criteria(), page: page.value, size: SIZE }));
        items.value = result.items;
        total.value = result.total;
        unread.value = result.unread;
      } catch (e) {
        error.value = e.message;
      } finally {
        loading.value = false;
      }
    }

    async function read(c) {
      if (!c.read) {
        try {
          await api.post(`/api/cc/${c.id}/read`);
        } catch (e) {
          error.value = e.message;
          return;
        }
      }
      navigate(`/applications/${encodeURIComponent(c.applicationId)}`);
    }

    async function markRead(c) {
      try {
        await api.post(`/api/cc/${c.id}/read`);
        await load();
      } catch (e) {
        error.value = e.message;
      }
    }

    function go(n) {
      navigate('/cc', { page: n || null, unread: filter.value || null, ...criteria() });
    }

    function setFilter(value) {
      navigate('/cc', { unread: value || null, ...criteria() });
    }

    onMounted(async () => {
      load();
      try {
        units.value = (await api.get('/api/applications/filters')).units;
      } catch (ignored) {
        units.value = [];
      }
    });
    return { items, total, unread, page, filter, loading, error, read, markRead, go, setFilter, dateTime, PROCESSES,
      SIZE, q, processKey, unit, copiedFrom, copiedTo, units, search, reset };
  },
  template: `
    <div class="d-flex flex-wrap align-items-center gap-2 mb-3">
      <h1 class="h4 mb-0 me-auto">抄送我的</h1>
      <span class="small text-secondary" id="cc-unread">未读 {{ unread }} 件</span>
      <div class="btn-group btn-group-sm" role="group" aria-label="筛选">
        <button type="button" :class="['btn', filter ? 'btn-outline-secondary' : 'btn-secondary']" @click="setFilter('')">全部</button>
        <button type="button" id="cc-filter-unread" :class="['btn', filter ? 'btn-secondary' : 'btn-outline-secondary']" @click="setFilter('true')">仅未读</button>
      </div>
    </div>
    <form class="row g-2 align-items-end mb-3" id="cc-filters" @submit.prevent="search()">
      <div class="col-12 col-md-4 col-lg-3">
        <label class="form-label small mb-1" for="cc-filter-q">编号或标题</label>
        <input id="cc-filter-q" type="search" class="form-control form-control-sm" v-model="q" maxlength="100"
               placeholder="如 BG-2026-0001 或 项目名称中的词">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="cc-filter-process">审批事项</label>
        <select id="cc-filter-process" class="form-select form-select-sm" v-model="processKey" @change="search()">
          <option value="">全部事项</option>
          <option v-for="(name, key) in PROCESSES" :key="key" :value="key">{{ name }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto" v-if="units.length > 1">
        <label class="form-label small mb-1" for="cc-filter-unit">申请单位</label>
        <select id="cc-filter-unit" class="form-select form-select-sm" v-model="unit" @change="search()">
          <option value="">全部单位</option>
          <option v-for="u in units" :key="u.value" :value="u.value">{{ u.label }}</option>
        </select>
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="cc-filter-from">抄送日期自</label>
        <input id="cc-filter-from" type="date" class="form-control form-control-sm" v-model="copiedFrom" @change="search()">
      </div>
      <div class="col-6 col-sm-auto">
        <label class="form-label small mb-1" for="cc-filter-to">至</label>
        <input id="cc-filter-to" type="date" class="form-control form-control-sm" v-model="copiedTo" @change="search()">
      </div>
      <div class="col-12 col-sm-auto d-flex gap-2">
        <button type="submit" class="btn btn-sm btn-primary" id="cc-filter-search">查询</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="reset">清除条件</button>
      </div>
    </form>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div class="card shadow-sm">
      <div class="table-responsive">
        <table class="table table-hover align-middle mb-0" id="cc-table">
          <thead class="table-light">
            <tr>
              <th>申请事项</th>
              <th class="d-none d-md-table-cell">抄送环节</th>
              <th class="d-none d-md-table-cell">抄送人</th>
              <th class="text-nowrap d-none d-md-table-cell">抄送时间</th>
              <th class="text-nowrap">状态</th>
            </tr>
          </thead>
          <tbody>
            <tr v-if="loading && !items.length"><td colspan="5" class="text-center text-secondary py-4">正在加载…</td></tr>
            <tr v-else-if="!items.length"><td colspan="5" class="text-center text-secondary py-5">暂无抄送给您的申请</td></tr>
            <tr v-for="c in items" :key="c.id" :data-application-id="c.applicationId" :data-read="c.read"
                :class="{ 'fw-semibold': !c.read }">
              <td class="col-title">
                <a href="#" class="open-copy" @click.prevent="read(c)">{{ c.title || c.applicationId }}</a>
                <div class="small text-secondary fw-normal">{{ c.applicationId }} · {{ PROCESSES[c.processKey] || c.processKey }}</div>
                <div class="small text-secondary fw-normal d-md-none">
                  {{ c.fromName || c.from }}（{{ c.step }}）抄送于 {{ dateTime(c.at) }}
                </div>
                <div v-if="c.comment" class="small text-secondary fw-normal">意见：{{ c.comment }}</div>
              </td>
              <td class="d-none d-md-table-cell">{{ c.step }}</td>
              <td class="d-none d-md-table-cell">{{ c.fromName || c.from }}</td>
              <td class="text-nowrap small d-none d-md-table-cell">{{ dateTime(c.at) }}</td>
              <td class="text-nowrap">
                <span v-if="c.read" class="badge text-bg-light border cc-state">已读</span>
                <template v-else>
                  <span class="badge text-bg-warning cc-state">未读</span>
                  <button type="button" class="btn btn-link btn-sm p-0 ms-2 mark-read" @click="markRead(c)">标为已读</button>
                </template>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
    <page-nav v-if="total > SIZE" :page="page" :size="SIZE" :total="total" @go="go"></page-nav>
  `,
};

// 消息: what waits for the user and what happened to their cases, newest first; unread ones marked.
import { ref, onMounted } from 'vue';
import { api, withQuery } from '../api.js';
import { navigate, route } from '../router.js';
import { dateTime } from '../format.js';
import { store, refreshMessageCount, notify } from '../store.js';

const TYPE_BADGE = {
  TASK: 'text-bg-primary',
  RETURNED: 'text-bg-warning',
  DECIDED: 'text-bg-success',
  CC: 'text-bg-info',
  REMIND: 'text-bg-danger',
  OVERDUE: 'text-bg-danger',
};

export default {
  name: 'MessageList',
  props: {},
  emits: [],
  setup() {
    const page = ref(null);
    const error = ref(null);
    const unreadOnly = route.query.unread === 'true';
    const pageNo = Number(route.query.page || 0);

    async function load() {
      try {
        page.value = await api.get(withQuery('/api/notifications', { unread: unreadOnly, page: pageNo, size: 20 }));
        store.unreadMessages = page.value.unread;
      } catch (e) {
        error.value = e.message;
      }
    }

    async function open(m) {
      if (!m.read) {
        try {
          await api.post(`/api/notifications/${m.id}/read`);
          refreshMessageCount();
        } catch (ignored) {
          // opening the case matters more than the mark
        }
      }
      if (m.taskId && (m.type === 'TASK' || m.type === 'RETURNED' || m.type === 'REMIND' || m.type === 'OVERDUE')) {
        navigate(`/tasks/${encodeURIComponent(m.taskId)}`);
      } else if (m.applicationId) {
        navigate(`/applications/${encodeURIComponent(m.applicationId)}`);
      } else {
        await load();
      }
    }

    async function readAll() {
      try {
        await api.post('/api/notifications/read-all');
        notify('已全部标为已读');
        await load();
      } catch (e) {
        notify(e.message, 'danger');
      }
    }

    const go = (p) => navigate('/messages', { unread: unreadOnly ? 'true' : null, page: p });

    onMounted(load);
    return { page, error, unreadOnly, pageNo, open, readAll, go, dateTime, TYPE_BADGE };
  },
  template: `
    <div class="d-flex flex-wrap align-items-center gap-2 mb-3">
      <h1 class="h4 mb-0 me-auto">消息</h1>
      <a :href="unreadOnly ? '#/messages' : '#/messages?unread=true'" class="btn btn-sm btn-outline-secondary" id="toggle-unread">
        {{ unreadOnly ? '显示全部' : '只看未读' }}
      </a>
      <button type="button" class="btn btn-sm btn-outline-primary" id="read-all" :disabled="!page || !page.unread"
              @click="readAll">全部标为已读</button>
    </div>
    <div v-if="error" class="alert alert-danger">{{ error }}</div>
    <div v-else-if="!page" class="text-secondary">正在加载…</div>
    <div v-else-if="!page.items.length" class="text-secondary py-4 text-center" id="no-messages">暂无消息</div>
    <div v-else class="list-group shadow-sm message-list">
      <button v-for="m in page.items" :key="m.id" type="button" :data-message-type="m.type"
              :class="['list-group-item', 'list-group-item-action', 'message-item', { unread: !m.read }]" @click="open(m)">
        <div class="d-flex flex-wrap align-items-center gap-2">
          <span :class="['badge', TYPE_BADGE[m.type] || 'text-bg-secondary']">{{ m.typeLabel }}</span>
          <span v-if="!m.read" class="badge rounded-pill text-bg-danger">未读</span>
          <span class="small text-secondary ms-auto">{{ dateTime(m.at) }}</span>
        </div>
        <div class="mt-1 text-break">{{ m.message }}</div>
      </button>
    </div>
    <page-nav v-if="page && page.total > 20" :page="pageNo" :size="20" :total="page.total" @go="go"></page-nav>
  `,
};

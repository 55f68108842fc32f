// State the whole portal shares: who is signed in, the number of open tasks, and one notice.
import { reactive } from 'vue';
import { api } from './api.js';

export const store = reactive({
  me: null,
  openTasks: null,
  unreadMessages: null,
  notice: null,
  bootError: null,
});

let noticeTimer = null;

/** Shows a short message at the top of the page (kind: success, info, warning, danger). */
export function notify(text, kind = 'success') {
  store.notice = { text, kind };
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    store.notice = null;
  }, kind === 'danger' ? 10000 : 5000);
}

export async function refreshTaskCount() {
  try {
    const page = await api.get('/api/tasks?size=1');
    store.openTasks = page.total;
  } catch (ignored) {
    // the badge is a convenience; the task list itself reports errors
  }
  refreshMessageCount();
}

export async function refreshMessageCount() {
  try {
    store.unreadMessages = (await api.get('/api/notifications/unread-count')).unread;
  } catch (ignored) {
    // the badge is a convenience; the message list itself reports errors
  }
}

export function hasRole(...roles) {
  return !!store.me && roles.some((r) => store.me.roles.includes(r));
}

/** Bureau, finance, DRC, government and admin roles see all applications of their government. */
export function seesWholeGovernment() {
  return !!store.me && store.me.roles.some((r) => r !== 'UNIT_STAFF' && r !== 'UNIT_HEAD');
}

// 其他操作 of a task: 放弃认领, 转办, 委派, 加签/减签, 改派, and the delegated colleague's 答复. Only the
// actions the server lists for this user (task.actions) are offered; pickers list only the people
// the server allows for that action (GET /api/tasks/{id}/candidates).
import { ref, computed } from 'vue';
import { api, withQuery } from '../api.js';
import { navigate } from '../router.js';
import { notify, refreshTaskCount } from '../store.js';

const LABELS = {
  unclaim: '放弃认领',
  transfer: '转办',
  delegate: '委派',
  'add-signers': '加签',
  reassign: '改派',
};

const HINTS = {
  transfer: '转办后由对方办理并作出决定。',
  delegate: '委派同事提出意见，对方答复后待办回到您处，由您作出决定。',
  'add-signers': '前加签人先于您审批；后加签人在您同意后审批。须全部同意，任何一人不同意或退回即以其意见结束本环节。',
  reassign: '改派给本环节的其他人员（如原办理人休假或离职）。',
};

export default {
  name: 'TaskActions',
  props: { task: { type: Object, required: true } },
  emits: ['changed'],
  setup(props, { emit }) {
    const open = ref(null);
    const people = ref([]);
    const userId = ref('');
    const userIds = ref([]);
    const position = ref('BEFORE');
    const comment = ref('');
    const errors = ref({});
    const message = ref(null);
    const busy = ref(false);

    const offered = computed(() => (props.task.actions || []).filter((a) => LABELS[a]));
    const resolving = computed(() => (props.task.actions || []).includes('resolve'));
    const base = computed(() => `/api/tasks/${encodeURIComponent(props.task.taskId)}`);

    async function choose(action) {
      errors.value = {};
      message.value = null;
      comment.value = '';
      userId.value = '';
      userIds.value = [];
      if (action === 'unclaim') {
        await run('unclaim', null, '已放弃认领，待办已退回岗位待签收', true);
        return;
      }
      open.value = open.value === action ? null : action;
      people.value = [];
      if (open.value) {
        try {
          people.value = await api.get(withQuery(`${base.value}/candidates`, { action }));
        } catch (e) {
          message.value = e.message;
        }
      }
    }

    async function run(path, body, done, leaves) {
      busy.value = true;
      message.value = null;
      errors.value = {};
      try {
        await api.post(`${base.value}/${path}`, body);
        notify(done);
        refreshTaskCount();
        open.value = null;
        if (leaves) {
          navigate('/tasks');
        } else {
          emit('changed');
        }
      } catch (e) {
        message.value = e.message;
        errors.value = { ...e.fields };
        if (e.status === 409) {
          emit('changed');
        }
      } finally {
        busy.value = false;
      }
    }

    function submit() {
      const text = comment.value.trim() || null;
      const name = (id) => (people.value.find((p) => p.id === id) || {}).name || id;
      switch (open.value) {
        case 'transfer':
          return run('transfer', { userId: userId.value || null, comment: text }, `已转办给${name(userId.value)}`, true);
        case 'reassign':
          return run('reassign', { userId: userId.value || null, comment: text }, `已改派给${name(userId.value)}`, false);
        case 'delegate':
          return run('delegate', { userId: userId.value || null, comment: text }, `已委派${name(userId.value)}提出意见`, true);
        case 'add-signers':
          return run('add-signers', { userIds: userIds.value, position: position.value, comment: text },
            `已加签：${userIds.value.map(name).join('、')}`, false);
        default:
          return null;
      }
    }

    function clearError(name) {
      if (errors.value[name]) {
        const rest = { ...errors.value };
        delete rest[name];
        errors.value = rest;
      }
    }

    function resolve() {
      return run('resolve', { comment: comment.value.trim() || null }, '已答复委派，待办已交回委派人', true);
    }

    return { open, people, userId, userIds, position, comment, errors, message, busy, offered, resolving, LABELS,
      HINTS, choose, submit, resolve, clearError };
  },
  template: `
    <div class="task-actions">
      <form v-if="resolving" class="card shadow-sm" id="resolve-form" novalidate @submit.prevent="resolve">
        <div class="card-header bg-primary text-white">
          <div class="small opacity-75">委派征求意见</div>
          <div class="fw-semibold">{{ task.name }}</div>
        </div>
        <div class="card-body">
          <p class="small text-secondary">该待办由委派人请您提出意见。您答复后待办交回委派人，由其作出审批决定。</p>
          <label class="form-label" for="resolve-comment">答复意见<span class="text-danger ms-1">*</span></label>
          <textarea id="resolve-comment" class="form-control" rows="3" maxlength="2000" v-model="comment"
                    :class="{ 'is-invalid': errors.comment }" @input="clearError('comment')"></textarea>
          <div v-if="errors.comment" class="invalid-feedback d-block field-error" data-error-for="comment">{{ errors.comment }}</div>
          <div v-if="message" class="alert alert-danger small py-2 mt-2" role="alert">{{ message }}</div>
          <button type="submit" class="btn btn-primary w-100 mt-3" id="submit-resolve" :disabled="busy">答复</button>
        </div>
      </form>

      <div v-else-if="offered.length" class="card shadow-sm mt-3" id="task-actions">
        <div class="card-header bg-white fw-semibold">其他操作</div>
        <div class="card-body">
          <div class="d-flex flex-wrap gap-2">
            <button v-for="a in offered" :key="a" type="button" :id="'action-' + a" :disabled="busy"
                    :class="['btn', 'btn-sm', open === a ? 'btn-secondary' : 'btn-outline-secondary']"
                    @click="choose(a)">{{ LABELS[a] }}</button>
          </div>
          <form v-if="open" class="mt-3 action-form" :id="'action-form-' + open" novalidate @submit.prevent="submit">
            <div class="small text-secondary mb-2">{{ HINTS[open] }}</div>
            <template v-if="open === 'add-signers'">
              <div class="mb-2">
                <div class="form-check form-check-inline">
                  <input class="form-check-input" type="radio" id="position-BEFORE" value="BEFORE" v-model="position">
                  <label class="form-check-label" for="position-BEFORE">前加签</label>
                </div>
                <div class="form-check form-check-inline">
                  <input class="form-check-input" type="radio" id="position-AFTER" value="AFTER" v-model="position">
                  <label class="form-check-label" for="position-AFTER">后加签</label>
                </div>
              </div>
              <label class="form-label" for="action-users">加签人（可多选）</label>
              <select id="action-users" class="form-select" multiple size="5" v-model="userIds"
                      :class="{ 'is-invalid': errors.userIds }">
                <option v-for="p in people" :key="p.id" :value="p.id">{{ p.name }}（{{ p.unitName }}）</option>
              </select>
              <div v-if="errors.userIds" class="invalid-feedback d-block field-error" data-error-for="userIds">{{ errors.userIds }}</div>
            </template>
            <template v-else>
              <label class="form-label" for="action-user">{{ open === 'delegate' ? '委派给' : open === 'reassign' ? '改派给' : '转办给' }}</label>
              <select id="action-user" class="form-select" v-model="userId" :class="{ 'is-invalid': errors.userId }">
                <option value="">请选择人员</option>
                <option v-for="p in people" :key="p.id" :value="p.id">{{ p.name }}（{{ p.unitName }}）</option>
              </select>
              <div v-if="!people.length" class="form-text">没有可选择的人员。</div>
              <div v-if="errors.userId" class="invalid-feedback d-block field-error" data-error-for="userId">{{ errors.userId }}</div>
            </template>
            <label class="form-label mt-2" for="action-comment">
              {{ open === 'delegate' ? '请同事提出意见的事项' : open === 'add-signers' ? '说明（可选）' : '理由' }}
              <span v-if="open !== 'add-signers'" class="text-danger ms-1">*</span>
            </label>
            <textarea id="action-comment" class="form-control" rows="2" maxlength="2000" v-model="comment"
                      :class="{ 'is-invalid': errors.comment }" @input="clearError('comment')"></textarea>
            <div v-if="errors.comment" class="invalid-feedback d-block field-error" data-error-for="comment">{{ errors.comment }}</div>
            <div v-if="message" class="alert alert-danger small py-2 mt-2" role="alert">{{ message }}</div>
            <button type="submit" class="btn btn-primary btn-sm mt-2" id="submit-action" :disabled="busy">确定{{ LABELS[open] }}</button>
          </form>
          <div v-else-if="message" class="alert alert-danger small py-2 mt-2" role="alert">{{ message }}</div>
        </div>
      </div>
    </div>
  `,
};

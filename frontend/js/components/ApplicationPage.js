// The page of one application: its detail, and a way to the user's own open task on it.
import { ref } from 'vue';
import { api } from '../api.js';
import { route } from '../router.js';

export default {
  name: 'ApplicationPage',
  props: {},
  emits: [],
  setup() {
    const id = route.params.id;
    const myTasks = ref([]);

    async function loaded(app) {
      const open = new Set((app.currentSteps || []).map((s) => s.taskId));
      if (!open.size) {
        myTasks.value = [];
        return;
      }
      try {
        const page = await api.get('/api/tasks?size=200');
        myTasks.value = page.items.filter((t) => open.has(t.id));
      } catch (ignored) {
        myTasks.value = [];
      }
    }

    return { id, myTasks, loaded, back: () => window.history.back() };
  },
  template: `
    <div class="d-flex align-items-center flex-wrap gap-2 mb-3">
      <button type="button" class="btn btn-sm btn-link px-0" @click="back">← 返回</button>
      <div class="ms-auto d-flex gap-2">
        <a v-for="t in myTasks" :key="t.id" class="btn btn-sm btn-primary handle-task"
           :href="'#/tasks/' + encodeURIComponent(t.id)">办理：{{ t.name }}</a>
      </div>
    </div>
    <application-detail :id="id" @loaded="loaded"></application-detail>
  `,
};

// Paging under a list: 共 N 条, previous and next, page numbers around the current one.
import { computed } from 'vue';

export default {
  name: 'PageNav',
  props: {
    page: { type: Number, required: true },
    size: { type: Number, required: true },
    total: { type: Number, required: true },
  },
  emits: ['go'],
  setup(props) {
    const pages = computed(() => Math.max(1, Math.ceil(props.total / props.size)));
    const numbers = computed(() => {
      const from = Math.max(0, props.page - 2);
      const to = Math.min(pages.value - 1, props.page + 2);
      const list = [];
      for (let i = from; i <= to; i += 1) {
        list.push(i);
      }
      return list;
    });
    return { pages, numbers };
  },
  template: `
    <div class="d-flex align-items-center justify-content-between flex-wrap gap-2 mt-2">
      <div class="small text-secondary">共 {{ total }} 条，第 {{ page + 1 }} / {{ pages }} 页</div>
      <nav v-if="pages > 1" aria-label="分页">
        <ul class="pagination pagination-sm mb-0">
          <li :class="['page-item', { disabled: page === 0 }]">
            <button type="button" class="page-link" @click="$emit('go', page - 1)" :disabled="page === 0">上一页</button>
          </li>
          <li v-for="n in numbers" :key="n" :class="['page-item', { active: n === page }]">
            <button type="button" class="page-link" @click="$emit('go', n)">{{ n + 1 }}</button>
          </li>
          <li :class="['page-item', { disabled: page >= pages - 1 }]">
            <button type="button" class="page-link" @click="$emit('go', page + 1)" :disabled="page >= pages - 1">下一页</button>
          </li>
        </ul>
      </nav>
    </div>
  `,
};

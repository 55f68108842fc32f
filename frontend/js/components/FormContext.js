// The unit's current figures beside a form (`x-context` of its schema): each names an option source
// (GET /api/form-options/{source}) whose figures and rows are shown as they stand today, e.g. the
// office-room area held against the standard (construction, lease) or the assets held per category
// against the equipment standard's cap (asset transfer). A row over its cap is marked.
import { watchEffect } from 'vue';
import { optionSets, optionsKey, ensureOptions, amountText } from '../options.js';

const TITLES = {
  'unit-office-space': '本单位办公用房现状与核定标准',
  'unit-asset-holdings': '本单位资产现有数量与配置标准上限',
};

export default {
  name: 'FormContext',
  props: {
    sources: { type: Array, default: () => [] },
  },
  emits: [],
  setup(props) {
    const key = (source) => optionsKey({ source, parameters: [] }, {});
    watchEffect(() => props.sources.forEach((s) => ensureOptions(key(s))));
    const set = (source) => optionSets[key(source)] || null;
    const title = (source) => TITLES[source] || '本单位现状';
    const capped = (source) => (set(source) && set(source).options.some((o) => o.limit !== undefined));
    const over = (o) => o.limit !== undefined && o.limit !== null && o.amount > o.limit;
    return { set, title, capped, over, amountText };
  },
  template: `
    <section v-for="source in sources" :key="source" class="form-context border rounded p-2 mb-3"
             :data-context="source" :aria-label="title(source)">
      <h2 class="h6 mb-2">{{ title(source) }}</h2>
      <div v-if="!set(source)" class="small text-secondary">正在加载…</div>
      <div v-else-if="set(source).error" class="small text-danger">{{ set(source).error }}</div>
      <template v-else>
        <dl v-if="set(source).figures.length" class="row small mb-1 context-figures">
          <template v-for="f in set(source).figures" :key="f.name">
            <dt class="col-6 col-md-3 fw-normal text-secondary">{{ f.label }}</dt>
            <dd class="col-6 col-md-3 mb-1" :data-figure="f.name">{{ amountText(f.value) }} {{ f.unit }}</dd>
          </template>
        </dl>
        <div v-if="capped(source)" class="table-responsive">
          <table class="table table-sm small mb-0 context-holdings">
            <thead><tr><th scope="col">类别</th><th scope="col">现有</th><th scope="col">上限</th><th scope="col">依据</th></tr></thead>
            <tbody>
              <tr v-for="o in set(source).options" :key="o.value" :data-holding="o.value"
                  :class="{ 'table-danger': over(o) }">
                <td>{{ o.label }}</td>
                <td>{{ amountText(o.amount) }} {{ o.unit }}<span v-if="o.detail" class="d-block text-secondary">{{ o.detail }}</span></td>
                <td>{{ o.limit !== undefined && o.limit !== null ? amountText(o.limit) + ' ' + o.unit : '不限' }}</td>
                <td>{{ o.limitBasis }}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <div v-else-if="set(source).options.length" class="small context-terms">
          核定标准构成：<span v-for="(o, i) in set(source).options" :key="o.value" :data-term="o.value">{{ i ? '；' : '' }}{{ o.label }} {{ o.detail }}</span>
        </div>
      </template>
    </section>
  `,
};

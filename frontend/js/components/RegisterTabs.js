// The registers link to each other, so the header needs one 登记簿 entry only.
export default {
  name: 'RegisterTabs',
  props: { current: { type: String, required: true } },
  setup() {
    const tabs = [
      { key: 'office-space', label: '办公用房' },
      { key: 'vehicles', label: '公务用车' },
      { key: 'assets', label: '资产与公物仓' },
      { key: 'plans', label: '年度计划' },
    ];
    return { tabs };
  },
  template: `
    <ul class="nav nav-pills nav-sm mb-3 register-tabs" aria-label="登记簿">
      <li v-for="t in tabs" :key="t.key" class="nav-item">
        <a :class="['nav-link', 'py-1', { active: t.key === current }]" :href="'#/registers/' + t.key"
           :data-register-tab="t.key" :aria-current="t.key === current ? 'page' : null">{{ t.label }}</a>
      </li>
    </ul>
  `,
};

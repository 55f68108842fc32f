// 标准与日历 (admins): the 本级规定 figures, each editable with a reason (national figures only
// change with their source document), and the working-day calendar of each year, with the years
// whose State Council arrangement is not entered flagged.
import { ref, reactive, onMounted } from 'vue';
import { api, request } from '../api.js';
import { notify } from '../store.js';
import { dateTime } from '../format.js';

export default {
  name: 'AdminStandards',
  props: {},
  emits: [],
  setup() {
    const figures = ref(null);
    const years = ref(null);
    const error = ref(null);
    const edit = reactive({ key: null, value: '', reason: '', errors: {} });
    const year = reactive({ year: null, holidays: '', workdays: '', source: '', status: null, statusLabel: '', errors: {} });

    async function load() {
      try {
        const [all, calendar] = await Promise.all([api.get('/api/admin/standards'), api.get('/api/admin/calendar')]);
        figures.value = all.filter((f) => f.localPolicy);
        years.value = calendar;
      } catch (e) {
        error.value = e.message;
      }
    }

    function startEdit(f) {
      Object.assign(edit, { key: f.key, value: f.value, reason: '', errors: {} });
    }

    async function saveFigure() {
      edit.errors = {};
      try {
        await request('PUT', `/api/admin/standards/${encodeURIComponent(edit.key)}`,
          { value: edit.value === '' ? null : Number(edit.value), reason: edit.reason });
        notify(`已修改 ${edit.key}，即时生效`);
        edit.key = null;
        await load();
      } catch (e) {
        edit.errors = e.fields || { value: e.message };
      }
    }

    async function openYear(y) {
      try {
        const data = await api.get(`/api/admin/calendar/${y}`);
        Object.assign(year, { year: y, holidays: data.holidays.join('\n'), workdays: data.workdays.join('\n'),
          source: data.status === 'LOADED' ? (data.source || '') : '', status: data.status,
          statusLabel: data.statusLabel, errors: {} });
      } catch (e) {
        notify(e.message, 'danger');
      }
    }

    const lines = (text) => text.split(/[\s,，、]+/).map((s) => s.trim()).filter(Boolean);

    async function saveYear() {
      year.errors = {};
      try {
        await request('PUT', `/api/admin/calendar/${year.year}`,
          { holidays: lines(year.holidays), workdays: lines(year.workdays), source: year.source });
        notify(`已录入 ${year.year} 年工作日历，即时生效`);
        year.year = null;
        await load();
      } catch (e) {
        year.errors = e.fields || { source: e.message };
      }
    }

    onMounted(load);
    return { figures, years, error, edit, year, startEdit, saveFigure, openYear, saveYear, dateTime };
  },
  template: `
    <div class="admin-standards">
      <div class="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 class="h4 mb-0">标准与日历</h1>
        <div class="d-flex gap-2">
          <a class="btn btn-sm btn-outline-secondary" href="#/admin/processes">流程管理</a>
          <a class="btn btn-sm btn-outline-secondary" href="#/admin/audit">审计日志</a>
        </div>
      </div>
      <div v-if="error" class="alert alert-danger">{{ error }}</div>

      <section class="card mb-3" id="calendar-card">
        <div class="card-body">
          <h2 class="h6">工作日历</h2>
          <p class="small text-secondary">审批期限按工作日计算。每年国务院办公厅公布节假日安排后，在此录入放假日和调休上班日，即时生效。</p>
          <div class="table-responsive">
            <table class="table table-sm align-middle mb-0" id="calendar-years">
              <thead><tr><th>年份</th><th>状态</th><th class="d-none d-md-table-cell">依据</th><th class="text-end d-none d-md-table-cell">放假</th><th class="text-end d-none d-md-table-cell">调休上班</th><th></th></tr></thead>
              <tbody>
                <tr v-for="y in years || []" :key="y.year" :data-year="y.year" :class="{ 'table-warning': !y.loaded }">
                  <td>{{ y.year }} 年<span class="d-block d-md-none small text-secondary">放假 {{ y.holidays }} 天 · 调休上班 {{ y.workdays }} 天<template v-if="y.source"><br>{{ y.source }}</template></span></td>
                  <td><span :class="['badge', y.loaded ? 'text-bg-success' : 'text-bg-warning']">{{ y.statusLabel }}</span></td>
                  <td class="small d-none d-md-table-cell">{{ y.source || '—' }}</td>
                  <td class="text-end d-none d-md-table-cell">{{ y.holidays }} 天</td>
                  <td class="text-end d-none d-md-table-cell">{{ y.workdays }} 天</td>
                  <td class="text-end"><button class="btn btn-sm btn-link edit-year" @click="openYear(y.year)">{{ y.loaded ? '查看修改' : '录入' }}</button></td>
                </tr>
              </tbody>
            </table>
          </div>
          <div v-if="years && years.some((y) => !y.loaded)" class="alert alert-warning small mt-2 mb-0" id="calendar-warning">
            <span v-for="y in years.filter((y) => !y.loaded)" :key="y.year" class="me-2">{{ y.year }} 年：{{ y.statusLabel }}。</span>
            落在这些年份的办理期限会在待办和申请详情中标注“可能不准”。
          </div>
          <form v-if="year.year" class="border rounded p-2 mt-2 small" id="year-form" @submit.prevent="saveYear">
            <div class="fw-semibold mb-2">{{ year.year }} 年（现为：{{ year.statusLabel }}）</div>
            <div class="row g-2">
              <div class="col-md-4">
                <label class="form-label" for="year-holidays">放假日（每行一个日期，YYYY-MM-DD）</label>
                <textarea class="form-control form-control-sm" rows="8" id="year-holidays" v-model="year.holidays" :class="{ 'is-invalid': year.errors.holidays }"></textarea>
                <div class="invalid-feedback">{{ year.errors.holidays }}</div>
              </div>
              <div class="col-md-4">
                <label class="form-label" for="year-workdays">调休上班日（周六或周日）</label>
                <textarea class="form-control form-control-sm" rows="8" id="year-workdays" v-model="year.workdays" :class="{ 'is-invalid': year.errors.workdays }"></textarea>
                <div class="invalid-feedback">{{ year.errors.workdays }}</div>
              </div>
              <div class="col-md-4">
                <label class="form-label" for="year-source">依据</label>
                <input class="form-control form-control-sm" id="year-source" v-model="year.source" :placeholder="'国务院办公厅关于' + year.year + '年部分节假日安排的通知'" :class="{ 'is-invalid': year.errors.source }">
                <div class="invalid-feedback">{{ year.errors.source }}</div>
                <div class="d-flex gap-2 mt-2">
                  <button class="btn btn-sm btn-primary" type="submit">保存</button>
                  <button class="btn btn-sm btn-link" type="button" @click="year.year = null">取消</button>
                </div>
              </div>
            </div>
          </form>
        </div>
      </section>

      <section class="card mb-3" id="local-policy-card">
        <div class="card-body">
          <h2 class="h6">本级规定的数值</h2>
          <p class="small text-secondary">只有没有公开统一标准、由本级机关事务管理部门设定的数值可以在此修改，须说明理由；国家和上级标准的数值只随其来源文件修改。修改即时生效，已作出的审查结果保留当时所用的数值。</p>
          <div class="table-responsive">
            <table class="table table-sm align-middle mb-0" id="local-figures">
              <thead><tr><th>指标</th><th class="text-end">数值</th><th>文件中的数值</th><th>最近修改</th><th></th></tr></thead>
              <tbody>
                <template v-for="f in figures || []" :key="f.key">
                  <tr :data-key="f.key">
                    <td>{{ f.section }}<div><code class="small text-secondary">{{ f.key }}</code></div></td>
                    <td class="text-end fw-semibold">{{ f.value }}</td>
                    <td class="text-secondary">{{ f.fileValue }}</td>
                    <td class="small">{{ f.lastChange ? f.lastChange.by + ' ' + dateTime(f.lastChange.at) + '：' + f.lastChange.reason : '—' }}</td>
                    <td class="text-end"><button class="btn btn-sm btn-link edit-figure" @click="startEdit(f)">修改</button></td>
                  </tr>
                  <tr v-if="edit.key === f.key" class="figure-form">
                    <td colspan="5">
                      <form class="d-flex flex-wrap gap-2 align-items-start" @submit.prevent="saveFigure">
                        <div><input class="form-control form-control-sm figure-value" type="number" step="any" v-model="edit.value" aria-label="新数值" :class="{ 'is-invalid': edit.errors.value }"><div class="invalid-feedback">{{ edit.errors.value }}</div></div>
                        <div class="flex-grow-1"><input class="form-control form-control-sm figure-reason" v-model="edit.reason" placeholder="修改理由（如本级文件的文号）" aria-label="修改理由" :class="{ 'is-invalid': edit.errors.reason }"><div class="invalid-feedback">{{ edit.errors.reason }}</div></div>
                        <button class="btn btn-sm btn-primary" type="submit">保存</button>
                        <button class="btn btn-sm btn-link" type="button" @click="edit.key = null">取消</button>
                      </form>
                    </td>
                  </tr>
                </template>
              </tbody>
            </table>
          </div>
        </div>
      </section>
    </div>
  `,
};

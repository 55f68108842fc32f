// A small hash router: routes are patterns like `/tasks/:id`; the current route is reactive.
import { reactive } from 'vue';

export const route = reactive({ name: null, path: '/', params: {}, query: {} });

let routes = [];

function compile(pattern) {
  const keys = [];
  const source = pattern.replace(/:([A-Za-z]+)/g, (_, key) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), keys };
}

export function defineRoutes(table) {
  routes = table.map((r) => ({ ...r, ...compile(r.path) }));
}

function parse() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const r of routes) {
    const match = path.match(r.regex);
    if (match) {
      const params = {};
      r.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(match[i + 1]);
      });
      return { name: r.name, path, params, query };
    }
  }
  return { name: 'notFound', path, params: {}, query };
}

function update() {
  Object.assign(route, parse());
}

let leaveGuard = null;
let restoring = false;

/**
 * While a view has something the user would lose, `mayLeave()` is asked before the route changes
 * (false keeps the user where they are). Returns the function that removes the guard.
 */
export function guardLeaving(mayLeave) {
  leaveGuard = mayLeave;
  return () => {
    if (leaveGuard === mayLeave) {
      leaveGuard = null;
    }
  };
}

export function startRouter() {
  window.addEventListener('hashchange', (event) => {
    if (restoring) {
      restoring = false;
      return;
    }
    if (leaveGuard && !leaveGuard()) {
      restoring = true;
      window.location.hash = new URL(event.oldURL).hash || '#/home';
      return;
    }
    update();
    window.scrollTo(0, 0);
  });
  update();
}

/** Goes to `path` (with an optional query object), adding a history entry. */
export function navigate(path, query) {
  const search = query ? new URLSearchParams(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString() : '';
  const target = `#${path}${search ? `?${search}` : ''}`;
  if (window.location.hash === target) {
    update();
  } else {
    window.location.hash = target;
  }
}

export function href(path) {
  return `#${path}`;
}

/*
 * Grievance handling: the inspectors' view in Cockpit (Thanh tra hồ sơ).
 *
 * A Cockpit frontend plugin (Camunda 7.14+ format: an ES module whose default export is a list of
 * plugins), registered in ../config.js under customScripts. It adds
 *   - a navigation entry "Thanh tra hồ sơ",
 *   - the page #/audit: search running and finished items, export the result, verify the journal,
 *   - the page #/audit/<reference>: the item's complete file as a timeline, its exports, and links
 *     to the engine's instance view while a process is still running.
 * It reads the application's read-only API (/api/audit) with the Cockpit session, GET only.
 * Everything that comes from units and officers is shown as text (textContent), never as HTML.
 */

import { dayFieldAttributes, dayMonthYear, isoDate } from '../shared/day-input.js';

const T = {
  nav: 'Thanh tra hồ sơ',
  title: 'Thanh tra hồ sơ kiến nghị',
  intro: 'Tra cứu kiến nghị đang xử lý và đã kết thúc; xem toàn bộ diễn biến của từng hồ sơ. Chỉ xem, không thay đổi dữ liệu.',
  text: 'Số tham chiếu hoặc tiêu đề',
  unit: 'Đơn vị',
  category: 'Lĩnh vực',
  department: 'Phòng chức năng',
  status: 'Trạng thái',
  state: 'Tình trạng',
  from: 'Từ ngày',
  to: 'Đến ngày',
  datePlaceholder: 'dd/mm/yyyy',
  dateHint: 'Ngày theo dạng ngày/tháng/năm, ví dụ 05/11/2026',
  badDate: 'Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/11/2026.',
  all: 'Tất cả',
  search: 'Tìm kiếm',
  clear: 'Xóa điều kiện',
  exportCsv: 'Xuất CSV',
  exportCsvSemicolon: 'Xuất CSV (Excel, dấu ;)',
  exportPdf: 'Xuất PDF',
  reference: 'Số tham chiếu',
  titleCol: 'Tiêu đề',
  submittedAt: 'Ngày tiếp nhận',
  closedAt: 'Ngày kết thúc',
  running: 'Đang xử lý',
  finished: 'Đã kết thúc',
  noResults: 'Không có kiến nghị nào phù hợp.',
  loading: 'Đang tải…',
  previous: '‹ Trang trước',
  next: 'Trang sau ›',
  page: (p, pages, total) => `Trang ${p}/${pages} · ${total} kiến nghị`,
  // a text search matching more than the cap is not counted to the end (ADR 0009)
  pageCapped: (p, total) => `Trang ${p} · hơn ${thousands(total)} kết quả`,
  verify: 'Kiểm tra tính toàn vẹn nhật ký',
  intact: r => `Nhật ký toàn vẹn: ${r.checked} bản ghi (vị trí ${r.firstPosition}–${r.lastPosition}), mã băm đầu chuỗi ${r.headHash}`,
  broken: r => `CẢNH BÁO: nhật ký bị sai lệch tại vị trí ${r.firstBreak.position ?? '—'} (${r.firstBreak.problem}${
    r.firstBreak.itemReference ? ', ' + r.firstBreak.itemReference : ''}): ${r.firstBreak.message}`,
  back: '‹ Quay lại tra cứu',
  file: 'Hồ sơ kiến nghị',
  facts: {
    unit: 'Đơn vị', category: 'Lĩnh vực', status: 'Trạng thái', route: 'Hướng xử lý', department: 'Phòng chức năng',
    submittedBy: 'Người gửi', submittedAt: 'Ngày tiếp nhận', closedAt: 'Ngày kết thúc', reopenCount: 'Số lần mở lại',
    content: 'Nội dung', proposal: 'Đề xuất', regulations: 'Văn bản trích dẫn', consulted: 'Phòng cho ý kiến'
  },
  finalAnswer: 'Trả lời đã được lãnh đạo duyệt',
  signedBy: 'Người duyệt',
  signedAt: 'Ngày duyệt',
  deliveredAt: 'Ngày gửi đơn vị',
  basis: 'Căn cứ',
  noAnswer: 'Chưa có trả lời được duyệt.',
  openInCockpit: 'Mở tiến trình đang chạy trong Cockpit',
  processFinished: 'Các tiến trình của hồ sơ đã kết thúc; diễn biến đầy đủ ở dưới.',
  timeline: n => `Diễn biến xử lý (${n} mục)`,
  time: 'Thời gian',
  actor: 'Người thực hiện',
  system: 'Hệ thống',
  what: 'Nội dung',
  detail: 'Chi tiết, lý do',
  deadline: 'Thời hạn',
  reason: 'Lý do: ',
  due: 'Hạn: ',
  journal: 'Nhật ký #',
  forbidden: 'Bạn không có quyền xem hồ sơ thanh tra (chỉ Thanh tra, Ban Giám đốc và Quản trị).',
  notFound: 'Không tìm thấy kiến nghị.',
  failed: 'Không tải được dữ liệu. Vui lòng thử lại.'
};

const STYLE = `
.grievance-audit { padding: 12px 20px 40px; }
.grievance-audit h2 { margin-top: 4px; }
.grievance-audit .ga-intro { color: #555; margin-bottom: 12px; }
.grievance-audit form { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; margin-bottom: 12px; }
.grievance-audit form label { display: flex; flex-direction: column; font-weight: normal; font-size: 12px; margin: 0; }
.grievance-audit form input, .grievance-audit form select { min-width: 150px; height: 30px; }
.grievance-audit form input[name=q] { min-width: 240px; }
.grievance-audit .ga-actions a, .grievance-audit .ga-actions button { margin-right: 8px; }
.grievance-audit table { width: 100%; border-collapse: collapse; margin-top: 8px; }
.grievance-audit th, .grievance-audit td { border: 1px solid #d9dee3; padding: 4px 6px; vertical-align: top; }
.grievance-audit th { background: #eef2f6; }
.grievance-audit td.ga-detail { white-space: pre-wrap; }
.grievance-audit .ga-late { color: #b00020; font-weight: bold; }
.grievance-audit .ga-ontime { color: #1b7f3b; }
.grievance-audit .ga-source { color: #777; font-size: 11px; }
.grievance-audit .ga-message { margin: 8px 0; }
.grievance-audit .ga-error { color: #b00020; }
.grievance-audit .ga-chain { margin: 8px 0 16px; }
.grievance-audit .ga-chain-ok { color: #1b7f3b; }
.grievance-audit .ga-chain-broken { color: #b00020; font-weight: bold; }
.grievance-audit dl.ga-facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 12px; }
.grievance-audit dl.ga-facts dt { font-weight: bold; }
.grievance-audit dl.ga-facts dd { margin: 0; white-space: pre-wrap; }
.grievance-audit .ga-answer { border-left: 4px solid #1b7f3b; padding: 6px 12px; margin: 12px 0; background: #f5faf6; white-space: pre-wrap; }
`;

const SEARCH_KEY = 'grievance.audit.search';

/** Where the application's API lives: beside the webapps (app-root is e.g. /camunda or /ctx/camunda). */
function apiBase() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  const contextPath = appRoot.replace(/\/[^/]*$/, '');
  return `${contextPath}/api/audit`;
}

/** 1000 as "1.000": Vietnamese groups thousands with dots. */
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'className') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  });
  children.flat().forEach(c => {
    if (c === null || c === undefined || c === false) return;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  });
  return node;
}

function ensureStyle() {
  if (!document.getElementById('grievance-audit-style')) {
    document.head.appendChild(el('style', { id: 'grievance-audit-style', text: STYLE }));
  }
}

const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});
/** Who the application is when it acts by itself (timers, jobs), as the API names it. */
const SYSTEM = 'system';

/** What a missing value reads as. */
const NONE = '—';

/** dd/MM/yyyy HH:mm in Vietnam's time, whatever the browser's zone; "—" when there is none. */
function time(value) {
  if (!value) return NONE;
  const p = {};
  TIME.formatToParts(new Date(value)).forEach(part => { p[part.type] = part.value; });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
function dateInput(name, text, iso) {
  return el('label', {}, text,
    el('input', Object.assign({ name, value: dayMonthYear(iso) }, dayFieldAttributes(T.datePlaceholder, T.dateHint))));
}

/** "Full name (user id)", the name alone when it is all there is, "—" for nobody. */
function who(name, id) {
  if (!name && !id) return NONE;
  return name && id && name !== id ? `${name} (${id})` : (name || id);
}

function statusText(labelled, finished) {
  return finished ? label(labelled) : `${label(labelled)} (${T.running})`;
}
function label(labelled) {
  return labelled && labelled.label ? labelled.label : NONE;
}

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function getJson(path) {
  const response = await fetch(apiBase() + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new HttpError(response.status);
  return response.json();
}

function errorText(error) {
  if (error instanceof HttpError && error.status === 403) return T.forbidden;
  if (error instanceof HttpError && error.status === 404) return T.notFound;
  return T.failed;
}

function showError(container, error) {
  container.replaceChildren(el('p', { className: 'ga-message ga-error', text: errorText(error) }));
}

function queryString(criteria, extra) {
  const params = new URLSearchParams();
  Object.entries(Object.assign({}, criteria, extra || {})).forEach(([k, v]) => {
    if (v !== undefined && v !== null && String(v).trim() !== '') params.set(k, String(v).trim());
  });
  const s = params.toString();
  return s ? `?${s}` : '';
}

function loadCriteria() {
  try {
    return JSON.parse(window.sessionStorage.getItem(SEARCH_KEY)) || {};
  } catch (e) {
    return {};
  }
}

function saveCriteria(criteria) {
  try {
    window.sessionStorage.setItem(SEARCH_KEY, JSON.stringify(criteria));
  } catch (e) {
    // storage unavailable: the search is simply not remembered
  }
}

// --- The search page ------------------------------------------------------------------------

function select(name, text, options, value) {
  return el('label', {}, text,
    el('select', { name },
      el('option', { value: '', text: T.all }),
      options.map(o => el('option', { value: o.key, text: o.label, selected: o.key === value }))));
}

function renderSearch(node) {
  ensureStyle();
  const criteria = loadCriteria();
  const chain = el('div', { className: 'ga-chain' });
  const exports = el('span', { className: 'ga-actions' });
  const results = el('div', { id: 'grievance-audit-results' });
  const form = el('form', { id: 'grievance-audit-search' });
  const root = el('div', { className: 'grievance-audit' },
    el('h2', { text: T.title }),
    el('p', { className: 'ga-intro', text: T.intro }),
    form,
    el('div', { className: 'ga-actions' }, exports,
      el('button', { type: 'button', className: 'btn btn-default', id: 'grievance-audit-verify', text: T.verify,
        onclick: () => verify(chain) })),
    chain,
    results);
  node.replaceChildren(root);

  getJson('/options').then(options => {
    form.replaceChildren(
      el('label', {}, T.text, el('input', { type: 'search', name: 'q', value: criteria.q || '', maxlength: 200 })),
      select('unit', T.unit, options.units, criteria.unit),
      select('category', T.category, options.categories, criteria.category),
      select('department', T.department, options.departments, criteria.department),
      select('status', T.status, options.statuses, criteria.status),
      select('state', T.state, options.states, criteria.state),
      dateInput('from', T.from, criteria.from),
      dateInput('to', T.to, criteria.to),
      el('button', { type: 'submit', className: 'btn btn-primary', text: T.search }),
      el('button', { type: 'button', className: 'btn btn-default', text: T.clear, onclick: () => {
        saveCriteria({});
        renderSearch(node);
      } }));
    search(results, exports, criteria, 0);
  }).catch(error => showError(results, error));

  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = {};
    new FormData(form).forEach((v, k) => { data[k] = v; });
    data.from = isoDate(data.from);
    data.to = isoDate(data.to);
    if (data.from === null || data.to === null) {
      results.replaceChildren(el('p', { className: 'ga-message ga-error', id: 'grievance-audit-bad-date', text: T.badDate }));
      return;
    }
    saveCriteria(data);
    search(results, exports, data, 0);
  });
}

function exportLinks(container, criteria) {
  container.replaceChildren(
    el('a', { className: 'btn btn-default', id: 'grievance-audit-export-csv', download: true,
      href: `${apiBase()}/items.csv${queryString(criteria)}`, text: T.exportCsv }),
    el('a', { className: 'btn btn-default', download: true,
      href: `${apiBase()}/items.csv${queryString(criteria, { delimiter: 'semicolon' })}`, text: T.exportCsvSemicolon }),
    el('a', { className: 'btn btn-default', id: 'grievance-audit-export-pdf', download: true,
      href: `${apiBase()}/items.pdf${queryString(criteria)}`, text: T.exportPdf }));
}

function search(results, exports, criteria, page) {
  results.replaceChildren(el('p', { className: 'ga-message', text: T.loading }));
  exportLinks(exports, criteria);
  getJson(`/items${queryString(criteria, { page, size: 20 })}`).then(data => {
    if (!data.content.length) {
      results.replaceChildren(el('p', { className: 'ga-message', text: T.noResults }));
      return;
    }
    const pages = Math.max(1, Math.ceil(data.totalElements / data.size));
    // past the cap the pages go on as long as they are full: the newest matches, read in order
    const more = data.totalCapped ? data.content.length === data.size : page + 1 < pages;
    results.replaceChildren(
      el('table', { className: 'cam-table' },
        el('thead', {}, el('tr', {}, [T.reference, T.unit, T.category, T.titleCol, T.status, T.department, T.submittedAt,
          T.closedAt].map(h => el('th', { text: h })))),
        el('tbody', {}, data.content.map(item => el('tr', { 'data-reference': item.reference },
          el('td', {}, el('a', { href: `#/audit/${encodeURIComponent(item.reference)}`, className: 'ga-open',
            text: item.reference })),
          el('td', { text: label(item.unit) }),
          el('td', { text: label(item.category) }),
          el('td', { text: item.title }),
          el('td', { text: statusText(item.status, item.finished) }),
          el('td', { text: label(item.department) }),
          el('td', { text: time(item.submittedAt) }),
          el('td', { text: time(item.closedAt) }))))),
      el('div', { className: 'ga-actions' },
        page > 0 ? el('button', { type: 'button', className: 'btn btn-link', text: T.previous,
          onclick: () => search(results, exports, criteria, page - 1) }) : null,
        el('span', { id: 'grievance-audit-total', 'data-capped': String(!!data.totalCapped),
          text: data.totalCapped ? T.pageCapped(page + 1, data.totalElements) : T.page(page + 1, pages, data.totalElements) }),
        more ? el('button', { type: 'button', className: 'btn btn-link', text: T.next,
          onclick: () => search(results, exports, criteria, page + 1) }) : null));
  }).catch(error => showError(results, error));
}

function verify(container) {
  container.replaceChildren(el('span', { text: T.loading }));
  getJson('/verification').then(report => {
    container.replaceChildren(el('span', {
      id: 'grievance-audit-chain',
      className: report.intact ? 'ga-chain-ok' : 'ga-chain-broken',
      text: report.intact ? T.intact(report) : T.broken(report)
    }));
  }).catch(error => showError(container, error));
}

// --- One item's file ------------------------------------------------------------------------

function referenceFromLocation() {
  const match = /#\/audit\/([^?/]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : '';
}

function renderFile(node) {
  ensureStyle();
  const reference = referenceFromLocation();
  const body = el('div', {}, el('p', { className: 'ga-message', text: T.loading }));
  node.replaceChildren(el('div', { className: 'grievance-audit', id: 'grievance-audit-file' },
    el('a', { href: '#/audit', text: T.back }),
    el('h2', { text: `${T.file} ${reference}` }),
    body));
  getJson(`/items/${encodeURIComponent(reference)}`)
    .then(file => body.replaceChildren(...fileView(file)))
    .catch(error => showError(body, error));
}

function fact(name, value) {
  const shown = value === undefined || value === null || String(value).trim() === '' ? NONE : String(value);
  return [el('dt', { text: name }), el('dd', { text: shown })];
}

function fileView(file) {
  const ref = encodeURIComponent(file.reference);
  const parts = [];
  parts.push(el('h4', { text: file.title }));
  parts.push(el('p', { className: 'ga-actions' },
    el('a', { className: 'btn btn-default', id: 'grievance-audit-file-csv', download: true,
      href: `${apiBase()}/items/${ref}.csv`, text: T.exportCsv }),
    el('a', { className: 'btn btn-default', download: true,
      href: `${apiBase()}/items/${ref}.csv?delimiter=semicolon`, text: T.exportCsvSemicolon }),
    el('a', { className: 'btn btn-default', id: 'grievance-audit-file-pdf', download: true,
      href: `${apiBase()}/items/${ref}.pdf`, text: T.exportPdf })));
  parts.push(el('dl', { className: 'ga-facts' },
    fact(T.facts.unit, label(file.unit)),
    fact(T.facts.category, label(file.category)),
    fact(T.facts.status, statusText(file.status, !file.running)),
    fact(T.facts.route, label(file.route)),
    fact(T.facts.department, label(file.department)),
    fact(T.facts.submittedBy, file.submittedBy),
    fact(T.facts.submittedAt, time(file.submittedAt)),
    fact(T.facts.closedAt, time(file.closedAt)),
    fact(T.facts.reopenCount, file.reopenCount),
    fact(T.facts.regulations, (file.regulationsCited || []).map(r => r.title ? `${r.code} — ${r.title}` : r.code).join('; ')),
    fact(T.facts.consulted, (file.departmentsConsulted || []).map(label).join('; ')),
    fact('', ''),
    fact(T.facts.content, file.content),
    fact(T.facts.proposal, file.proposal)));
  if (file.running) {
    parts.push(el('p', {}, (file.runningProcessInstanceIds || []).map(id =>
      el('a', { className: 'btn btn-default ga-open-instance', href: `#/process-instance/${encodeURIComponent(id)}/runtime`,
        text: T.openInCockpit }))));
  } else {
    parts.push(el('p', { className: 'ga-message', text: T.processFinished }));
  }
  parts.push(el('h4', { text: T.finalAnswer }));
  const answer = file.finalAnswer;
  parts.push(answer
    ? el('div', { className: 'ga-answer', id: 'grievance-audit-answer' },
      el('div', { text: `${label(answer.kind)} · ${T.signedBy}: ${who(answer.signedByName, answer.signedBy)} · ${T.signedAt}: ${
        time(answer.signedAt)} · ${T.deliveredAt}: ${time(answer.deliveredAt)}` }),
      (answer.regulations || []).length
        ? el('div', { text: `${T.basis}: ${answer.regulations.map(r => r.code).join(', ')}` }) : null,
      el('div', { text: answer.body }))
    : el('p', { className: 'ga-message', text: T.noAnswer }));
  parts.push(el('h4', { text: T.timeline(file.entries.length) }));
  parts.push(el('table', { className: 'cam-table', id: 'grievance-audit-timeline' },
    el('thead', {}, el('tr', {}, [T.time, T.actor, T.what, T.detail, T.deadline].map(h => el('th', { text: h })))),
    el('tbody', {}, file.entries.map(entry))));
  return parts;
}

function entry(e) {
  const detail = [];
  if (e.detail) detail.push(e.detail);
  if (e.reason) detail.push(T.reason + e.reason);
  const late = e.workingDaysLate !== null && e.workingDaysLate !== undefined && e.timing && e.timing !== 'Đúng hạn';
  return el('tr', { 'data-kind': e.kind, className: 'ga-entry' },
    el('td', { text: time(e.at) }),
    el('td', {}, el('div', { text: e.actorName || e.actor || T.system }),
      e.actor && e.actor !== SYSTEM && e.actor !== e.actorName ? el('div', { className: 'ga-source', text: e.actor }) : null),
    el('td', {}, el('strong', { text: e.label }),
      e.step && e.label.indexOf(e.step) < 0 ? el('div', { text: e.step }) : null),
    el('td', { className: 'ga-detail' }, detail.join('\n'),
      e.position ? el('div', { className: 'ga-source', text: `${T.journal}${e.position} · ${String(e.hash).substring(0, 16)}` }) : null),
    el('td', {}, e.due ? el('div', { text: T.due + time(e.due) }) : null,
      e.timing ? el('div', { className: late ? 'ga-late' : 'ga-ontime', text: e.timing }) : null));
}

// --- Registration ---------------------------------------------------------------------------

export default [
  {
    id: 'grievance-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {
      pagePath: '#/audit',
      label: T.nav,
      checkActive: path => String(path).indexOf('#/audit') > -1
    },
    render: node => {
      node.replaceChildren(el('a', { href: '#/audit', id: 'grievance-audit-nav', text: T.nav }));
    }
  },
  {
    id: 'grievance-audit-search',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/audit' },
    render: node => renderSearch(node)
  },
  {
    id: 'grievance-audit-file',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/audit/:reference' },
    render: node => renderFile(node)
  }
];

/*
 * Grievance handling: the leadership's figures in Cockpit (Số liệu chỉ đạo, điều hành).
 *
 * A Cockpit frontend plugin (an ES module whose default export is a list of plugins), registered in
 * ../config.js under customScripts. It adds
 *   - a summary on Cockpit's start page (cockpit.dashboard) linking to the full page,
 *   - a navigation entry "Số liệu",
 *   - the page #/figures: every figure of a chosen period, with charts drawn here as SVG (nothing is
 *     fetched from the internet), each figure a link to the items behind it,
 *   - the page #/figures/items?…: the items (or steps) behind one figure, each a link to the
 *     inspectors' file (#/audit/<reference>),
 *   - the weekly and monthly reports: generate one for the period, download from the archive.
 * It reads the application's API (/api/figures) with the Cockpit session, GET only, and shows
 * everything as text (textContent), never as HTML.
 */

import { UI_LOCALE } from '../../../shared/scripts/vietnamese-first.js';
import { dayFieldAttributes, dayMonthYear, isoDate } from '../shared/day-input.js';

const VI = {
  nav: 'Số liệu',
  title: 'Số liệu chỉ đạo, điều hành',
  intro: 'Tình hình tiếp nhận, giải quyết kiến nghị của Công an cấp xã. Bấm vào một con số để xem các kiến nghị tương ứng.',
  summary: 'Số liệu kiến nghị',
  openPage: 'Xem đầy đủ ›',
  from: 'Từ ngày',
  to: 'Đến ngày',
  apply: 'Xem số liệu',
  datePlaceholder: 'dd/mm/yyyy',
  dateHint: 'Ngày theo dạng ngày/tháng/năm, ví dụ 05/11/2026',
  badDate: 'Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/11/2026.',
  thisWeek: 'Tuần này',
  thisMonth: 'Tháng này',
  lastMonth: 'Tháng trước',
  thisYear: 'Năm nay',
  scope: 'Phạm vi',
  asOf: 'Số liệu tại thời điểm',
  open: 'Đang xử lý',
  overdue: 'Bước quá hạn',
  dueSoon: 'Bước sắp đến hạn',
  received: 'Tiếp nhận trong kỳ',
  answered: 'Đã trả lời trong kỳ',
  closed: 'Đã kết thúc trong kỳ',
  late: 'Bước trễ hạn trong kỳ',
  reopenRate: 'Tỷ lệ mở lại',
  byStatus: 'Đang xử lý theo trạng thái',
  byCategory: 'Đang xử lý theo lĩnh vực',
  byUnit: 'Đang xử lý theo đơn vị',
  byDepartment: 'Đang xử lý theo phòng chức năng',
  steps: 'Bước quá hạn và sắp đến hạn (hiện tại)',
  step: 'Bước xử lý',
  responsible: 'Đơn vị chịu trách nhiệm',
  onTime: 'Tỷ lệ đúng hạn theo bước (các bước đã xử lý trong kỳ)',
  done: 'Đã xử lý',
  lateCol: 'Trễ hạn',
  rate: 'Tỷ lệ đúng hạn',
  timeToAnswer: 'Thời gian trả lời (ngày làm việc, từ khi tiếp nhận đến khi gửi trả lời lần đầu)',
  byRoute: 'Theo hướng xử lý',
  byCategoryShort: 'Theo lĩnh vực',
  byDepartmentShort: 'Theo phòng chức năng',
  count: 'Số kiến nghị',
  median: 'Trung vị',
  p90: 'Phân vị 90',
  reopen: 'Mở lại',
  reopenText: (r, a, rate) => `${r}/${a} kiến nghị được trả lời trong kỳ bị đơn vị mở lại (${rate})`,
  trend: 'Xu hướng',
  weeks: 'Theo tuần',
  months: 'Theo tháng',
  period: 'Kỳ',
  conferences: 'Hội nghị lắng nghe ý kiến trong kỳ',
  conference: 'Hội nghị',
  items: 'Ý kiến nêu',
  onSpot: 'Trả lời tại chỗ',
  assigned: 'Giao phòng chức năng',
  stillOpen: 'Còn đang xử lý',
  noConferences: 'Không có hội nghị nào trong kỳ.',
  none: 'Không có số liệu.',
  reports: 'Báo cáo tuần, tháng',
  newXlsx: 'Lập báo cáo kỳ này (XLSX)',
  newPdf: 'Lập báo cáo kỳ này (PDF)',
  archive: 'Lưu trữ báo cáo',
  kind: 'Loại',
  generated: 'Lập lúc',
  by: 'Người lập',
  files: 'Tệp',
  noReports: 'Chưa có báo cáo nào.',
  back: '‹ Quay lại số liệu',
  drillTitle: 'Danh sách kiến nghị',
  reference: 'Số tham chiếu',
  titleCol: 'Tiêu đề',
  unit: 'Đơn vị',
  category: 'Lĩnh vực',
  status: 'Trạng thái',
  department: 'Phòng chức năng',
  receivedAt: 'Ngày tiếp nhận',
  answeredAt: 'Ngày trả lời',
  days: 'Số ngày làm việc',
  due: 'Hạn',
  completed: 'Hoàn thành',
  lateDays: 'Trễ (ngày làm việc)',
  total: n => `${n} mục`,
  previous: '‹ Trang trước',
  next: 'Trang sau ›',
  loading: 'Đang tải…',
  forbidden: 'Bạn không có quyền xem số liệu này.',
  failed: 'Không tải được số liệu. Vui lòng thử lại.'
};

// English for support staff who switch the webapps to English (see vietnamese-first.js); locale-check: off
const EN = Object.assign({}, VI, {
  nav: 'Figures', title: 'Figures for the leadership', summary: 'Grievance figures', openPage: 'Open ›',
  from: 'From', to: 'To', apply: 'Show', dateHint: 'A day as day/month/year, e.g. 05/11/2026',
  badDate: 'Invalid date: type it as day/month/year, e.g. 05/11/2026.', open: 'Open', overdue: 'Overdue steps', dueSoon: 'Steps due soon',
  received: 'Received', answered: 'Answered', closed: 'Closed', late: 'Late steps', reopenRate: 'Reopen rate',
  back: '‹ Back to the figures', forbidden: 'You may not read these figures.', failed: 'The figures could not be loaded.'
}); // locale-check: on

/** Vietnamese unless support staff chose English: the shared module decides, once for every app. */
const T = UI_LOCALE === 'en' ? EN : VI;

const STYLE = `
.grievance-figures { padding: 12px 20px 40px; }
.grievance-figures h2 { margin-top: 4px; }
.grievance-figures h3 { margin-top: 22px; font-size: 16px; }
.grievance-figures .gf-intro, .grievance-figures .gf-asof { color: #555; }
.grievance-figures form { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; margin: 10px 0; }
.grievance-figures form label { display: flex; flex-direction: column; font-weight: normal; font-size: 12px; margin: 0; }
.grievance-figures form input { height: 30px; }
.grievance-figures .gf-cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.grievance-figures .gf-card { border: 1px solid #d9dee3; border-radius: 4px; padding: 8px 14px; min-width: 150px; background: #fafbfc; }
.grievance-figures .gf-card .gf-value { font-size: 26px; font-weight: bold; display: block; }
.grievance-figures .gf-card.gf-warn .gf-value { color: #b00020; }
.grievance-figures .gf-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 8px 28px; }
.grievance-figures .gf-grid > div { min-width: 0; }
.grievance-figures table { width: 100%; border-collapse: collapse; margin-top: 6px; }
.grievance-figures th, .grievance-figures td { border: 1px solid #d9dee3; padding: 3px 6px; vertical-align: top; }
.grievance-figures th { background: #eef2f6; }
.grievance-figures td.gf-num { text-align: right; white-space: nowrap; }
.grievance-figures .gf-error { color: #b00020; }
.grievance-figures svg text { font-size: 11px; fill: #333; }
.grievance-figures svg a:hover rect { opacity: 0.75; }
.grievance-figures .gf-legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.grievance-figures .gf-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
.grievance-figures-summary { padding: 6px 0; }
.grievance-figures-summary .gf-cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 6px 0; }
.grievance-figures-summary .gf-card { border: 1px solid #d9dee3; border-radius: 4px; padding: 6px 12px; min-width: 130px; }
.grievance-figures-summary .gf-value { font-size: 22px; font-weight: bold; display: block; }
`;

const SERIES = [
  { key: 'received', color: '#1f6fb2' },
  { key: 'answered', color: '#1b7f3b' },
  { key: 'closed', color: '#7a7a7a' },
  { key: 'late', color: '#b00020' }
];
const BAR = '#1f6fb2';
const PERIOD_KEY = 'grievance.figures.period';
const SVG_NS = 'http://www.w3.org/2000/svg';

function apiBase() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return `${appRoot.replace(/\/[^/]*$/, '')}/api/figures`;
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

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, String(v));
  });
  children.flat().forEach(c => c && node.appendChild(c));
  return node;
}

function ensureStyle() {
  if (!document.getElementById('grievance-figures-style')) {
    document.head.appendChild(el('style', { id: 'grievance-figures-style', text: STYLE }));
  }
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

function showError(container, error) {
  container.replaceChildren(el('p', { className: 'gf-error',
    text: error instanceof HttpError && error.status === 403 ? T.forbidden : T.failed }));
}

// --- Dates -----------------------------------------------------------------------------------

const DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
function today() {
  return DATE.format(new Date());
}
function iso(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function shift(isoDay, days) {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().substring(0, 10);
}
function quickPeriods() {
  const t = today();
  const [y, m] = t.split('-').map(Number);
  const weekday = (new Date(`${t}T00:00:00Z`).getUTCDay() + 6) % 7;
  const lastMonthEnd = shift(iso(y, m, 1), -1);
  return [
    { text: T.thisWeek, from: shift(t, -weekday), to: t },
    { text: T.thisMonth, from: iso(y, m, 1), to: t },
    { text: T.lastMonth, from: `${lastMonthEnd.substring(0, 8)}01`, to: lastMonthEnd },
    { text: T.thisYear, from: iso(y, 1, 1), to: t }
  ];
}
function dmy(isoDay) {
  if (!isoDay) return '';
  const [y, m, d] = isoDay.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});
function time(value) {
  if (!value) return '';
  const p = {};
  TIME.formatToParts(new Date(value)).forEach(part => { p[part.type] = part.value; });
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

function loadPeriod() {
  try {
    return JSON.parse(window.sessionStorage.getItem(PERIOD_KEY)) || {};
  } catch (e) {
    return {};
  }
}
function savePeriod(period) {
  try {
    window.sessionStorage.setItem(PERIOD_KEY, JSON.stringify(period));
  } catch (e) {
    // storage unavailable: the period is simply not remembered
  }
}
function periodQuery(period) {
  const p = new URLSearchParams();
  if (period.from) p.set('from', period.from);
  if (period.to) p.set('to', period.to);
  const s = p.toString();
  return s ? `?${s}` : '';
}

// --- Figures as links ------------------------------------------------------------------------

function drillHref(figure) {
  return `#/figures/items?${figure.drill}`;
}
function figureLink(figure, text) {
  return el('a', { href: drillHref(figure), className: 'gf-drill', 'data-figure': figure.key, 'data-drill': figure.drill,
    text: text === undefined ? String(figure.count) : text });
}
function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${String(rate).replace('.', ',')}%`;
}
function card(id, title, figure, warn) {
  return el('div', { className: warn && figure.count > 0 ? 'gf-card gf-warn' : 'gf-card', id },
    el('span', { className: 'gf-value' }, figureLink(figure)), el('span', { text: title }));
}

/** Horizontal bars, one per figure, each a link to its items. */
function barChart(id, figures) {
  if (!figures.length) return el('p', { id, text: T.none });
  const max = Math.max(...figures.map(f => f.count), 1);
  const rowHeight = 22;
  const labelWidth = 230;
  const width = 560;
  const height = figures.length * rowHeight + 6;
  // scales down to its column of the grid, never wider than drawn
  const chart = svg('svg', { id, viewBox: `0 0 ${width} ${height}`, width: '100%', style: `max-width:${width}px`,
    preserveAspectRatio: 'xMinYMin meet', role: 'img' });
  figures.forEach((f, i) => {
    const y = i * rowHeight + 3;
    const w = Math.max(2, Math.round((width - labelWidth - 50) * f.count / max));
    const link = svg('a', { href: drillHref(f), 'data-figure': f.key, 'data-drill': f.drill },
      svg('text', { x: 0, y: y + 14, text: f.label.length > 38 ? `${f.label.substring(0, 37)}…` : f.label }),
      svg('rect', { x: labelWidth, y, width: w, height: rowHeight - 6, fill: BAR }),
      svg('text', { x: labelWidth + w + 6, y: y + 14, text: String(f.count) }));
    link.appendChild(svg('title', { text: `${f.label}: ${f.count}` }));
    chart.appendChild(link);
  });
  return chart;
}

/** Grouped columns per bucket: received, answered, closed, late steps. */
function trendChart(id, buckets) {
  const height = 180;
  const groupWidth = Math.max(28, Math.min(70, Math.floor(900 / Math.max(buckets.length, 1))));
  const width = buckets.length * groupWidth + 40;
  const max = Math.max(1, ...buckets.flatMap(b => SERIES.map(s => b[s.key].count)));
  const barWidth = Math.floor((groupWidth - 6) / SERIES.length);
  const chart = svg('svg', { id, width, height: height + 20, role: 'img' });
  chart.appendChild(svg('line', { x1: 30, y1: height, x2: width, y2: height, stroke: '#999' }));
  chart.appendChild(svg('text', { x: 0, y: 12, text: String(max) }));
  buckets.forEach((b, i) => {
    SERIES.forEach((s, j) => {
      const f = b[s.key];
      const h = Math.round((height - 16) * f.count / max);
      const x = 32 + i * groupWidth + j * barWidth;
      const link = svg('a', { href: drillHref(f), 'data-drill': f.drill },
        svg('rect', { x, y: height - h, width: Math.max(2, barWidth - 1), height: Math.max(h, 1), fill: s.color }));
      link.appendChild(svg('title', { text: `${b.label} · ${T[s.key]}: ${f.count}` }));
      chart.appendChild(link);
    });
    if (buckets.length <= 16 || i % Math.ceil(buckets.length / 16) === 0) {
      chart.appendChild(svg('text', { x: 32 + i * groupWidth, y: height + 14, text: dmy(b.from).substring(0, 5) }));
    }
  });
  return chart;
}

function legend() {
  return el('div', { className: 'gf-legend' },
    SERIES.map(s => el('span', {}, el('i', { style: `background:${s.color}` }), T[s.key])));
}

function trendTable(id, buckets) {
  return el('table', { className: 'cam-table', id },
    el('thead', {}, el('tr', {}, [T.period, T.received, T.answered, T.closed, T.late].map(h => el('th', { text: h })))),
    el('tbody', {}, buckets.map(b => el('tr', {},
      el('td', { text: b.label }),
      SERIES.map(s => el('td', { className: 'gf-num' }, figureLink(b[s.key])))))));
}

function answerTable(id, rows) {
  return el('table', { className: 'cam-table', id },
    el('thead', {}, el('tr', {}, ['', T.count, T.median, T.p90].map(h => el('th', { text: h })))),
    el('tbody', {}, rows.map(r => el('tr', { 'data-key': r.key },
      el('td', { text: r.label }),
      el('td', { className: 'gf-num' }, el('a', { href: `#/figures/items?${r.drill}`, 'data-drill': r.drill, text: String(r.count) })),
      el('td', { className: 'gf-num', text: r.median === null || r.median === undefined ? '—' : String(r.median) }),
      el('td', { className: 'gf-num', text: r.p90 === null || r.p90 === undefined ? '—' : String(r.p90) })))));
}

// --- The page ---------------------------------------------------------------------------------

function renderPage(node) {
  ensureStyle();
  const period = loadPeriod();
  const content = el('div', { id: 'grievance-figures-content' }, el('p', { text: T.loading }));
  // text fields for dd/mm/yyyy: the browser's date field would follow the browser's language
  const from = el('input', Object.assign({ id: 'gf-from', name: 'from', value: dayMonthYear(period.from) },
    dayFieldAttributes(T.datePlaceholder, T.dateHint)));
  const to = el('input', Object.assign({ id: 'gf-to', name: 'to', value: dayMonthYear(period.to) },
    dayFieldAttributes(T.datePlaceholder, T.dateHint)));
  const badDate = el('p', { className: 'gf-error', id: 'gf-bad-date', text: T.badDate, hidden: true });
  const form = el('form', { id: 'grievance-figures-period' },
    el('label', {}, T.from, from),
    el('label', {}, T.to, to),
    el('button', { type: 'submit', className: 'btn btn-primary', id: 'gf-apply', text: T.apply }),
    quickPeriods().map(q => el('button', { type: 'button', className: 'btn btn-default', text: q.text, onclick: () => {
      from.value = dayMonthYear(q.from);
      to.value = dayMonthYear(q.to);
      apply();
    } })));
  function apply() {
    const chosen = { from: isoDate(from.value), to: isoDate(to.value) };
    badDate.hidden = chosen.from !== null && chosen.to !== null;
    if (!badDate.hidden) return;
    savePeriod(chosen);
    load(content, chosen);
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    apply();
  });
  node.replaceChildren(el('div', { className: 'grievance-figures', id: 'grievance-figures' },
    el('h2', { text: T.title }), el('p', { className: 'gf-intro', text: T.intro }), form, badDate, content));
  load(content, period);
}

function load(content, period) {
  content.replaceChildren(el('p', { text: T.loading }));
  Promise.all([getJson(`/dashboard${periodQuery(period)}`), getJson('/reports').catch(() => null)])
    .then(([d, reports]) => content.replaceChildren(...dashboard(d, reports)))
    .catch(error => showError(content, error));
}

function dashboard(d, reports) {
  const overdue = d.steps.reduce((n, s) => n + s.overdue.count, 0);
  const dueSoon = d.steps.reduce((n, s) => n + s.dueSoon.count, 0);
  const parts = [
    el('p', { className: 'gf-asof', id: 'gf-period', 'data-from': d.from, 'data-to': d.to,
      text: `${T.period}: ${dmy(d.from)} – ${dmy(d.to)} · ${T.scope}: ${d.scope} · ${T.asOf} ${time(d.asOf)}` }),
    el('div', { className: 'gf-cards' },
      card('gf-open', T.open, d.open.total),
      el('div', { className: overdue ? 'gf-card gf-warn' : 'gf-card', id: 'gf-overdue' },
        el('span', { className: 'gf-value', text: String(overdue) }), el('span', { text: T.overdue })),
      el('div', { className: 'gf-card', id: 'gf-due-soon' },
        el('span', { className: 'gf-value', text: String(dueSoon) }), el('span', { text: T.dueSoon })),
      card('gf-received', T.received, d.totals.received),
      card('gf-answered', T.answered, d.totals.answered),
      card('gf-closed', T.closed, d.totals.closed),
      card('gf-late', T.late, d.totals.late, true),
      el('div', { className: 'gf-card', id: 'gf-reopen' },
        el('span', { className: 'gf-value' }, figureLink(d.reopen.reopened, percent(d.reopen.rate))),
        el('span', { text: T.reopenRate })))
  ];
  parts.push(el('div', { className: 'gf-grid' },
    el('div', {}, el('h3', { text: T.byStatus }), barChart('gf-by-status', d.open.byStatus)),
    el('div', {}, el('h3', { text: T.byCategory }), barChart('gf-by-category', d.open.byCategory)),
    el('div', {}, el('h3', { text: T.byUnit }), barChart('gf-by-unit', d.open.byUnit)),
    el('div', {}, el('h3', { text: T.byDepartment }), barChart('gf-by-department', d.open.byDepartment))));

  parts.push(el('h3', { text: T.steps }));
  parts.push(d.steps.length ? el('table', { className: 'cam-table', id: 'gf-steps' },
    el('thead', {}, el('tr', {}, [T.step, T.responsible, T.overdue, T.dueSoon].map(h => el('th', { text: h })))),
    el('tbody', {}, d.steps.map(s => el('tr', { 'data-step': s.step },
      el('td', { text: s.stepLabel }), el('td', { text: s.responsibleLabel }),
      el('td', { className: 'gf-num' }, figureLink(s.overdue)), el('td', { className: 'gf-num' }, figureLink(s.dueSoon))))))
    : el('p', { text: T.none }));

  parts.push(el('h3', { text: T.onTime }));
  parts.push(d.onTime.length ? el('table', { className: 'cam-table', id: 'gf-on-time' },
    el('thead', {}, el('tr', {}, [T.step, T.done, T.lateCol, T.rate].map(h => el('th', { text: h })))),
    el('tbody', {}, d.onTime.map(r => el('tr', { 'data-step': r.step },
      el('td', { text: r.stepLabel }), el('td', { className: 'gf-num' }, figureLink(r.done)),
      el('td', { className: 'gf-num' }, figureLink(r.late)), el('td', { className: 'gf-num', text: percent(r.rate) })))))
    : el('p', { text: T.none }));

  const t = d.timeToAnswer;
  parts.push(el('h3', { text: T.timeToAnswer }));
  parts.push(el('p', { id: 'gf-answer-overall',
    text: `${T.count}: ${t.overall.count} · ${T.median}: ${t.overall.median ?? '—'} · ${T.p90}: ${t.overall.p90 ?? '—'}` }));
  parts.push(el('div', { className: 'gf-grid' },
    el('div', {}, el('h4', { text: T.byRoute }), answerTable('gf-answer-route', t.byRoute)),
    el('div', {}, el('h4', { text: T.byCategoryShort }), answerTable('gf-answer-category', t.byCategory)),
    el('div', {}, el('h4', { text: T.byDepartmentShort }), answerTable('gf-answer-department', t.byDepartment))));
  parts.push(el('p', { id: 'gf-reopen-text', text: T.reopenText(d.reopen.reopened.count, d.reopen.answered.count, percent(d.reopen.rate)) }));

  parts.push(el('h3', { text: T.trend }));
  const trendBox = el('div', { id: 'gf-trend' });
  const showTrend = (kind) => trendBox.replaceChildren(legend(), trendChart(`gf-trend-${kind}-chart`, d.trend[kind]),
    trendTable(`gf-trend-${kind}`, d.trend[kind]));
  parts.push(el('div', {},
    el('button', { type: 'button', className: 'btn btn-default', id: 'gf-trend-weeks-button', text: T.weeks, onclick: () => showTrend('weeks') }),
    el('button', { type: 'button', className: 'btn btn-default', id: 'gf-trend-months-button', text: T.months, onclick: () => showTrend('months') })));
  parts.push(trendBox);
  showTrend(d.trend.weeks.length > 16 ? 'months' : 'weeks');

  parts.push(el('h3', { text: T.conferences }));
  parts.push(d.conferences.length ? el('table', { className: 'cam-table', id: 'gf-conferences' },
    el('thead', {}, el('tr', {}, [T.conference, T.items, T.onSpot, T.assigned, T.stillOpen, T.overdue].map(h => el('th', { text: h })))),
    el('tbody', {}, d.conferences.map(c => el('tr', { 'data-conference': c.reference },
      el('td', { text: `${c.reference} · ${c.title} (${time(c.startsAt)})` }),
      [c.items, c.answeredOnSpot, c.assigned, c.stillOpen, c.overdue].map(f => el('td', { className: 'gf-num' }, figureLink(f)))))))
    : el('p', { text: T.noConferences }));

  parts.push(reportsSection(d, reports));
  return parts;
}

/** Those who read no reports (department heads, districts) see no section; inspectors read, not generate. */
function reportsSection(d, archive) {
  const query = `from=${encodeURIComponent(d.from)}&to=${encodeURIComponent(d.to)}`;
  const box = el('div', { id: 'gf-reports' });
  if (archive === null) return box;
  box.appendChild(el('h3', { text: T.reports }));
  if (archive.mayGenerate) {
    box.appendChild(el('div', {},
      el('a', { className: 'btn btn-default', id: 'gf-report-xlsx', download: true, href: `${apiBase()}/reports/new.xlsx?${query}`, text: T.newXlsx }),
      ' ',
      el('a', { className: 'btn btn-default', id: 'gf-report-pdf', download: true, href: `${apiBase()}/reports/new.pdf?${query}`, text: T.newPdf })));
  }
  const reports = archive.reports;
  box.appendChild(el('h4', { text: T.archive }));
  box.appendChild(reports.length ? el('table', { className: 'cam-table', id: 'gf-report-archive' },
    el('thead', {}, el('tr', {}, [T.kind, T.period, T.generated, T.by, T.files].map(h => el('th', { text: h })))),
    el('tbody', {}, reports.map(r => el('tr', { 'data-report': r.id },
      el('td', { text: r.title }), el('td', { text: `${dmy(r.from)} – ${dmy(r.to)}` }),
      el('td', { text: time(r.generatedAt) }), el('td', { text: r.generatedBy }),
      el('td', {}, el('a', { download: true, href: `${apiBase()}/reports/${r.id}.xlsx`, text: 'XLSX' }), ' · ',
        el('a', { download: true, href: `${apiBase()}/reports/${r.id}.pdf`, text: 'PDF' }))))))
    : el('p', { text: T.noReports }));
  return box;
}

// --- The items behind a figure -----------------------------------------------------------------

function hashQuery() {
  const hash = window.location.hash || '';
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.substring(q + 1));
}

function renderItems(node) {
  ensureStyle();
  const params = hashQuery();
  const page = Number(params.get('page') || 0);
  params.delete('page');
  const results = el('div', { id: 'grievance-figures-items' }, el('p', { text: T.loading }));
  node.replaceChildren(el('div', { className: 'grievance-figures', id: 'grievance-figures-drill' },
    el('a', { href: '#/figures', id: 'gf-back', text: T.back }),
    el('h2', { text: T.drillTitle }),
    results));
  getJson(`/items?${params.toString()}&page=${page}&size=50`).then(data => {
    const steps = params.get('set') && ['OVERDUE', 'DUE_SOON', 'LATE', 'DONE'].includes(params.get('set'));
    const head = [T.reference, T.titleCol, T.unit, T.category, T.status, T.department, T.receivedAt, T.answeredAt, T.days]
      .concat(steps ? [T.step, T.responsible, T.due, T.completed, T.lateDays] : []);
    const pages = Math.max(1, Math.ceil(data.totalElements / data.size));
    const nav = (p) => { params.set('page', p); return `#/figures/items?${params.toString()}`; };
    results.replaceChildren(
      el('p', { id: 'gf-items-total', 'data-total': data.totalElements, text: T.total(data.totalElements) }),
      el('table', { className: 'cam-table' },
        el('thead', {}, el('tr', {}, head.map(h => el('th', { text: h })))),
        el('tbody', {}, data.content.map(r => el('tr', { 'data-reference': r.reference },
          el('td', {}, el('a', { href: `#/audit/${encodeURIComponent(r.reference)}`, className: 'gf-file', text: r.reference })),
          el('td', { text: r.title }), el('td', { text: r.unit }), el('td', { text: r.category }), el('td', { text: r.status }),
          el('td', { text: r.department || '—' }), el('td', { text: time(r.receivedAt) }), el('td', { text: time(r.answeredAt) }),
          el('td', { className: 'gf-num', text: r.answerWorkingDays ?? '' }),
          steps ? [el('td', { text: r.step }), el('td', { text: r.responsible || '' }), el('td', { text: time(r.dueAt) }),
            el('td', { text: time(r.completedAt) }), el('td', { className: 'gf-num', text: r.lateWorkingDays ?? '' })] : null)))),
      el('div', {},
        page > 0 ? el('a', { href: nav(page - 1), text: T.previous }) : null, ' ',
        page + 1 < pages ? el('a', { href: nav(page + 1), text: T.next }) : null));
  }).catch(error => showError(results, error));
}

// --- Cockpit's start page ----------------------------------------------------------------------

function renderSummary(node) {
  ensureStyle();
  const box = el('div', { className: 'grievance-figures-summary', id: 'grievance-figures-summary' }, el('p', { text: T.loading }));
  node.replaceChildren(box);
  getJson(`/dashboard${periodQuery(loadPeriod())}`).then(d => {
    const overdue = d.steps.reduce((n, s) => n + s.overdue.count, 0);
    const dueSoon = d.steps.reduce((n, s) => n + s.dueSoon.count, 0);
    box.replaceChildren(
      el('h4', { text: `${T.summary} (${dmy(d.from)} – ${dmy(d.to)})` }),
      el('div', { className: 'gf-cards' },
        el('div', { className: 'gf-card' }, el('span', { className: 'gf-value' }, figureLink(d.open.total)), T.open),
        el('div', { className: 'gf-card' }, el('span', { className: 'gf-value', text: String(overdue) }), T.overdue),
        el('div', { className: 'gf-card' }, el('span', { className: 'gf-value', text: String(dueSoon) }), T.dueSoon),
        el('div', { className: 'gf-card' }, el('span', { className: 'gf-value' }, figureLink(d.totals.received)), T.received),
        el('div', { className: 'gf-card' }, el('span', { className: 'gf-value' }, figureLink(d.totals.answered)), T.answered)),
      el('a', { href: '#/figures', id: 'gf-summary-open', text: T.openPage }));
  }).catch(error => {
    // those who read no figures see nothing of them on the start page
    if (error instanceof HttpError && error.status === 403) node.replaceChildren();
    else showError(box, error);
  });
}

export default [
  {
    id: 'grievance-figures-summary',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: node => renderSummary(node)
  },
  {
    id: 'grievance-figures-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: {
      pagePath: '#/figures',
      label: T.nav,
      checkActive: path => String(path).indexOf('#/figures') > -1
    },
    render: node => {
      node.replaceChildren(el('a', { href: '#/figures', id: 'grievance-figures-nav', text: T.nav }));
    }
  },
  {
    id: 'grievance-figures-page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/figures' },
    render: node => renderPage(node)
  },
  {
    id: 'grievance-figures-items',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: '/figures/items' },
    render: node => renderItems(node)
  }
];

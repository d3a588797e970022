/*
 * The reception office's answer templates: list (active, or all with the retired), add, edit (each
 * edit a new version, the old kept), retire, and read a template's history. Reads and writes
 * /api/answer-templates with the signed-in session and its CSRF token; text only, never HTML.
 */

const app = document.getElementById('app');
const CATEGORIES = [
  ['REPORTING', 'Chế độ báo cáo'], ['FACILITIES', 'Trụ sở, cơ sở vật chất'], ['EQUIPMENT', 'Phương tiện, trang thiết bị'],
  ['STAFFING', 'Biên chế, tổ chức cán bộ'], ['ALLOWANCES', 'Phụ cấp, chế độ chính sách'],
  ['PUBLIC_ORDER', 'Tình hình an ninh trật tự'], ['PROFESSIONAL', 'Nghiệp vụ'], ['OTHER', 'Khác']];
let session = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(method, path, body) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET' && session && session.csrfHeader) headers[session.csrfHeader] = session.csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401) {
    window.location.href = '/login';
    throw new Error('signed out');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const errors = data && data.errors ? data.errors.map(e => e.field + ': ' + e.message) : [data && data.detail || 'Lỗi ' + response.status];
    throw Object.assign(new Error(errors.join('\n')), {status: response.status});
  }
  return data;
}

const label = key => (CATEGORIES.find(c => c[0] === key) || [key, key])[1];

function editor(template, onSaved, status) {
  const form = el('form', {class: 'grid', id: template ? 'edit-form' : 'add-form'},
    el('label', {}, 'Lĩnh vực', el('select', {name: 'category'},
      CATEGORIES.map(([k, v]) => el('option', {value: k, selected: template && template.category === k}, v)))),
    el('label', {}, 'Văn bản căn cứ (mã, không bắt buộc)', el('input', {name: 'regulationCode', maxlength: 64,
      value: template && template.regulationCode || ''})),
    el('label', {class: 'wide'}, 'Tên mẫu', el('input', {name: 'title', required: true, maxlength: 200, value: template ? template.title : ''})),
    el('label', {class: 'wide'}, 'Nội dung', el('textarea', {name: 'body', required: true, maxlength: 4000, rows: 6}, template ? template.body : '')),
    el('div', {class: 'actions wide'}, el('button', {type: 'submit'}, template ? 'Lưu phiên bản mới' : 'Thêm mẫu')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const draft = {category: data.get('category'), regulationCode: data.get('regulationCode'), title: data.get('title'), body: data.get('body')};
    try {
      if (template) await api('PUT', `/api/answer-templates/${template.id}?version=${template.version}`, draft);
      else await api('POST', '/api/answer-templates', draft);
      await onSaved(template ? 'Đã lưu phiên bản mới.' : 'Đã thêm mẫu trả lời.');
    } catch (e) {
      status.replaceChildren(el('div', {class: 'message error', role: 'alert'}, e.message));
    }
  });
  return form;
}

async function showList(note) {
  const all = window.location.hash === '#/tat-ca';
  const templates = await api('GET', '/api/answer-templates' + (all ? '?all=true' : ''));
  const status = el('div', {id: 'status'}, note ? el('div', {class: 'message ok', role: 'status'}, note) : null);
  const reload = message => showList(message);
  app.replaceChildren(
    el('h1', {}, 'Mẫu trả lời'),
    el('p', {}, all ? el('a', {href: '#/'}, 'Chỉ mẫu đang dùng') : el('a', {href: '#/tat-ca'}, 'Cả mẫu đã ngừng dùng')),
    status,
    el('div', {class: 'card'}, el('h2', {}, 'Thêm mẫu'), editor(null, reload, status)),
    el('table', {id: 'templates'},
      el('thead', {}, el('tr', {}, ['Lĩnh vực', 'Văn bản', 'Tên mẫu', 'Nội dung', 'Phiên bản', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, templates.map(t => {
        const row = el('tr', {'data-id': t.id, class: t.status === 'RETIRED' ? 'read' : null},
          el('td', {}, label(t.category)), el('td', {}, t.regulationCode || ''), el('td', {}, t.title,
            t.status === 'RETIRED' ? el('div', {class: 'muted'}, 'Đã ngừng dùng') : null),
          el('td', {}, t.body), el('td', {}, String(t.version)),
          el('td', {}, el('div', {class: 'actions'},
            t.status === 'ACTIVE' ? el('button', {type: 'button', class: 'secondary', 'data-action': 'edit', onclick: () => {
              const next = row.nextElementSibling;
              if (next && next.classList.contains('decide')) { next.remove(); return; }
              row.after(el('tr', {class: 'decide'}, el('td', {colspan: 6}, editor(t, reload, status))));
            }}, 'Sửa') : null,
            t.status === 'ACTIVE' ? el('button', {type: 'button', class: 'secondary', 'data-action': 'retire', onclick: async () => {
              await api('DELETE', `/api/answer-templates/${t.id}`);
              await reload('Đã ngừng dùng mẫu "' + t.title + '".');
            }}, 'Ngừng dùng') : null,
            el('a', {href: `#/lich-su/${t.id}`}, 'Lịch sử'))));
        return row;
      }))));
}

async function showHistory(id) {
  const versions = await api('GET', `/api/answer-templates/${id}/history`);
  const two = n => String(n).padStart(2, '0');
  const when = iso => { const t = new Date(iso); return `${two(t.getHours())}:${two(t.getMinutes())} ${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()}`; };
  app.replaceChildren(
    el('p', {}, el('a', {href: '#/'}, '‹ Danh sách mẫu')),
    el('h1', {}, 'Lịch sử mẫu trả lời'),
    el('table', {id: 'history'}, el('tbody', {}, versions.map(v => el('tr', {},
      el('td', {}, 'Phiên bản ' + v.version), el('td', {}, when(v.changedAt)), el('td', {}, v.changedBy),
      el('td', {}, v.status === 'RETIRED' ? 'Ngừng dùng' : 'Đang dùng'), el('td', {}, v.title), el('td', {}, v.body))))));
}

async function route() {
  const hash = window.location.hash;
  try {
    if (hash.startsWith('#/lich-su/')) await showHistory(hash.substring('#/lich-su/'.length));
    else await showList();
  } catch (e) {
    app.replaceChildren(el('div', {class: 'message error', role: 'alert'},
      e.status === 403 ? 'Bạn không có quyền xem mẫu trả lời.' : 'Không tải được dữ liệu. Vui lòng thử lại.'));
  }
}

async function start() {
  session = await api('GET', '/api/session');
  document.getElementById('who').textContent = session.name;
  if (session.csrfParameter) {
    document.getElementById('logout').append(el('input', {type: 'hidden', name: session.csrfParameter, value: session.csrfToken}));
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();

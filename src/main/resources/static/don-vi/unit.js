/*
 * A unit's own view (Kiến nghị của đơn vị): its items with where each stands and when the open step
 * falls due, one item's answer and history, and its notices, read or unread. Reads /api/items and
 * /api/notifications with the signed-in session (the API shows a unit its own items only); marking
 * notices read carries the session's CSRF token. Everything is shown as text, never as HTML.
 */

const app = document.getElementById('app');
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

function when(iso, withTime) {
  if (!iso) return '';
  const t = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  const date = `${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()}`;
  return withTime ? `${two(t.getHours())}:${two(t.getMinutes())} ${date}` : date;
}

async function api(method, path, file) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET' && session && session.csrfHeader) headers[session.csrfHeader] = session.csrfToken;
  if (file) {
    headers['Content-Type'] = 'application/octet-stream';
    headers['X-File-Name'] = encodeURIComponent(file.name);
  }
  const response = await fetch(path, {method, headers, credentials: 'same-origin', body: file || undefined});
  if (response.status === 401) {
    window.location.href = '/login';
    throw new Error('signed out');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const lines = data && data.errors ? data.errors.map(e => e.message) : [data && data.detail || String(response.status)];
    throw new Error(lines.join('\n'));
  }
  return data;
}

async function refreshUnread() {
  const count = await api('GET', '/api/notifications/unread-count');
  document.getElementById('unread').textContent = count.unread > 0 ? String(count.unread) : '';
}

async function showItems() {
  const page = await api('GET', '/api/items?size=50');
  app.replaceChildren(
    el('h1', {}, 'Kiến nghị của đơn vị'),
    page.content.length === 0
      ? el('p', {class: 'muted'}, 'Đơn vị chưa gửi kiến nghị nào.')
      : el('table', {id: 'unit-items'},
        el('thead', {}, el('tr', {}, ['Số tham chiếu', 'Tiêu đề', 'Ngày gửi', 'Trạng thái', 'Hạn bước đang xử lý'].map(h => el('th', {}, h)))),
        el('tbody', {}, page.content.map(i => el('tr', {'data-reference': i.reference},
          el('td', {}, el('a', {href: '#/' + i.reference}, i.reference)),
          el('td', {}, i.title),
          el('td', {}, when(i.submittedAt)),
          el('td', {}, i.status.label),
          el('td', {}, i.closedAt ? '' : when(i.stepDue)))))),
    el('p', {class: 'muted'}, page.totalCapped
      // a count that stopped at the cap (ADR 0009): more items than this
      ? `${page.content.length} / hơn ${String(page.totalElements).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} kết quả, mới nhất trước.`
      : `${page.content.length} / ${page.totalElements} kiến nghị, mới nhất trước.`));
}

async function showItem(reference, note) {
  const item = await api('GET', '/api/items/' + encodeURIComponent(reference));
  const files = await api('GET', '/api/items/' + encodeURIComponent(reference) + '/attachments');
  const status = el('div', {id: 'status'}, note ? el('div', {class: 'message ok', role: 'status'}, note) : null);
  const chosen = el('span', {id: 'attach-file-name', class: 'muted'}, 'Chưa chọn tệp');
  const input = el('input', {type: 'file', id: 'attach-file', accept: '.pdf,.png,.jpg,.jpeg', class: 'hidden-file',
    onchange: () => { chosen.textContent = input.files[0] ? input.files[0].name : 'Chưa chọn tệp'; }});
  const upload = item.closedAt ? null : el('form', {id: 'attach-form', class: 'actions'},
    el('label', {class: 'file-button', tabindex: 0}, 'Chọn tệp…', input), chosen,
    el('button', {type: 'submit', id: 'attach-submit'}, 'Đính kèm (PDF, ảnh; tối đa 10 MB)'));
  if (upload) {
    upload.addEventListener('submit', async event => {
      event.preventDefault();
      if (!input.files[0]) {
        status.replaceChildren(el('div', {class: 'message error', role: 'alert'}, 'Chọn tệp để đính kèm.'));
        return;
      }
      try {
        await api('POST', '/api/items/' + encodeURIComponent(reference) + '/attachments', input.files[0]);
        await showItem(reference, 'Đã đính kèm ' + input.files[0].name + '.');
      } catch (e) {
        status.replaceChildren(el('div', {class: 'message error', role: 'alert'}, e.message));
      }
    });
  }
  const answer = item.answer;
  app.replaceChildren(
    el('p', {}, el('a', {href: '#/'}, '‹ Danh sách kiến nghị')),
    el('h1', {}, `${item.reference} · ${item.title}`),
    el('div', {class: 'card'}, el('dl', {class: 'facts'},
      el('dt', {}, 'Trạng thái'), el('dd', {id: 'item-status'}, item.status.label),
      el('dt', {}, 'Lĩnh vực'), el('dd', {}, item.category.label),
      el('dt', {}, 'Ngày gửi'), el('dd', {}, when(item.submittedAt, true)),
      item.stepDue && !item.closedAt ? [el('dt', {}, 'Hạn bước đang xử lý'), el('dd', {}, when(item.stepDue))] : null,
      el('dt', {}, 'Nội dung'), el('dd', {}, item.content),
      item.proposal ? [el('dt', {}, 'Đề xuất'), el('dd', {}, item.proposal)] : null)),
    el('h2', {}, 'Trả lời'),
    answer
      ? el('div', {class: 'card', id: 'item-answer'}, el('p', {}, answer.body),
        answer.regulations.length ? el('p', {class: 'muted'}, 'Căn cứ: ' + answer.regulations.join(', ')) : null,
        el('p', {class: 'muted'}, 'Gửi đơn vị: ' + when(answer.deliveredAt, true)),
        answer.letter
          ? el('p', {id: 'item-letter'},
            `Công văn số ${answer.letter.numberAndSymbol} ngày ${when(answer.letter.issuedAt)}, ký số: ${answer.letter.signedBy || ''}. `,
            el('a', {href: answer.letter.pdfUrl, id: 'item-letter-pdf', download: ''}, 'Tải công văn (PDF đã ký số)'),
            el('br', {}), el('span', {class: 'muted'}, 'SHA-256 ' + answer.letter.pdfSha256))
          : null)
      : el('p', {class: 'muted', id: 'item-answer'}, 'Chưa có trả lời.'),
    el('h2', {}, 'Tệp đính kèm'),
    status,
    files.length === 0 ? el('p', {class: 'muted'}, 'Chưa có tệp đính kèm.')
      : el('table', {id: 'attachments'}, el('tbody', {}, files.map(f => el('tr', {},
        el('td', {}, el('a', {href: `/api/items/${encodeURIComponent(reference)}/attachments/${f.id}`}, f.fileName)),
        el('td', {}, Math.max(1, Math.round(f.sizeBytes / 1024)) + ' KB'),
        el('td', {class: 'muted'}, 'SHA-256 ' + f.sha256))))),
    upload,
    el('h2', {}, 'Diễn biến'),
    el('table', {}, el('tbody', {}, item.statusHistory.map(h => el('tr', {},
      el('td', {}, when(h.at, true)), el('td', {}, h.label))))));
}

let unitNames = null;

/** The Vietnamese names of units and offices by their ids; none if the list cannot be read. */
async function namesOfUnits() {
  if (!unitNames) {
    try {
      const units = await api('GET', '/api/units');
      unitNames = new Map(units.map(u => [u.id, u.nameVi]));
    } catch (e) {
      return new Map();
    }
  }
  return unitNames;
}

/**
 * A notice written by the application names a unit or office by its id ("đơn vị chịu trách nhiệm:
 * reception"); an officer reads its name ("Bộ phận tiếp nhận – Phòng Tham mưu"). Only whole ids of
 * known units are replaced.
 */
function withUnitNames(text, names) {
  return String(text).replace(/[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*/g, (word, at, all) => {
    const whole = !/[\w.-]/.test(all.charAt(at - 1) || ' ') && !/[\w-]/.test(all.charAt(at + word.length) || ' ');
    return whole && names.has(word) ? names.get(word) : word;
  });
}

async function showNotices() {
  const [notices, names, preferences] = await Promise.all([
    api('GET', '/api/notifications?limit=100'), namesOfUnits(), api('GET', '/api/notifications/preferences')]);
  const status = el('div');
  const byEmail = el('input', {type: 'checkbox', id: 'email-notices', checked: preferences.email, onchange: async () => {
    try {
      const saved = await api('PUT', '/api/notifications/preferences', {email: byEmail.checked});
      byEmail.checked = saved.email;
      status.replaceChildren(el('div', {class: 'message ok', role: 'status'},
        saved.email ? 'Đồng chí sẽ nhận thông báo qua thư điện tử.' : 'Đã tắt nhận thông báo qua thư điện tử.'));
    } catch (e) {
      byEmail.checked = !byEmail.checked;
      status.replaceChildren(el('div', {class: 'message error', role: 'alert'}, e.message));
    }
  }});
  app.replaceChildren(
    el('h1', {}, 'Thông báo'),
    el('p', {}, el('label', {class: 'inline'}, byEmail, ' Nhận thông báo qua thư điện tử')),
    el('div', {class: 'actions'}, el('button', {type: 'button', id: 'read-all', onclick: async () => {
      await api('POST', '/api/notifications/read-all');
      await showNotices();
      await refreshUnread();
    }}, 'Đánh dấu đã đọc tất cả')),
    status,
    notices.length === 0
      ? el('p', {class: 'muted'}, 'Chưa có thông báo.')
      : el('table', {id: 'notices'}, el('tbody', {}, notices.map(n => el('tr', {class: n.read ? 'read' : 'unread', 'data-id': n.id},
        el('td', {}, when(n.createdAt, true)),
        el('td', {}, n.read ? withUnitNames(n.message, names) : el('b', {}, withUnitNames(n.message, names))),
        el('td', {}, n.read ? 'Đã đọc' : el('button', {type: 'button', class: 'secondary', onclick: async () => {
          await api('POST', `/api/notifications/${n.id}/read`);
          await showNotices();
          await refreshUnread();
        }}, 'Đã đọc')))))));
}

async function route() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  try {
    if (hash === '') await showItems();
    else if (hash === 'thong-bao') await showNotices();
    else await showItem(decodeURIComponent(hash));
  } catch (e) {
    app.replaceChildren(el('div', {class: 'message error', role: 'alert'}, 'Không tải được dữ liệu. Vui lòng thử lại.'));
  }
}

async function start() {
  try {
    session = await api('GET', '/api/session');
  } catch (e) {
    app.replaceChildren(el('div', {class: 'message error', role: 'alert'}, 'Không tải được dữ liệu. Vui lòng thử lại.'));
    return;
  }
  document.getElementById('who').textContent = session.name;
  if (session.administrator || session.keepsCatalogue) document.getElementById('admin-link').hidden = false;
  if (session.csrfParameter) {
    document.getElementById('logout').append(el('input', {type: 'hidden', name: session.csrfParameter, value: session.csrfToken}));
  }
  window.addEventListener('hashchange', route);
  await refreshUnread();
  await route();
}

start();

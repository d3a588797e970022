/*
 * Business data kept by administrators (and the regulation catalogue by the reception office):
 * regulations, units, working days per step, declared days off and make-up working days, and the
 * journal of every change. Reads and writes the JSON APIs with the signed-in session and its CSRF
 * token; text only, never HTML. Every change counts at once, without a restart.
 */

const app = document.getElementById('app');
const CATEGORIES = [
  ['REPORTING', 'Chế độ báo cáo'], ['FACILITIES', 'Trụ sở, cơ sở vật chất'], ['EQUIPMENT', 'Phương tiện, trang thiết bị'],
  ['STAFFING', 'Biên chế, tổ chức cán bộ'], ['ALLOWANCES', 'Phụ cấp, chế độ chính sách'],
  ['PUBLIC_ORDER', 'Tình hình an ninh trật tự'], ['PROFESSIONAL', 'Nghiệp vụ'], ['OTHER', 'Khác']];
const STATUSES = [['IN_FORCE', 'Còn hiệu lực'], ['AMENDED', 'Đã được sửa đổi'], ['REPEALED', 'Hết hiệu lực'], ['RETIRED', 'Ngừng sử dụng']];
const KINDS = [['COMMUNE', 'Công an xã, phường'], ['SPECIAL_ZONE', 'Công an đặc khu'], ['DISTRICT', 'Khu vực (Công an huyện cũ)'],
  ['DEPARTMENT', 'Phòng chức năng']];
const SUBJECTS = {REGULATION: 'Văn bản', UNIT: 'Đơn vị', STEP_DEADLINE: 'Thời hạn bước', CALENDAR_DAY: 'Ngày nghỉ, làm bù'};
const ACTIONS = {ADD: 'Thêm', EDIT: 'Sửa', RETIRE: 'Ngừng sử dụng', REMOVE: 'Bỏ'};
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

const labelOf = (list, key) => (list.find(c => c[0] === key) || [key, key])[1];
const two = n => String(n).padStart(2, '0');
const when = iso => { const t = new Date(iso); return `${two(t.getHours())}:${two(t.getMinutes())} ${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()}`; };

function statusBox(note) {
  return el('div', {id: 'status'}, note ? el('div', {class: 'message ok', role: 'status'}, note) : null);
}

function failed(status, e) {
  status.replaceChildren(el('div', {class: 'message error', role: 'alert'}, e.message));
}

// --- Regulations -------------------------------------------------------------------------------

function regulationForm(entry, onSaved, status) {
  const r = entry ? entry.regulation : null;
  const form = el('form', {class: 'grid', id: r ? 'regulation-edit-form' : 'regulation-add-form'},
    // a document's code does not change (running steps cite it): another code is another document
    el('label', {}, 'Số, ký hiệu', el('input', {name: 'code', required: true, maxlength: 64, value: r ? r.code : '',
      readonly: Boolean(r), title: r ? 'Số, ký hiệu không đổi; văn bản khác thì thêm mới.' : null})),
    el('label', {}, 'Cơ quan ban hành', el('input', {name: 'issuingBody', required: true, maxlength: 200, value: r ? r.issuingBody : ''})),
    el('label', {class: 'wide'}, 'Tên văn bản', el('input', {name: 'title', required: true, maxlength: 500, value: r ? r.title : ''})),
    el('label', {}, 'Ngày ban hành', el('input', {name: 'issuedOn', type: 'date', value: r && r.issuedOn || ''})),
    el('label', {}, 'Tình trạng', el('select', {name: 'status'},
      STATUSES.filter(s => s[0] !== 'RETIRED').map(([k, v]) => el('option', {value: k, selected: r && r.status === k}, v)))),
    el('fieldset', {class: 'wide'}, el('legend', {}, 'Lĩnh vực'),
      CATEGORIES.map(([k, v]) => el('label', {class: 'inline'},
        el('input', {type: 'checkbox', name: 'categories', value: k, checked: r && r.categories.includes(k)}), v))),
    el('label', {class: 'wide'}, 'Tóm tắt', el('textarea', {name: 'summary', maxlength: 4000, rows: 3}, r && r.summary || '')),
    el('label', {class: 'wide'}, 'Từ khóa', el('input', {name: 'keywords', maxlength: 1000, value: r && r.keywords || ''})),
    el('div', {class: 'actions wide'}, el('button', {type: 'submit'}, r ? 'Lưu' : 'Thêm văn bản')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const draft = {code: data.get('code'), title: data.get('title'), issuingBody: data.get('issuingBody'),
      issuedOn: data.get('issuedOn') || null, status: data.get('status'), summary: data.get('summary'),
      categories: data.getAll('categories'), keywords: data.get('keywords')};
    try {
      if (r) await api('PUT', `/api/regulations/${r.id}?version=${entry.version}`, draft);
      else await api('POST', '/api/regulations', draft);
      await onSaved(r ? 'Đã lưu văn bản.' : 'Đã thêm văn bản vào danh mục.');
    } catch (e) {
      failed(status, e);
    }
  });
  return form;
}

async function showRegulations(note) {
  const entries = await api('GET', '/api/regulations/catalogue');
  const status = statusBox(note);
  const reload = message => showRegulations(message);
  app.replaceChildren(
    el('h1', {}, 'Danh mục văn bản'),
    status,
    el('div', {class: 'card'}, el('h2', {}, 'Thêm văn bản'), regulationForm(null, reload, status)),
    el('table', {id: 'regulations'},
      el('thead', {}, el('tr', {}, ['Số, ký hiệu', 'Tên văn bản', 'Tình trạng', 'Phiên bản', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, entries.map(entry => {
        const r = entry.regulation;
        const retired = r.status === 'RETIRED';
        const row = el('tr', {'data-code': r.code, class: retired ? 'read' : null},
          el('td', {}, r.code), el('td', {}, r.title, el('div', {class: 'muted'}, r.issuingBody)),
          el('td', {}, labelOf(STATUSES, r.status)), el('td', {}, String(entry.version)),
          el('td', {}, el('div', {class: 'actions'},
            retired ? null : el('button', {type: 'button', class: 'secondary', 'data-action': 'edit', onclick: () => {
              const next = row.nextElementSibling;
              if (next && next.classList.contains('decide')) { next.remove(); return; }
              row.after(el('tr', {class: 'decide'}, el('td', {colspan: 5}, regulationForm(entry, reload, status))));
            }}, 'Sửa'),
            retired ? null : el('button', {type: 'button', class: 'secondary', 'data-action': 'retire', onclick: async () => {
              try {
                await api('DELETE', `/api/regulations/${r.id}?version=${entry.version}`);
                await reload('Đã ngừng sử dụng văn bản ' + r.code + '.');
              } catch (e) { failed(status, e); }
            }}, 'Ngừng sử dụng'),
            el('a', {href: `#/lich-su/REGULATION/${r.id}`}, 'Lịch sử'))));
        return row;
      }))));
}

// --- Units -------------------------------------------------------------------------------------

function unitForm(entry, parents, onSaved, status) {
  const u = entry ? entry.unit : null;
  const form = el('form', {class: 'grid', id: u ? 'unit-edit-form' : 'unit-add-form'},
    u ? null : el('label', {}, 'Mã đơn vị', el('input', {name: 'id', required: true, maxlength: 64, placeholder: 'cax-long-trach'})),
    u ? null : el('label', {}, 'Loại', el('select', {name: 'kind'}, KINDS.map(([k, v]) => el('option', {value: k}, v)))),
    el('label', {class: 'wide'}, 'Tên tiếng Việt', el('input', {name: 'nameVi', required: true, maxlength: 200, value: u ? u.nameVi : ''})),
    el('label', {class: 'wide'}, 'Tên tiếng Anh', el('input', {name: 'nameEn', required: true, maxlength: 200, value: u ? u.nameEn : ''})),
    el('label', {}, 'Thuộc (khu vực không bắt buộc)', el('select', {name: 'parentId'},
      parents.map(p => el('option', {value: p.id, selected: u ? u.parentId === p.id : p.id === 'province'}, p.nameVi)))),
    el('div', {class: 'actions wide'}, el('button', {type: 'submit'}, u ? 'Lưu' : 'Thêm đơn vị')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      if (u) {
        await api('PUT', `/api/units/${encodeURIComponent(u.id)}?version=${entry.version}`,
          {nameVi: data.get('nameVi'), nameEn: data.get('nameEn'), parentId: data.get('parentId')});
      } else {
        await api('POST', '/api/units', {id: data.get('id'), kind: data.get('kind'), nameVi: data.get('nameVi'),
          nameEn: data.get('nameEn'), parentId: data.get('parentId')});
      }
      await onSaved(u ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.');
    } catch (e) {
      failed(status, e);
    }
  });
  return form;
}

async function showUnits(note) {
  const entries = await api('GET', '/api/units/managed');
  const parents = entries.map(e => e.unit).filter(u => u.active && (u.kind === 'PROVINCE' || u.kind === 'DISTRICT'));
  const status = statusBox(note);
  const reload = message => showUnits(message);
  app.replaceChildren(
    el('h1', {}, 'Đơn vị'),
    el('p', {class: 'muted'}, 'Từ 01/7/2025 Công an cấp xã (xã, phường, đặc khu) trực thuộc Công an tỉnh; khu vực (huyện cũ) chỉ để nhóm số liệu.'),
    status,
    el('div', {class: 'card'}, el('h2', {}, 'Thêm đơn vị'), unitForm(null, parents, reload, status)),
    el('table', {id: 'units'},
      el('thead', {}, el('tr', {}, ['Mã', 'Tên', 'Loại', 'Thuộc', 'Phiên bản', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, entries.map(entry => {
        const u = entry.unit;
        const editable = KINDS.some(k => k[0] === u.kind);
        const row = el('tr', {'data-id': u.id, class: u.active ? null : 'read'},
          el('td', {}, u.id), el('td', {}, u.nameVi, u.active ? null : el('div', {class: 'muted'}, 'Ngừng hoạt động')),
          el('td', {}, entry.kindVi), el('td', {}, u.parentId || ''), el('td', {}, String(entry.version)),
          el('td', {}, el('div', {class: 'actions'},
            u.active && editable ? el('button', {type: 'button', class: 'secondary', 'data-action': 'edit', onclick: () => {
              const next = row.nextElementSibling;
              if (next && next.classList.contains('decide')) { next.remove(); return; }
              row.after(el('tr', {class: 'decide'}, el('td', {colspan: 6}, unitForm(entry, parents, reload, status))));
            }}, 'Sửa') : null,
            u.active && editable ? el('button', {type: 'button', class: 'secondary', 'data-action': 'retire', onclick: async () => {
              try {
                await api('DELETE', `/api/units/${encodeURIComponent(u.id)}?version=${entry.version}`);
                await reload('Đã ngừng hoạt động đơn vị ' + u.nameVi + '.');
              } catch (e) { failed(status, e); }
            }}, 'Ngừng hoạt động') : null,
            el('a', {href: `#/lich-su/UNIT/${encodeURIComponent(u.id)}`}, 'Lịch sử'))));
        return row;
      }))));
}

// --- Deadlines and days ------------------------------------------------------------------------

async function showDeadlines(note) {
  const steps = await api('GET', '/api/admin/deadlines');
  const status = statusBox(note);
  app.replaceChildren(
    el('h1', {}, 'Thời hạn xử lý (ngày làm việc)'),
    el('p', {class: 'muted'}, 'Thời hạn mới áp dụng cho các bước bắt đầu từ bây giờ; bước đang chạy giữ hạn đã đặt.'),
    status,
    el('table', {id: 'deadlines'},
      el('thead', {}, el('tr', {}, ['Bước', 'Mặc định', 'Đang áp dụng', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, steps.map(s => {
        const input = el('input', {type: 'number', min: 1, max: 365, name: 'workingDays', value: s.workingDays, required: true});
        const form = el('form', {class: 'actions', 'data-step': s.step}, input, el('button', {type: 'submit'}, 'Lưu'));
        form.addEventListener('submit', async event => {
          event.preventDefault();
          try {
            await api('PUT', `/api/admin/deadlines/${s.step}?version=${s.version}`, {workingDays: Number(input.value)});
            await showDeadlines('Đã lưu thời hạn bước "' + s.labelVi + '".');
          } catch (e) { failed(status, e); }
        });
        return el('tr', {}, el('td', {}, s.labelVi), el('td', {}, String(s.defaultDays)), el('td', {}, String(s.workingDays)),
          el('td', {}, form));
      }))));
}

async function showDays(note) {
  const days = await api('GET', '/api/admin/calendar-days');
  const status = statusBox(note);
  const form = el('form', {class: 'grid', id: 'day-add-form'},
    el('label', {}, 'Ngày', el('input', {name: 'date', type: 'date', required: true})),
    el('label', {}, 'Loại', el('select', {name: 'kind'},
      el('option', {value: 'DAY_OFF'}, 'Ngày nghỉ bổ sung'), el('option', {value: 'WORKING_DAY'}, 'Ngày làm việc bù'))),
    el('label', {class: 'wide'}, 'Căn cứ, ghi chú', el('input', {name: 'note', required: true, maxlength: 200})),
    el('div', {class: 'actions wide'}, el('button', {type: 'submit'}, 'Thêm ngày')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api('POST', '/api/admin/calendar-days', {date: data.get('date'), kind: data.get('kind'), note: data.get('note')});
      await showDays('Đã thêm ngày.');
    } catch (e) { failed(status, e); }
  });
  app.replaceChildren(
    el('h1', {}, 'Ngày nghỉ bổ sung và ngày làm việc bù'),
    el('p', {class: 'muted'}, 'Ngày lễ, Tết theo Bộ luật Lao động đã được tính sẵn; ở đây khai báo các ngày tỉnh cho nghỉ thêm hoặc làm bù.'),
    status,
    el('div', {class: 'card'}, form),
    el('table', {id: 'days'}, el('tbody', {}, days.map(d => el('tr', {},
      el('td', {}, d.date), el('td', {}, d.kindVi), el('td', {}, d.note), el('td', {}, d.createdBy),
      el('td', {}, el('button', {type: 'button', class: 'secondary', onclick: async () => {
        try {
          await api('DELETE', `/api/admin/calendar-days/${d.date}`);
          await showDays('Đã bỏ ngày ' + d.date + '.');
        } catch (e) { failed(status, e); }
      }}, 'Bỏ')))))));
}

// --- Journal -----------------------------------------------------------------------------------

async function showJournal(subject, subjectId) {
  const query = subject ? `?subject=${subject}&subjectId=${encodeURIComponent(subjectId)}` : '';
  const path = subject === 'REGULATION' ? `/api/regulations/${subjectId}/history` : '/api/admin/journal' + query;
  const changes = await api('GET', path);
  app.replaceChildren(
    el('h1', {}, subject ? 'Lịch sử thay đổi' : 'Nhật ký quản trị'),
    el('table', {id: 'journal'},
      el('thead', {}, el('tr', {}, ['Thời điểm', 'Người sửa', 'Dữ liệu', 'Thao tác', 'Trước', 'Sau'].map(h => el('th', {}, h)))),
      el('tbody', {}, changes.map(c => el('tr', {},
        el('td', {}, when(c.changedAt)), el('td', {}, c.changedBy), el('td', {}, (SUBJECTS[c.subject] || c.subject) + ' ' + c.subjectId),
        el('td', {}, ACTIONS[c.action] || c.action),
        el('td', {}, el('code', {}, c.before || '')), el('td', {}, el('code', {}, c.after || '')))))));
}

async function route() {
  const hash = window.location.hash;
  try {
    if (!session.administrator || hash === '' || hash === '#/' || hash === '#/van-ban') await showRegulations();
    else if (hash === '#/don-vi') await showUnits();
    else if (hash === '#/thoi-han') await showDeadlines();
    else if (hash === '#/ngay-nghi') await showDays();
    else if (hash.startsWith('#/lich-su/')) {
      const [subject, ...id] = hash.substring('#/lich-su/'.length).split('/');
      await showJournal(subject, decodeURIComponent(id.join('/')));
    } else await showJournal();
  } catch (e) {
    app.replaceChildren(el('div', {class: 'message error', role: 'alert'},
      e.status === 403 ? 'Bạn không có quyền xem mục này.' : 'Không tải được dữ liệu. Vui lòng thử lại.'));
  }
}

async function start() {
  session = await api('GET', '/api/session');
  document.getElementById('who').textContent = session.name;
  if (session.csrfParameter) {
    document.getElementById('logout').append(el('input', {type: 'hidden', name: session.csrfParameter, value: session.csrfToken}));
  }
  if (!session.administrator) {
    document.querySelectorAll('[data-admin]').forEach(link => link.remove());
  }
  if (!session.administrator && !session.keepsCatalogue) {
    app.replaceChildren(el('div', {class: 'message error', role: 'alert'}, 'Trang này dành cho quản trị viên và Bộ phận tiếp nhận.'));
    return;
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();

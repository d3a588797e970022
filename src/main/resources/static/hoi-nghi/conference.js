/*
 * The listening conference's pages: plan, hold (keyboard entry of what units raise, import of a
 * prepared list), answer on the spot and assign, confirm (the chair), conclude and follow up.
 * Reads and writes /api/conferences with the signed-in session; every change carries the CSRF
 * token the API hands out. Everything from units and officers is shown as text, never as HTML.
 */

const app = document.getElementById('app');
let me = null;
let choices = null;

const OUTCOME_BADGE = {PENDING: '', ANSWERED: 'waiting', ASSIGNED: 'done'};

// --- small helpers ------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function day(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function time(iso) {
  if (!iso) return '';
  const t = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return `${two(t.getHours())}:${two(t.getMinutes())} ${two(t.getDate())}/${two(t.getMonth() + 1)}/${t.getFullYear()}`;
}

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || `Lỗi ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Every message of the problem, one per line, with the field or row it concerns. */
  lines() {
    const errors = this.problem.errors || this.problem.fieldErrors || [];
    if (Array.isArray(errors) && errors.length) {
      return errors.map(e => (e.field ? e.field + ': ' : '') + (e.message || e.detail || ''));
    }
    return [this.message];
  }
}

async function api(method, path, body, headers) {
  const options = {method, headers: Object.assign({Accept: 'application/json'}, headers || {}), credentials: 'same-origin'};
  if (method !== 'GET' && me && me.csrfHeader) options.headers[me.csrfHeader] = me.csrfToken;
  if (body !== undefined) {
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      options.body = body;
    } else {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
  }
  const response = await fetch('/api/conferences' + path, options);
  if (response.status === 401) {
    window.location.href = '/login';
    throw new ApiError(401, {detail: 'Phiên đăng nhập đã hết hạn.'});
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

function message(kind, lines) {
  return el('div', {class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status'}, [].concat(lines).join('\n'));
}

/** Appends the children that are there: Node.append would write a missing one as the text "null". */
function appendAll(node, ...children) {
  node.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
}

function field(label, input) {
  return el('label', {}, label, input);
}

function select(name, options, value, attrs) {
  return el('select', Object.assign({name}, attrs || {}),
    options.map(o => el('option', {value: o.id, selected: o.id === value}, o.label)));
}

// --- routing ------------------------------------------------------------------------------------

async function route() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const parts = hash.split('/').filter(Boolean);
  try {
    if (parts.length === 0) await showList();
    else if (parts[0] === 'moi') await showPlan();
    else if (parts[1] === 'theo-doi') await showBoard(parts[0]);
    else await showConference(parts[0]);
  } catch (e) {
    app.replaceChildren(message('error', e instanceof ApiError ? e.lines() : 'Không tải được dữ liệu. Vui lòng thử lại.'));
  }
}

// --- the list -----------------------------------------------------------------------------------

async function showList() {
  const conferences = await api('GET', '');
  app.replaceChildren(
    el('h1', {}, 'Hội nghị lắng nghe ý kiến Công an cấp xã'),
    me.mayPlan ? el('div', {class: 'actions'}, el('a', {href: '#/moi', id: 'plan-link'}, el('button', {type: 'button'}, 'Lập kế hoạch hội nghị'))) : null,
    conferences.length === 0
      ? el('p', {class: 'muted'}, 'Chưa có hội nghị nào.')
      : el('table', {id: 'conferences'},
        el('thead', {}, el('tr', {}, ['Số', 'Tên hội nghị', 'Khai mạc', 'Hình thức', 'Trạng thái'].map(h => el('th', {}, h)))),
        el('tbody', {}, conferences.map(c => el('tr', {'data-reference': c.reference},
          el('td', {}, el('a', {href: '#/' + c.id}, c.reference)),
          el('td', {}, c.title),
          el('td', {}, time(c.startsAt)),
          el('td', {}, c.formatLabel),
          el('td', {}, el('span', {class: 'badge'}, c.statusLabel)))))));
}

// --- planning -----------------------------------------------------------------------------------

async function showPlan() {
  const status = el('div');
  const units = el('div', {class: 'units', id: 'invited-units'},
    choices.units.map(u => el('label', {}, el('input', {type: 'checkbox', name: 'invited', value: u.id}), u.label)));
  const form = el('form', {class: 'grid', id: 'plan-form'},
    field('Tên hội nghị', el('input', {name: 'title', required: true, maxlength: 300,
      value: 'Hội nghị "Lắng nghe ý kiến của Công an xã, phường, đặc khu"'})),
    field('Thời gian khai mạc', el('input', {name: 'startsAt', type: 'datetime-local', required: true})),
    field('Cấp tổ chức', select('organiserLevel', [
      {id: 'PROVINCIAL_POLICE', label: 'Công an tỉnh'}, {id: 'PEOPLES_COMMITTEE', label: 'Ủy ban nhân dân cấp xã'}], 'PROVINCIAL_POLICE')),
    field('Cơ quan tổ chức (nếu khác Công an tỉnh)', el('input', {name: 'organiserName', maxlength: 200})),
    field('Người chủ trì', select('chairId', choices.leaders, me.userId)),
    field('Chức vụ người chủ trì', el('input', {name: 'chairTitle', required: true, maxlength: 100, value: 'Giám đốc'})),
    field('Thư ký', select('secretaryId', choices.secretaries, me.userId)),
    field('Hình thức', select('format', [{id: 'ONLINE', label: 'Trực tuyến'}, {id: 'IN_PERSON', label: 'Trực tiếp'}], 'ONLINE')),
    field('Địa điểm, điểm cầu chính', el('input', {name: 'venue', maxlength: 300})),
    el('label', {class: 'wide'}, 'Các điểm cầu (mỗi dòng một điểm cầu)', el('textarea', {name: 'bridgePoints'})),
    el('div', {class: 'wide'}, el('div', {}, 'Đơn vị được mời ',
      el('button', {type: 'button', class: 'secondary', onclick: () => units.querySelectorAll('input').forEach(i => { i.checked = true; })}, 'Chọn tất cả')),
    units),
    el('div', {class: 'wide actions'}, el('button', {type: 'submit'}, 'Lập kế hoạch'), el('a', {href: '#/'}, 'Hủy')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const local = data.get('startsAt');
    try {
      const created = await api('POST', '', {
        title: data.get('title'),
        startsAt: local ? new Date(local).toISOString() : null,
        organiserLevel: data.get('organiserLevel'),
        organiserName: data.get('organiserName'),
        chairId: data.get('chairId'),
        chairTitle: data.get('chairTitle'),
        secretaryId: data.get('secretaryId'),
        format: data.get('format'),
        venue: data.get('venue'),
        bridgePoints: String(data.get('bridgePoints') || '').split('\n').map(s => s.trim()).filter(Boolean),
        invitedUnitIds: data.getAll('invited')
      });
      window.location.hash = '#/' + created.id;
    } catch (e) {
      status.replaceChildren(message('error', e.lines ? e.lines() : e.message));
    }
  });
  app.replaceChildren(el('h1', {}, 'Lập kế hoạch hội nghị'), el('div', {class: 'card'}, form, status));
}

// --- one conference -----------------------------------------------------------------------------

async function showConference(id) {
  const detail = await api('GET', '/' + id);
  const c = detail.conference;
  const secretary = c.roles.includes('SECRETARY');
  const chair = c.roles.includes('CHAIR');
  const unit = c.roles.includes('UNIT');
  const status = el('div', {id: 'status'});
  const reload = async note => {
    await showConference(id);
    if (note) document.getElementById('status').replaceChildren(message('ok', note));
  };
  const act = (fn, note) => async () => {
    try {
      await fn();
      await reload(note);
    } catch (e) {
      status.replaceChildren(message('error', e.lines ? e.lines() : e.message));
    }
  };

  const facts = el('dl', {class: 'facts'},
    el('dt', {}, 'Trạng thái'), el('dd', {id: 'conference-status'}, c.statusLabel),
    el('dt', {}, 'Khai mạc'), el('dd', {}, time(c.startsAt)),
    el('dt', {}, 'Cơ quan tổ chức'), el('dd', {}, c.organiserName),
    el('dt', {}, 'Chủ trì'), el('dd', {}, `${c.chairTitle} ${c.chairName}`),
    el('dt', {}, 'Thư ký'), el('dd', {}, c.secretaryName),
    el('dt', {}, 'Hình thức'), el('dd', {}, c.formatLabel + (c.venue ? ' · ' + c.venue : '')),
    c.bridgePoints.length ? [el('dt', {}, 'Điểm cầu'), el('dd', {}, c.bridgePoints.join('; '))] : null,
    el('dt', {}, 'Đơn vị được mời'), el('dd', {}, c.invitedUnits.map(u => u.label).join('; ')),
    c.notice ? [el('dt', {}, 'Thông báo kết luận'), el('dd', {id: 'notice-number'}, 'Số ' + c.notice)] : null);

  const actions = el('div', {class: 'actions'});
  if (secretary && c.status === 'PLANNED') {
    actions.append(el('button', {type: 'button', id: 'open-session', onclick: act(() => api('POST', `/${id}/session/open`), 'Đã khai mạc phiên họp.')}, 'Khai mạc phiên họp'));
  }
  if (secretary && c.status === 'IN_SESSION') {
    actions.append(el('button', {type: 'button', id: 'end-session', class: 'danger', onclick: act(() => api('POST', `/${id}/session/end`),
      'Phiên họp đã kết thúc: ý kiến được giao đã chuyển phòng chức năng, ý kiến chưa kết luận đã chuyển phân loại.')}, 'Kết thúc phiên họp'));
  }
  if (chair && detail.items.some(i => i.awaitingConfirmation)) {
    actions.append(el('button', {type: 'button', id: 'confirm-all', onclick: act(() => api('POST', `/${id}/confirmations`), 'Đã xác nhận các trả lời; trả lời được gửi đến đơn vị.')}, 'Xác nhận tất cả trả lời'));
  }
  if (!unit || c.notice) {
    actions.append(
      el('a', {href: `/api/conferences/${id}/notice.pdf`, id: 'notice-pdf'}, c.notice ? 'Thông báo kết luận (PDF)' : 'Xem trước thông báo (PDF)'),
      el('a', {href: `/api/conferences/${id}/notice.docx`, id: 'notice-docx'}, c.notice ? 'Thông báo kết luận (DOCX)' : 'Dự thảo (DOCX)'));
  }
  if (!unit) actions.append(el('a', {href: `#/${id}/theo-doi`, id: 'board-link'}, 'Bảng theo dõi'));

  const parts = [
    el('p', {}, el('a', {href: '#/'}, '‹ Danh sách hội nghị')),
    el('h1', {}, `${c.reference} · ${c.title}`),
    el('div', {class: 'card'}, facts, actions),
    status];

  const entryOpen = (secretary && (c.status === 'PLANNED' || c.status === 'IN_SESSION')) || (unit && c.status === 'PLANNED');
  if (entryOpen) parts.push(entryForm(id, c, secretary, status, reload));
  if (secretary && (c.status === 'PLANNED' || c.status === 'IN_SESSION')) parts.push(importForm(id, status, reload));
  if (secretary && c.step === 'userTask_draftNotice') parts.push(conclusionsForm(id, c, act));
  if (chair && c.step === 'userTask_approveNotice') parts.push(noticeDecisionForm(id, c, act, status));

  parts.push(el('h2', {}, `Ý kiến, kiến nghị (${detail.items.length})`));
  parts.push(itemsTable(id, c, detail.items, {secretary, chair, act, status}));
  app.replaceChildren(...parts);
  const first = document.getElementById('entry-unit') || document.getElementById('entry-category');
  if (first && entryOpen) first.focus();
}

/** Keyboard-only entry: the fields in speaking order, Ctrl+Enter (or Enter on the last) records, the next row is ready at once. */
function entryForm(id, c, secretary, status, reload) {
  const categories = choices.categories;
  const form = el('form', {class: 'grid', id: 'entry-form'},
    secretary ? field('Đơn vị', select('unitId', c.invitedUnits, null, {id: 'entry-unit', required: true})) : null,
    field('Lĩnh vực', select('category', categories, null, {id: 'entry-category'})),
    el('label', {class: 'wide'}, 'Tiêu đề', el('input', {name: 'title', id: 'entry-title', required: true, maxlength: 200})),
    el('label', {class: 'wide'}, 'Nội dung', el('textarea', {name: 'content', id: 'entry-content', required: true, maxlength: 4000})),
    el('label', {class: 'wide'}, 'Đề xuất (Enter để ghi nhận)', el('input', {name: 'proposal', id: 'entry-proposal', maxlength: 2000})),
    el('div', {class: 'wide actions'}, el('button', {type: 'submit', id: 'entry-submit'}, secretary ? 'Ghi nhận ý kiến (Ctrl+Enter)' : 'Gửi ý kiến trước hội nghị')));
  // one item per press: a quick second Enter while the first is on its way records nothing twice
  let sending = false;
  form.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    const data = new FormData(form);
    const button = document.getElementById('entry-submit');
    button.disabled = true;
    try {
      const raised = await api('POST', `/${id}/items`, {
        unitId: data.get('unitId'), category: data.get('category'), title: data.get('title'),
        content: data.get('content'), proposal: data.get('proposal')});
      await reload(`Đã ghi nhận ý kiến ${raised.position}: ${raised.reference} – ${raised.unitName}.`);
    } catch (e) {
      sending = false;
      button.disabled = false;
      status.replaceChildren(message('error', e.lines ? e.lines() : e.message));
    }
  });
  return el('div', {class: 'card'}, el('h2', {}, secretary ? 'Ghi nhận ý kiến tại hội nghị' : 'Gửi ý kiến trước hội nghị'), form);
}

function importForm(id, status, reload) {
  // the browser's own file button speaks the browser's language: a label of ours stands in for it
  const chosen = el('span', {id: 'import-file-name', class: 'muted'}, 'Chưa chọn tệp');
  const file = el('input', {type: 'file', id: 'import-file', accept: '.xlsx,.csv', class: 'hidden-file',
    onchange: () => { chosen.textContent = file.files[0] ? file.files[0].name : 'Chưa chọn tệp'; }});
  const form = el('form', {id: 'import-form', class: 'actions'},
    el('label', {class: 'file-button', tabindex: 0,
      onkeydown: event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); file.click(); } }},
    'Chọn tệp…', file),
    chosen,
    el('button', {type: 'submit', id: 'import-submit'}, 'Nhập danh sách'),
    el('a', {href: `/api/conferences/${id}/items/template.xlsx`, id: 'template-xlsx'}, 'Tải mẫu XLSX'),
    el('a', {href: `/api/conferences/${id}/items/template.csv`}, 'Tải mẫu CSV'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const picked = file.files[0];
    if (!picked) {
      status.replaceChildren(message('error', 'Chọn tệp XLSX hoặc CSV để nhập.'));
      return;
    }
    try {
      const raised = await api('POST', `/${id}/items/import`, picked,
        {'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(picked.name)});
      await reload(`Đã nhập ${raised.length} ý kiến từ tệp ${picked.name}.`);
    } catch (e) {
      status.replaceChildren(message('error', ['Không nhập được tệp; chưa ý kiến nào được lưu:'].concat(e.lines ? e.lines() : [e.message])));
    }
  });
  return el('div', {class: 'card'}, el('h2', {}, 'Nhập danh sách chuẩn bị sẵn'), form);
}

function conclusionsForm(id, c, act) {
  const text = el('textarea', {id: 'conclusions', rows: 6, maxlength: 4000}, c.conclusions || '');
  return el('div', {class: 'card'}, el('h2', {}, 'Kết luận chung của chủ trì (dự thảo thông báo)'), text,
    el('div', {class: 'actions'}, el('button', {type: 'button', id: 'submit-conclusions',
      onclick: act(() => api('PUT', `/${id}/conclusions`, {conclusions: text.value}), 'Đã trình chủ trì duyệt thông báo kết luận.')}, 'Trình chủ trì duyệt')));
}

function noticeDecisionForm(id, c, act, status) {
  const reason = el('textarea', {id: 'notice-reason', maxlength: 2000, placeholder: 'Lý do trả lại (khi trả lại)'});
  return el('div', {class: 'card decide'}, el('h2', {}, 'Duyệt thông báo kết luận'),
    el('p', {}, c.conclusions || ''),
    reason,
    el('div', {class: 'actions'},
      el('button', {type: 'button', id: 'approve-notice', onclick: act(() => api('POST', `/${id}/notice/decision`, {decision: 'APPROVE'}), 'Thông báo kết luận đã được ban hành.')}, 'Duyệt, ban hành'),
      el('button', {type: 'button', class: 'secondary', id: 'return-notice', onclick: act(() => api('POST', `/${id}/notice/decision`, {decision: 'RETURN', reason: reason.value}), 'Đã trả lại thư ký.')}, 'Trả lại')));
}

function itemsTable(id, c, items, ctx) {
  const rows = items.map(i => {
    const decision = el('td', {class: 'decision'});
    if (i.outcome === 'ANSWERED') {
      appendAll(decision, el('div', {}, el('span', {class: 'badge ' + (i.confirmedAt ? 'done' : 'waiting')},
        i.confirmedAt ? 'Trả lời tại hội nghị (đã xác nhận)' : 'Trả lời tại hội nghị, chờ chủ trì xác nhận')),
      el('div', {}, `${i.answeredBy || ''}: ${i.answer || ''}`),
      i.regulationCodes.length ? el('div', {class: 'muted'}, 'Căn cứ: ' + i.regulationCodes.join(', ')) : null);
    } else if (i.outcome === 'ASSIGNED') {
      appendAll(decision, el('div', {}, el('span', {class: 'badge done'}, 'Giao ' + (i.departmentName || ''))),
        i.deadline ? el('div', {}, 'Thời hạn: ' + day(i.deadline)) : null,
        i.direction ? el('div', {class: 'muted'}, i.direction) : null);
    } else {
      decision.append(el('span', {class: 'badge'}, i.released ? i.outcomeLabel : 'Chưa kết luận'));
    }
    const buttons = el('div', {class: 'actions'});
    if (ctx.secretary && c.status === 'IN_SESSION' && !i.released && !i.confirmedAt) {
      appendAll(buttons,
        el('button', {type: 'button', class: 'secondary', 'data-action': 'answer', onclick: () => openDecision(row, id, i, 'answer', ctx)}, 'Trả lời tại chỗ'),
        el('button', {type: 'button', class: 'secondary', 'data-action': 'assign', onclick: () => openDecision(row, id, i, 'assign', ctx)}, 'Giao phòng'),
        i.outcome !== 'PENDING' ? el('button', {type: 'button', class: 'secondary', onclick: ctx.act(() => api('DELETE', `/${id}/items/${i.itemId}/decision`), 'Đã bỏ kết luận.')}, 'Bỏ kết luận') : null);
    }
    if (ctx.chair && i.awaitingConfirmation) {
      appendAll(buttons,
        el('button', {type: 'button', 'data-action': 'confirm', onclick: ctx.act(() => api('POST', `/${id}/items/${i.itemId}/confirmation`), `Đã xác nhận trả lời ${i.reference}.`)}, 'Xác nhận'),
        el('button', {type: 'button', class: 'secondary', 'data-action': 'decline', onclick: () => openDecision(row, id, i, 'decline', ctx)}, 'Không xác nhận'));
    }
    decision.append(buttons);
    const row = el('tr', {'data-reference': i.reference, 'data-item': i.itemId},
      el('td', {}, String(i.position)),
      el('td', {}, i.reference, i.inAdvance ? el('div', {class: 'muted'}, 'gửi trước') : null),
      el('td', {}, i.unitName),
      el('td', {}, el('b', {}, i.title), el('div', {}, i.content), i.proposal ? el('div', {class: 'muted'}, 'Đề xuất: ' + i.proposal) : null,
        el('div', {class: 'muted'}, i.categoryLabel)),
      decision,
      el('td', {class: 'item-status'}, i.statusLabel));
    return row;
  });
  return el('table', {id: 'items'},
    el('thead', {}, el('tr', {}, ['TT', 'Số tham chiếu', 'Đơn vị', 'Nội dung', 'Kết luận tại hội nghị', 'Trạng thái'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
}

/** The secretary's answer or assignment, or the chair's reason for not confirming, in a row under the item. */
function openDecision(row, id, item, kind, ctx) {
  const existing = row.nextElementSibling;
  if (existing && existing.classList.contains('decide')) existing.remove();
  let form;
  if (kind === 'answer') {
    form = el('form', {class: 'grid', 'data-form': 'answer'},
      el('label', {class: 'wide'}, 'Nội dung trả lời', el('textarea', {name: 'answer', required: true, maxlength: 4000})),
      field('Văn bản căn cứ (mã, cách nhau dấu phẩy)', el('input', {name: 'regulationCodes', list: 'regulation-codes'})),
      field('Người trả lời', el('input', {name: 'answeredBy', maxlength: 200, placeholder: 'Mặc định: người chủ trì'})),
      el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Ghi trả lời')));
  } else if (kind === 'assign') {
    form = el('form', {class: 'grid', 'data-form': 'assign'},
      field('Phòng chức năng', select('departmentId', choices.departments, null, {required: true})),
      field('Thời hạn', el('input', {name: 'deadline', type: 'date', required: true})),
      el('label', {class: 'wide'}, 'Chỉ đạo của chủ trì', el('textarea', {name: 'direction', maxlength: 2000})),
      el('div', {class: 'actions'}, el('button', {type: 'submit'}, 'Ghi phân công')));
  } else {
    form = el('form', {class: 'grid', 'data-form': 'decline'},
      el('label', {class: 'wide'}, 'Lý do không xác nhận', el('textarea', {name: 'reason', required: true, maxlength: 2000})),
      el('div', {class: 'actions'}, el('button', {type: 'submit', class: 'danger'}, 'Không xác nhận')));
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const call = kind === 'answer'
      ? () => api('PUT', `/${id}/items/${item.itemId}/answer`, {
        answer: data.get('answer'),
        regulationCodes: String(data.get('regulationCodes') || '').split(',').map(s => s.trim()).filter(Boolean),
        answeredBy: data.get('answeredBy')})
      : kind === 'assign'
        ? () => api('PUT', `/${id}/items/${item.itemId}/assignment`, {
          departmentId: data.get('departmentId'), deadline: data.get('deadline'), direction: data.get('direction')})
        : () => api('POST', `/${id}/items/${item.itemId}/decline`, {reason: data.get('reason')});
    ctx.act(call, `Đã ghi nhận cho ${item.reference}.`)();
  });
  const decide = el('tr', {class: 'decide'}, el('td', {colspan: 6}, form));
  row.after(decide);
  const first = form.querySelector('textarea, select, input');
  if (first) first.focus();
}

// --- the follow-up board ------------------------------------------------------------------------

async function showBoard(id) {
  const board = await api('GET', `/${id}/board`);
  const c = board.conference;
  const n = board.counts;
  const count = (label, value, cssId) => el('div', {id: cssId}, el('b', {}, String(value)), label);
  app.replaceChildren(
    el('p', {}, el('a', {href: '#/' + id}, '‹ Hội nghị ' + c.reference)),
    el('h1', {}, 'Theo dõi thực hiện kết luận hội nghị ' + c.reference),
    el('div', {class: 'counts', id: 'board-counts'},
      count('ý kiến', n.raised, 'count-raised'),
      count('trả lời tại hội nghị', n.answeredOnTheSpot, 'count-answered'),
      count('giao phòng chức năng', n.assigned, 'count-assigned'),
      count('đang xử lý', n.open, 'count-open'),
      count('quá hạn', n.overdue, 'count-overdue'),
      count('đã kết thúc', n.closed, 'count-closed')),
    el('div', {class: 'actions'},
      el('a', {href: `/api/conferences/${id}/board.xlsx`, id: 'board-xlsx'}, 'Xuất XLSX'),
      el('a', {href: `/api/conferences/${id}/board.csv`}, 'Xuất CSV')),
    el('table', {id: 'board'},
      el('thead', {}, el('tr', {}, ['TT', 'Số tham chiếu', 'Đơn vị', 'Nội dung', 'Kết luận tại hội nghị', 'Trạng thái', 'Phòng chức năng', 'Thời hạn'].map(h => el('th', {}, h)))),
      el('tbody', {}, board.lines.map(l => el('tr', {class: l.overdue ? 'overdue' : null, 'data-reference': l.reference},
        el('td', {}, String(l.position)), el('td', {}, l.reference), el('td', {}, l.unitName), el('td', {}, l.title),
        el('td', {}, l.outcomeLabel), el('td', {}, l.statusLabel), el('td', {}, l.departmentName || ''),
        el('td', {}, l.deadline ? day(l.deadline) : '', l.overdue ? el('span', {class: 'badge late'}, ' quá hạn') : null))))));
}

// --- start --------------------------------------------------------------------------------------

async function start() {
  try {
    me = await api('GET', '/me');
    choices = await api('GET', '/choices');
  } catch (e) {
    app.replaceChildren(message('error', 'Không tải được dữ liệu. Vui lòng thử lại.'));
    return;
  }
  document.getElementById('who').textContent = me.name;
  const logout = document.getElementById('logout');
  if (me.csrfParameter) logout.append(el('input', {type: 'hidden', name: me.csrfParameter, value: me.csrfToken}));
  window.addEventListener('hashchange', route);
  await route();
}

start();

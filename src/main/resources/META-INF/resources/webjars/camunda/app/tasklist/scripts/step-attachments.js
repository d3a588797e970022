/*
 * Grievance handling: a "Tệp đính kèm" tab on every step of an item in Tasklist, since the forms
 * (form-js 1.8) have no file picker. It lists the item's files (who sent them, at which step, their
 * SHA-256) with a download link each, and lets the officer who holds the step (has claimed it) add
 * a PDF, PNG or JPEG to that step. Everything goes through our own API with the signed-in session
 * (/api/tasks/{taskId}/attachments); the server checks the file's type by its content, its size,
 * and who may attach. Names are written as text, never as markup.
 */
const MAX_BYTES = 10 * 1024 * 1024;

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

async function session() {
  const response = await fetch('/api/session', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  return response.ok ? response.json() : {};
}

function problemText(problem, status) {
  if (problem && Array.isArray(problem.errors) && problem.errors.length) {
    return problem.errors.map(e => e.message).join(' ');
  }
  if (problem && problem.detail) return problem.detail;
  return status === 403 ? 'Nhận công việc trước khi đính kèm tệp vào bước này.' : 'Không đính kèm được tệp.';
}

function kilobytes(size) {
  return `${Math.max(1, Math.round(size / 1024))} KB`;
}

async function load(node, taskId) {
  const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/attachments`, {
    headers: {Accept: 'application/json'},
    credentials: 'same-origin'
  });
  if (!response.ok) {
    node.replaceChildren(el('p', {class: 'text-muted', text: 'Công việc này không thuộc một kiến nghị.'}));
    return;
  }
  const {reference, attachments} = await response.json();
  const rows = attachments.map(a =>
    el('tr', {class: 'grievance-attachment'},
      el('td', {}, el('a', {
        href: `/api/items/${encodeURIComponent(reference)}/attachments/${a.id}`,
        download: a.fileName,
        text: a.fileName
      })),
      el('td', {text: kilobytes(a.sizeBytes)}),
      el('td', {text: a.stepName || 'Đơn vị gửi'}),
      el('td', {text: a.uploadedBy}),
      el('td', {title: a.sha256, text: `${a.sha256.slice(0, 16)}…`})));
  const table = attachments.length
    ? el('table', {class: 'table table-condensed', id: 'grievance-step-attachments'},
        el('thead', {}, el('tr', {},
          el('th', {text: 'Tệp'}), el('th', {text: 'Dung lượng'}), el('th', {text: 'Đính kèm tại'}),
          el('th', {text: 'Người đính kèm'}), el('th', {text: 'SHA-256'}))),
        el('tbody', {}, ...rows))
    : el('p', {class: 'text-muted', id: 'grievance-step-attachments', text: 'Kiến nghị ' + reference + ' chưa có tệp đính kèm.'});

  // the browser's own "Choose File / No file chosen" speaks its language, not the officer's: the
  // input is kept for the keyboard and screen readers but drawn as our own button and file name
  const input = el('input', {type: 'file', id: 'grievance-step-file', class: 'sr-only', accept: 'application/pdf,image/png,image/jpeg'});
  const chosen = el('span', {id: 'grievance-step-file-name', class: 'text-muted', text: 'Chưa chọn tệp'});
  input.addEventListener('change', () => {
    chosen.textContent = input.files && input.files[0] ? input.files[0].name : 'Chưa chọn tệp';
  });
  const status = el('p', {id: 'grievance-step-file-status', role: 'status'});
  const button = el('button', {type: 'button', class: 'btn btn-default', id: 'grievance-step-file-send', text: 'Đính kèm vào bước này'});
  button.addEventListener('click', async () => {
    const file = input.files && input.files[0];
    if (!file) {
      status.textContent = 'Chọn một tệp PDF, PNG hoặc JPEG.';
      return;
    }
    if (file.size > MAX_BYTES) {
      status.textContent = 'Tệp quá lớn: tối đa 10 MB.';
      return;
    }
    button.disabled = true;
    status.textContent = 'Đang gửi…';
    try {
      const who = await session();
      const headers = {Accept: 'application/json', 'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name)};
      if (who.csrfHeader) headers[who.csrfHeader] = who.csrfToken;
      const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/attachments`, {
        method: 'POST', headers, credentials: 'same-origin', body: file
      });
      if (response.ok) {
        await load(node, taskId);
        document.getElementById('grievance-step-file-status').textContent = `Đã đính kèm ${file.name}.`;
        return;
      }
      const problem = await response.json().catch(() => null);
      status.textContent = problemText(problem, response.status);
    } catch (e) {
      status.textContent = 'Không gửi được tệp, xin thử lại.';
    } finally {
      button.disabled = false;
    }
  });
  const form = el('div', {class: 'form-inline'},
    el('p', {text: 'Thêm tệp (PDF, PNG, JPEG; tối đa 10 MB) vào bước này:'}),
    el('label', {for: 'grievance-step-file', class: 'btn btn-default', text: 'Chọn tệp…'}), input, ' ', chosen, ' ', button);
  node.replaceChildren(table, form, status);
}

export default [
  {
    id: 'grievance-step-attachments',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: {label: 'Tệp đính kèm'},
    render: (node, {taskId}) => {
      node.replaceChildren(el('p', {class: 'text-muted', text: 'Đang tải…'}));
      load(node, taskId);
    }
  }
];

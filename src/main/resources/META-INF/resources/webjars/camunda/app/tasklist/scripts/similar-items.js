/*
 * Grievance handling: a unit about to raise again what it raised already is told so in the start
 * form, before it presses "Bắt đầu", and may still submit (two matters can look alike). While the
 * officer types the title or the content of the start form, the unit's own likely duplicates are
 * asked of /api/items/similar (accents or none, the server folds them) and listed above the form
 * with their reference, how alike they are and where they stand.
 *
 * The list is written as text, never as markup: titles are the units' words. Nothing is sent
 * anywhere but our own API, with the signed-in session.
 */
const TITLE = "[id$='-field_title']";
const CONTENT = "[id$='-field_content']";
const BOX_ID = 'grievance-similar-warning';
const WAIT_MS = 600;
const MIN_TITLE = 6;

let timer = null;
let asked = '';

function startForm(element) {
  const form = element.closest('.fjs-form');
  return form && form.closest('.modal') ? form : null;
}

function box(form) {
  let found = document.getElementById(BOX_ID);
  if (!found || found.nextElementSibling !== form) {
    if (found) found.remove();
    found = document.createElement('div');
    found.id = BOX_ID;
    found.className = 'alert alert-warning';
    found.setAttribute('role', 'status');
    found.hidden = true;
    form.parentElement.insertBefore(found, form);
  }
  return found;
}

function show(form, similar) {
  const target = box(form);
  if (!similar.length) {
    target.hidden = true;
    target.replaceChildren();
    return;
  }
  const heading = document.createElement('strong');
  heading.textContent = 'Đơn vị đã có kiến nghị tương tự. Nếu là cùng một vấn đề, xin theo dõi kiến nghị đã gửi;'
      + ' nếu khác, vẫn có thể bấm "Bắt đầu" để gửi.';
  const list = document.createElement('ul');
  for (const s of similar.slice(0, 5)) {
    const line = document.createElement('li');
    line.className = 'grievance-similar-item';
    line.textContent = `${s.reference} (giống ${Math.round(s.score * 100)}%) · ${s.title} · ${s.statusLabel}`;
    list.append(line);
  }
  target.replaceChildren(heading, list);
  target.hidden = false;
}

async function check(form) {
  const title = (form.querySelector(TITLE)?.value || '').trim();
  // the content goes in the query string: percent-encoded Vietnamese takes up to 9 bytes a letter
  // and the server reads at most 8 KB of request line; the first 600 letters say enough
  const content = (form.querySelector(CONTENT)?.value || '').trim().slice(0, 600);
  if (title.length < MIN_TITLE) {
    asked = '';
    show(form, []);
    return;
  }
  const question = `${title}\n${content}`;
  if (question === asked) return;
  asked = question;
  try {
    const params = new URLSearchParams({title: title.slice(0, 200)});
    if (content) params.set('content', content);
    const response = await fetch(`/api/items/similar?${params}`, {
      headers: {Accept: 'application/json'},
      credentials: 'same-origin'
    });
    if (!response.ok || asked !== question || !form.isConnected) return;
    show(form, await response.json());
  } catch (e) {
    // no warning this time; the server still warns in its answer to the submission
  }
}

document.addEventListener(
  'input',
  event => {
    const field = event.target;
    if (!(field instanceof HTMLElement) || !field.matches(`${TITLE}, ${CONTENT}`)) return;
    const form = startForm(field);
    if (!form) return;
    clearTimeout(timer);
    timer = setTimeout(() => check(form), WAIT_MS);
  },
  true
);

// no plugin of its own: the listener above is all this script adds
export default [];

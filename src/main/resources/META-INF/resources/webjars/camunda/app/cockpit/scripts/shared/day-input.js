/*
 * Grievance handling: a day as an officer types it in our Cockpit pages, dd/mm/yyyy, whatever the
 * browser's language. The browser's own date field (<input type="date">) shows the browser's
 * format instead: mm/dd/yyyy in a browser set to US English. The API takes yyyy-MM-dd.
 */

/** dd/mm/yyyy (or d/m/yyyy) → yyyy-MM-dd; '' for nothing typed, null for what is no date. */
export function isoDate(text) {
  const typed = String(text || '').trim();
  if (!typed) return '';
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** yyyy-MM-dd → dd/mm/yyyy, for showing a remembered day; '' for none. */
export function dayMonthYear(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** The attributes of a text field that takes a day: typed as digits, with the format shown. */
export function dayFieldAttributes(placeholder, hint) {
  return { type: 'text', placeholder, inputmode: 'numeric', maxlength: 10, title: hint, autocomplete: 'off' };
}

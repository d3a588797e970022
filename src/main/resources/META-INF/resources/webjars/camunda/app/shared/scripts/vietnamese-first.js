/*
 * Grievance handling: Vietnamese first in every Camunda webapp (Tasklist, Cockpit, Admin,
 * Welcome). Each app's scripts/config.js imports this ES module, served from
 * <app root>/app/shared/scripts/, so that it runs once, before AngularJS starts:
 *
 *   import '../../shared/scripts/vietnamese-first.js';
 *
 * Camunda 7.24 chooses the UI language once, when AngularJS starts
 * (angular-translate determinePreferredLanguage): it takes navigator.languages[0] (or
 * navigator.language), keeps the part before '-', and uses it if it is listed in
 * `locales.availableLocales`; otherwise it uses `locales.fallbackLocale`. A browser set to
 * English would therefore get English. The code below puts Vietnamese first in the language
 * list the webapp sees. English stays the fallback for any label missing from vi.json.
 *
 * Support staff who need the English UI can run in the browser console
 *   localStorage.setItem('grievance.webappLocale', 'en')
 * and reload; localStorage.removeItem('grievance.webappLocale') goes back.
 *
 * Keep PREFERRED_LOCALES in line with `locales.availableLocales` of each app's config.js.
 */
const PREFERRED_LOCALES = ['vi', 'en'];
const LOCALE_OVERRIDE_KEY = 'grievance.webappLocale';

/** The language the webapp will speak: 'vi', or 'en' when support staff asked for it. */
export const UI_LOCALE = (function preferVietnamese() {
  let wanted = PREFERRED_LOCALES[0];
  try {
    const chosen = window.localStorage.getItem(LOCALE_OVERRIDE_KEY);
    if (chosen && PREFERRED_LOCALES.indexOf(chosen) > -1) {
      wanted = chosen;
    }
  } catch (e) {
    // storage not available: keep Vietnamese
  }
  const nav = window.navigator;
  const browser = Array.isArray(nav.languages)
    ? nav.languages.slice()
    : [nav.language].filter(Boolean);
  const isWanted = l => String(l).split('-')[0].toLowerCase() === wanted;
  const matching = browser.filter(isWanted);
  const languages = (matching.length ? matching : [wanted]).concat(
    browser.filter(l => !isWanted(l))
  );
  try {
    Object.defineProperty(nav, 'languages', {
      configurable: true,
      get: () => languages.slice()
    });
    Object.defineProperty(nav, 'language', {
      configurable: true,
      get: () => languages[0]
    });
  } catch (e) {
    // navigator not writable: the browser language decides, English fallback
  }
  return wanted;
})();

/*
 * One sign-in page for everything. After "Đăng xuất" a webapp would route to its own login view and
 * keep showing the page it was on, with the officer's name, until a reload; the session is gone
 * already (logging out in one webapp ends it everywhere). When the webapp's sign-out request
 * (POST …/auth/user/<engine>/logout) has been answered, the browser goes to the application's
 * sign-in page at once. Only that request does it: a webapp that passes through its login view
 * for another reason is left alone.
 */
(function toTheSignInPageAfterSigningOut() {
  const SIGN_OUT = /\/auth\/user\/[^/?#]+\/logout(\?|$)/;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (String(method).toUpperCase() === 'POST' && SIGN_OUT.test(String(url))) {
      this.addEventListener('loadend', () => window.location.replace('/login?logout'));
    }
    return open.apply(this, arguments);
  };
})();

/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Grievance handling: this file replaces the webjar's own scripts/config.js of
// the admin app (src/main/resources wins over the Camunda webjar on the
// classpath). Translations live in ../locales/vi.json.
//
// --- Vietnamese as the default language --------------------------------------
// Camunda 7.24 chooses the UI language once, when AngularJS starts
// (angular-translate determinePreferredLanguage): it takes
// navigator.languages[0] (or navigator.language), keeps the part before '-',
// and uses it if it is listed in `locales.availableLocales`; otherwise it uses
// `locales.fallbackLocale`. A browser set to English would therefore get
// English. This module is imported by the webapp before AngularJS starts, so
// the code below puts Vietnamese first in the language list the webapp sees.
// English stays the fallback for any label missing from vi.json.
// Support staff who need the English UI can run in the browser console
//   localStorage.setItem('grievance.webappLocale', 'en')
// and reload; localStorage.removeItem('grievance.webappLocale') goes back.
// Keep PREFERRED_LOCALES in line with `locales.availableLocales` below.
const PREFERRED_LOCALES = ['vi', 'en'];
const LOCALE_OVERRIDE_KEY = 'grievance.webappLocale';

(function preferVietnamese() {
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
})();

export default {
  // // change the app name and vendor
  // app: {
  //   name: 'Admin',
  //   vendor: 'Company'
  // },
  // // custom libraries and scripts loading and initialization,
  // // see: http://docs.camunda.org/guides/user-guide/#tasklist-customizing-custom-scripts
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'admin' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  // Keeps moment.js in the language of the labels: see scripts/moment-locale.js.
  requireJsConfig: {
    ngDeps: ['grievance.momentLocale'],
    deps: ['grievance-moment-locale'],
    paths: {
      'grievance-moment-locale': 'scripts/moment-locale'
    }
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};

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
// the cockpit app (src/main/resources wins over the Camunda webjar on the
// classpath). Translations live in ../locales/vi.json.
//
// Vietnamese first, whatever the browser's language, with English as the fallback and the
// `grievance.webappLocale` override for support staff: see the shared module.
import '../../shared/scripts/vietnamese-first.js';

// --- Changes only for those who may make them -------------------------------------------------
// Cockpit offers everyone who opens it its buttons that change an instance: edit and delete a
// variable, add one, cancel or suspend an instance, retry its jobs, change who holds a task. For
// everyone but administrators the front door refuses all of them; the leadership and the
// inspectors read. Those buttons are hidden (styles/user-styles.css) unless the page is marked
// `grievance-may-change`, which it is once the webapp's session says the person may use Admin,
// as administrators alone may.
(function markWhoMayChange() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  fetch(`${appRoot}/api/admin/auth/user/default`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : null))
    .then(user => {
      if (user && Array.isArray(user.authorizedApps) && user.authorizedApps.indexOf('admin') > -1) {
        document.documentElement.classList.add('grievance-may-change');
      }
    })
    .catch(() => {
      // unknown: the buttons stay hidden, the front door decides anyway
    });
})();

// --- No "null" on the page -----------------------------------------------------------------------
// Where a value is empty, most of Cockpit's views print a translated word (../locales/vi.json), but
// a few of its templates write the English "null" itself (a job without a due date, an instance
// without a parent instance, a decision without a name or tenant). Those spans read as the others do.
(function replaceUntranslatedNulls() {
  const EMPTY = 'Không có';
  function fix(root) {
    if (!root || !root.querySelectorAll) return;
    const spans = root.matches && root.matches('span.null-value') ? [root] : root.querySelectorAll('span.null-value');
    spans.forEach(span => {
      if (span.childElementCount === 0 && span.textContent.trim() === 'null') {
        span.textContent = EMPTY;
      }
    });
  }
  new MutationObserver(mutations => mutations.forEach(m => {
    if (m.type === 'characterData') fix(m.target.parentElement);
    else m.addedNodes.forEach(node => fix(node.nodeType === 1 ? node : node.parentElement));
  })).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();

export default {
  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // Frontend plugins, by path relative to the 'cockpit' folder, without the
  // '.js' ending. The inspectors' view (Thanh tra hồ sơ): search, an item's
  // complete file as a timeline, exports; the link to the listening conferences (Hội nghị).
  // The leadership's figures (Số liệu): a summary on the start page, the dashboard, reports.
  customScripts: ['scripts/audit/audit-plugin', 'scripts/figures/figures-plugin', 'scripts/conference/conference-link'],
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // Keeps moment.js in the language of the labels: see app/shared/scripts/moment-locale.js
  // (paths here are relative to the app's folder, app/cockpit/).
  requireJsConfig: {
    ngDeps: ['grievance.momentLocale'],
    deps: ['grievance-moment-locale'],
    paths: {
      'grievance-moment-locale': '../shared/scripts/moment-locale'
    }
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};

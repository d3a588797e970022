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
// Vietnamese first, whatever the browser's language, with English as the fallback and the
// `grievance.webappLocale` override for support staff: see the shared module.
import '../../shared/scripts/vietnamese-first.js';

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
  // Keeps moment.js in the language of the labels: see app/shared/scripts/moment-locale.js
  // (paths here are relative to the app's folder, app/admin/).
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
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};

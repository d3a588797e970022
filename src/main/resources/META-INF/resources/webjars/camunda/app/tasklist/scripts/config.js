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
// the tasklist app (src/main/resources wins over the Camunda webjar on the
// classpath). Translations live in ../locales/vi.json.
//
// Vietnamese first, whatever the browser's language, with English as the fallback and the
// `grievance.webappLocale` override for support staff: see the shared module. UI_LOCALE is the
// language it chose.
import {UI_LOCALE} from '../../shared/scripts/vietnamese-first.js';

// --- Dates in forms as dd/mm/yyyy ---------------------------------------------
// form-js, which renders Camunda Forms, shows and reads the dates of a date field
// in the browser's own default format (Intl.DateTimeFormat with no locale):
// mm/dd/yyyy in a browser set to US English. While Tasklist speaks Vietnamese,
// that default is the Vietnamese date, day first, two digits each: dd/mm/yyyy.
// Formats asked for with an explicit locale or options are left alone.
(function vietnameseDefaultDates() {
  if (UI_LOCALE !== 'vi' || typeof Intl === 'undefined') {
    return;
  }
  const Native = Intl.DateTimeFormat;
  const DAY_MONTH_YEAR = {day: '2-digit', month: '2-digit', year: 'numeric'};
  function DateTimeFormat(locales, options) {
    if (locales === undefined || locales === 'default') {
      return new Native('vi-VN', options === undefined ? DAY_MONTH_YEAR : options);
    }
    return new Native(locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  try {
    Intl.DateTimeFormat = DateTimeFormat;
  } catch (e) {
    // Intl not writable: the browser's format stays
  }
})();

// --- No free-standing tasks ------------------------------------------------------------------
// Tasklist offers "Tạo công việc" in its header: a task outside any item, with a tenant field,
// that nobody's filter shows and the front door refuses (POST /task/create is for administrators
// only). The webapps leave out the plugins named in the `cam-exclude-plugins` attribute of the
// page's <base> element, read when the plugins register, after this module has run.
(function withoutCreateTask() {
  const base = document.querySelector('base');
  if (!base) {
    return;
  }
  const excluded = (base.getAttribute('cam-exclude-plugins') || '').split(',').map(p => p.trim()).filter(Boolean);
  if (excluded.indexOf('tasklist.navbar.action:create-task-action') < 0) {
    excluded.push('tasklist.navbar.action:create-task-action');
  }
  base.setAttribute('cam-exclude-plugins', excluded.join(','));
})();

export default {
  // change the app name and vendor
  // (the header shows "<vendor> <name>", the login page shows <name>)
  app: {
    name: 'Tiếp nhận và giải quyết kiến nghị',
    vendor: 'Hệ thống'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Keeps moment.js in the language of the labels (app/shared/scripts/moment-locale.js); mends two
  // shortcomings of form-js officers would meet: English messages and a form left locked after a
  // refusal (scripts/forms.js). Paths here are relative to the app's folder, app/tasklist/.
  // The list sorted as the filters are, soonest due first (scripts/list-order.js); red messages
  // of a form that no longer apply go away (scripts/forms.js).
  requireJsConfig: {
    ngDeps: ['grievance.momentLocale', 'grievance.listOrder', 'grievance.formNotices'],
    deps: ['grievance-moment-locale', 'grievance-forms', 'grievance-list-order'],
    paths: {
      'grievance-moment-locale': '../shared/scripts/moment-locale',
      'grievance-forms': 'scripts/forms',
      'grievance-list-order': 'scripts/list-order'
    }
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  // Frontend plugins, by path relative to the 'tasklist' folder, without the '.js' ending: the
  // header's link to the application's own pages, with the count of unread notices; the start
  // form's warning about the unit's likely duplicates; the steps' "Tệp đính kèm" tab.
  customScripts: ['scripts/app-links', 'scripts/similar-items', 'scripts/step-attachments'],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // the descriptions are shown as they are in the "Phím tắt bàn phím" dialog
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang được chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển con trỏ đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển con trỏ đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển con trỏ đến ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};

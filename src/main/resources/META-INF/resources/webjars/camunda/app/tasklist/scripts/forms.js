/*
 * Grievance handling: two shortcomings of form-js 1.8 (which renders Camunda Forms in the 7.24
 * Tasklist) that officers would meet, mended from outside. An AMD module, loaded through
 * `requireJsConfig` in config.js; it changes nothing but what its comments say.
 *
 * 1. Its own words are English. Labels, descriptions and options of our forms are Vietnamese, but
 *    a missing field reads "Field is required.", an empty choice "Select", a search box "Search",
 *    a tag's remove button "Remove tag".
 *    Those messages, which form-js writes as plain text, are replaced by their Vietnamese meaning;
 *    anything not listed here is left as it is.
 *
 * 2. A refused form could stay locked. When "Hoàn thành" finds a required field empty, form-js
 *    records the error; if the officer then changes the decision so that the field is hidden (for
 *    example "Trả lại" without a reason, then "Duyệt"), form-js keeps the hidden field's error and
 *    Tasklist keeps the button disabled. When a form shows no error at all, Tasklist is told the
 *    form may be sent again; sending still validates the whole form first.
 *
 * 3. A red message that outlived its cause. Pressing "Hoàn thành" with a required field empty made
 *    Tasklist show "Đã xảy ra lỗi khi gửi biểu mẫu công việc" with nothing after it, though the
 *    form already shows what is missing at the field; and a refusal stayed on screen after the
 *    officer had corrected the form and sent it. An error without a message, while the form shows
 *    field errors, is not shown; and once a form has been sent successfully (a task completed, an
 *    item started), the error messages still showing are cleared. The AngularJS module
 *    `grievance.formNotices` does it (listed in `ngDeps` in config.js).
 */
define(['angular'], function(angular) {
  'use strict';

  var MESSAGES = [
    [/^Field is required\.$/, function() { return 'Bắt buộc nhập.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function(m) { return 'Cần ít nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function(m) { return 'Tối đa ' + m[1] + ' ký tự.'; }],
    [/^Field must have minimum value of (.+)\.$/, function(m) { return 'Giá trị nhỏ nhất là ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function(m) { return 'Giá trị lớn nhất là ' + m[1] + '.'; }],
    [/^Field must match pattern .*$/, function() { return 'Không đúng định dạng, xem hướng dẫn dưới ô nhập.'; }],
    [/^Field must be a valid email\.$/, function() { return 'Địa chỉ thư điện tử không hợp lệ.'; }],
    [/^Field must be a valid\s+international phone number.*$/, function() { return 'Số điện thoại không hợp lệ.'; }],
    [/^No results$/, function() { return 'Không có kết quả phù hợp'; }],
    [/^All values selected$/, function() { return 'Đã chọn hết các mục'; }],
    [/^Skip to search$/, function() { return 'Chuyển đến ô tìm kiếm'; }],
    [/^Select$/, function() { return 'Chọn'; }]
  ];
  // form-js 1.8 writes these into its select, taglist and searchable select itself: a form's
  // definition cannot set them (no placeholder property for those fields before form-js 1.9)
  var PLACEHOLDERS = { Search: 'Tìm kiếm' };
  var TITLES = [[/^Remove tag$/, 'Bỏ mục này']];
  var TEXTS = '.fjs-form-field-error li, .fjs-dropdownlist-empty, .fjs-select-placeholder, .fjs-taglist-skip-link';
  var INPUTS = 'input[placeholder]';
  var ERRORS = '.fjs-form-field-error li';

  function translate(text) {
    var trimmed = text.trim();
    for (var i = 0; i < MESSAGES.length; i++) {
      var match = MESSAGES[i][0].exec(trimmed);
      if (match) {
        return MESSAGES[i][1](match);
      }
    }
    return null;
  }

  function translateWithin(form) {
    var elements = form.querySelectorAll(TEXTS);
    for (var i = 0; i < elements.length; i++) {
      // change the text node form-js rendered, never replace it: form-js keeps updating that node
      var nodes = elements[i].childNodes;
      for (var n = 0; n < nodes.length; n++) {
        if (nodes[n].nodeType === 3) {
          var vietnamese = translate(nodes[n].data);
          if (vietnamese !== null) {
            nodes[n].data = vietnamese;
          }
        }
      }
    }
    var inputs = form.querySelectorAll(INPUTS);
    for (var j = 0; j < inputs.length; j++) {
      var placeholder = PLACEHOLDERS[inputs[j].getAttribute('placeholder')];
      if (placeholder) {
        inputs[j].setAttribute('placeholder', placeholder);
      }
    }
    var titled = form.querySelectorAll('[title]');
    for (var k = 0; k < titled.length; k++) {
      for (var t = 0; t < TITLES.length; t++) {
        if (TITLES[t][0].test(titled[k].getAttribute('title'))) {
          titled[k].setAttribute('title', TITLES[t][1]);
        }
      }
    }
  }

  function releaseWhenNoErrorShows(form) {
    if (form.querySelector(ERRORS)) {
      return;
    }
    var host = form.closest('[cam-tasklist-form]');
    var controller = host && angular.element(host).controller('camTasklistForm');
    if (controller && typeof controller.notifyFormValidated === 'function') {
      controller.notifyFormValidated(false);
      angular.element(host).scope().$applyAsync();
    }
  }

  var pending = [];
  function visit() {
    var forms = pending;
    pending = [];
    for (var i = 0; i < forms.length; i++) {
      if (forms[i].isConnected) {
        translateWithin(forms[i]);
        releaseWhenNoErrorShows(forms[i]);
      }
    }
  }

  function formOf(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element && element.closest ? element.closest('.fjs-form') : null;
  }

  function start() {
    new MutationObserver(function(mutations) {
      for (var i = 0; i < mutations.length; i++) {
        var form = formOf(mutations[i].target);
        if (form && pending.indexOf(form) < 0) {
          if (!pending.length) {
            window.setTimeout(visit, 0);
          }
          pending.push(form);
        }
      }
    }).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['placeholder', 'title']
    });
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }

  /** A form sent: a task completed or an item started through its form. */
  var FORM_SENT = /\/(task\/[^/?#]+\/(submit-form|complete)|process-definition\/.+\/submit-form)(\?|$)/;

  angular.module('grievance.formNotices', []).config(['$provide', function($provide) {
    $provide.decorator('Notifications', ['$delegate', function(notifications) {
      var addError = notifications.addError;
      notifications.addError = function(error) {
        if (error && !error.message && document.querySelector(ERRORS)) {
          return; // the form shows at the field what is missing
        }
        return addError.apply(this, arguments);
      };
      return notifications;
    }]);
  }]).run(['$rootScope', 'Notifications', function($rootScope, notifications) {
    function clearErrors() {
      notifications.notifications
        .filter(function(n) { return n.type === 'danger'; })
        .forEach(function(n) { notifications.clear(n); });
    }
    var open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function(method, url) {
      if (String(method).toUpperCase() === 'POST' && FORM_SENT.test(String(url))) {
        this.addEventListener('load', function() {
          if (this.status >= 200 && this.status < 300) {
            $rootScope.$applyAsync(clearErrors);
          }
        });
      }
      return open.apply(this, arguments);
    };
  }]);
});

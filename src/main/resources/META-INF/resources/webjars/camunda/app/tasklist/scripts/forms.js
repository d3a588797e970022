/*
 * Grievance handling: two shortcomings of form-js 1.8 (which renders Camunda Forms in the 7.24
 * Tasklist) that officers would meet, mended from outside. An AMD module, loaded through
 * `requireJsConfig` in config.js; it changes nothing but what its comments say.
 *
 * 1. Its own words are English. Labels, descriptions and options of our forms are Vietnamese, but
 *    a missing field reads "Field is required.", an empty choice "Select", a search box "Search".
 *    Those messages, which form-js writes as plain text, are replaced by their Vietnamese meaning;
 *    anything not listed here is left as it is.
 *
 * 2. A refused form could stay locked. When "Hoàn thành" finds a required field empty, form-js
 *    records the error; if the officer then changes the decision so that the field is hidden (for
 *    example "Trả lại" without a reason, then "Duyệt"), form-js keeps the hidden field's error and
 *    Tasklist keeps the button disabled. When a form shows no error at all, Tasklist is told the
 *    form may be sent again; sending still validates the whole form first.
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
    [/^Select$/, function() { return 'Chọn'; }]
  ];
  var PLACEHOLDERS = { Search: 'Tìm kiếm' };
  var TEXTS = '.fjs-form-field-error li, .fjs-dropdownlist-empty, .fjs-select-placeholder';
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
      attributeFilter: ['placeholder']
    });
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
});

/*
 * Grievance handling: the task list in the order of its filters, soonest due first (an AMD module
 * with an AngularJS module, loaded through `requireJsConfig` in config.js).
 *
 * Our filters (tasklist/TasklistFilters) ask for the soonest due first, but Tasklist sorts the list
 * itself by what the page's address says (`sorting`), and with nothing there it sorts by "Ngày tạo",
 * newest first. Whenever Tasklist's list is opened without a sorting, this puts the filters' order
 * into the address before the list reads it; an officer who picks another order keeps it.
 */
define(['angular'], function(angular) {
  'use strict';

  var SOONEST_DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

  angular.module('grievance.listOrder', []).run([
    '$rootScope',
    '$location',
    function($rootScope, $location) {
      function soonestDueFirst() {
        if ($location.path() === '/' && !$location.search().sorting) {
          $location.search('sorting', SOONEST_DUE_FIRST).replace();
        }
      }
      $rootScope.$on('$locationChangeStart', soonestDueFirst);
      soonestDueFirst();
    }
  ]);
});

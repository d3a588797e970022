/*
 * Grievance handling: dates read in the language of the labels (an AMD module). Tasklist, Cockpit
 * and Admin load this one file through `requireJsConfig` in their scripts/config.js, by the path
 * '../shared/scripts/moment-locale' (RequireJS resolves it against <app root>/app/<app>/).
 *
 * The webapp loads the chosen language (vi) and the fallback (en) side by side, and each file's
 * date formats (`dateLocales`) switch moment.js to its own language as it arrives. Whichever
 * arrives last decides how dates read, and relative times drawn in between stay as they were:
 * a Vietnamese page showed "in 2 days" and "a minute ago". Once each language file has loaded,
 * and whenever the language changes, this module sets moment.js back to the language in use
 * through angular-moment, which redraws the relative times.
 *
 * Cockpit also sets its own "normal" date format to ISO ("2026-11-29T16:30:00") in its app
 * module's configuration, which runs after this module's: every date of its own views (instance
 * lists, variables of type Date, incidents, jobs, deployments) read as ISO. The provider is kept
 * here at configuration time and the format set to the officers' day/month/year once every
 * configuration block has run.
 *
 * The webapps' dates follow the browser's time zone; the province's officers read Vietnam's time
 * (UTC+7, no summer time) whatever the computer says, as our own pages and exports do. The
 * `camDate` filter every view formats dates with is wrapped to show them at that offset.
 */
define(['angular'], function(angular) {
  'use strict';

  var OFFICERS_DATE_TIME = 'DD/MM/YYYY HH:mm:ss';
  var VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
  var dateFormats = null;
  // the webapps' own moment.js, a global in every app's bundle; without it dates stay as they were
  var moment = window.moment;

  angular.module('grievance.momentLocale', []).config([
    '$injector',
    '$provide',
    function($injector, $provide) {
      if ($injector.has('camDateFormatProvider')) {
        dateFormats = $injector.get('camDateFormatProvider');
      }
      if ($injector.has('camDateFilterProvider') && moment && moment.fn && typeof moment.fn.utcOffset === 'function') {
        // the footer's "local time zone: …" (the browser's) no longer applies: see user-styles.css
        document.documentElement.classList.add('grievance-vietnam-time');
        $provide.decorator('camDateFilter', [
          '$delegate',
          'camDateFormat',
          function($delegate, camDateFormat) {
            return function(value, format) {
              if (!value) {
                return '';
              }
              var parsed = moment(typeof value === 'number' ? new Date(value) : value, moment.ISO_8601);
              if (!parsed.isValid()) {
                return $delegate(value, format);
              }
              return parsed.utcOffset(VIETNAM_UTC_OFFSET_MINUTES).format(camDateFormat(format));
            };
          }
        ]);
      }
    }
  ]).run([
    '$injector',
    '$rootScope',
    '$translate',
    function($injector, $rootScope, $translate) {
      if (dateFormats) {
        dateFormats.setDateFormat(OFFICERS_DATE_TIME, 'normal');
      }
      if (!$injector.has('amMoment')) {
        return;
      }
      var amMoment = $injector.get('amMoment');
      function followLanguage() {
        var language = $translate.use() || $translate.proposedLanguage();
        if (language) {
          amMoment.changeLocale(language);
        }
      }
      $rootScope.$on('$translateLoadingEnd', followLanguage);
      $rootScope.$on('$translateChangeSuccess', followLanguage);
    }
  ]);
});

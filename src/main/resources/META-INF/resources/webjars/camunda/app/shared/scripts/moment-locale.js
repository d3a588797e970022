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
 */
define(['angular'], function(angular) {
  'use strict';

  angular.module('grievance.momentLocale', []).run([
    '$injector',
    '$rootScope',
    '$translate',
    function($injector, $rootScope, $translate) {
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

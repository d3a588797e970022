/*
 * Grievance handling: a navigation entry from Cockpit to the listening conferences and their
 * follow-up boards (the pages live outside Cockpit, behind the same sign-in).
 */
export default [
  {
    id: 'grievance-conference-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    properties: {
      pagePath: '/hoi-nghi/',
      label: 'Hội nghị',
      checkActive: () => false
    },
    render: node => {
      const link = document.createElement('a');
      link.href = '/hoi-nghi/';
      link.id = 'grievance-conference-nav';
      link.textContent = 'Hội nghị';
      node.replaceChildren(link);
    }
  }
];

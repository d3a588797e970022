/*
 * Grievance handling: a link from Tasklist's header to the listening conference's pages, where the
 * secretary records what units raise and the chair confirms the answers given on the spot.
 */
export default [
  {
    id: 'grievance-conference-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: node => {
      const link = document.createElement('a');
      link.href = '/hoi-nghi/';
      link.id = 'grievance-conference-link';
      link.className = 'btn btn-link';
      link.textContent = 'Hội nghị';
      link.title = 'Hội nghị lắng nghe ý kiến Công an cấp xã';
      node.replaceChildren(link);
    }
  }
];

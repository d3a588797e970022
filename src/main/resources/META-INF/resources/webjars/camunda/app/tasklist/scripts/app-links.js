/*
 * Grievance handling: one link from Tasklist's header to the application's own pages (a unit's
 * items and notices, the listening conferences, the answer templates), with the count of unread
 * notices. One short link only: Tasklist's header is fixed, and a header that wraps onto a second
 * line covers the top of the filter list. The count is read from /api/notifications/unread-count
 * with the signed-in session and refreshed every minute.
 */
async function unread(badge) {
  try {
    const response = await fetch('/api/notifications/unread-count', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (!response.ok) return;
    const count = (await response.json()).unread;
    badge.textContent = count > 0 ? ` (${count})` : '';
  } catch (e) {
    // the header stays as it is; the count comes back with the next refresh
  }
}

export default [
  {
    id: 'grievance-app-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: node => {
      const link = document.createElement('a');
      link.href = '/don-vi/';
      link.id = 'grievance-app-link';
      link.className = 'btn btn-link';
      link.title = 'Kiến nghị của đơn vị, thông báo, hội nghị, mẫu trả lời';
      link.textContent = 'Kiến nghị';
      const badge = document.createElement('span');
      badge.id = 'grievance-unread';
      link.append(badge);
      node.replaceChildren(link);
      unread(badge);
      setInterval(() => unread(badge), 60000);
    }
  }
];

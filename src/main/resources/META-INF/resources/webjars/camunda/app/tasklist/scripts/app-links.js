/*
 * Grievance handling: links from Tasklist's header to the application's own pages — the unit's
 * items and notices (with the count of unread notices) and the listening conferences. The count is
 * read from /api/notifications/unread-count with the signed-in session and refreshed every minute.
 */
function link(href, id, text, title) {
  const a = document.createElement('a');
  a.href = href;
  a.id = id;
  a.className = 'btn btn-link';
  a.textContent = text;
  if (title) a.title = title;
  return a;
}

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
    id: 'grievance-app-links',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: node => {
      const notices = link('/don-vi/#/thong-bao', 'grievance-notices-link', 'Thông báo', 'Thông báo chưa đọc');
      const badge = document.createElement('span');
      badge.id = 'grievance-unread';
      notices.append(badge);
      node.replaceChildren(
        link('/don-vi/', 'grievance-unit-link', 'Kiến nghị của đơn vị'),
        notices,
        link('/hoi-nghi/', 'grievance-conference-link', 'Hội nghị', 'Hội nghị lắng nghe ý kiến Công an cấp xã'));
      unread(badge);
      setInterval(() => unread(badge), 60000);
    }
  }
];

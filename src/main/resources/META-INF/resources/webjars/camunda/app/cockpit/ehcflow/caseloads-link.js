/*
 * EHC Flow: "Caseloads" in Cockpit's header, for the managers' caseload view at /caseloads. The view uses this
 * sign-in, so a manager opens it with no second login; the entry is removed for anyone else (a process designer),
 * as /tasklist/links does not offer it to them.
 */
export default [
  {
    id: 'ehcflow-caseloads-link',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    label: 'Caseloads',
    pagePath: '/caseloads',
    render: (node) => {
      fetch('/tasklist/links', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => (response.ok ? response.json() : []))
        .then(links => {
          const caseloads = links.find(link => link.href === '/caseloads');
          if (!caseloads) {
            const entry = node.closest('li');
            (entry || node).remove();
            return;
          }
          const link = document.createElement('a');
          link.href = caseloads.href;
          link.textContent = caseloads.text;
          link.className = 'ehcflow-caseloads-link';
          link.title = caseloads.title;
          node.appendChild(link);
        });
    }
  }
];

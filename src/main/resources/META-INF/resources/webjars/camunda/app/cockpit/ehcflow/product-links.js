/*
 * EHC Flow: the product's pages in Cockpit's header, "Caseloads" and "Reports" (/caseloads, /reports, for managers)
 * and "Models" (/models, for designers and administrators). The pages use this sign-in, so no second login; each entry is removed for
 * anyone /tasklist/links does not offer it to.
 */
const offered = fetch('/tasklist/links', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
  .then(response => (response.ok ? response.json() : []))
  .catch(() => []);

function productLink(id, href, label, priority) {
  return {
    id: 'ehcflow-' + id + '-link',
    pluginPoint: 'cockpit.navigation',
    priority: priority,
    label: label,
    pagePath: href,
    render: (node) => {
      offered.then(links => {
        const page = links.find(link => link.href === href);
        if (!page) {
          (node.closest('li') || node).remove();
          return;
        }
        const link = document.createElement('a');
        link.href = page.href;
        link.textContent = page.text;
        link.className = 'ehcflow-' + id + '-link';
        link.title = page.title;
        node.appendChild(link);
      });
    }
  };
}

export default [
  productLink('caseloads', '/caseloads', 'Caseloads', 10),
  productLink('reports', '/reports', 'Reports', 9.5),
  productLink('models', '/models', 'Models', 9)
];

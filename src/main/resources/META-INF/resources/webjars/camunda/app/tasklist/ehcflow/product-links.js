/*
 * EHC Flow: links in the header to the product's own pages that the signed-in person may open (Cases for the SEND
 * team, Caseloads for its managers), asked of /tasklist/links. The pages share this sign-in.
 */
export default [
  {
    id: 'ehcflow-product-links',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: (node) => {
      fetch('/tasklist/links', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => (response.ok ? response.json() : []))
        .then(links => links.forEach(({href, text, title}) => {
          const link = document.createElement('a');
          link.href = href;
          link.textContent = text;
          link.title = title;
          link.className = 'ehcflow-' + text.toLowerCase() + '-link';
          node.appendChild(link);
          node.appendChild(document.createTextNode(' '));
        }));
    }
  }
];

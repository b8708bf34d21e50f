/*
 * EHC Flow: "Caseloads" in Cockpit's header, for the managers' caseload view at /caseloads. The view uses this
 * sign-in, so a manager opens it with no second login.
 */
export default [
  {
    id: 'ehcflow-caseloads-link',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    label: 'Caseloads',
    pagePath: '/caseloads',
    render: (node) => {
      const link = document.createElement('a');
      link.href = '/caseloads';
      link.textContent = 'Caseloads';
      link.className = 'ehcflow-caseloads-link';
      link.title = "The team's caseloads, deadlines and handovers";
      node.appendChild(link);
    }
  }
];

/*
 * EHC Flow: "Caseloads" in Tasklist's header, for the managers' caseload view at /caseloads. The view uses this
 * sign-in, so a manager opens it with no second login; anyone else is told it is for managers.
 */
export default [
  {
    id: 'ehcflow-caseloads-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
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

/*
 * EHC Flow: the task list opens sorted by due date, soonest first, as an officer works statutory deadlines (Tasklist's
 * own default is the newest task first). A sorting the user chooses is kept: it travels in the address as "sorting".
 */
const DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function isTaskList(hash) {
  return hash === '' || hash === '#/' || hash.startsWith('#/?');
}

function sortDueFirst() {
  const {hash, pathname, search} = window.location;
  if (!isTaskList(hash) || /[?&]sorting=/.test(hash)) {
    return;
  }
  const route = hash === '' ? '#/' : hash;
  const separator = route.includes('?') ? '&' : '?';
  window.location.replace(pathname + search + route + separator + 'sorting=' + encodeURIComponent(DUE_FIRST));
}

sortDueFirst();
window.addEventListener('hashchange', sortDueFirst);

export default [];

/*
 * EHC Flow: every task's form opens with the case it serves (child, date of birth, reference, stage, named officer)
 * and the statutory clock of the step, with its due date, the days left and what the law requires. The header is
 * read from /tasklist/tasks/{id}/case with this sign-in; every value is written as text, never as markup.
 */
const HEADER = 'ehcflow-case-header';

function openTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function daysLeft(days) {
  if (days === 0) {
    return 'due today';
  }
  if (days > 0) {
    return days === 1 ? '1 day left' : days + ' days left';
  }
  return -days === 1 ? '1 day overdue' : -days + ' days overdue';
}

function summary(header) {
  const list = element('dl', HEADER + '__facts');
  [['Date of birth', header.dateOfBirth], ['Case reference', header.reference], ['Stage', header.stage],
    ['Named officer', header.caseOfficer || 'None yet: in the team\'s unassigned queue']].forEach(([term, value]) => {
    const row = element('div', HEADER + '__fact');
    row.appendChild(element('dt', null, term));
    row.appendChild(element('dd', null, value));
    list.appendChild(row);
  });
  return list;
}

function clock(header) {
  const due = element('p', HEADER + '__clock');
  const overdue = header.clock.daysLeft < 0;
  const target = header.clock.workingTarget ? 'Working target ' : 'Due ';
  due.appendChild(element('strong', overdue ? HEADER + '__overdue' : null,
    target + header.clock.dueDate + ' (' + daysLeft(header.clock.daysLeft) + ')'));
  if (header.clock.workingTarget) {
    due.appendChild(document.createTextNode(', leaving time before the statutory deadline of '
      + header.clock.statutoryDueDate + ': ' + header.clock.requirement + ' (' + header.clock.source + ').'));
  } else if (header.clock.requirement) {
    due.appendChild(document.createTextNode('. The law requires by then: ' + header.clock.requirement
      + ' (' + header.clock.source + ').'));
  }
  return due;
}

function render(header, taskId) {
  const section = element('section', HEADER);
  section.dataset.task = taskId;
  section.setAttribute('aria-label', 'The case this task serves');
  const title = element('h2', HEADER + '__child');
  if (header.casePage) {
    const link = element('a', HEADER + '__case-link', header.childName);
    link.href = header.casePage;
    link.title = 'The case page: deadlines, tasks, history and notices';
    title.appendChild(link);
  } else {
    title.textContent = header.childName;
  }
  section.appendChild(title);
  section.appendChild(summary(header));
  if (header.clock) {
    section.appendChild(clock(header));
  }
  return section;
}

async function addHeader(host, form, taskId) {
  const response = await fetch('/tasklist/tasks/' + encodeURIComponent(taskId) + '/case',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok || openTaskId() !== taskId) {
    return;
  }
  const header = render(await response.json(), taskId);
  host.querySelectorAll(':scope > .' + HEADER).forEach(old => old.remove());
  host.insertBefore(header, form);
}

new MutationObserver(() => {
  const taskId = openTaskId();
  if (!taskId) {
    return;
  }
  document.querySelectorAll('.fjs-container').forEach(form => {
    const host = form.parentNode;
    if (!host || form.closest('.modal') || host.dataset.ehcflowCaseHeader === taskId) {
      return;
    }
    host.dataset.ehcflowCaseHeader = taskId;
    addHeader(host, form, taskId);
  });
}).observe(document.body, {childList: true, subtree: true});

export default [];

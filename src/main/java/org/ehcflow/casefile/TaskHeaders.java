package org.ehcflow.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.deadline.LetterDate;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.PersonNames;
import org.springframework.stereotype.Service;

/** The header of a task's form, for a person who may see the task; nobody else learns even that it exists. */
@Service
public class TaskHeaders {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseRepository cases;
    private final DeadlineRepository deadlines;
    private final PersonNames names;

    TaskHeaders(TaskService tasks, RuntimeService runtime, IdentityService identity, CaseRepository cases,
                DeadlineRepository deadlines, PersonNames names) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.deadlines = deadlines;
        this.names = names;
    }

    /** @param readsCases whether the person may open the case's page, which the header then links to */
    public Optional<TaskHeader> forTask(String taskId, String userId, List<String> groupIds, boolean readsCases) {
        return visibleTask(taskId, userId, groupIds).flatMap(task -> Optional.ofNullable(task.getProcessInstanceId())
                .map(id -> runtime.createProcessInstanceQuery().processInstanceId(id).singleResult())
                .map(ProcessInstance::getBusinessKey)
                .flatMap(cases::find)
                .map(c -> header(c, task, readsCases)));
    }

    /** The task, found with the person's own authorizations, as Tasklist finds it. */
    private Optional<Task> visibleTask(String taskId, String userId, List<String> groupIds) {
        identity.setAuthentication(userId, groupIds);
        try {
            return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
        } finally {
            identity.clearAuthentication();
        }
    }

    private TaskHeader header(CaseRecord c, Task task, boolean readsCases) {
        return new TaskHeader(c.reference(), c.child().fullName(), LetterDate.of(c.child().dateOfBirth()),
                CaseStage.inWords(c.stage()), names.of(c.caseOfficer()), clock(c, task),
                readsCases ? "/cases/" + c.reference() : null);
    }

    /**
     * The council's clock the task was given: the one falling due on the task's due date, still running or missed;
     * else, for a working target, the next one falling due after it.
     */
    private TaskHeader.Clock clock(CaseRecord c, Task task) {
        if (task.getDueDate() == null) {
            return null;
        }
        LocalDate due = task.getDueDate().toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(Today.inLondon(), due);
        List<Deadline> running = deadlines.forCase(c.reference()).stream()
                .filter(d -> d.status() == Deadline.Status.OPEN || d.status() == Deadline.Status.BREACHED).toList();
        Optional<Deadline> onTheDay = running.stream().filter(d -> due.equals(d.dueDate()))
                .min(Comparator.comparing((Deadline d) -> d.key().isFamilysPeriod()).thenComparing(Deadline::status));
        if (onTheDay.isPresent()) {
            Deadline d = onTheDay.get();
            return new TaskHeader.Clock(d.key().name(), d.key().requirement(), LetterDate.of(due), daysLeft, d.key().source(),
                    false, LetterDate.of(due));
        }
        return running.stream().filter(d -> !d.key().isFamilysPeriod() && d.dueDate().isAfter(due))
                .min(Comparator.comparing(Deadline::dueDate))
                .map(d -> new TaskHeader.Clock(d.key().name(), d.key().requirement(), LetterDate.of(due), daysLeft,
                        d.key().source(), true, LetterDate.of(d.dueDate())))
                .orElse(new TaskHeader.Clock(null, null, LetterDate.of(due), daysLeft, null, false, null));
    }
}

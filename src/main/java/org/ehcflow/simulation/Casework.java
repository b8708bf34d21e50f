package org.ehcflow.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.deadline.StatutoryCalendar;
import org.ehcflow.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A working day of the simulated council's tasks. Each task, when first seen, is given the day it can be done: an
 * adviser's by the adviser's habit (on time, or late by a drawn number of days), a family's views by the family's
 * reply time, the Tribunal's decision after the hearing, any other after the officer's delay. On each working day
 * every officer completes, soonest due first, as many of their ready tasks as a day allows; the managers share the
 * team's tasks; advisers answer whatever is ready. Each task is completed as its person, through the engine, in the
 * case lanes ({@link CaseLanes}).
 */
final class Casework {

    private static final Logger LOG = LoggerFactory.getLogger(Casework.class);
    private static final String MANAGERS = "managers";
    private static final int ATTEMPTS = 3;
    private static final int LOOKUP_CHUNK = 500;

    private record Plan(LocalDate readyOn, String worker, String group) {
    }

    private final SimulationProperties settings;
    private final Workforce workforce;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskAnswers answers;
    private final Random random;
    private final CaseLanes lanes;
    private final Map<String, Task> open = new ConcurrentHashMap<>();
    private Date lookedAt;
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    final Map<String, Integer> completedBy = new ConcurrentSkipListMap<>();
    final Map<String, Integer> completedTasks = new ConcurrentSkipListMap<>();
    /** Completions the engine refused, by task and reason (a simulation that plays its parts right has none). */
    final Map<String, Integer> refused = new ConcurrentSkipListMap<>();
    /** Completions that met another lane's change to the same journey, done again the next working day. */
    final AtomicInteger conflicts = new AtomicInteger();
    final AtomicInteger stuck = new AtomicInteger();
    long openAtEnd;

    Casework(SimulationProperties settings, Workforce workforce, TaskService tasks, IdentityService identity,
             TaskAnswers answers, Random random, CaseLanes lanes) {
        this.settings = settings;
        this.workforce = workforce;
        this.tasks = tasks;
        this.identity = identity;
        this.answers = answers;
        this.random = random;
        this.lanes = lanes;
    }

    /** A task one person completes today, with what they enter. */
    private record Completion(Task task, String user, String group, Map<String, Object> answers) {
    }

    void workDay(LocalDate today) throws InterruptedException {
        lookForNewTasks();
        List<Completion> day = planDay(today);
        for (int look = 0; look < 5 && !stillOpen(day); look++) {
            day = planDay(today);
        }
        lanes.run(day, completion -> completion.task().getProcessInstanceId(), completion -> complete(completion, today));
        openAtEnd = tasks.createTaskQuery().active().count();
    }

    /**
     * The tasks created since the last look (on the simulated clock every task of a day is created at the same
     * moment, so the last look's moment is looked at again): a day's query reads a day's new tasks, not the backlog.
     */
    private void lookForNewTasks() {
        TaskQuery query = tasks.createTaskQuery().active();
        if (lookedAt != null) {
            query.taskCreatedAfter(new Date(lookedAt.getTime() - 1));
        }
        query.list().forEach(task -> open.putIfAbsent(task.getId(), task));
        lookedAt = ClockUtil.getCurrentTime();
    }

    private List<Completion> planDay(LocalDate today) {
        Map<String, List<Task>> queues = new HashMap<>();
        for (Task task : open.values()) {
            Plan plan = plans.computeIfAbsent(task.getId(), id -> plan(task, today));
            if (!plan.readyOn().isAfter(today)) {
                queues.computeIfAbsent(plan.worker(), w -> new ArrayList<>()).add(task);
            }
        }
        queues.values().forEach(queue -> queue.sort(Comparator.comparing(Casework::workedBy).thenComparing(Task::getCreateTime)));
        String leastBusy = workforce.officers.stream()
                .min(Comparator.comparing(officer -> queues.getOrDefault(officer, List.of()).size())).orElseThrow();
        List<Completion> day = new ArrayList<>();
        for (String officer : workforce.officers) {
            take(day, queues.getOrDefault(officer, List.of()), settings.tasksPerOfficerDay(), i -> officer, today, leastBusy);
        }
        int managers = workforce.managers.size();
        take(day, queues.getOrDefault(MANAGERS, List.of()), managers * settings.tasksPerManagerDay(),
                i -> workforce.managers.get(i % managers), today, leastBusy);
        queues.forEach((worker, queue) -> {
            if (!worker.equals(MANAGERS) && !workforce.isOfficer(worker)) {
                take(day, queue, queue.size(), i -> worker, today, leastBusy);
            }
        });
        return day;
    }

    /**
     * Whether every task planned for today is still open, each replaced by its current state (its assignee now);
     * a task its journey has since closed (advice no longer needed, a review moved) is forgotten, so the day is
     * planned again without it.
     */
    private boolean stillOpen(List<Completion> day) {
        Map<String, Task> current = new HashMap<>();
        List<String> ids = day.stream().map(completion -> completion.task().getId()).toList();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            tasks.createTaskQuery().active().taskIdIn(ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK))
                    .toArray(String[]::new)).list().forEach(task -> current.put(task.getId(), task));
        }
        boolean allOpen = true;
        for (int i = 0; i < day.size(); i++) {
            Completion completion = day.get(i);
            Task now = current.get(completion.task().getId());
            if (now == null) {
                forget(completion.task().getId());
                allOpen = false;
            } else {
                open.put(now.getId(), now);
                day.set(i, new Completion(now, completion.user(), completion.group(), completion.answers()));
            }
        }
        return allOpen;
    }

    private void forget(String taskId) {
        open.remove(taskId);
        plans.remove(taskId);
        failures.remove(taskId);
    }

    /**
     * The first {@code capacity} tasks of the queue, each with its person and answers. A task the simulation has no
     * answer for stops it (TaskAnswers.NoAnswerException): a new journey step is written into TaskAnswers, not guessed.
     */
    private void take(List<Completion> day, List<Task> queue, int capacity, IntFunction<String> person, LocalDate today,
                      String leastBusyOfficer) {
        for (int i = 0; i < queue.size() && i < capacity; i++) {
            Task task = queue.get(i);
            try {
                day.add(new Completion(task, person.apply(i), plans.get(task.getId()).group(),
                        answers.to(task, today, leastBusyOfficer)));
            } catch (TaskAnswers.NoAnswerException unknownStep) {
                throw unknownStep;
            } catch (RuntimeException unreadable) {
                refused(task, today, unreadable);
            }
        }
    }

    private void complete(Completion completion, LocalDate today) {
        Task task = completion.task();
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), completion.user());
            }
            identity.setAuthentication(completion.user(), completion.group() == null ? List.of() : List.of(completion.group()));
            try {
                tasks.complete(task.getId(), completion.answers());
            } finally {
                identity.clearAuthentication();
            }
            forget(task.getId());
            String user = completion.user();
            completedBy.merge(workforce.isOfficer(user) ? "officers" : workforce.managers.contains(user) ? "managers" : "partners", 1, Integer::sum);
            completedTasks.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
        } catch (OptimisticLockingException metAnotherLane) {
            conflicts.incrementAndGet();
        } catch (NullValueException closedByAnEarlierStep) {
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                forget(task.getId());
            } else {
                refused(task, today, closedByAnEarlierStep);
            }
        } catch (RuntimeException refusedByTheEngine) {
            refused(task, today, refusedByTheEngine);
        }
    }

    private void refused(Task task, LocalDate today, RuntimeException why) {
        String reason = task.getTaskDefinitionKey() + ": " + why.getMessage();
        if (refused.merge(reason, 1, Integer::sum) == 1) {
            LOG.warn("{} refused on {}: {}", task.getTaskDefinitionKey(), today, why.toString());
        }
        int attempts = failures.merge(task.getId(), 1, Integer::sum);
        plans.computeIfPresent(task.getId(), (id, plan) ->
                new Plan(attempts >= ATTEMPTS ? LocalDate.MAX : today.plusDays(1), plan.worker(), plan.group()));
        if (attempts == ATTEMPTS) {
            stuck.incrementAndGet();
        }
    }

    private Plan plan(Task task, LocalDate today) {
        LocalDate created = day(task.getCreateTime());
        String key = task.getTaskDefinitionKey();
        if (key.equals("Task_ProvideAdvice")) {
            String group = String.valueOf(tasks.getVariable(task.getId(), "adviserGroup"));
            LocalDate due = task.getDueDate() == null ? created.plusWeeks(6) : day(task.getDueDate());
            return new Plan(partnerAnswers(created, due, Workforce.PARTNER_HABITS.getOrDefault(group, "schools")),
                    Workforce.partner(group), group);
        }
        LocalDate readyOn = switch (key) {
            case "Task_RecordSchoolResponse" -> partnerAnswers(created,
                    task.getDueDate() == null ? created.plusDays(15) : day(task.getDueDate()), "consultation");
            case "Task_RecordParentViews", "Task_RecordParentComments", "Task_RecordAmendmentComments" ->
                    created.plusDays(draw(settings.familyReplyDays()));
            case "Task_RecordDecision" -> afterHearing(task, created);
            default -> created.plusDays(draw(settings.officerDelayDays()));
        };
        if (task.getAssignee() != null) {
            return new Plan(readyOn, task.getAssignee(), workforce.isOfficer(task.getAssignee()) ? Groups.CASE_OFFICERS : null);
        }
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (groups.contains(Groups.MANAGERS)) {
            return new Plan(readyOn, MANAGERS, Groups.MANAGERS);
        }
        String group = groups.isEmpty() ? Groups.CASE_OFFICERS : groups.get(0);
        return new Plan(readyOn, group.equals(Groups.CASE_OFFICERS) ? workforce.officers.get(0) : Workforce.partner(group), group);
    }

    /** On time on a day drawn evenly up to the due date, or late by a drawn number of days, by the partner's habit. */
    private LocalDate partnerAnswers(LocalDate requested, LocalDate due, String partner) {
        SimulationProperties.PartnerHabit habit = settings.partner(partner);
        if (random.nextDouble() < habit.onTimeShare()) {
            long days = Math.max(0, due.toEpochDay() - requested.toEpochDay());
            return requested.plusDays(random.nextLong(days + 1));
        }
        return due.plusDays(draw(habit.lateDays()));
    }

    /** The Tribunal's decision reaches the council about two weeks after the hearing. */
    private LocalDate afterHearing(Task task, LocalDate created) {
        Object hearing = tasks.getVariable(task.getId(), "hearingDate");
        if (hearing == null || hearing.toString().isBlank()) {
            return created.plusDays(14);
        }
        LocalDate decision = LocalDate.parse(hearing.toString()).plusDays(14);
        return decision.isAfter(created) ? decision : created;
    }

    /** The day a task is worked towards: its due date, or for a task without one, two weeks after it arrived. */
    private static Date workedBy(Task task) {
        return task.getDueDate() != null ? task.getDueDate()
                : Date.from(task.getCreateTime().toInstant().plus(java.time.Duration.ofDays(14)));
    }

    private int draw(List<Integer> days) {
        return days.get(random.nextInt(days.size()));
    }

    private static LocalDate day(Date moment) {
        return moment.toInstant().atZone(StatutoryCalendar.LONDON).toLocalDate();
    }
}

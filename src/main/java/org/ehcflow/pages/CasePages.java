package org.ehcflow.pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.ehcflow.appeal.TribunalAppeals;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.casefile.CaseView;
import org.ehcflow.casefile.CaseViews;
import org.ehcflow.complaint.ComplaintLog;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.deadline.Today;
import org.ehcflow.identity.PersonNames;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.timeline.CaseTimeline;
import org.springframework.stereotype.Service;

/** Gathers a case page from the case file, its clocks, tasks, timeline, appeals, complaints and notices. */
@Service
class CasePages {

    static final int AMBER_DAYS = 14;
    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final CaseViews views;
    private final TaskService tasks;
    private final PersonNames names;
    private final CaseTimeline timeline;
    private final TribunalAppeals appeals;
    private final ComplaintLog complaints;
    private final NotificationService notifications;

    CasePages(CaseViews views, TaskService tasks, PersonNames names, CaseTimeline timeline,
              TribunalAppeals appeals, ComplaintLog complaints, NotificationService notifications) {
        this.views = views;
        this.tasks = tasks;
        this.names = names;
        this.timeline = timeline;
        this.appeals = appeals;
        this.complaints = complaints;
        this.notifications = notifications;
    }

    /** @throws org.ehcflow.system.NotFoundException for an unknown reference */
    CasePage of(String reference) {
        CaseView view = views.of(reference);
        List<CasePage.OpenTask> open = tasks.createTaskQuery().processInstanceBusinessKey(reference).active()
                .orderByDueDate().asc().list().stream()
                .map(t -> new CasePage.OpenTask(t.getId(), t.getName(), names.of(t.getAssignee()), t.getDueDate(), TASKLIST + t.getId()))
                .toList();
        List<Notification> sent = notifications.forCase(reference).stream()
                .sorted(Comparator.comparing(Notification::createdAt).reversed()).toList();
        return new CasePage(view, view.child().fullName(), CaseStage.inWords(view.stage()), names.of(view.caseOfficer()),
                view.deadlines().stream().map(CasePages::clock)
                        .sorted(Comparator.comparing(CasePage.Clock::dueDate).reversed()).toList(),
                open, timeline.of(reference), appeals.forCase(reference), complaints.forCase(reference), sent);
    }

    private static CasePage.Clock clock(CaseView.DeadlineView d) {
        DeadlineKey key = DeadlineKey.valueOf(d.key());
        LocalDate today = Today.inLondon();
        String rag;
        String ragText;
        switch (d.status()) {
            case "BREACHED" -> { rag = "red"; ragText = "Missed"; }
            case "MET" -> { rag = "grey"; ragText = "Met"; }
            case "CANCELLED" -> { rag = "grey"; ragText = "Cancelled"; }
            default -> {
                if (key.isFamilysPeriod()) {
                    rag = "blue"; ragText = "Family's period";
                } else if (d.dueDate().isBefore(today)) {
                    rag = "red"; ragText = "Overdue";
                } else if (!d.dueDate().isAfter(today.plusDays(AMBER_DAYS))) {
                    rag = "yellow"; ragText = "Due soon";
                } else {
                    rag = "green"; ragText = "On track";
                }
            }
        }
        return new CasePage.Clock(d.key(), key.requirement(), key.source(), d.startDate(), d.dueDate(), d.status(),
                d.metOn(), rag, ragText, key.isFamilysPeriod());
    }
}

package org.ehcflow.timeline;

import static org.ehcflow.deadline.StatutoryCalendar.LONDON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.Handover;
import org.ehcflow.casefile.HandoverRepository;
import org.ehcflow.complaint.Complaint;
import org.ehcflow.complaint.ComplaintRepository;
import org.ehcflow.deadline.Deadline;
import org.ehcflow.deadline.DeadlineRepository;
import org.ehcflow.notification.Notification;
import org.ehcflow.notification.NotificationService;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/cases/{reference}/timeline}: one chronological account of a case, from the engine's history (the
 * journeys started, each step completed, with who and when) and the product's tables (deadlines met or breached,
 * notifications with their recipients, handovers, queries and complaints).
 */
@Service
public class CaseTimeline {

    private final CaseRepository cases;
    private final DeadlineRepository deadlines;
    private final NotificationService notifications;
    private final HandoverRepository handovers;
    private final ComplaintRepository complaints;
    private final HistoryService history;
    private final EngineAsSystem engine;

    CaseTimeline(CaseRepository cases, DeadlineRepository deadlines, NotificationService notifications,
                 HandoverRepository handovers, ComplaintRepository complaints, HistoryService history, EngineAsSystem engine) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.handovers = handovers;
        this.complaints = complaints;
        this.history = history;
        this.engine = engine;
    }

    public List<TimelineEntry> of(String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        journeys(reference, entries);
        steps(reference, entries);
        deadlines.forCase(reference).forEach(deadline -> deadline(deadline, entries));
        notifications.forCase(reference).forEach(n -> entries.add(notification(n)));
        handovers.forCase(reference).forEach(h -> entries.add(handover(h)));
        complaints.forCase(reference).forEach(c -> complaint(c, entries));
        entries.sort(Comparator.comparing(CaseTimeline::moment).thenComparing(e -> e.kind().ordinal()));
        return entries;
    }

    private void journeys(String reference, List<TimelineEntry> entries) {
        List<HistoricProcessInstance> started = engine.call(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list());
        for (HistoricProcessInstance journey : started) {
            String name = journey.getProcessDefinitionName() != null ? journey.getProcessDefinitionName() : journey.getProcessDefinitionKey();
            entries.add(new TimelineEntry(journey.getStartTime().toInstant(), day(journey.getStartTime().toInstant()),
                    TimelineEntry.Kind.JOURNEY_STARTED, name + " started", journey.getStartUserId()));
        }
    }

    private void steps(String reference, List<TimelineEntry> entries) {
        List<HistoricTaskInstance> done = engine.call(() -> history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).finished().list());
        for (HistoricTaskInstance task : done) {
            String what = task.getName() + ("completed".equals(task.getDeleteReason()) ? "" : " (ended: " + task.getDeleteReason() + ")");
            entries.add(new TimelineEntry(task.getEndTime().toInstant(), day(task.getEndTime().toInstant()),
                    TimelineEntry.Kind.STEP_COMPLETED, what, task.getAssignee()));
        }
    }

    private static void deadline(Deadline deadline, List<TimelineEntry> entries) {
        String due = deadline.key() + ", due " + deadline.dueDate() + " (" + deadline.key().requirement() + ")";
        if (deadline.status() == Deadline.Status.MET) {
            entries.add(new TimelineEntry(null, deadline.metOn(), TimelineEntry.Kind.DEADLINE_MET, due + ": met on " + deadline.metOn(), null));
        } else if (deadline.status() == Deadline.Status.BREACHED) {
            LocalDate breached = deadline.dueDate().plusDays(1);
            String done = deadline.metOn() == null ? "not yet done" : "done late on " + deadline.metOn();
            entries.add(new TimelineEntry(null, breached, TimelineEntry.Kind.DEADLINE_BREACHED, due + ": breached, " + done, null));
        }
    }

    private static TimelineEntry notification(Notification n) {
        Instant at = n.sentAt() != null ? n.sentAt() : n.createdAt();
        String how = switch (n.status()) {
            case SENT -> "emailed";
            case RECORDED -> "recorded (no email address or mail server)";
            case FAILED -> "failed, being retried";
            case SENDING -> "being sent";
        };
        return new TimelineEntry(at, day(at), TimelineEntry.Kind.NOTIFICATION, "\"" + n.subject() + "\" " + how,
                n.recipientRole() + ": " + n.recipientName());
    }

    private static TimelineEntry handover(Handover h) {
        String from = h.fromOfficer() == null ? "the unassigned queue" : h.fromOfficer();
        return new TimelineEntry(h.handedOverAt(), day(h.handedOverAt()), TimelineEntry.Kind.HANDOVER,
                "Handed over from " + from + " to " + h.toOfficer() + ": " + h.reason(), h.handedOverBy());
    }

    private static void complaint(Complaint c, List<TimelineEntry> entries) {
        String what = c.kind() == Complaint.Kind.QUERY ? "Query" : "Complaint";
        entries.add(new TimelineEntry(null, c.receivedOn(), TimelineEntry.Kind.COMPLAINT, what + " received: " + c.summary(),
                c.complainantName()));
        if (c.acknowledgedOn() != null) {
            entries.add(new TimelineEntry(null, c.acknowledgedOn(), TimelineEntry.Kind.COMPLAINT, what + " acknowledged", null));
        }
        if (c.respondedOn() != null) {
            entries.add(new TimelineEntry(null, c.respondedOn(), TimelineEntry.Kind.COMPLAINT,
                    what + (c.kind() == Complaint.Kind.QUERY ? " answered: " : " answered at stage 1: ") + c.response(), null));
        }
        if (c.escalatedOn() != null) {
            entries.add(new TimelineEntry(null, c.escalatedOn(), TimelineEntry.Kind.COMPLAINT, "Complaint escalated to stage 2",
                    c.complainantName()));
        }
        if (c.stage2RespondedOn() != null) {
            entries.add(new TimelineEntry(null, c.stage2RespondedOn(), TimelineEntry.Kind.COMPLAINT,
                    "Complaint answered at stage 2: " + c.stage2Response(), null));
        }
    }

    /** Entries with only a day sort at the start of that day, before what happened during it. */
    private static Instant moment(TimelineEntry entry) {
        return entry.at() != null ? entry.at() : entry.day().atStartOfDay(LONDON).toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(LONDON).toLocalDate();
    }
}

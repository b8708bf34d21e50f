package org.ehcflow.pages;

import java.time.LocalDate;
import java.util.List;

import org.ehcflow.appeal.Appeal;
import org.ehcflow.casefile.CaseView;
import org.ehcflow.complaint.Complaint;
import org.ehcflow.notification.Notification;
import org.ehcflow.timeline.TimelineEntry;

/** Everything the case page shows about one case, gathered once for the template. */
record CasePage(CaseView view, String childName, String stageInWords, String officerName, List<Clock> clocks,
                List<OpenTask> tasks, List<TimelineEntry> timeline, List<Appeal> appeals, List<Complaint> complaints,
                List<Notification> notifications) {

    /** A statutory clock with its mark: red (missed or past due), amber (due within 14 days), green, or grey (ended). */
    record Clock(String key, String requirement, String source, LocalDate startDate, LocalDate dueDate, String status,
                 LocalDate metOn, String rag, String ragText, boolean familysPeriod) {
    }

    /** An open task of the case, linked to Tasklist. */
    record OpenTask(String id, String name, String assignee, java.util.Date due, String tasklistLink) {
    }
}

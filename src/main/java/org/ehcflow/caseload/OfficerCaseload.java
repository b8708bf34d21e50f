package org.ehcflow.caseload;

/**
 * One officer's load, as a manager sees it each morning: open cases held, open tasks assigned, the statutory
 * deadlines of those cases due within 7 days and already overdue, those breached in the last 30 days, whether
 * the officer is at work today, their caseload cap ({@code null}: none), and the queries and complaints about their
 * cases not yet closed.
 */
public record OfficerCaseload(String officer, String name, int openCases, long openTasks, int dueWithin7Days, int overdue,
                              int breachedLast30Days, boolean available, Integer cap, int openComplaints) {
}

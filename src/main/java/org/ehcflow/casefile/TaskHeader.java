package org.ehcflow.casefile;

/**
 * What a task's form opens with: whose case it is, where it stands, who holds it, and the statutory clock the step
 * serves with its due date and the days left (negative once it has passed). Dates are written as a letter writes them.
 * {@code casePage} links to the case's page, for those who may open it (the SEND team, not partners).
 */
public record TaskHeader(String reference, String childName, String dateOfBirth, String stage, String caseOfficer,
                         Clock clock, String casePage) {

    /**
     * The clock a task serves: what the law requires by when, and where the law says so. A task due before the clock
     * (Draft the plan, ahead of the final plan) has a working target: {@code dueDate} is the task's, and
     * {@code statutoryDueDate} the clock's.
     */
    public record Clock(String key, String requirement, String dueDate, long daysLeft, String source,
                        boolean workingTarget, String statutoryDueDate) {
    }
}

package org.ehcflow.simulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.deadline.DeadlineRegime;
import org.ehcflow.deadline.WorkingDayCalendar;

/**
 * What each person of the simulated council enters in each task's form: the fields the form requires, dated the day
 * the task is done, with the decisions drawn by {@link SimulationProperties.Shares}. A task no answer is written for
 * is refused loudly rather than guessed: a journey's new step needs its answer here before the simulation can play it.
 */
final class TaskAnswers {

    private final SimulationProperties.Shares shares;
    private final Random random;
    private final TaskService tasks;
    private final WorkingDayCalendar calendar;

    TaskAnswers(SimulationProperties.Shares shares, Random random, TaskService tasks, WorkingDayCalendar calendar) {
        this.shares = shares;
        this.random = random;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    static final class NoAnswerException extends RuntimeException {
        NoAnswerException(String taskKey) {
            super("The simulation has no answer for task " + taskKey + ": add one to " + TaskAnswers.class.getSimpleName());
        }
    }

    Map<String, Object> to(Task task, LocalDate today, String anOfficer) {
        String day = today.toString();
        return switch (task.getTaskDefinitionKey()) {
            case "Task_RecordParentViews" -> answers("parentViews", "We would like help with reading and friendships",
                    "parentViewsReceivedOn", day);
            case "Task_DecideWhetherToAssess" -> regime(task).isPresent() || drawn(shares.assess())
                    ? answers("assessDecision", "ASSESS")
                    : answers("assessDecision", "REFUSE", "refusalReason", "Needs can be met from the school's own resources");
            case "Task_ProvideAdvice" -> answers("adviceReceivedOn", day, "adviceDocument", "EDRMS/advice/" + task.getId(),
                    "adviceAuthor", "Simulated adviser");
            case "Task_ChaseOverdueAdvice" -> answers("chaseOutcome", "CHASED");
            case "Task_DecideWhetherToIssuePlan" -> regime(task).filter(DeadlineRegime.PLAN_REQUIRED::equals).isPresent()
                    || drawn(shares.issuePlan())
                    ? answers("planDecision", "ISSUE", "planDecisionReason", "Needs call for provision beyond SEN support")
                    : answers("planDecision", "NOT_ISSUE", "planDecisionReason", "Needs can be met by SEN support");
            case "Task_DraftPlan", "Task_DraftRequiredPlan" -> answers("sectionB", "Communication and interaction",
                    "sectionE", "Reads with confidence by the end of the key stage", "sectionF",
                    "Weekly speech and language therapy", "draftPlanDocument", "EDRMS/draft/" + task.getId());
            case "Task_RecordParentComments" -> answers("parentComments", "We agree with the draft",
                    "preferredSchoolName", "Riverside Academy", "preferredSchoolEmail", "senco1@simulation.invalid");
            case "Task_RecordSchoolResponse" -> answers("schoolResponse", "CAN_MEET_NEEDS", "schoolRespondedOn", day);
            case "Task_FinaliseAndIssuePlan" -> finalPlan(task, today);
            case "Task_PlanRecovery" -> answers("recoveryDate", today.plusDays(14).toString(),
                    "breachReason", "Caseload: the officer's tasks were waiting behind earlier deadlines");
            case "Task_NameOfficer" -> answers("caseOfficer", anOfficer, "allocationNote", "Allocated from the queue");
            case "Task_ArrangeMeeting" -> answers("meetingDate", meetingDate(task, today).toString(),
                    "heldBy", "LOCAL_AUTHORITY", "meetingVenue", "The child's school");
            case "Task_CirculateAdvice" -> answers("adviceReceivedFrom", "[\"PARENT\",\"SCHOOL\"]",
                    "adviceSummary", "Advice from the family and the school");
            case "Task_SendReviewReport" -> answers("meetingAttendees", "Parent, SENCO, case officer",
                    "reviewReport", "Progress towards the outcomes reviewed", "recommendation", "MAINTAIN");
            case "Task_DecideOutcome" -> reviewOutcome();
            case "Task_ConsultOnCeasing" -> answers("parentViewsOnCeasing", "We agree", "schoolViewsOnCeasing",
                    "Needs now met by SEN support", "ceaseDecision", "CEASE");
            case "Task_RecordAmendmentComments" -> answers("amendmentComments", "No further comments");
            case "Task_FinaliseAmendedPlan" -> answers("amendmentsMade", "Section F amended as proposed");
            case "Task_RespondToTribunal" -> drawn(shares.concede())
                    ? answers("tribunalResponse", "CONCEDE", "responseSummary", "The council concedes")
                    : answers("tribunalResponse", "OPPOSE", "responseSummary", "The council opposes the appeal");
            case "Task_SendBundle" -> answers("bundleSummary", "Evidence bundle sent");
            case "Task_RecordDecision" -> answers("tribunalOutcome", tribunalOutcome(task), "tribunalDecisionSent", day,
                    "decisionSummary", "Decision of the Tribunal");
            case "Task_AmendPlan", "Task_NameSchool" -> answers("namedSchoolName", "Riverside Academy",
                    "amendmentSummary", "Amended as the Tribunal ordered");
            case "Task_Reconsider" -> answers("reconsideredDecision", "Reconsidered as remitted");
            case "Task_CarryOutCeaseDecision" -> answers("ceaseDecisionDone", "Done as decided");
            case "Task_RecordMediationOutcome" -> answers("mediationOutcome", "CERTIFICATE", "certificateIssued", day);
            case "Task_CarryOutAgreedActions" -> answers("actionsDone", "Done as agreed");
            case "Task_AnswerQuery", "Task_RespondStage1" -> answers("response", "Answered");
            case "Task_RespondStage2" -> answers("stage2Response", "Answered at stage 2");
            case "Task_AcknowledgeComplaint" -> answers();
            default -> throw new NoAnswerException(task.getTaskDefinitionKey());
        };
    }

    private Map<String, Object> finalPlan(Task task, LocalDate today) {
        Map<String, Object> answers = answers("namedSchoolName", "Riverside Academy", "finalPlanDocument",
                "EDRMS/final/" + task.getId());
        Object commentsEnd = tasks.getVariable(task.getId(), "draftCommentsEnd");
        if (commentsEnd == null || !LocalDate.parse(commentsEnd.toString()).isBefore(today)) {
            answers.put("earlyFinalisationReason", "The family has agreed the draft");
        }
        return answers;
    }

    private Map<String, Object> reviewOutcome() {
        double draw = random.nextDouble();
        if (draw < shares.ceaseAtReview()) {
            return answers("reviewDecision", "CEASE", "decisionReasons", "Outcomes achieved", "ceaseReason", "NEEDS_MET");
        }
        if (draw < shares.ceaseAtReview() + shares.amendAtReview()) {
            return answers("reviewDecision", "AMEND", "decisionReasons", "Needs have changed",
                    "proposedAmendments", "Section F: more support with reading");
        }
        return answers("reviewDecision", "MAINTAIN", "decisionReasons", "Good progress towards every outcome");
    }

    /**
     * A week before the review falls due (the task's due date), on a working day, but never with less than three
     * weeks' notice: an officer late to arrange it holds it late.
     */
    private LocalDate meetingDate(Task task, LocalDate today) {
        LocalDate earliest = today.plusWeeks(3);
        LocalDate due = task.getDueDate() == null ? earliest
                : task.getDueDate().toInstant().atZone(org.ehcflow.deadline.StatutoryCalendar.LONDON).toLocalDate();
        LocalDate meeting = due.minusWeeks(1);
        if (meeting.isBefore(earliest)) {
            meeting = earliest;
        }
        if (meeting.isAfter(today.plusWeeks(8))) {
            meeting = today.plusWeeks(8);
        }
        while (!calendar.isWorkingDay(meeting)) {
            meeting = meeting.plusDays(1);
        }
        return meeting;
    }

    private String tribunalOutcome(Task task) {
        if (!drawn(shares.upheld())) {
            return "DISMISSED";
        }
        Object decision = tasks.getVariable(task.getId(), "appealableDecision");
        return switch (decision == null ? "" : decision.toString()) {
            case "REFUSAL_TO_ASSESS", "REFUSAL_TO_REASSESS" -> "ORDER_TO_ASSESS";
            case "NO_PLAN" -> "ORDER_TO_MAKE_PLAN";
            case "CEASE" -> "ORDER_TO_MAINTAIN";
            default -> drawn(0.3) ? "ORDER_TO_NAME_SCHOOL" : "ORDER_TO_AMEND";
        };
    }

    /** The Tribunal's order, or the council's concession, the journey runs on: what it requires is not refused. */
    private Optional<DeadlineRegime> regime(Task task) {
        return DeadlineRegime.named(tasks.getVariable(task.getId(), DeadlineRegime.VARIABLE));
    }

    private boolean drawn(double share) {
        return random.nextDouble() < share;
    }

    private static Map<String, Object> answers(Object... keysAndValues) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }
}

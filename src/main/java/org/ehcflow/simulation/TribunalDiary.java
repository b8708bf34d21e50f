package org.ehcflow.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.ehcflow.appeal.Appeal;
import org.ehcflow.appeal.AppealableDecision;
import org.ehcflow.appeal.NewAppeal;
import org.ehcflow.appeal.TribunalAppeals;
import org.ehcflow.deadline.WorkingDayCalendar;
import org.ehcflow.system.ConflictException;

/**
 * The Tribunal of a simulated year: appeals against decisions whose time to appeal is still running (one drawn from
 * all of them), registered the day the Tribunal sends them, and each appeal's hearing date sent two weeks later, for
 * a hearing about 20 weeks after the appeal.
 */
final class TribunalDiary {

    private record HearingNotice(LocalDate sentOn, String reference, long appealId, LocalDate hearing) {
    }

    private final TribunalAppeals appeals;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;
    private final Random random;
    private final List<HearingNotice> notices = new ArrayList<>();
    int registered;
    int noDecisionToAppeal;

    TribunalDiary(TribunalAppeals appeals, RuntimeService runtime, WorkingDayCalendar calendar, Random random) {
        this.appeals = appeals;
        this.runtime = runtime;
        this.calendar = calendar;
        this.random = random;
    }

    void appealsArrive(LocalDate today, int count) {
        List<EventSubscription> watches = runtime.createEventSubscriptionQuery()
                .eventType("message").eventName(TribunalAppeals.MESSAGE_REGISTERED).list();
        List<EventSubscription> left = new ArrayList<>(watches.stream().filter(w -> w.getProcessInstanceId() != null).toList());
        for (int i = 0; i < count; i++) {
            if (left.isEmpty()) {
                noDecisionToAppeal++;
                continue;
            }
            EventSubscription watch = left.remove(random.nextInt(left.size()));
            String reference = runtime.createProcessInstanceQuery().processInstanceId(watch.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            AppealableDecision decision = AppealableDecision.valueOf(
                    String.valueOf(runtime.getVariable(watch.getProcessInstanceId(), "appealableDecision")));
            Appeal appeal = appeals.register(reference, new NewAppeal(decision,
                    "SIM/" + today.getYear() + "/" + (++registered), today, null));
            notices.add(new HearingNotice(calendar.workingDaysAfter(today, 10), reference, appeal.id(),
                    calendar.workingDaysAfter(today, 100)));
        }
    }

    void hearingDatesSent(LocalDate today) {
        for (Iterator<HearingNotice> it = notices.iterator(); it.hasNext(); ) {
            HearingNotice notice = it.next();
            if (!notice.sentOn().isAfter(today)) {
                it.remove();
                try {
                    appeals.hearingDate(notice.reference(), notice.appealId(), notice.hearing());
                } catch (ConflictException concededOrWithdrawn) {
                    // no hearing for an appeal conceded meanwhile
                }
            }
        }
    }
}

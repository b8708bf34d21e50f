package org.ehcflow.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deadline table: the one record of when each clock started, falls due and how it ended. */
@Repository
public class DeadlineRepository {

    private final JdbcClient jdbc;
    private final DeadlineCounters counters;

    DeadlineRepository(JdbcClient jdbc, DeadlineCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /**
     * A new clock: OPEN, or BREACHED at once when its due date has already passed (an overdue plan brought in, say),
     * found missed today.
     */
    public void open(String caseReference, DeadlineKey key, String processInstanceId, LocalDate start, LocalDate due,
                     LocalDate today) {
        boolean missed = due.isBefore(today) && !key.isFamilysPeriod();
        jdbc.sql("""
                insert into deadline (case_reference, deadline_key, process_instance_id, start_date, due_date, status,
                    breached_on, updated_at)
                values (:caseReference, :key, :processInstanceId, :start, :due, :status, :breachedOn, :now)""")
                .param("caseReference", caseReference)
                .param("key", key.name())
                .param("processInstanceId", processInstanceId)
                .param("start", start)
                .param("due", due)
                .param("status", missed ? "BREACHED" : "OPEN")
                .param("breachedOn", missed ? today : null)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        if (missed) {
            counters.breached(key);
        }
    }

    /** The newest clock of this key that a process instance opened and whose action is not yet done (open or breached). */
    public Optional<Deadline> findCurrent(String processInstanceId, DeadlineKey key) {
        return jdbc.sql("""
                select * from deadline where process_instance_id = :processInstanceId and deadline_key = :key
                and status in ('OPEN', 'BREACHED') and met_on is null order by id desc""")
                .param("processInstanceId", processInstanceId)
                .param("key", key.name())
                .query(DeadlineRepository::map)
                .list().stream().findFirst();
    }

    /** The newest clock of this key for a case, in whichever process instance it was opened. */
    public Optional<Deadline> findLatest(String caseReference, DeadlineKey key) {
        return jdbc.sql("select * from deadline where case_reference = :caseReference and deadline_key = :key order by id desc")
                .param("caseReference", caseReference)
                .param("key", key.name())
                .query(DeadlineRepository::map)
                .list().stream().findFirst();
    }

    public List<Deadline> forCase(String caseReference) {
        return jdbc.sql("select * from deadline where case_reference = :caseReference order by due_date, id")
                .param("caseReference", caseReference)
                .query(DeadlineRepository::map)
                .list();
    }

    /**
     * Done on or before the due date: MET. Done late: BREACHED (whether or not a timer marked it so), with the day it
     * was done; a clock no timer watched is found missed that day, so that every breach is counted by its day.
     */
    public void complete(Deadline deadline, LocalDate on) {
        long id = deadline.id();
        boolean lateNow = jdbc.sql("""
                update deadline set status = 'BREACHED', breached_on = :on
                where id = :id and status = 'OPEN' and due_date < :on""")
                .param("on", on).param("id", id).update() == 1;
        if (lateNow) {
            counters.breached(deadline.key());
        }
        jdbc.sql("""
                update deadline set met_on = :on,
                status = case when status = 'BREACHED' or due_date < :on then 'BREACHED' else 'MET' end,
                breached_on = case when breached_on is null and due_date < :on then :on else breached_on end,
                updated_at = :now where id = :id""")
                .param("on", on).param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    /**
     * A period that is never breached has ended, and what came of it was recorded {@code on}: a family's period (the
     * parent's 15 days to comment, say), or a limit that did not bind the decision taken.
     */
    public void closePeriod(long id, LocalDate on) {
        jdbc.sql("update deadline set met_on = :on, status = 'MET', updated_at = :now where id = :id")
                .param("on", on).param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    /** The clock ran out with its action not done: BREACHED today, counted once whichever finds it first. */
    public void markBreached(Deadline deadline) {
        boolean foundNow = jdbc.sql("""
                        update deadline set status = 'BREACHED', breached_on = :today, updated_at = :now
                        where id = :id and status = 'OPEN'""")
                .param("today", Today.inLondon()).param("now", Timestamp.from(Instant.now())).param("id", deadline.id())
                .update() == 1;
        if (foundNow) {
            counters.breached(deadline.key());
        }
    }

    /** Whether this call is the one that hands the breached clock to the managers: true once per clock. */
    public boolean markEscalated(long id) {
        return jdbc.sql("update deadline set escalated_on = :today, updated_at = :now where id = :id and escalated_on is null")
                .param("today", Today.inLondon()).param("now", Timestamp.from(Instant.now())).param("id", id)
                .update() == 1;
    }

    /** The council's clocks still open after their due date (the keys given are left out), oldest due first. */
    public List<Deadline> openPastDue(LocalDate today, List<String> leftOut, int most) {
        return jdbc.sql("""
                        select * from deadline where status = 'OPEN' and due_date < :today and deadline_key not in (:leftOut)
                        order by due_date, id limit :most""")
                .param("today", today).param("leftOut", leftOut).param("most", most).query(DeadlineRepository::map)
                .list();
    }

    public void waive(long id, LocalDate on) {
        jdbc.sql("update deadline set waived_on = :on, updated_at = :now where id = :id")
                .param("on", on).param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    /** The clock no longer applies: the meeting it counted from was moved, or the plan ceased. */
    public void cancel(long id) {
        jdbc.sql("update deadline set status = 'CANCELLED', updated_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    /** Every clock of the case still running, in every process instance of the case: a withdrawn request, say. */
    public int cancelOpenForCase(String caseReference) {
        return jdbc.sql("""
                update deadline set status = 'CANCELLED', updated_at = :now
                where case_reference = :caseReference and status = 'OPEN'""")
                .param("now", Timestamp.from(Instant.now())).param("caseReference", caseReference)
                .update();
    }

    public int cancelOpenOfProcesses(String caseReference, List<String> processInstanceIds) {
        return jdbc.sql("""
                update deadline set status = 'CANCELLED', updated_at = :now
                where case_reference = :caseReference and status = 'OPEN' and process_instance_id in (:ids)""")
                .param("now", Timestamp.from(Instant.now())).param("caseReference", caseReference)
                .param("ids", processInstanceIds).update();
    }

    public void recordException(long id, Deadline.DeadlineException exception) {
        jdbc.sql("""
                update deadline set exception_reason = :reason, exception_detail = :detail, exception_from = :from,
                exception_to = :to, updated_at = :now where id = :id""")
                .param("reason", exception.reason()).param("detail", exception.detail())
                .param("from", exception.from()).param("to", exception.to())
                .param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    public void recordRecovery(long id, Deadline.Recovery recovery) {
        jdbc.sql("update deadline set recovery_date = :date, breach_reason = :reason, updated_at = :now where id = :id")
                .param("date", recovery.recoveryDate()).param("reason", recovery.reason())
                .param("now", Timestamp.from(Instant.now())).param("id", id)
                .update();
    }

    private static Deadline map(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("exception_reason");
        return new Deadline(rs.getLong("id"), rs.getString("case_reference"),
                DeadlineKey.valueOf(rs.getString("deadline_key")), rs.getString("process_instance_id"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("met_on", LocalDate.class), Deadline.Status.valueOf(rs.getString("status")),
                reason == null ? null : new Deadline.DeadlineException(reason, rs.getString("exception_detail"),
                        rs.getObject("exception_from", LocalDate.class), rs.getObject("exception_to", LocalDate.class)),
                rs.getObject("recovery_date") == null ? null : new Deadline.Recovery(
                        rs.getObject("recovery_date", LocalDate.class), rs.getString("breach_reason")));
    }
}

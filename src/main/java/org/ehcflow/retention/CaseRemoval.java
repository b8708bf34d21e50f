package org.ehcflow.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.access.CaseTables;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.EngineTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes one closed case whose retention has passed, in one transaction: its journeys' engine history (every
 * journey with the case's reference as business key and the journeys they called), every row of every product table
 * that names it, and then records what it removed. The case's row is locked first and the case read again under the
 * lock, so two nodes, or two runs, remove it once.
 */
@Component
class CaseRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRemoval.class);

    record Removal(String reference, LocalDate closedOn, LocalDate keptUntil, Instant removedAt, int journeysRemoved,
                   String rowsRemoved) {
    }

    private final JdbcClient jdbc;
    private final ClosedCases closedCases;
    private final RetentionProperties retention;
    private final HistoryService history;
    private final EngineAsSystem engine;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    CaseRemoval(JdbcClient jdbc, ClosedCases closedCases, RetentionProperties retention,
                HistoryService history, EngineAsSystem engine, ProcessEngineConfigurationImpl engineConfiguration) {
        this.jdbc = jdbc;
        this.closedCases = closedCases;
        this.retention = retention;
        this.history = history;
        this.engine = engine;
        this.engineConfiguration = engineConfiguration;
    }

    /**
     * Removes the case if it is still there, closed and past its retention on {@code today}; what it removed.
     *
     * @param tables the tables holding a case's rows, in removal order ({@link CaseTables#inRemovalOrder()}, read
     *               once for a run)
     */
    @Transactional
    public Optional<Removal> removeIfDue(String reference, LocalDate today, List<String> tables) {
        boolean held = !jdbc.sql("select reference from ehc_case where reference = :reference for update")
                .param("reference", reference).query(String.class).list().isEmpty();
        if (!held) {
            return Optional.empty();
        }
        Optional<ClosedCases.ClosedCase> closed = closedCases.find(reference);
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate keptUntil = retention.keptUntil(closed.get().closedOn(), closed.get().dateOfBirth());
        if (!today.isAfter(keptUntil)) {
            return Optional.empty();
        }
        List<String> journeys = journeysOf(reference);
        if (!journeys.isEmpty()) {
            engine.run(() -> history.deleteHistoricProcessInstancesIfExists(journeys));
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : tables) {
            String column = CaseTables.CASE_TABLE.equals(table) ? "reference" : "case_reference";
            int removed = jdbc.sql("delete from " + table + " where " + column + " = :reference")
                    .param("reference", reference).update();
            if (removed > 0) {
                rows.put(table, removed);
            }
        }
        Removal removal = new Removal(reference, closed.get().closedOn(), keptUntil,
                ClockUtil.getCurrentTime().toInstant(), journeys.size(), inWords(rows));
        record(removal);
        LOG.info("Retention: case {} closed on {} and kept until {} removed with {} journeys ({})", reference,
                removal.closedOn(), keptUntil, journeys.size(), removal.rowsRemoved());
        return Optional.of(removal);
    }

    /** The case's journeys and every journey they called, whatever business key a called one was given. */
    private List<String> journeysOf(String reference) {
        String instances = EngineTables.named(engineConfiguration, "ACT_HI_PROCINST");
        return jdbc.sql("""
                        select ID_ from %1$s where BUSINESS_KEY_ = :reference
                        union
                        select ID_ from %1$s where ROOT_PROC_INST_ID_ in (select ID_ from %1$s where BUSINESS_KEY_ = :reference)"""
                        .formatted(instances))
                .param("reference", reference).query(String.class).list();
    }

    private void record(Removal removal) {
        jdbc.sql("""
                        insert into retention_record (reference, closed_on, kept_until, removed_at, journeys_removed, rows_removed)
                        values (:reference, :closedOn, :keptUntil, :removedAt, :journeys, :rows)""")
                .param("reference", removal.reference())
                .param("closedOn", removal.closedOn())
                .param("keptUntil", removal.keptUntil())
                .param("removedAt", Timestamp.from(removal.removedAt()))
                .param("journeys", removal.journeysRemoved())
                .param("rows", removal.rowsRemoved())
                .update();
    }

    private static String inWords(Map<String, Integer> rows) {
        return rows.entrySet().stream().map(row -> row.getKey() + " " + row.getValue())
                .collect(Collectors.joining(", "));
    }
}

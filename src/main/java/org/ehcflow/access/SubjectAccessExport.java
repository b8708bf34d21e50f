package org.ehcflow.access;

import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.NotFoundException;
import org.ehcflow.timeline.CaseTimeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything EHC Flow holds about a child's case, for a subject access request (UK GDPR Art. 15): every row of every
 * product table that names the case (found from the database's own catalogue, so a table added later is in the
 * export without a change here), the case's timeline, and each journey of the case with the values recorded in it.
 */
@Component
public class SubjectAccessExport {

    private final JdbcClient jdbc;
    private final CaseTables caseTables;
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final HistoryService history;
    private final EngineAsSystem engine;

    SubjectAccessExport(JdbcClient jdbc, CaseTables caseTables, CaseRepository cases, CaseTimeline timeline, HistoryService history,
                        EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.caseTables = caseTables;
        this.cases = cases;
        this.timeline = timeline;
        this.history = history;
        this.engine = engine;
    }

    public record Journey(String processInstanceId, String journey, Instant started, Instant ended,
                          Map<String, Object> values) {
    }

    public record Document(String reference, Instant exportedAt, Map<String, List<Map<String, Object>>> tables,
                           List<?> timeline, List<Journey> journeys) {
    }

    @Transactional(readOnly = true)
    public Document of(String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        tables.put(CaseTables.CASE_TABLE, rows("select * from " + CaseTables.CASE_TABLE + " where reference = :reference", reference));
        for (String table : caseTables.namingACase()) {
            tables.put(table, rows("select * from " + table + " where case_reference = :reference", reference));
        }
        return new Document(reference, Instant.now(), tables, timeline.of(reference), journeys(reference));
    }

    private List<Map<String, Object>> rows(String sql, String reference) {
        return jdbc.sql(sql).param("reference", reference).query((rs, row) -> {
            ResultSetMetaData columns = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                values.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(value));
            }
            return values;
        }).list();
    }

    /** Dates and times as ISO text, numbers and text as they are: a document anyone can read without the database. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString();
    }

    /** The case's journeys and their values: two queries, however many journeys the case has had. */
    private List<Journey> journeys(String reference) {
        return engine.call(() -> {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().asc().list();
            if (instances.isEmpty()) {
                return List.of();
            }
            Map<String, Map<String, Object>> values = new HashMap<>();
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .disableCustomObjectDeserialization().list()) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new TreeMap<>())
                        .put(variable.getName(), plain(variable.getValue()));
            }
            return instances.stream().map(instance -> new Journey(instance.getId(), instance.getProcessDefinitionKey(),
                    instance.getStartTime().toInstant(),
                    instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                    values.getOrDefault(instance.getId(), Map.of()))).toList();
        });
    }
}

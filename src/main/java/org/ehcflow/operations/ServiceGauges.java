package org.ehcflow.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.DeadlineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The council's figures as gauges: clocks not yet done by key and status, cases by stage, the job executor's
 * backlog and the age of its oldest due job, failed jobs and open incidents. Read by a few grouped queries every
 * {@code ehcflow.operations.figures-every} (30 seconds), never per case and never per scrape; each node reads the
 * same database, so a cluster's figure is any one node's. Counts only: no name, reference or date of a child.
 */
@Component
class ServiceGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceGauges.class);
    private static final List<String> NOT_DONE = List.of("OPEN", "BREACHED");

    private final JdbcClient jdbc;
    private final EngineWork engineWork;
    private volatile ServiceFigures figures = ServiceFigures.NONE_YET;

    ServiceGauges(DataSource dataSource, EngineWork engineWork) {
        this.jdbc = JdbcClient.create(OperationsQueries.template(dataSource));
        this.engineWork = engineWork;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DeadlineKey key : DeadlineKey.values()) {
            for (String status : NOT_DONE) {
                gauge("ehcflow.deadlines.open", "Statutory clocks whose action is not yet done: OPEN (not yet"
                        + " due) or BREACHED (missed)", f -> f.clocks(key.name(), status))
                        .tag("key", key.name()).tag("status", status).register(registry);
            }
        }
        for (CaseStage stage : CaseStage.values()) {
            gauge("ehcflow.cases", "Cases by stage", f -> f.cases(stage.name())).tag("stage", stage.name())
                    .register(registry);
        }
        gauge("ehcflow.jobs.due", "Jobs due and waiting for the job executor", f -> f.jobsDue().jobs())
                .register(registry);
        gauge("ehcflow.jobs.oldest.due.age", "How long the oldest due job has waited",
                f -> f.jobsDue().oldestWaited().toMillis() / 1000.0).baseUnit("seconds").register(registry);
        gauge("ehcflow.jobs.failed", "Jobs whose retries ran out", ServiceFigures::failedJobs).register(registry);
        gauge("ehcflow.incidents.open", "Open incidents (Cockpit)", ServiceFigures::openIncidents).register(registry);
    }

    private Gauge.Builder<ServiceGauges> gauge(String name, String description, ToDoubleFunction<ServiceFigures> value) {
        return Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.figures)).description(description);
    }

    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "${ehcflow.operations.figures-every:PT30S}")
    void refresh() {
        try {
            figures = read();
        } catch (DataAccessException e) {
            LOG.warn("The service's figures could not be read; the gauges keep the last: {}", e.getMessage());
        }
    }

    private ServiceFigures read() {
        Map<String, Long> clocks = new HashMap<>();
        jdbc.sql("""
                        select deadline_key, status, count(*) from deadline
                        where status in ('OPEN', 'BREACHED') and met_on is null group by deadline_key, status""")
                .query(rs -> {
                    clocks.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        Map<String, Long> stages = new HashMap<>();
        jdbc.sql("select stage, count(*) from ehc_case group by stage")
                .query(rs -> {
                    stages.put(rs.getString(1), rs.getLong(2));
                });
        return new ServiceFigures(clocks, stages, engineWork.due(), engineWork.failedJobs(), engineWork.openIncidents());
    }
}

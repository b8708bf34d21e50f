package org.ehcflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * How many timers the engine's history shows fired in a PostgreSQL schema, and how many of them fired more than
 * once in one journey (a timer with a fixed date fires once, whichever node runs it).
 */
record TimerFirings(long fired, long firedTwice) {

    private static final String TIMERS = "act_type_ in ('intermediateTimer', 'boundaryTimer', 'startTimerEvent')"
            + " and end_time_ is not null";

    static TimerFirings in(String url, String schema) throws Exception {
        try (Connection connection = BenchmarkSchema.connect(url); Statement statement = connection.createStatement()) {
            long fired = single(statement, "select count(*) from " + schema + ".act_hi_actinst where " + TIMERS);
            long twice = single(statement, "select count(*) from (select proc_inst_id_, act_id_ from " + schema
                    + ".act_hi_actinst where " + TIMERS + " group by proc_inst_id_, act_id_ having count(*) > 1) repeated");
            return new TimerFirings(fired, twice);
        }
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

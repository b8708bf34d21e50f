package org.ehcflow.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CapRepository {

    private final JdbcClient jdbc;

    CapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> all() {
        Map<String, Integer> caps = new HashMap<>();
        jdbc.sql("select officer, max_open_cases from officer_cap")
                .query((rs, row) -> caps.put(rs.getString(1), rs.getInt(2))).list();
        return caps;
    }

    /** The officer's own cap, or none ({@code null}: the team's default applies). */
    void set(String officer, Integer maxOpenCases, String by) {
        jdbc.sql("delete from officer_cap where officer = :officer").param("officer", officer).update();
        if (maxOpenCases != null) {
            jdbc.sql("insert into officer_cap (officer, max_open_cases, set_by, set_at) values (:officer, :max, :by, :at)")
                    .param("officer", officer).param("max", maxOpenCases).param("by", by)
                    .param("at", Timestamp.from(Instant.now())).update();
        }
    }
}

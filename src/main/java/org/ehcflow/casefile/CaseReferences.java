package org.ehcflow.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Issues case references, EHC-2026-00042: the year of registration and a number never issued before. */
@Component
public class CaseReferences {

    private final JdbcClient jdbc;

    CaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(LocalDate registeredOn) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into case_number (issued_at) values (:now)")
                .param("now", Timestamp.from(Instant.now()))
                .update(key, "number");
        return "EHC-%d-%05d".formatted(registeredOn.getYear(), key.getKey().longValue());
    }
}

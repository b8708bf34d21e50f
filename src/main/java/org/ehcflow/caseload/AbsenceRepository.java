package org.ehcflow.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AbsenceRepository {

    private final JdbcClient jdbc;

    AbsenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String officer, Absence.New absence, String recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into officer_absence (officer, from_date, to_date, reason, recorded_by, recorded_at)
                values (:officer, :from, :to, :reason, :by, :at)""")
                .param("officer", officer).param("from", absence.from()).param("to", absence.to())
                .param("reason", absence.reason().strip()).param("by", recordedBy).param("at", Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The officers away on {@code day}. */
    public Set<String> awayOn(LocalDate day) {
        return new HashSet<>(jdbc.sql("select distinct officer from officer_absence where :day between from_date and to_date")
                .param("day", day).query(String.class).list());
    }

    /** The officer's absences that have not ended before {@code day}, soonest first. */
    List<Absence> currentAndComing(String officer, LocalDate day) {
        return jdbc.sql("""
                select id, officer, from_date, to_date, reason from officer_absence
                where officer = :officer and to_date >= :day order by from_date, id""")
                .param("officer", officer).param("day", day)
                .query((rs, row) -> new Absence(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }
}

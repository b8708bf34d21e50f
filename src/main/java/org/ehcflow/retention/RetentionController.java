package org.ehcflow.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the retention keeps and what it has removed, for the council's information-governance officer. */
@Tag(name = ApiTags.INFORMATION_GOVERNANCE)
@RestController
class RetentionController {

    private static final int MOST_SHOWN = 1_000;

    record Removed(String reference, LocalDate closedOn, LocalDate keptUntil, Instant removedAt, int journeysRemoved,
                   String rowsRemoved) {
    }

    record Policy(int closedCaseYears, int keepUntilAge, List<Removed> removed) {
    }

    private final RetentionProperties retention;
    private final JdbcClient jdbc;

    RetentionController(RetentionProperties retention, JdbcClient jdbc) {
        this.retention = retention;
        this.jdbc = jdbc;
    }

    @Operation(summary = "The retention of closed cases and the cases it removed", description = """
            `closedCaseYears` and `keepUntilAge` (`ehcflow.retention`): a closed case (a closed stage, no journey
            running) is kept for `closedCaseYears` after its last journey ended and until the child is
            `keepUntilAge` plus `closedCaseYears` years old, then removed each night with its journeys' history.
            `removed`, newest first (1000): each removed case's `reference`, `closedOn`, `keptUntil`, `removedAt`,
            `journeysRemoved` and `rowsRemoved` (table and count). Nothing else about the child is kept.
            Administrators only""")
    @ApiAnswers(200)
    @GetMapping("/api/retention")
    Policy policy() {
        List<Removed> removed = jdbc.sql("""
                        select reference, closed_on, kept_until, removed_at, journeys_removed, rows_removed
                        from retention_record order by removed_at desc, id desc limit :most""")
                .param("most", MOST_SHOWN)
                .query((rs, row) -> new Removed(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getString(6)))
                .list();
        return new Policy(retention.closedCaseYears(), retention.keepUntilAge(), removed);
    }
}

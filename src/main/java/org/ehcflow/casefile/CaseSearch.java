package org.ehcflow.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.system.ControlCharacters;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.PlausibleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds cases for a person answering a call or a letter: by reference, UPN, part of the child's, parent's or school's
 * name (any case, any accents, the words in any order), or the child's date of birth (dd/mm/yyyy or YYYY-MM-DD);
 * narrowed by stage, named officer and a council deadline due before a day. Newest first, a page at a time, in one
 * indexed query and one count, whatever the number of cases.
 */
@Service
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_WORDS = 8;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public record Criteria(String q, String stage, String officer, LocalDate dueBefore, int page, int size) {
    }

    public record Found(String reference, String childName, LocalDate dateOfBirth, String upn, String parentName,
                        String schoolName, String stage, String stageInWords, String caseOfficer, NextDeadline nextDeadline) {
    }

    public record NextDeadline(String key, LocalDate dueDate, String requirement) {
    }

    public record Page(List<Found> items, int page, int size, long total) {
    }

    private final JdbcClient jdbc;

    CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(Criteria criteria) {
        Where where = where(checked(criteria));
        long total = where.bind(jdbc.sql("select count(*) from ehc_case c where " + where.sql)).query(Long.class).single();
        List<Found> items = where.bind(jdbc.sql("""
                        select c.reference, c.child_given_name, c.child_family_name, c.child_date_of_birth, c.child_upn,
                               c.parent_name, c.school_name, c.stage, c.case_officer, nd.deadline_key, nd.due_date
                        from ehc_case c
                        left join deadline nd on nd.id = (
                            select d.id from deadline d
                            where d.case_reference = c.reference and d.status = 'OPEN' and d.deadline_key not in (:familyKeys)
                            order by d.due_date, d.id fetch first 1 rows only)
                        where %s
                        order by c.created_at desc, c.reference desc
                        offset :offset rows fetch next :size rows only""".formatted(where.sql)))
                .param("familyKeys", FAMILY_KEYS)
                .param("offset", (long) criteria.page() * criteria.size())
                .param("size", criteria.size())
                .query((rs, n) -> {
                    String key = rs.getString("deadline_key");
                    return new Found(rs.getString("reference"),
                            rs.getString("child_given_name") + " " + rs.getString("child_family_name"),
                            rs.getObject("child_date_of_birth", LocalDate.class), rs.getString("child_upn"),
                            rs.getString("parent_name"), rs.getString("school_name"), rs.getString("stage"),
                            CaseStage.inWords(rs.getString("stage")), rs.getString("case_officer"),
                            key == null ? null : new NextDeadline(key, rs.getObject("due_date", LocalDate.class),
                                    DeadlineKey.valueOf(key).requirement()));
                })
                .list();
        return new Page(items, criteria.page(), criteria.size(), total);
    }

    private static final List<String> FAMILY_KEYS = DeadlineKey.familysPeriodNames();

    private static Criteria checked(Criteria criteria) {
        if (criteria.page() < 0) {
            throw new InvalidFieldException("page", "page counts from 0");
        }
        if (criteria.size() < 1 || criteria.size() > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("size", "size must be from 1 to " + MAX_PAGE_SIZE);
        }
        if (criteria.q() != null && criteria.q().length() > MAX_QUERY_LENGTH) {
            throw new InvalidFieldException("q", "q may be at most " + MAX_QUERY_LENGTH + " characters");
        }
        ControlCharacters.refuse("q", criteria.q(), "officer", criteria.officer());
        if (criteria.stage() != null && Arrays.stream(CaseStage.values()).noneMatch(s -> s.name().equals(criteria.stage()))) {
            throw new InvalidFieldException("stage", "stage must be one of " + Arrays.toString(CaseStage.values()));
        }
        if (criteria.dueBefore() != null) {
            PlausibleDates.clockStart("dueBefore", criteria.dueBefore());
        }
        return criteria;
    }

    /** The search's conditions and their values, written once for the count and the page. */
    private record Where(String sql, List<Object[]> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            for (Object[] param : params) {
                statement = statement.param((String) param[0], param[1]);
            }
            return statement;
        }
    }

    private static Where where(Criteria criteria) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        List<Object[]> params = new ArrayList<>();
        String q = criteria.q() == null ? "" : criteria.q().strip();
        Optional<LocalDate> born = dateOf(q);
        if (born.isPresent()) {
            conditions.add("c.child_date_of_birth = :born");
            params.add(new Object[] {"born", born.get()});
        } else if (!q.isEmpty()) {
            String[] words = CaseSearchText.fold(q).split(" ");
            for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
                conditions.add("c.search_text like :word" + i + " escape '\\'");
                params.add(new Object[] {"word" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"});
            }
        }
        if (criteria.stage() != null) {
            conditions.add("c.stage = :stage");
            params.add(new Object[] {"stage", criteria.stage()});
        }
        if (criteria.officer() != null && !criteria.officer().isBlank()) {
            conditions.add("c.case_officer = :officer");
            params.add(new Object[] {"officer", criteria.officer().strip()});
        }
        if (criteria.dueBefore() != null) {
            conditions.add("""
                    exists (select 1 from deadline d where d.case_reference = c.reference and d.status = 'OPEN'
                            and d.due_date < :dueBefore and d.deadline_key not in (:familyKeys))""");
            params.add(new Object[] {"dueBefore", criteria.dueBefore()});
            params.add(new Object[] {"familyKeys", FAMILY_KEYS});
        }
        return new Where(String.join(" and ", conditions), params);
    }

    /** The child's date of birth, if the whole query is a date written the English way or as YYYY-MM-DD. */
    private static Optional<LocalDate> dateOf(String q) {
        for (DateTimeFormatter format : List.of(UK_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(q, format));
            } catch (DateTimeParseException e) {
                // not this way of writing a date
            }
        }
        return Optional.empty();
    }
}

package org.ehcflow.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product's tables that hold a case's rows, read from the database's own catalogue so that a table added later
 * is exported and removed with the case without a change here: {@code ehc_case} names the case by
 * {@code reference}, every other table by a {@code case_reference} column.
 */
@Component
public class CaseTables {

    public static final String CASE_TABLE = "ehc_case";

    private final JdbcClient jdbc;

    CaseTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables with a case_reference column (lower case, without the engine's). */
    public List<String> namingACase() {
        return jdbc.sql("""
                        select distinct lower(table_name) from information_schema.columns
                        where lower(column_name) = 'case_reference' and lower(table_schema) = lower(current_schema())
                        order by 1""")
                .query(String.class).list().stream().filter(table -> !table.startsWith("act_")).toList();
    }

    /** Every table holding a case's rows, each before the tables its foreign keys refer to, the case table last. */
    public List<String> inRemovalOrder() {
        Set<String> left = new LinkedHashSet<>(namingACase());
        left.add(CASE_TABLE);
        Map<String, Set<String>> referredTo = foreignKeys();
        List<String> order = new ArrayList<>();
        while (!left.isEmpty()) {
            String next = left.stream()
                    .filter(table -> left.stream().noneMatch(other -> referredTo.getOrDefault(other, Set.of()).contains(table)
                            && !other.equals(table)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The case's tables refer to one another in a cycle: " + left));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    /** Each table of this schema with the tables its foreign keys refer to. */
    private Map<String, Set<String>> foreignKeys() {
        return jdbc.sql("""
                        select lower(referencing.table_name), lower(referenced.table_name)
                        from information_schema.referential_constraints rc
                        join information_schema.table_constraints referencing
                          on referencing.constraint_schema = rc.constraint_schema
                         and referencing.constraint_name = rc.constraint_name
                        join information_schema.table_constraints referenced
                          on referenced.constraint_schema = rc.unique_constraint_schema
                         and referenced.constraint_name = rc.unique_constraint_name
                        where lower(referencing.table_schema) = lower(current_schema())""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }
}

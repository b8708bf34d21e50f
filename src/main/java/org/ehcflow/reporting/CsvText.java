package org.ehcflow.reporting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows written as CSV (RFC 4180) that a spreadsheet opens as data: every value quoted when it holds a comma, quote or
 * line break, and a value a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) prefixed with
 * an apostrophe, so a child's or school's name is never executed on a manager's computer.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> values) {
        return values.stream().map(CsvText::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package org.ehcflow.pages;

import java.util.List;

import org.ehcflow.reporting.CsvText;

/**
 * A table of the /reports dashboard, as the page shows it and as its CSV download gives it: the same cells, so the
 * two cannot differ. A cell that counts cases links to them.
 */
record ReportTable(String id, String caption, List<String> headings, List<List<Cell>> rows) {

    /** One cell: its text, the cases behind it ({@code href}, or none), and whether it is a number. */
    record Cell(String text, String href, boolean numeric) {

        static Cell text(String text) {
            return new Cell(text, null, false);
        }

        static Cell number(Object number, String href) {
            return new Cell(number == null ? "" : number.toString(), href, true);
        }

        static Cell percent(java.math.BigDecimal percent) {
            return new Cell(percent == null ? "No figure" : percent.toPlainString() + "%", null, true);
        }
    }

    String csv() {
        return CsvText.of(headings, rows.stream().map(row -> row.stream().map(Cell::text).toList()).toList());
    }
}

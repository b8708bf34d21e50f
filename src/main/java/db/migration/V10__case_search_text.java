package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.ehcflow.casefile.CaseSearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the search text of the cases held before case search existed (V9), as new cases get theirs. */
public class V10__case_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("""
                     select reference, child_upn, child_given_name, child_family_name, parent_name, school_name
                     from ehc_case where search_text is null""");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "update ehc_case set search_text = ? where reference = ?")) {
            int batched = 0;
            while (rows.next()) {
                update.setString(1, CaseSearchText.of(rows.getString("reference"), rows.getString("child_upn"),
                        rows.getString("child_given_name") + " " + rows.getString("child_family_name"),
                        rows.getString("parent_name"), rows.getString("school_name")));
                update.setString(2, rows.getString("reference"));
                update.addBatch();
                if (++batched % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}

package org.ehcflow.review;

import static org.ehcflow.review.PlanImportColumns.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ehcflow.system.ControlCharacters;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.Sen2Details;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.casefile.NextTransfer;
import org.ehcflow.deadline.PhaseTransfer;
import org.ehcflow.system.InvalidRowsException.RowError;

/** One row of the existing-plans CSV, read and checked on its own: the case's details and its plan. */
record PlanImportRow(int line, String reference, CaseRecord.Child child, CaseRecord.Parent parent, CaseRecord.School school,
                     ExistingPlan plan, String officer, Sen2Details sen2) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private static final Pattern UPN_FORMAT = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URN = Pattern.compile("[0-9]{6,7}");

    /** The row, or its faults added to {@code errors} (and null returned). */
    static PlanImportRow read(int line, Map<String, String> values, LocalDate today, List<RowError> errors) {
        Reader r = new Reader(line, values, errors);
        String reference = r.text(CASE_REFERENCE, 32, REFERENCE);
        String givenName = r.required(GIVEN_NAME, 100);
        String familyName = r.required(FAMILY_NAME, 100);
        LocalDate dateOfBirth = r.date(DATE_OF_BIRTH);
        if (dateOfBirth == null && r.isBlank(DATE_OF_BIRTH)) {
            r.fault(DATE_OF_BIRTH, DATE_OF_BIRTH + " is required");
        } else if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            r.fault(DATE_OF_BIRTH, DATE_OF_BIRTH + " " + dateOfBirth + " is in the future");
        }
        String upn = r.text(UPN, 13, UPN_FORMAT);
        String parentName = r.required(PARENT_NAME, 200);
        String parentEmail = r.text(PARENT_EMAIL, 320, EMAIL);
        String parentPhone = r.text(PARENT_PHONE, 40, null);
        String schoolName = r.text(SCHOOL_NAME, 200, null);
        String schoolUrn = r.text(SCHOOL_URN, 7, URN);
        String schoolEmail = r.text(SCHOOL_EMAIL, 320, EMAIL);
        LocalDate planIssued = r.date(PLAN_ISSUED);
        LocalDate lastReview = r.date(LAST_REVIEW_MEETING);
        LocalDate transferDate = r.date(NEXT_TRANSFER_DATE);
        PhaseTransfer transferKind = r.transferKind();
        String officer = r.text(CASE_OFFICER, 64, null);
        NextTransfer transfer = transferDate == null && transferKind == null ? null : new NextTransfer(transferDate, transferKind);
        ExistingPlan plan = new ExistingPlan(planIssued, lastReview, transfer);
        if (!r.faulty(PLAN_ISSUED, LAST_REVIEW_MEETING, NEXT_TRANSFER_DATE, NEXT_TRANSFER_KIND)) {
            plan.problems(dateOfBirth, today, PLAN_FIELDS).forEach(problem -> r.fault(problem.field(), problem.detail()));
        }
        Sen2Details sen2 = r.sen2Details();
        if (r.hasFaults()) {
            return null;
        }
        return new PlanImportRow(line, reference, new CaseRecord.Child(givenName, familyName, dateOfBirth, upn),
                new CaseRecord.Parent(parentName, parentEmail, parentPhone),
                new CaseRecord.School(schoolName, schoolUrn, schoolEmail), plan, officer, sen2);
    }

    /** Reads the values of one row, noting each fault against its column. */
    private static final class Reader {
        private final int line;
        private final Map<String, String> values;
        private final List<RowError> errors;
        private final List<String> faultyColumns = new ArrayList<>();

        Reader(int line, Map<String, String> values, List<RowError> errors) {
            this.line = line;
            this.values = values;
            this.errors = errors;
        }

        boolean isBlank(String column) {
            String value = values.get(column);
            return value == null || value.isBlank();
        }

        String text(String column, int maxLength, Pattern format) {
            if (isBlank(column)) {
                return null;
            }
            String value = values.get(column).strip();
            if (ControlCharacters.in(value)) {
                fault(column, ControlCharacters.refusal(column));
            } else if (value.length() > maxLength) {
                fault(column, column + " is longer than " + maxLength + " characters");
            } else if (format != null && !format.matcher(value).matches()) {
                fault(column, column + " '" + value + "' is not in the expected form" + (column.equals(CASE_REFERENCE)
                        ? ": letters, digits and hyphens, so that it can be read back as /api/cases/{reference}" : ""));
            }
            return value;
        }

        String required(String column, int maxLength) {
            if (isBlank(column)) {
                fault(column, column + " is required");
                return null;
            }
            return text(column, maxLength, null);
        }

        LocalDate date(String column) {
            if (isBlank(column)) {
                return null;
            }
            try {
                return LocalDate.parse(values.get(column).strip());
            } catch (DateTimeParseException e) {
                fault(column, column + " '" + values.get(column).strip() + "' is not a date written YYYY-MM-DD");
                return null;
            }
        }

        /** The SEN2 columns, checked as the API checks them; null (and a fault against the column) if one is not a DfE code. */
        Sen2Details sen2Details() {
            // an imported plan has no request in EHC Flow, so no request source
            Sen2Details given = new Sen2Details(text(SEX, 20, null), text(ETHNICITY, 20, null), text(POSTCODE, 20, null),
                    text(ULN, 20, null), text(UPN_UNKNOWN, 20, null), text(PRIMARY_NEED, 20, null),
                    text(SETTING_TYPE, 20, null), text(SCHOOL_UKPRN, 20, null), null);
            if (faulty(SEX, ETHNICITY, POSTCODE, ULN, UPN_UNKNOWN, PRIMARY_NEED, SETTING_TYPE, SCHOOL_UKPRN)) {
                return null;
            }
            try {
                return given.checked("");
            } catch (InvalidFieldException e) {
                String column = PlanImportColumns.SEN2_COLUMNS.getOrDefault(e.field(), e.field());
                fault(column, e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(e.field()), column));
                return null;
            }
        }

        PhaseTransfer transferKind() {
            if (isBlank(NEXT_TRANSFER_KIND)) {
                return null;
            }
            String value = values.get(NEXT_TRANSFER_KIND).strip();
            try {
                return PhaseTransfer.valueOf(value);
            } catch (IllegalArgumentException e) {
                fault(NEXT_TRANSFER_KIND, NEXT_TRANSFER_KIND + " '" + value
                        + "' must be OTHER, SECONDARY_TO_POST16 or POST16_TO_POST16");
                return null;
            }
        }

        void fault(String column, String detail) {
            faultyColumns.add(column);
            errors.add(new RowError(line, column, detail));
        }

        boolean faulty(String... columns) {
            return List.of(columns).stream().anyMatch(faultyColumns::contains);
        }

        boolean hasFaults() {
            return !faultyColumns.isEmpty();
        }
    }
}

package org.ehcflow.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ehcflow.deadline.PhaseTransfer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case table. SEN2 fields are written by the journeys as the case moves on. */
@Repository
public class CaseRepository {

    private static final List<String> ASSESSMENT_STAGES = List.of(CaseStage.CONSIDERING_REQUEST.name(),
            CaseStage.ASSESSING.name(), CaseStage.DRAFTING_PLAN.name(), CaseStage.FINALISING_PLAN.name());

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    CaseRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    private static final String INSERT = """
            insert into ehc_case (reference, child_given_name, child_family_name, child_date_of_birth, child_upn,
                parent_name, parent_email, parent_phone, school_name, school_urn, school_email,
                case_officer, stage, request_received, requester_type, created_at, search_text)
            values (:reference, :givenName, :familyName, :dateOfBirth, :upn, :parentName, :parentEmail, :parentPhone,
                :schoolName, :schoolUrn, :schoolEmail, :officer, :stage, :received, :requester, :createdAt, :searchText)""";

    public void insert(CaseRecord c) {
        jdbc.sql(INSERT).paramSource(insertParameters(c)).update();
    }

    /** New cases in one batch of inserts (a batch of imported plans): one round trip to the database, not one each. */
    public void insertAll(List<CaseRecord> newCases) {
        batches.batchUpdate(INSERT, newCases.stream().map(CaseRepository::insertParameters).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource insertParameters(CaseRecord c) {
        return new MapSqlParameterSource()
                .addValue("reference", c.reference())
                .addValue("givenName", c.child().givenName())
                .addValue("familyName", c.child().familyName())
                .addValue("dateOfBirth", c.child().dateOfBirth())
                .addValue("upn", c.child().upn())
                .addValue("parentName", c.parent() == null ? null : c.parent().name())
                .addValue("parentEmail", c.parent() == null ? null : c.parent().email())
                .addValue("parentPhone", c.parent() == null ? null : c.parent().phone())
                .addValue("schoolName", c.school() == null ? null : c.school().name())
                .addValue("schoolUrn", c.school() == null ? null : c.school().urn())
                .addValue("schoolEmail", c.school() == null ? null : c.school().email())
                .addValue("officer", c.caseOfficer())
                .addValue("stage", c.stage())
                .addValue("received", c.requestReceived())
                .addValue("requester", c.requester() == null ? null : c.requester().name())
                .addValue("createdAt", Timestamp.from(c.createdAt()))
                .addValue("searchText", CaseSearchText.of(c.reference(), c.child().upn(), c.child().fullName(),
                        c.parent() == null ? null : c.parent().name(),
                        c.school() == null ? null : c.school().name()));
    }

    /** The SEN2 return's details about the child, replacing those held. */
    public void recordSen2Details(String reference, Sen2Details details) {
        jdbc.sql("""
                update ehc_case set child_sex = :sex, child_ethnicity = :ethnicity, child_postcode = :postcode,
                child_uln = :uln, upn_unknown = :upnUnknown, primary_need = :primaryNeed, setting_type = :settingType,
                school_ukprn = :ukprn, request_source = :requestSource where reference = :reference""")
                .param("sex", details.sex()).param("ethnicity", details.ethnicity()).param("postcode", details.postcode())
                .param("uln", details.uln()).param("upnUnknown", details.upnUnknown())
                .param("primaryNeed", details.primaryNeed()).param("settingType", details.settingType())
                .param("ukprn", details.ukprn())
                .param("requestSource", details.requestSource() == null ? null : details.requestSource().name())
                .param("reference", reference).update();
    }

    /**
     * The details given, keeping those held where none is given (an import row that leaves a column empty), for many
     * cases (a batch of imported plans) in one batch of updates.
     */
    public void completeSen2Details(Map<String, Sen2Details> detailsByCase) {
        batches.batchUpdate("""
                update ehc_case set child_sex = coalesce(:sex, child_sex), child_ethnicity = coalesce(:ethnicity, child_ethnicity),
                child_postcode = coalesce(:postcode, child_postcode), child_uln = coalesce(:uln, child_uln),
                upn_unknown = coalesce(:upnUnknown, upn_unknown), primary_need = coalesce(:primaryNeed, primary_need),
                setting_type = coalesce(:settingType, setting_type), school_ukprn = coalesce(:ukprn, school_ukprn)
                where reference = :reference""", detailsByCase.entrySet().stream().map(entry -> {
                    Sen2Details details = entry.getValue();
                    return new MapSqlParameterSource()
                            .addValue("sex", details.sex()).addValue("ethnicity", details.ethnicity())
                            .addValue("postcode", details.postcode()).addValue("uln", details.uln())
                            .addValue("upnUnknown", details.upnUnknown()).addValue("primaryNeed", details.primaryNeed())
                            .addValue("settingType", details.settingType()).addValue("ukprn", details.ukprn())
                            .addValue("reference", entry.getKey());
                }).toArray(SqlParameterSource[]::new));
    }

    public Sen2Details sen2Details(String reference) {
        return jdbc.sql("""
                select child_sex, child_ethnicity, child_postcode, child_uln, upn_unknown, primary_need, setting_type,
                school_ukprn, request_source from ehc_case where reference = :reference""")
                .param("reference", reference)
                .query((rs, row) -> new Sen2Details(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9) == null ? null : Sen2Details.RequestSource.valueOf(rs.getString(9))))
                .optional().orElseThrow(() -> new org.ehcflow.system.NotFoundException("No case " + reference));
    }

    public Optional<CaseRecord> find(String reference) {
        return jdbc.sql("select * from ehc_case where reference = :reference")
                .param("reference", reference)
                .query(CaseRepository::map)
                .optional();
    }

    /** The cases held under any of these references (a batch of import rows), by reference: one query. */
    public Map<String, CaseRecord> findAll(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, CaseRecord> found = new HashMap<>();
        jdbc.sql("select * from ehc_case where reference in (:references)").param("references", references)
                .query(CaseRepository::map).list().forEach(c -> found.put(c.reference(), c));
        return found;
    }

    /** Those of these references whose case holds an issued plan: one query. */
    public Set<String> withIssuedPlans(Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select reference from ehc_case where plan_issue_date is not null and reference in (:references)")
                .param("references", references).query(String.class).list());
    }

    /**
     * The case passes from {@code from} (none: the unassigned queue) to {@code to}, if {@code from} still holds it.
     * The condition is the update's own, so it is judged on the case as committed, whatever was read before.
     *
     * @return false when someone else moved the case meanwhile, and nothing changed
     */
    /** Names the officer of a case that has none yet (a registration's, inside its transaction). */
    public void nameOfficer(String reference, String officer) {
        jdbc.sql("update ehc_case set case_officer = :officer where reference = :reference and case_officer is null")
                .param("officer", officer).param("reference", reference).update();
    }

    public boolean moveOfficer(String reference, String from, String to) {
        String stillHeld = from == null ? "case_officer is null" : "case_officer = :from";
        return jdbc.sql("update ehc_case set case_officer = :to where reference = :reference and " + stillHeld)
                .param("to", to).param("reference", reference).param("from", from).update() == 1;
    }

    public void moveTo(String reference, CaseStage stage) {
        jdbc.sql("update ehc_case set stage = :stage where reference = :reference")
                .param("stage", stage.name()).param("reference", reference).update();
    }

    /** SEN2: the decision on the request (ASSESS, NOT_ASSESS or WITHDRAWN) and its date. */
    public void recordRequestDecision(String reference, String decision, LocalDate on) {
        jdbc.sql("update ehc_case set request_decision = :decision, request_decision_date = :on where reference = :reference")
                .param("decision", decision).param("on", on).param("reference", reference).update();
    }

    public void recordWithdrawalIfUndecided(String reference, LocalDate on) {
        jdbc.sql("""
                update ehc_case set request_decision = 'WITHDRAWN', request_decision_date = :on
                where reference = :reference and request_decision is null""")
                .param("on", on).param("reference", reference).update();
    }

    /** SEN2: the outcome of the assessment (ISSUE or NOT_ISSUE) and its date. */
    public void recordAssessmentOutcome(String reference, String outcome, LocalDate on) {
        jdbc.sql("update ehc_case set assessment_outcome = :outcome, assessment_outcome_date = :on where reference = :reference")
                .param("outcome", outcome).param("on", on).param("reference", reference).update();
    }

    public void recordPlanIssued(String reference, LocalDate on, String namedSetting) {
        jdbc.sql("update ehc_case set plan_issue_date = :on, plan_named_setting = :setting where reference = :reference")
                .param("on", on).param("setting", namedSetting).param("reference", reference).update();
    }

    /** SEN2: an exception under reg 10(4) applied to the 20-week limit. */
    public void flagTwentyWeekException(String reference) {
        jdbc.sql("update ehc_case set exception_20_week = true where reference = :reference")
                .param("reference", reference).update();
    }

    /** Cases in an open stage, per officer; officers with none are absent. */
    public Map<String, Integer> openCasesPerOfficer() {
        return openCasesPerOfficer(null);
    }

    /** {@code officer} {@code null}: every officer's count; otherwise only that officer's. */
    public Map<String, Integer> openCasesPerOfficer(String officer) {
        List<String> openStages = Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen).map(Enum::name).toList();
        Map<String, Integer> counts = new HashMap<>();
        var query = jdbc.sql("""
                select case_officer, count(*) from ehc_case where stage in (:stages) and %s
                group by case_officer""".formatted(officer == null ? "case_officer is not null" : "case_officer = :officer"))
                .param("stages", openStages);
        if (officer != null) {
            query = query.param("officer", officer);
        }
        query.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /**
     * The day this child's latest assessment was completed (its outcome decided), if there was one: the same UPN,
     * or the same names and date of birth.
     */
    public Optional<LocalDate> lastAssessmentCompleted(CaseRecord.Child child, String otherThanCase) {
        return jdbc.sql("select max(assessment_outcome_date) from (" + casesOfTheChild(child, "assessment_outcome_date", "") + ") found")
                .param("otherThan", otherThanCase)
                .param("upn", child.upn())
                .param("givenName", child.givenName())
                .param("familyName", child.familyName())
                .param("dateOfBirth", child.dateOfBirth())
                .query(LocalDate.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * The child's cases other than {@code :otherThan}, found by UPN (when the child has one) or by date of birth and
     * names, each through its own index: an {@code or} of the two made H2 read every case, and registrations look
     * for the child while they hold the allocation lock.
     */
    private static String casesOfTheChild(CaseRecord.Child child, String columns, String andAlso) {
        String byUpn = child.upn() == null ? "" : """
                select %s from ehc_case where child_upn = :upn and reference <> :otherThan %s
                union all
                """.formatted(columns, andAlso);
        return byUpn + """
                select %s from ehc_case where child_date_of_birth = :dateOfBirth
                  and lower(child_family_name) = lower(:familyName) and lower(child_given_name) = lower(:givenName)
                  and reference <> :otherThan %s""".formatted(columns, andAlso);
    }

    /** The case's plan as the annual review needs it. */
    public CasePlan plan(String reference) {
        return jdbc.sql("""
                select plan_issue_date, plan_named_setting, plan_imported, next_transfer_date, next_transfer_kind,
                plan_cease_date, plan_cease_reason from ehc_case where reference = :reference""")
                .param("reference", reference)
                .query((rs, row) -> new CasePlan(rs.getObject("plan_issue_date", LocalDate.class),
                        rs.getString("plan_named_setting"), rs.getBoolean("plan_imported"),
                        rs.getObject("next_transfer_date") == null ? null : new NextTransfer(
                                rs.getObject("next_transfer_date", LocalDate.class),
                                PhaseTransfer.valueOf(rs.getString("next_transfer_kind"))),
                        rs.getObject("plan_cease_date", LocalDate.class),
                        rs.getObject("plan_cease_reason") == null ? null : rs.getInt("plan_cease_reason")))
                .optional().orElseThrow(() -> new IllegalStateException("No case " + reference));
    }

    /** What the case records of a plan brought in: its issue and the next phase transfer, if one is known. */
    public record ExistingPlanFacts(LocalDate issued, NextTransfer nextTransfer) {
    }

    /**
     * Plans the council issued before EHC Flow, for many cases (a batch of imported plans) in one batch of updates:
     * each case now holds a maintained plan.
     */
    public void recordExistingPlans(Map<String, ExistingPlanFacts> plansByCase) {
        batches.batchUpdate("""
                update ehc_case set plan_issue_date = :issued, plan_imported = true, stage = :stage,
                next_transfer_date = :transferDate, next_transfer_kind = :transferKind
                where reference = :reference""", plansByCase.entrySet().stream().map(entry -> {
                    NextTransfer transfer = entry.getValue().nextTransfer();
                    return new MapSqlParameterSource()
                            .addValue("issued", entry.getValue().issued()).addValue("stage", CaseStage.PLAN_MAINTAINED.name())
                            .addValue("transferDate", transfer == null ? null : transfer.date())
                            .addValue("transferKind", transfer == null ? null : transfer.kind().name())
                            .addValue("reference", entry.getKey());
                }).toArray(SqlParameterSource[]::new));
    }

    /** The next phase transfer, or none when {@code transfer} is null. */
    public void recordNextTransfer(String reference, NextTransfer transfer) {
        jdbc.sql("update ehc_case set next_transfer_date = :date, next_transfer_kind = :kind where reference = :reference")
                .param("date", transfer == null ? null : transfer.date())
                .param("kind", transfer == null ? null : transfer.kind().name())
                .param("reference", reference).update();
    }

    /** An amended plan names a (new) school or institution. */
    public void recordNamedSetting(String reference, String namedSetting) {
        jdbc.sql("update ehc_case set plan_named_setting = :setting where reference = :reference")
                .param("setting", namedSetting).param("reference", reference).update();
    }

    /** SEN2: the plan ceased on {@code on} for the reason with that SEN2 code. */
    public void recordCeased(String reference, LocalDate on, int reasonCode) {
        jdbc.sql("""
                update ehc_case set stage = :stage, plan_cease_date = :on, plan_cease_reason = :reason
                where reference = :reference""")
                .param("stage", CaseStage.PLAN_CEASED.name()).param("on", on).param("reason", reasonCode)
                .param("reference", reference).update();
    }

    /**
     * The case that already holds a plan for this child, if any: the same UPN, or the same names and date of birth
     * when the row has no UPN. Bringing in the same plan twice must not make a second case.
     */
    public Optional<String> planHolder(CaseRecord.Child child) {
        if (child.upn() != null) {
            return jdbc.sql("select min(reference) from ehc_case where plan_issue_date is not null and child_upn = :upn")
                    .param("upn", child.upn())
                    .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
        }
        return jdbc.sql("""
                select min(reference) from ehc_case where plan_issue_date is not null
                and lower(child_given_name) = lower(:givenName) and lower(child_family_name) = lower(:familyName)
                and child_date_of_birth = :dateOfBirth""")
                .param("givenName", child.givenName())
                .param("familyName", child.familyName())
                .param("dateOfBirth", child.dateOfBirth())
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * The case of this child (the same UPN, or the same names and date of birth) whose needs assessment is in
     * progress, if there is one.
     */
    public Optional<String> assessmentInProgress(CaseRecord.Child child) {
        return assessmentInProgress(child, "");
    }

    /** As above, leaving out the case {@code otherThanCase} (the request being registered). */
    public Optional<String> assessmentInProgress(CaseRecord.Child child, String otherThanCase) {
        return jdbc.sql("select min(reference) from (" + casesOfTheChild(child, "reference", "and stage in (:stages)") + ") found")
                .param("stages", ASSESSMENT_STAGES).param("otherThan", otherThanCase)
                .param("upn", child.upn())
                .param("givenName", child.givenName())
                .param("familyName", child.familyName())
                .param("dateOfBirth", child.dateOfBirth())
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    public boolean exists(String reference) {
        return jdbc.sql("select count(*) from ehc_case where reference = :reference")
                .param("reference", reference).query(Integer.class).single() > 0;
    }

    private static CaseRecord map(ResultSet rs, int row) throws SQLException {
        return new CaseRecord(rs.getString("reference"),
                new CaseRecord.Child(rs.getString("child_given_name"), rs.getString("child_family_name"),
                        rs.getObject("child_date_of_birth", LocalDate.class), rs.getString("child_upn")),
                new CaseRecord.Parent(rs.getString("parent_name"), rs.getString("parent_email"), rs.getString("parent_phone")),
                new CaseRecord.School(rs.getString("school_name"), rs.getString("school_urn"), rs.getString("school_email")),
                rs.getString("case_officer"), rs.getString("stage"),
                rs.getObject("request_received", LocalDate.class),
                rs.getString("requester_type") == null ? null : CaseRecord.Requester.valueOf(rs.getString("requester_type")),
                rs.getTimestamp("created_at").toInstant());
    }
}

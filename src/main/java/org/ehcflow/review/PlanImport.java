package org.ehcflow.review;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ehcflow.casefile.AllocationLock;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseReferences;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.casefile.OfficerAllocation;
import org.ehcflow.casefile.Sen2Details;
import org.ehcflow.casefile.UnassignedCases;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.EngineAsSystem;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.InvalidRowsException;
import org.ehcflow.system.InvalidRowsException.RowError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Imports a council's existing plans from CSV: every row is checked first, and if any is rejected the answer lists
 * each rejected row by line and column and nothing is imported. A plan already in EHC Flow (the same case reference,
 * the same UPN, or the same names and date of birth) is left as it is, so importing a file again adds nothing.
 * <p>
 * The checked rows are written {@value #BATCH} at a time, each batch in a transaction of its own, so that a council's
 * 12,000 plans are neither one transaction holding the database for minutes nor 12,000 commits. A batch's cases are
 * looked up together and its own rows written as batches of statements, and its journeys are started in one engine
 * command, so the engine writes their rows as batches of inserts too. Should the service stop part-way, the batches
 * written stay and importing the same file again writes the rest.
 */
@Service
public class PlanImport {

    public enum Outcome { IMPORTED, ALREADY_IMPORTED }

    public record RowResult(int line, String reference, Outcome outcome) {
    }

    public record Result(int imported, int alreadyImported, List<RowResult> rows) {
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final CaseRepository cases;
    private final CaseReferences references;
    private final OfficerAllocation allocation;
    private final UnassignedCases unassigned;
    private final ExistingPlans plans;

    static final int BATCH = 250;

    private final AllocationLock lock;
    private final TransactionTemplate transactions;
    private final EngineAsSystem engine;

    PlanImport(CaseRepository cases, CaseReferences references, OfficerAllocation allocation, UnassignedCases unassigned,
               ExistingPlans plans, AllocationLock lock, PlatformTransactionManager transactionManager, EngineAsSystem engine) {
        this.lock = lock;
        this.engine = engine;
        this.transactions = new TransactionTemplate(transactionManager);
        this.cases = cases;
        this.references = references;
        this.allocation = allocation;
        this.unassigned = unassigned;
        this.plans = plans;
    }

    public Result importCsv(String csv) {
        LocalDate today = Today.inLondon();
        List<RowError> errors = new ArrayList<>();
        List<PlanImportRow> rows = read(csv, today, errors);
        transactions.executeWithoutResult(status -> checkAll(rows, errors));
        if (!errors.isEmpty()) {
            long rejected = errors.stream().map(RowError::line).distinct().count();
            throw new InvalidRowsException(rejected + " of the rows cannot be imported; nothing was imported."
                    + " Correct them and import the whole file again.", errors);
        }
        List<RowResult> results = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<PlanImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            results.addAll(transactions.execute(status -> importBatch(batch, today, results.size())));
        }
        int imported = (int) results.stream().filter(r -> r.outcome() == Outcome.IMPORTED).count();
        return new Result(imported, results.size() - imported, results);
    }

    private void checkAll(List<PlanImportRow> rows, List<RowError> errors) {
        OfficerAllocation.Caseloads caseloads = allocation.caseloads();
        Map<String, Integer> seen = new HashMap<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<PlanImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Held held = held(batch);
            for (PlanImportRow row : batch) {
                check(row, caseloads, seen, held, errors);
            }
        }
    }

    /** The cases already held under the references of a batch of rows, and those of them holding an issued plan. */
    private record Held(Map<String, CaseRecord> cases, Set<String> withPlans) {
    }

    private Held held(List<PlanImportRow> batch) {
        List<String> references = batch.stream().map(PlanImportRow::reference).filter(Objects::nonNull).toList();
        return new Held(cases.findAll(references), cases.withIssuedPlans(references));
    }

    /**
     * One batch, one import at a time: caseloads are counted afresh and each row is checked again against what
     * registrations made meanwhile (a case reference taken by another child is refused, the earlier batches stay).
     */
    private List<RowResult> importBatch(List<PlanImportRow> batch, LocalDate today, int writtenBefore) {
        lock.holdForImport();
        OfficerAllocation.Caseloads caseloads = allocation.caseloads();
        Held held = held(batch);
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PlanImportRow row : batch) {
            check(row, caseloads, seen, held, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException("While the file was imported, cases were registered that conflict with it: "
                    + writtenBefore + " rows before line " + batch.get(0).line() + " were imported, the rest were not."
                    + " Correct the rows below and import the whole file again.", errors);
        }
        return engine.callInOneCommand(() -> {
            Writes writes = new Writes();
            List<RowResult> results = batch.stream().map(row -> importRow(row, held, caseloads, today, writes)).toList();
            writes.flush();
            return results;
        });
    }

    private static List<PlanImportRow> read(String csv, LocalDate today, List<RowError> errors) {
        List<PlanImportRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(csv)) {
            if (!lines.hasNextValue()) {
                throw new InvalidFieldException("header", "The file is empty: its first line must be the header "
                        + String.join(",", PlanImportColumns.ALL));
            }
            List<String> header = header(lines.nextValue());
            while (lines.hasNextValue()) {
                String[] values = lines.nextValue();
                int line = lines.getParser().currentTokenLocation().getLineNr();
                if (isBlank(values)) {
                    continue;
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < values.length && i < header.size(); i++) {
                    byColumn.put(header.get(i), values[i]);
                }
                if (values.length > header.size()) {
                    errors.add(new RowError(line, "line", "line " + line + " has " + values.length
                            + " values but the header has " + header.size() + " columns"));
                    continue;
                }
                Optional.ofNullable(PlanImportRow.read(line, byColumn, today, errors)).ifPresent(rows::add);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidRowsException("Line " + line + " is not readable CSV (" + e.getOriginalMessage()
                    + "); nothing was imported.", List.of(new RowError(line, "line", "line " + line
                    + " is not readable CSV: look for a quote that is opened and not closed")));
        } catch (IOException e) {
            throw new InvalidFieldException("file", "The file is not readable CSV");
        }
        return rows;
    }

    private static List<String> header(String[] names) {
        List<String> header = new ArrayList<>();
        for (String name : names) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!PlanImportColumns.ALL.contains(column)) {
                throw new InvalidFieldException(column, "Unknown column '" + name + "': the columns are "
                        + String.join(",", PlanImportColumns.ALL));
            }
            header.add(column);
        }
        for (String required : PlanImportColumns.REQUIRED) {
            if (!header.contains(required)) {
                throw new InvalidFieldException(required, "The header has no column '" + required + "'");
            }
        }
        return header;
    }

    private static boolean isBlank(String[] values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** What can only be checked against the other rows, the cases held and the team. */
    private void check(PlanImportRow row, OfficerAllocation.Caseloads caseloads, Map<String, Integer> seen, Held held,
                       List<RowError> errors) {
        if (row.officer() != null && !caseloads.isOfficer(row.officer())) {
            errors.add(new RowError(row.line(), PlanImportColumns.CASE_OFFICER,
                    PlanImportColumns.CASE_OFFICER + " '" + row.officer() + "' is not a member of case-officers"));
        }
        String identity = row.reference() != null ? "reference " + row.reference()
                : row.child().upn() != null ? "UPN " + row.child().upn()
                : "child " + row.child().givenName().toLowerCase(Locale.ROOT) + " " + row.child().familyName().toLowerCase(Locale.ROOT)
                        + " " + row.child().dateOfBirth();
        Integer earlier = seen.putIfAbsent(identity, row.line());
        if (earlier != null) {
            errors.add(new RowError(row.line(), row.reference() != null ? PlanImportColumns.CASE_REFERENCE : PlanImportColumns.UPN,
                    "The same plan (" + identity + ") is on line " + earlier));
        }
        if (row.reference() == null) {
            return;
        }
        CaseRecord heldCase = held.cases().get(row.reference());
        if (heldCase == null) {
            return;
        }
        if (!heldCase.child().dateOfBirth().equals(row.child().dateOfBirth())
                || !heldCase.child().familyName().equalsIgnoreCase(row.child().familyName())) {
            errors.add(new RowError(row.line(), PlanImportColumns.CASE_REFERENCE, "Case " + row.reference()
                    + " is of another child (" + heldCase.child().fullName() + ", born " + heldCase.child().dateOfBirth() + ")"));
        } else if (!held.withPlans().contains(row.reference()) && plans.hasRunningJourney(row.reference())) {
            errors.add(new RowError(row.line(), PlanImportColumns.CASE_REFERENCE, "Case " + row.reference()
                    + " is in its needs assessment: its plan will come from that"));
        }
    }

    private RowResult importRow(PlanImportRow row, Held held, OfficerAllocation.Caseloads caseloads, LocalDate today,
                                Writes writes) {
        Optional<String> holder;
        if (row.reference() != null) {
            holder = Optional.of(row.reference()).filter(held.withPlans()::contains);
        } else {
            writes.flush();
            holder = cases.planHolder(row.child());
        }
        if (holder.isPresent()) {
            return new RowResult(row.line(), holder.get(), Outcome.ALREADY_IMPORTED);
        }
        String reference = row.reference();
        if (reference == null || !held.cases().containsKey(reference)) {
            reference = reference != null ? reference : references.next(today);
            String officer = row.officer() != null ? row.officer() : caseloads.allocate().orElse(null);
            if (row.officer() != null) {
                caseloads.taken(officer);
            }
            writes.newCases.add(new CaseRecord(reference, row.child(), row.parent(), row.school(), officer,
                    CaseStage.PLAN_MAINTAINED.name(), null, null, Instant.now()));
        }
        writes.sen2.put(reference, row.sen2());
        writes.plansToStart.put(reference, row.plan());
        return new RowResult(row.line(), reference, Outcome.IMPORTED);
    }

    /**
     * The writes of a batch's rows, made together as batches of inserts and updates. A row without a case reference
     * is looked for among the plans held by the child's UPN or names, so what the rows before it would write is
     * written first.
     */
    private class Writes {
        final List<CaseRecord> newCases = new ArrayList<>();
        final Map<String, Sen2Details> sen2 = new LinkedHashMap<>();
        final Map<String, ExistingPlan> plansToStart = new LinkedHashMap<>();

        void flush() {
            cases.insertAll(newCases);
            newCases.stream().filter(c -> c.caseOfficer() == null).forEach(c -> unassigned.queue(c.reference()));
            cases.completeSen2Details(sen2);
            plans.startAll(plansToStart);
            newCases.clear();
            sen2.clear();
            plansToStart.clear();
        }
    }
}

package org.ehcflow.reporting.sen2;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.deadline.StatutoryCalendar;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SEN2 person-level return for a collection year: the cases it covers, grouped by child, written as the DfE's
 * XML or as CSV, and checked for what the DfE would refuse.
 */
@Service
public class Sen2Return {

    /** The return's content: the collection, the council, when it was made, and each child's cases. */
    record Document(CollectionYear collection, String laNumber, String designatedMedicalOfficer,
                    String designatedClinicalOfficer, String release, ZonedDateTime madeAt, List<List<Sen2Case>> persons) {
    }

    /** The pre-submission check's answer. */
    public record Check(int year, java.time.LocalDate referenceDate, int persons, int cases, long errors, long queries,
                        List<Sen2Check.Problem> problems) {
    }

    private final Sen2Cases cases;
    private final Sen2Properties properties;
    private final String release;

    Sen2Return(Sen2Cases cases, Sen2Properties properties, ObjectProvider<BuildProperties> build) {
        this.cases = cases;
        this.properties = properties;
        BuildProperties info = build.getIfAvailable();
        this.release = info == null ? "development" : info.getVersion();
    }

    /** The return written out, and the cases in it (each a read of a child's record). */
    public record Export(String body, List<String> references) {
    }

    @Transactional(readOnly = true)
    public Export xml(Integer year) {
        Document document = document(year);
        return new Export(Sen2Xml.of(document), references(document));
    }

    @Transactional(readOnly = true)
    public Export csv(Integer year) {
        Document document = document(year);
        return new Export(Sen2Csv.of(document), references(document));
    }

    private static List<String> references(Document document) {
        return document.persons().stream().flatMap(List::stream).map(Sen2Case::reference).toList();
    }

    @Transactional(readOnly = true)
    public Check check(Integer year) {
        Document document = document(year);
        List<Sen2Check.Problem> problems = Sen2Check.of(document);
        return new Check(document.collection().year(), document.collection().referenceDate(), document.persons().size(),
                document.persons().stream().mapToInt(List::size).sum(),
                problems.stream().filter(p -> p.severity() == Sen2Check.Severity.ERROR).count(),
                problems.stream().filter(p -> p.severity() == Sen2Check.Severity.QUERY).count(), problems);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Document document(Integer year) {
        CollectionYear collection = CollectionYear.of(year, properties);
        Map<String, List<Sen2Case>> persons = new LinkedHashMap<>();
        cases.of(collection).forEach(c -> persons.computeIfAbsent(c.child().personKey(), key -> new ArrayList<>()).add(c));
        return new Document(collection, blankToNull(properties.laNumber()), blankToNull(properties.dmo()),
                blankToNull(properties.dco()), release,
                ZonedDateTime.ofInstant(Instant.now(), StatutoryCalendar.LONDON), List.copyOf(persons.values()));
    }
}

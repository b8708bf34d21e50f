package org.ehcflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads England-and-Wales bank holidays from a file in GOV.UK's bank-holidays.json format, so a council can
 * replace the shipped list with the one GOV.UK publishes; years it does not cover are counted by the rules.
 */
final class BankHolidayList {

    static final String SHIPPED = "/deadline/bank-holidays-england-and-wales.json";

    private BankHolidayList() {
    }

    static BankHolidays load(CalendarProperties properties, ObjectMapper json) {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = properties.bankHolidaysFile() == null
                ? BankHolidayList.class.getResourceAsStream(SHIPPED)
                : Files.newInputStream(properties.bankHolidaysFile())) {
            JsonNode events = json.readTree(in).path("england-and-wales").path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("no england-and-wales events in " + describe(properties));
            }
            events.forEach(event -> days.add(LocalDate.parse(event.path("date").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bank holidays from " + describe(properties), e);
        }
        return new BankHolidays(days, new HashSet<>(properties.extraBankHolidays()));
    }

    private static String describe(CalendarProperties properties) {
        return properties.bankHolidaysFile() == null ? "classpath:" + SHIPPED : properties.bankHolidaysFile().toString();
    }
}

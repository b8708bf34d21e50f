package org.ehcflow.reporting.sen2;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param laNumber       the council's three-digit DfE local authority number (330 for Birmingham), the return's LEA
 * @param referenceDates the census (reference) date the DfE set for a collection year, where it is not the third
 *                       Thursday of January (the date of every collection since 2023)
 */
@ConfigurationProperties("ehcflow.sen2")
public record Sen2Properties(String laNumber, Map<Integer, LocalDate> referenceDates) {

    public Sen2Properties {
        referenceDates = referenceDates == null ? Map.of() : Map.copyOf(referenceDates);
    }
}

package org.ehcflow.reporting.sen2;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param laNumber       the council's three-digit DfE local authority number (330 for Birmingham), the return's LEA
 * @param referenceDates the census (reference) date the DfE set for a collection year, where it is not the third
 *                       Thursday of January (the date of every collection since 2023)
 * @param dmo            the header's DMO answer about the council's designated medical officer (Y, N or R, as the
 *                       collection's guide defines them); left out of the return when unset
 * @param dco            the same for the designated clinical officer
 */
@ConfigurationProperties("ehcflow.sen2")
public record Sen2Properties(String laNumber, Map<Integer, LocalDate> referenceDates, String dmo, String dco) {

    public Sen2Properties {
        referenceDates = referenceDates == null ? Map.of() : Map.copyOf(referenceDates);
    }
}

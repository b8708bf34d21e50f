package org.ehcflow.casefile;

import java.time.LocalDate;

/** A case's plan: when it was issued, the school it names, the next phase transfer and, once ceased, when and why. */
public record CasePlan(LocalDate issued, String namedSetting, boolean imported, NextTransfer nextTransfer,
                       LocalDate ceased, Integer ceaseReason) {
}

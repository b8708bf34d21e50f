package org.ehcflow.casefile;

import java.time.LocalDate;

import org.ehcflow.deadline.PhaseTransfer;

/** The child's next move between phases of education (reg 2), which the review before it must prepare. */
public record NextTransfer(LocalDate date, PhaseTransfer kind) {
}

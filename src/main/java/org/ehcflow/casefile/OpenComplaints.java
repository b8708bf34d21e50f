package org.ehcflow.casefile;

import java.time.LocalDate;
import java.util.List;

/** The queries and complaints about a case not yet closed, as the case view shows them; kept by the complaint package. */
public interface OpenComplaints {

    List<Summary> of(String caseReference);

    record Summary(long id, String kind, LocalDate receivedOn, String status, String complainantName) {
    }
}

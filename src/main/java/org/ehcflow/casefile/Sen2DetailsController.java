package org.ehcflow.casefile;

import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DfE return's details about a child, read and corrected by officers (what the return's pre-submission check
 * lists as missing or wrong). The whole set is replaced: a field left out is cleared.
 */
@RestController
class Sen2DetailsController {

    private final CaseRepository cases;

    Sen2DetailsController(CaseRepository cases) {
        this.cases = cases;
    }

    @GetMapping("/api/cases/{reference}/sen2")
    Sen2Details get(@PathVariable String reference) {
        return cases.sen2Details(reference);
    }

    @PutMapping("/api/cases/{reference}/sen2")
    @Transactional
    Sen2Details replace(@PathVariable String reference, @RequestBody(required = false) Sen2Details details) {
        if (details == null) {
            throw new InvalidFieldException("body", "The body must be the SEN2 details as JSON, such as"
                    + " {\"sex\": \"F\", \"ethnicity\": \"WBRI\", \"postcode\": \"B1 1BB\", \"primaryNeed\": \"ASD\"}");
        }
        Sen2Details checked = details.checked("");
        if (!cases.exists(reference)) {
            throw new NotFoundException("No case " + reference);
        }
        cases.recordSen2Details(reference, checked);
        return checked;
    }
}

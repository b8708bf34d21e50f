package org.ehcflow.casefile;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The DfE return's details about a child, read and corrected by officers (what the return's pre-submission check
 * lists as missing or wrong). The whole set is replaced: a field left out is cleared.
 */
@Tag(name = ApiTags.CASES)
@RestController
class Sen2DetailsController {

    private final CaseRepository cases;

    /** What both operations are about, for the contract (/api/docs). */
    private static final String SEN2_DETAILS = """
            The child's details for the DfE's SEN2 return: `sex` (`M`, `F`, `U`), `ethnicity` (a DfE main code such
            as `WBRI`), `postcode`, `uln`, `upnUnknown` (`UN1`-`UN10`), `primaryNeed` (`ASD`, `SLCN`, ...),
            `settingType` (`EHE`, ...), `ukprn`, `requestSource` (`PARENT_OR_YOUNG_PERSON`, `EDUCATION_SETTING`,
            `HEALTH`, `SOCIAL_CARE`, `OTHER`). `PUT` replaces them all (a field left out is cleared); a value that
            is not a DfE code is `400` naming it and nothing changes. The same details may come with a request
            (`"sen2": {…}` in `POST /api/cases`), the Tasklist request form, or the plans import (`child_sex`,
            `child_ethnicity`, `child_postcode`, `child_uln`, `upn_unknown`, `primary_need`, `setting_type`,
            `school_ukprn`)""";

    Sen2DetailsController(CaseRepository cases) {
        this.cases = cases;
    }

    @Operation(summary = "A child's SEN2 details", description = SEN2_DETAILS)
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/sen2")
    Sen2Details get(@PathVariable String reference) {
        return cases.sen2Details(reference);
    }

    @Operation(summary = "Correct a child's SEN2 details", description = SEN2_DETAILS)
    @ApiAnswers(value = 200, problems = {400, 404})
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

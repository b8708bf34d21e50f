package org.ehcflow.access;

import java.util.List;

import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's access log, for managers and administrators (see ApiSecurity); nothing changes it. */
@RestController
class CaseAccessController {

    private final CaseAccessLog log;
    private final CaseRepository cases;

    CaseAccessController(CaseAccessLog log, CaseRepository cases) {
        this.log = log;
        this.cases = cases;
    }

    @GetMapping("/api/cases/{reference}/access-log")
    List<CaseAccessLog.Entry> accessLog(@PathVariable String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("There is no case " + reference);
        }
        return log.of(reference);
    }
}

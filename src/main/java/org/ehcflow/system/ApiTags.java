package org.ehcflow.system;

import java.util.List;

import io.swagger.v3.oas.models.tags.Tag;

/** The groups the API's operations are shown in at /api/docs, in plain words, in this order. */
public final class ApiTags {

    public static final String CASES = "Cases";
    public static final String TIMESCALES = "Timescales";
    public static final String PARTNERS = "Partners";
    public static final String APPEALS_AND_COMPLAINTS = "Appeals and complaints";
    public static final String CASELOADS = "Caseloads";
    public static final String REPORTS = "Reports";
    public static final String MODELS = "Models";
    public static final String INFORMATION_GOVERNANCE = "Information governance";

    static final List<Tag> ALL = List.of(
            tag(CASES, "Requests for an assessment, a case and its account, its changes, and plans brought in from before"),
            tag(TIMESCALES, "The statutory timescales, and due dates counted as the law counts them"),
            tag(PARTNERS, "Advice from the partner services, each only its own kind"),
            tag(APPEALS_AND_COMPLAINTS, "Tribunal appeals, mediation, and queries and complaints about a case"),
            tag(CASELOADS, "Officers' caseloads, caps and absences, and the moving of cases (managers)"),
            tag(REPORTS, "The team's figures and the DfE's SEN2 return (managers)"),
            tag(MODELS, "The record of deployments, and the moving of running cases to a new version"),
            tag(INFORMATION_GOVERNANCE, "Who read a child's record, the subject access export and the retention of "
                    + "closed cases"));

    private ApiTags() {
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}

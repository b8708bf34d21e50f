package org.ehcflow.casefile;

/** Where a case stands. A case in an open stage counts towards its officer's caseload. */
public enum CaseStage {
    CONSIDERING_REQUEST(true, "Considering the request for an assessment"),
    ASSESSING(true, "Assessing the child's needs"),
    DRAFTING_PLAN(true, "Drafting the EHC plan"),
    FINALISING_PLAN(true, "Finalising the EHC plan"),
    PLAN_MAINTAINED(true, "EHC plan maintained and reviewed"),
    NOT_ASSESSED(false, "Not assessed"),
    ASSESSED_NO_PLAN(false, "Assessed: no EHC plan"),
    WITHDRAWN(false, "Request withdrawn"),
    PLAN_CEASED(false, "EHC plan ceased");

    private final boolean open;
    private final String inWords;

    CaseStage(boolean open, String inWords) {
        this.open = open;
        this.inWords = inWords;
    }

    /** The stage as a person reads it on a page or in a task's header. */
    public String inWords() {
        return inWords;
    }

    /** The stage named {@code name} in words, or the name itself if it is not a stage this version knows. */
    public static String inWords(String name) {
        for (CaseStage stage : values()) {
            if (stage.name().equals(name)) {
                return stage.inWords;
            }
        }
        return name;
    }

    public boolean isOpen() {
        return open;
    }
}

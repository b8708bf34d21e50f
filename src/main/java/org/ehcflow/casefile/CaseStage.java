package org.ehcflow.casefile;

/** Where a case stands. A case in an open stage counts towards its officer's caseload. */
public enum CaseStage {
    CONSIDERING_REQUEST(true),
    ASSESSING(true),
    DRAFTING_PLAN(true),
    FINALISING_PLAN(true),
    PLAN_MAINTAINED(true),
    NOT_ASSESSED(false),
    ASSESSED_NO_PLAN(false),
    WITHDRAWN(false),
    PLAN_CEASED(false);

    private final boolean open;

    CaseStage(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }
}

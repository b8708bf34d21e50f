package org.ehcflow.appeal;

/** The LA's response to an appeal: to oppose it, or not to (a concession, reg 45). */
public enum TribunalResponse {
    OPPOSE,
    CONCEDE
}

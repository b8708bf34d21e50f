package org.ehcflow.appeal;

/** The work a Tribunal order or a conceded appeal leaves the LA to do; the appeal journey routes on its name. */
public enum RequiredWork {
    ASSESS,
    MAKE_PLAN,
    AMEND,
    NAME_SCHOOL,
    RECONSIDER,
    CEASE,
    MAINTAIN,
    NONE
}

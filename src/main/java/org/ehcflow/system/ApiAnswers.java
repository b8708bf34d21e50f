package org.ehcflow.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an /api operation answers, for its OpenAPI contract ({@link ApiContract}): its success status and the
 * problems it may answer. 401 (not signed in) is every operation's; 403 is added for an operation only some groups
 * may call ({@code ApiAccess}). A test holds these to the statuses the tests observe.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiAnswers {

    /** 200, or 201 when it creates, or 204 when it answers nothing. */
    int value() default 200;

    /** The problem statuses it answers beside 401 and the groups' 403: 400, 403 (its own check), 404, 409... */
    int[] problems() default {};
}

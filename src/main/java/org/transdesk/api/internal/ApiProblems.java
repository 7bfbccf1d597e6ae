package org.transdesk.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses an API call answers besides 401 (which every call but the description can):
 * each becomes a response with the problem-document schema in the OpenAPI description
 * ({@link ApiDocumentation}). Listed next to the method so code and contract change together;
 * the contract test checks that the answers stay within them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface ApiProblems {

    int[] value();
}

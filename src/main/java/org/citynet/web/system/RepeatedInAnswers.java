package org.citynet.web.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON type whose instances one answer repeats, the same instance in many places (a comparison lists
 * one source document under every membership it backs). Each instance is written once per answer and its
 * JSON copied wherever it comes again ({@link RepeatedValuesConfiguration}); the bytes are the same either way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RepeatedInAnswers {
}

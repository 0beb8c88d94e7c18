package org.citynet.web.system;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;

/**
 * The order of the servlet filters every request passes, in one place, cheapest refusal first:
 * <ol>
 *   <li>{@link #COMPRESSIBLE_ETAGS}: wraps the response only, so that it sees every entity tag set after it
 *       (and weakens it for a client Tomcat will gzip for);</li>
 *   <li>{@link #URL_FORMS}: one spelling of a path ({@code /sparql/} is {@code /sparql}), so that no rule
 *       after it has to know both;</li>
 *   <li>{@link #RATE_LIMIT}: the client's allowance, before anything reads the request (so that guessing
 *       credentials costs allowance too);</li>
 *   <li>{@link #REQUEST_LIMITS}: path, parameter and body sizes, before anything parses them;</li>
 *   <li>{@link #SECURITY}: Spring Security's chain (writes need authentication), at Spring Boot's default;</li>
 *   <li>{@link #DATA_VERSION}: the store's data version, read once for the request (a remote store's stamp);</li>
 *   <li>{@link #ANSWER_CACHE}: entity tags, 304 and whole cached answers of the REST API.</li>
 * </ol>
 * Each filter is registered by its own feature with the order named here. The rate limit and the request
 * limits also stand in front of the embedded Fuseki's port ({@code web.sparql.FusekiConfiguration}).
 */
public final class FilterOrder {

    public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;
    public static final int COMPRESSIBLE_ETAGS = SECURITY - 20;
    public static final int URL_FORMS = SECURITY - 15;
    public static final int RATE_LIMIT = SECURITY - 10;
    public static final int REQUEST_LIMITS = SECURITY - 5;
    public static final int DATA_VERSION = SECURITY + 5;
    public static final int ANSWER_CACHE = SECURITY + 10;

    private FilterOrder() {
    }
}

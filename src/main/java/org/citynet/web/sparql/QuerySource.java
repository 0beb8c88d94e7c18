package org.citynet.web.sparql;

/**
 * Where a request carried its query: in the URL (GET) or in the request body (POST, as a form field or as
 * {@code application/sparql-query}). It decides how an over-long query is refused: 414 for a URL, 413 for
 * a body.
 */
public enum QuerySource {
    URL,
    BODY
}

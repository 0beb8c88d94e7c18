package org.citynet.web.api.theme;

/**
 * A mapping of a theme to an EU data theme
 * ({@code http://publications.europa.eu/resource/authority/data-theme/}).
 *
 * @param relation {@code exactMatch}, {@code closeMatch} or {@code broadMatch} (SKOS mapping relation)
 * @param code     the EU code, e.g. {@code EDUC}
 */
public record EuThemeMapping(String relation, String iri, String code) {
}

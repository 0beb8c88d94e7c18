package org.citynet.web.api.theme;

/**
 * A cooperation theme in the list, with how many agreements, partnerships and networks (including working
 * groups and cooperation bodies) have it as a subject.
 */
public record ThemeSummary(String id, String iri, String label, int agreements, int partnerships, int networks) {
}

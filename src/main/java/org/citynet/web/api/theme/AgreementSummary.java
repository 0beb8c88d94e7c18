package org.citynet.web.api.theme;

/** An agreement about a theme; {@code /api/agreements/{id}} has the rest. */
public record AgreementSummary(String id, String iri, String label, String type, String typeLabel) {
}

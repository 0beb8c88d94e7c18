package org.citynet.web.api.agreement;

import java.util.List;

import org.citynet.web.api.SourceView;

/**
 * The answer of {@code GET /api/agreements}: how an in-force filter was applied (null without one), the
 * agreements matching the filters, the languages labels were chosen by and the source documents the listed
 * agreements rest on.
 */
public record AgreementList(InForceReport inForce, int count, List<AgreementView> items, List<String> languages,
                            List<SourceView> sources) {
}

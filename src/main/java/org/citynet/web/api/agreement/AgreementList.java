package org.citynet.web.api.agreement;

import java.util.List;

import org.citynet.web.api.SourceView;

/**
 * The answer of {@code GET /api/agreements}: how an in-force filter was applied (null without one), a page
 * of the agreements matching the filters ({@code count} on it, {@code total} in all, as {@link
 * org.citynet.web.api.ApiList}), the languages labels were chosen by and the source documents the listed
 * agreements rest on.
 */
public record AgreementList(InForceReport inForce, int count, long total, int page, int pageSize,
                            List<AgreementView> items, List<String> languages, List<SourceView> sources) {
}

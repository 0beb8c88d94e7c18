package org.citynet.web.api.theme;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceView;
import org.citynet.web.api.Text;

/**
 * The answer of {@code GET /api/themes/{id}}: the theme's labels, its EU data-theme mappings, and a page of the
 * agreements, partnerships and networks (type {@code network}, {@code working-group} or {@code body}) about
 * it — the same page of each list, with how many each has in all — with the source documents of the theme and
 * of the page's items.
 */
public record ThemeDetail(String id, String iri, String label, Map<String, String> labels, List<Text> altLabels,
                          List<Text> definitions, List<EuThemeMapping> euDataThemes,
                          List<AgreementSummary> agreements, List<PartnershipSummary> partnerships,
                          List<Ref> networks, Totals totals, int page, int pageSize, List<String> languages,
                          List<SourceView> sources) {

    /** How many agreements, partnerships and networks have the theme as subject, on every page together. */
    public record Totals(long agreements, long partnerships, long networks) {
    }
}

package org.citynet.web.api.theme;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceView;
import org.citynet.web.api.Text;

/**
 * The answer of {@code GET /api/themes/{id}}: the theme's labels, its EU data-theme mappings, and the
 * agreements, partnerships and networks (type {@code network}, {@code working-group} or {@code body})
 * about it, with the source documents of the theme and of all of these.
 */
public record ThemeDetail(String id, String iri, String label, Map<String, String> labels, List<Text> altLabels,
                          List<Text> definitions, List<EuThemeMapping> euDataThemes,
                          List<AgreementSummary> agreements, List<PartnershipSummary> partnerships,
                          List<Ref> networks, List<String> languages, List<SourceView> sources) {
}

package org.citynet.web.api.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.rdf.CN;
import org.citynet.web.api.ApiList;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.Citations;
import org.citynet.web.api.FieldTable;
import org.citynet.web.api.Iris;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.agreement.AgreementType;
import org.citynet.web.api.network.NetworkType;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The cooperation-theme answers: the list (one query, usage counted in it) and one theme (one query for
 * the theme, one for everything that has it as subject).
 */
@Service
class ThemeService {

    private static final String EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final List<String> MAPPINGS = List.of("exactMatch", "closeMatch", "broadMatch");

    private final ApiQueries queries;
    private final SourceCatalog sources;
    private final Iris iris;

    ThemeService(ApiQueries queries, SourceCatalog sources, Iris iris) {
        this.queries = queries;
        this.sources = sources;
        this.iris = iris;
    }

    ApiList<ThemeSummary> list(Localizer localizer) {
        FieldTable themes = queries.fields(ApiQuery.THEMES, Map.of("scheme", scheme()));
        Map<String, Integer> agreements = new HashMap<>();
        queries.select(ApiQuery.THEME_AGREEMENTS, Map.of(), Map.of("agreementClass", queries.agreementClasses()),
                        row -> Map.entry(row.getResource("theme").getURI(), row.getLiteral("count").getInt()))
                .forEach(count -> agreements.put(count.getKey(), count.getValue()));
        List<ThemeSummary> items = themes.nodes().stream().map(t -> summary(t, agreements.getOrDefault(t.iri(), 0),
                        localizer))
                .sorted(localizer.byLabel(ThemeSummary::label).thenComparing(ThemeSummary::iri)).toList();
        return ApiList.whole(localizer, items, sources.describe(new Citations().add(themes), localizer));
    }

    ThemeDetail detail(String id, Localizer localizer) {
        String iri = iris.entity("theme", id);
        Node theme = NodeFactory.createURI(iri);
        NodeFields core = queries.fields(ApiQuery.THEMES, Map.of("scheme", scheme(), "node", theme)).node(iri)
                .orElseThrow(() -> new NotFoundException("No theme with id '" + id + "'"));
        FieldTable uses = queries.fields(ApiQuery.THEME_USES, Map.of("theme", theme));
        List<AgreementSummary> agreements = new ArrayList<>();
        List<PartnershipSummary> partnerships = new ArrayList<>();
        List<Ref> networks = new ArrayList<>();
        for (NodeFields use : uses.nodes()) {
            List<String> classes = use.iris("class");
            Ref self = localizer.self(use);
            if (classes.contains(CN.Partnership.getURI())) {
                partnerships.add(new PartnershipSummary(self.id(), self.iri(), localizer.refs(use, "kind"),
                        localizer.refs(use, "partner")));
            } else if (NetworkType.of(classes) != null) {
                networks.add(self);
            } else if (isAgreement(classes)) {
                AgreementType type = AgreementType.of(classes);
                agreements.add(new AgreementSummary(self.id(), self.iri(), self.label(), type.apiName(),
                        localizer.label(use.labelsOf("class", type.classIri()))));
            }
        }
        agreements.sort(localizer.byLabel(AgreementSummary::label));
        partnerships.sort(localizer.byLabel((PartnershipSummary p) -> p.kinds().isEmpty() ? null : p.kinds().get(0).label())
                .thenComparing(PartnershipSummary::iri));
        networks.sort(localizer.byLabel(Ref::label));
        Citations citations = new Citations().add(core).add(uses);
        return new ThemeDetail(id, iri, localizer.label(core.byLanguage("label")), core.byLanguage("label"),
                core.texts("altLabel"), core.texts("definition"), mappings(core), agreements, partnerships,
                networks, localizer.languages(), sources.describe(citations, localizer));
    }

    private static ThemeSummary summary(NodeFields theme, int agreements, Localizer localizer) {
        Ref self = localizer.self(theme);
        return new ThemeSummary(self.id(), self.iri(), self.label(), agreements,
                count(theme, "partnerships"), count(theme, "networks"));
    }

    private static int count(NodeFields theme, String field) {
        return theme.lexical(field).map(Integer::parseInt).orElse(0);
    }

    private static List<EuThemeMapping> mappings(NodeFields theme) {
        List<EuThemeMapping> mappings = new ArrayList<>();
        for (String relation : MAPPINGS) {
            theme.iris(relation).stream().filter(target -> target.startsWith(EU_DATA_THEME))
                    .forEach(target -> mappings.add(new EuThemeMapping(relation, target,
                            target.substring(EU_DATA_THEME.length()))));
        }
        return mappings;
    }

    private static boolean isAgreement(List<String> classes) {
        for (AgreementType type : AgreementType.values()) {
            if (classes.contains(type.classIri())) {
                return true;
            }
        }
        return false;
    }

    /** The scheme of the cooperation themes, {@code {base}id/theme}. */
    private Node scheme() {
        return NodeFactory.createURI(iris.base() + "id/theme");
    }
}

package org.citynet.web.api.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citynet.kernel.rdf.CN;
import org.citynet.web.api.ApiList;
import org.citynet.web.api.ApiQueries;
import org.citynet.web.api.ApiQuery;
import org.citynet.web.api.Citations;
import org.citynet.web.api.FieldTable;
import org.citynet.web.api.Iris;
import org.citynet.web.api.ListPages;
import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.Page;
import org.citynet.web.api.PageRequest;
import org.citynet.web.api.PerDataVersion;
import org.citynet.web.api.Ref;
import org.citynet.web.api.SourceCatalog;
import org.citynet.web.api.agreement.AgreementType;
import org.citynet.web.api.network.NetworkType;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.WarmUp;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The cooperation-theme answers: the list (the themes, with their agreements, partnerships and networks counted
 * once per data version) and one theme with a page of what has it as subject.
 */
@Order(2)
@Service
class ThemeService implements WarmUp {

    private static final String EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final List<String> MAPPINGS = List.of("exactMatch", "closeMatch", "broadMatch");
    private static final String AGREEMENTS = "agreements";

    // At 100,000 cities the counts take 10 to 18 s (every partnership, network and agreement of the graph).
    private final PerDataVersion<Usage> usage = new PerDataVersion<>(1);
    private final ApiQueries queries;
    private final ListPages pages;
    private final SourceCatalog sources;
    private final Iris iris;

    ThemeService(ApiQueries queries, ListPages pages, SourceCatalog sources, Iris iris) {
        this.queries = queries;
        this.pages = pages;
        this.sources = sources;
        this.iris = iris;
    }

    /** The themes with their usage; what is counted is kept per data version (whole-graph counts). */
    ApiList<ThemeSummary> list(Localizer localizer) {
        Usage usage = usage();
        List<ThemeSummary> items = usage.themes().nodes().stream()
                .map(theme -> summary(localizer.self(theme), usage))
                .sorted(localizer.byLabel(ThemeSummary::label).thenComparing(ThemeSummary::iri)).toList();
        return ApiList.whole(localizer, items, sources.describe(new Citations().add(usage.themes()), localizer));
    }

    private static ThemeSummary summary(Ref theme, Usage usage) {
        return new ThemeSummary(theme.id(), theme.iri(), theme.label(), usage.count(theme.iri(), AGREEMENTS),
                usage.count(theme.iri(), "partnerships"), usage.count(theme.iri(), "networks"));
    }

    @Override
    public String name() {
        return "the themes' usage counts";
    }

    @Override
    public void warm() {
        usage();
    }

    /** The themes' fields, and how many agreements, partnerships and networks use each ({@code theme → field → n}). */
    private record Usage(FieldTable themes, Map<String, Map<String, Integer>> counts) {
        int count(String theme, String field) {
            return counts.getOrDefault(theme, Map.of()).getOrDefault(field, 0);
        }
    }

    private Usage usage() {
        return usage.get(queries.requestStamp(), List.of(), () -> {
            // Within the whole-graph timeout, as the lists' keys: read once per data version, not per request.
            FieldTable themes = queries.fieldsAll(ApiQuery.THEMES, Map.of("scheme", List.of(scheme())));
            Map<String, Map<String, Integer>> counts = new HashMap<>();
            queries.selectAll(ApiQuery.THEME_AGREEMENTS, queries.agreementClassBlock(), "theme",
                            row -> new Count(row.getResource("theme").getURI(), AGREEMENTS,
                                    row.getLiteral("count").getInt()))
                    .forEach(count -> count.into(counts));
            queries.selectAll(ApiQuery.THEME_USAGE, Map.of(), "theme",
                            row -> new Count(row.getResource("theme").getURI(), row.getLiteral("field").getString(),
                                    row.getLiteral("count").getInt()))
                    .forEach(count -> count.into(counts));
            return new Usage(themes, counts);
        }, queries::changeStamp);
    }

    private record Count(String theme, String field, int count) {
        void into(Map<String, Map<String, Integer>> counts) {
            counts.computeIfAbsent(theme, t -> new HashMap<>()).put(field, count);
        }
    }

    /**
     * One theme and a page of what is about it: the same page ({@code page}, {@code pageSize}) of each of its
     * three lists — agreements by label, partnerships by the label of their kind, networks by label, each then by
     * IRI ({@link ListPages}) — so that a theme of tens of thousands of agreements (at 100,000 cities) is never one answer.
     * Only the page's nodes are read.
     *
     * @throws NotFoundException for an unknown theme, or a page after the last of the longest list
     */
    ThemeDetail detail(String id, PageRequest request, Localizer localizer) {
        String iri = iris.entity("theme", id);
        Node theme = NodeFactory.createURI(iri);
        NodeFields core = queries.fields(ApiQuery.THEMES, Map.of("scheme", scheme(), "node", theme)).node(iri)
                .orElseThrow(() -> new NotFoundException("No theme with id '" + id + "'"));
        Map<String, List<Node>> ofTheme = Map.of("theme", List.of(theme));
        Map<String, List<Node>> agreementBlocks = new HashMap<>(queries.agreementClassBlock());
        agreementBlocks.put("theme", List.of(theme));
        List<String> agreementKeys = pages.ordered(ApiQuery.THEME_AGREEMENT_KEYS, agreementBlocks, localizer);
        List<String> partnershipKeys = pages.ordered(ApiQuery.THEME_PARTNERSHIP_KEYS, ofTheme, localizer);
        List<String> networkKeys = pages.ordered(ApiQuery.THEME_NETWORK_KEYS, ofTheme, localizer);
        Page page = Page.of(request, Math.max(agreementKeys.size(), Math.max(partnershipKeys.size(),
                networkKeys.size())));
        if (!page.exists()) {
            throw new NotFoundException(page.missing());
        }
        List<String> onPage = new ArrayList<>();
        List<List<String>> windows = List.of(ListPages.window(agreementKeys, request),
                ListPages.window(partnershipKeys, request), ListPages.window(networkKeys, request));
        windows.forEach(onPage::addAll);
        FieldTable uses = queries.fieldsOf(ApiQuery.THEME_USES, onPage, ofTheme);
        Map<String, AgreementSummary> agreements = new HashMap<>();
        Map<String, PartnershipSummary> partnerships = new HashMap<>();
        Map<String, Ref> networks = new HashMap<>();
        for (NodeFields use : uses.nodes()) {
            List<String> classes = use.iris("class");
            Ref self = localizer.self(use);
            if (classes.contains(CN.Partnership.getURI())) {
                partnerships.put(self.iri(), new PartnershipSummary(self.id(), self.iri(), localizer.refs(use, "kind"),
                        localizer.refs(use, "partner")));
            } else if (NetworkType.of(classes) != null) {
                networks.put(self.iri(), self);
            } else if (isAgreement(classes)) {
                AgreementType type = AgreementType.of(classes);
                agreements.put(self.iri(), new AgreementSummary(self.id(), self.iri(), self.label(), type.apiName(),
                        localizer.label(use.labelsOf("class", type.classIri()))));
            }
        }
        Citations citations = new Citations().add(core).add(uses);
        return new ThemeDetail(id, iri, localizer.label(core.byLanguage("label")), core.byLanguage("label"),
                core.texts("altLabel"), core.texts("definition"), mappings(core),
                inOrder(windows.get(0), agreements), inOrder(windows.get(1), partnerships),
                inOrder(windows.get(2), networks),
                new ThemeDetail.Totals(agreementKeys.size(), partnershipKeys.size(), networkKeys.size()),
                page.number(), page.size(), localizer.languages(), sources.describe(citations, localizer));
    }

    /** The items of a window in its order; a node whose fields were not found (the data moved on) is left out. */
    private static <T> List<T> inOrder(List<String> window, Map<String, T> byIri) {
        return window.stream().map(byIri::get).filter(Objects::nonNull).toList();
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

package org.citynet.web.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.citynet.kernel.store.QueryBinding;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.web.system.CacheConfiguration;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.LanguagePreference;
import org.citynet.web.system.BackgroundThreads;
import org.citynet.web.system.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads what the map shows from the store: the {@link MapIndex} of the current data (built by
 * {@link MapIndexBuilder} once per data version, in the background: when the application is ready, and
 * when a reader finds the data changed), what states each of a few links (agreements and partnerships with
 * their names, read for the links an answer shows), and the credits the coordinates' licences ask for.
 * A reader waits for an index being built for as long as a query may take, then gets a 503 with
 * Retry-After. Thread-safe: one index is built at a time.
 */
@Component
class MapSource {

    private static final Logger log = LoggerFactory.getLogger(MapSource.class);
    /** Each scan of the index reads a whole property; at 100,000 cities that may take longer than a query. */
    private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(2);

    /**
     * A node that states a link between two cities, with its names by language.
     *
     * @param kind the kind of line it makes: {@code twinning}, {@code agreement} or {@code partnership}
     */
    record Via(String kind, String iri, Map<String, String> names) {
    }

    private record Build(long generation, CompletableFuture<MapIndex> index) {
    }

    private final QueryRunner runner;
    private final Duration timeout;
    private final MapIndexBuilder builder;
    private final Query linkAgreements = SparqlFiles.load("pages", "map-link-agreements");
    private final Query linkPartnerships = SparqlFiles.load("pages", "map-link-partnerships");
    private final Query creditsQuery = SparqlFiles.load("pages", "credits");
    /** The credits, keyed on the store's generation. */
    private final Cache credits;
    private final ExecutorService background = BackgroundThreads.single("map-index");
    private Build build;

    private final BackgroundWork work;

    MapSource(QueryRunner runner, CitynetProperties properties, CacheManager caches, BackgroundWork work) {
        this.work = work;
        this.runner = runner;
        this.timeout = properties.sparql().timeout();
        this.builder = new MapIndexBuilder(runner, SCAN_TIMEOUT);
        this.credits = caches.getCache(CacheConfiguration.MAP_CREDITS);
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        building(runner.dataGeneration());
    }

    /** Waits for a build that is running ({@link BackgroundThreads#stop}). */
    @PreDestroy
    void stop() throws InterruptedException {
        BackgroundThreads.stop(background, "The map index's build");
    }

    /**
     * The index of the current data: the one built, or the one being built, waited for as long as a query
     * may take.
     *
     * @throws MapNotReadyException if it is not ready by then
     */
    MapIndex index() {
        CompletableFuture<MapIndex> index = building(runner.dataGeneration());
        try {
            return index.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new MapNotReadyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapNotReadyException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("The map's index could not be built", e.getCause());
        }
    }

    private MapIndex build(long generation) {
        long started = System.nanoTime();
        MapIndex built = builder.build(generation);
        // The page lists the cities by name: sorted here, once, for readers of each page language.
        PageContext.PAGE_LANGUAGES.forEach(language -> built.byName(LanguagePreference.of(language, null)));
        log.info("Map index of generation {}: {} cities placed, {} not, {} links, built in {} ms", generation,
                built.size(), built.unlocatedSize(), built.linkCount(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    /** The build of this generation's index: the one under way or done, or a new one (a failed one is redone). */
    private synchronized CompletableFuture<MapIndex> building(long generation) {
        if (build != null && build.generation() == generation && !build.index().isCompletedExceptionally()) {
            return build.index();
        }
        if (build != null) {
            // The old index goes before the new one is built, so that two never take heap at once.
            build.index().cancel(false);
        }
        CompletableFuture<MapIndex> index = CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(BackgroundWork.Kind.PAGES, "the map's index", () -> build(generation));
            } catch (InterruptedException e) {
                throw new CancellationException("The service is stopping");
            }
        }, background);
        index.whenComplete((built, failure) -> {
            Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : failure;
            if (cause != null && !(cause instanceof CancellationException)) {
                log.warn("Could not build the map's index of generation {}", generation, failure);
            }
        });
        build = new Build(generation, index);
        return index;
    }

    /** The credits the coordinates' licences ask for, as the data states them. */
    List<PageContext.Attribution> credits() {
        return credits.get(runner.dataGeneration(),
                () -> PageContext.Attribution.read(runner, creditsQuery, timeout));
    }

    /**
     * What states each of the given links, by link number: the agreements (twinning or other) and
     * partnerships both cities are parties to, with their names, in IRI order. A bare {@code cn:twinnedWith}
     * has none.
     */
    Map<Integer, List<Via>> via(MapIndex index, int[] links) {
        Map<Integer, List<Via>> found = new HashMap<>();
        if (links.length == 0) {
            return found;
        }
        Map<String, List<Integer>> byPair = new HashMap<>();
        Set<List<String>> pairs = new HashSet<>();
        for (int link : links) {
            String from = index.iri(index.linkFrom(link));
            String to = index.iri(index.linkTo(link));
            byPair.computeIfAbsent(from + " " + to, k -> new ArrayList<>()).add(link);
            pairs.add(List.of(from, to));
        }
        Map<String, Via> vias = new LinkedHashMap<>();
        runner.select(withPairs(linkAgreements, pairs), Map.of(), timeout, row -> collect(row,
                row.contains("twinning") ? "twinning" : "agreement",
                vias));
        runner.select(withPairs(linkPartnerships, pairs), Map.of(), timeout, row -> collect(row, "partnership", vias));
        vias.forEach((key, via) -> {
            String pair = key.substring(0, key.lastIndexOf(' '));
            for (int link : byPair.getOrDefault(pair, List.of())) {
                if (index.linkKind(link).equals(via.kind())) {
                    found.computeIfAbsent(link, k -> new ArrayList<>())
                            .add(new Via(via.kind(), via.iri(), Map.copyOf(via.names())));
                }
            }
        });
        return found;
    }

    private static String collect(QuerySolution row, String kind, Map<String, Via> vias) {
        String iri = row.getResource("via").getURI();
        String key = row.getResource("from").getURI() + " " + row.getResource("to").getURI() + " " + iri;
        Via via = vias.computeIfAbsent(key, k -> new Via(kind, iri, new HashMap<>()));
        RDFNode label = row.get("viaLabel");
        if (label != null && label.isLiteral()) {
            via.names().putIfAbsent(language(label), label.asLiteral().getLexicalForm());
        }
        return iri;
    }

    /** A copy of {@code query} whose pattern starts with {@code VALUES (?from ?to) { ... }}. */
    private static Query withPairs(Query query, Collection<List<String>> pairs) {
        Var from = Var.alloc("from");
        Var to = Var.alloc("to");
        return QueryBinding.withValues(query, List.of(from, to), pairs.stream().map(pair -> BindingFactory.binding(
                from, NodeFactory.createURI(pair.get(0)), to, NodeFactory.createURI(pair.get(1)))).toList());
    }

    private static String language(RDFNode label) {
        return label.asLiteral().getLanguage().toLowerCase().split("-")[0].intern();
    }
}

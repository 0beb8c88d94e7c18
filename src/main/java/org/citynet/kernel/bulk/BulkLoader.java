package org.citynet.kernel.bulk;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.jena.system.progress.MonitorOutput;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.store.LocalKnowledgeStore;
import org.citynet.kernel.store.StoreFactory;

/**
 * Loads large files (e.g. the generator's output) into a TDB2 directory through Jena's TDB2 bulk loaders,
 * for data too big for the normal way in ({@link KnowledgeGraphLoader}: parse everything into memory,
 * validate with SHACL, write in one transaction), which stays the way for the repository's own data.
 *
 * <p>The normal loader's promises, and how they are kept here:
 * <ul>
 *   <li><b>All or nothing.</b> A new store (absent or empty directory) is built in a staging directory
 *       beside it and renamed into place only when complete; a failure deletes the staging directory. This
 *       is what makes the fast {@link BulkMethod#PHASED phased} (default) and {@link BulkMethod#PARALLEL
 *       parallel} loaders safe, as they have no transaction around the whole load. An existing store is
 *       loaded only with the {@link BulkMethod#BASIC basic} loader, in one write transaction that a failure
 *       aborts, and only with {@code force} if it already holds data.</li>
 *   <li><b>Syntax errors with file, line and column</b>; the first one stops the load (warnings too).</li>
 *   <li><b>Validation.</b> SHACL over ten million triples in memory is not practical, so a bulk load runs
 *       only a streaming structural check ({@link BulkSink}: named graphs only, no reserved graph, no
 *       file-relative IRIs) and does not validate shapes. The generator's output is validated against the
 *       real shapes at small size by its tests.</li>
 * </ul>
 * The store also gets the ontology graph and a manifest that records the files read ({@code dct:source}),
 * so the service reuses it at start-up instead of loading the repository's files ({@link StoreInitializer}).
 *
 * <p>Stateless apart from its output and clock; the store is opened and closed within {@link #load}.
 */
public final class BulkLoader {

    private final MonitorOutput output;
    private final Clock clock;

    /** @param output where progress and the loaders' messages go */
    public BulkLoader(MonitorOutput output) {
        this(output, Clock.systemUTC());
    }

    public BulkLoader(MonitorOutput output, Clock clock) {
        this.output = output;
        this.clock = clock;
    }

    /**
     * @throws LoadException if a file is missing or has a syntax or structure problem, or the target may not
     *                       be loaded into as asked; the target is then as it was
     */
    public BulkLoadSummary load(BulkLoadRequest request) {
        Instant start = clock.instant();
        resetHeapPeaks();
        List<BulkInput> inputs = request.files().stream().map(BulkInput::of).toList();
        StagedKnowledgeGraph ontology = parseOntology(request.root());
        StoreDirectory.State state = StoreDirectory.stateOf(request.store());
        if (state == StoreDirectory.State.OTHER) {
            throw refuse(request.store(), "is not a TDB2 store (nor empty); name a new or empty directory");
        }
        boolean fresh = state == StoreDirectory.State.NEW;
        BulkMethod method = request.method() != null ? request.method() : fresh ? BulkMethod.PHASED : BulkMethod.BASIC;
        if (!fresh && !method.transactional()) {
            throw refuse(request.store(), "exists; the " + method.label() + " loader has no transaction around the"
                    + " whole load, so it only builds new stores. Use --loader basic, or a new directory");
        }
        output.print("Bulk-loading %d file(s) into %s store %s with the %s loader", inputs.size(),
                fresh ? "a new" : "the existing", request.store(), method.label());
        BulkRun.Result result = fresh ? intoNewStore(request, inputs, ontology, method)
                : intoExistingStore(request, inputs, ontology);
        return new BulkLoadSummary(request.store(), method, fresh, result.statements(), result.graphs(),
                result.contentHash(), Duration.between(start, clock.instant()), heapPeak());
    }

    private BulkRun.Result intoNewStore(BulkLoadRequest request, List<BulkInput> inputs,
            StagedKnowledgeGraph ontology, BulkMethod method) {
        Path staging = StoreDirectory.staging(request.store());
        try {
            BulkRun.Result result;
            try (LocalKnowledgeStore store = StoreFactory.openDirectory(staging)) {
                result = run(store, method, inputs, ontology);
            }
            StoreDirectory.moveIntoPlace(staging, request.store());
            return result;
        } catch (RuntimeException e) {
            StoreDirectory.deleteQuietly(staging, e);
            throw e;
        }
    }

    private BulkRun.Result intoExistingStore(BulkLoadRequest request, List<BulkInput> inputs,
            StagedKnowledgeGraph ontology) {
        try (LocalKnowledgeStore store = StoreFactory.openDirectory(request.store())) {
            if (!request.force() && store.holdsData()) {
                throw refuse(request.store(), "already holds data; bulk-loading adds to it and replaces its ontology"
                        + " graph and manifest. Use --force to do so, or a new directory");
            }
            return run(store, BulkMethod.BASIC, inputs, ontology);
        }
    }

    private BulkRun.Result run(LocalKnowledgeStore store, BulkMethod method, List<BulkInput> inputs,
            StagedKnowledgeGraph ontology) {
        return new BulkRun(store.dataset(), method, output, clock).run(inputs,
                ontology.dataset().getGraph(LoadVocabulary.ONTOLOGY_GRAPH), ontology.contentHash());
    }

    /** The ontology files of the project (vocabularies included), parsed and checked like the normal loader does. */
    private StagedKnowledgeGraph parseOntology(Path root) {
        KnowledgeGraphFiles project = KnowledgeGraphFiles.fromRoot(root);
        return new KnowledgeGraphLoader(clock).parse(KnowledgeGraphFiles.of(root, project.ontology(), List.of(),
                List.of()));
    }

    private static LoadException refuse(Path store, String why) {
        return new LoadException(List.of(LoadProblem.structure(store.toString(), why)));
    }

    private static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }
}

package org.citynet.kernel.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the knowledge graph gets into a store: parse every file with RIOT, validate with SHACL,
 * and only if both are clean write everything in one transaction. Plain Java without Spring so that the
 * command line can use it as it is.
 *
 * <pre>
 * KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
 * LoadSummary summary = loader.load(KnowledgeGraphFiles.fromRoot(Path.of(".")), new LocalLoadTarget(dsg));
 * </pre>
 *
 * <p>Stateless apart from its clock; safe to share.
 */
public final class KnowledgeGraphLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeGraphLoader.class);

    private final Clock clock;

    public KnowledgeGraphLoader() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the load time recorded in the manifest */
    public KnowledgeGraphLoader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Parses every file into an in-memory staging dataset.
     *
     * @throws LoadException listing every syntax, structure and I/O problem of every file
     */
    public StagedKnowledgeGraph parse(KnowledgeGraphFiles files) {
        log.info("Parsing {} ontology, {} shapes and {} data files under {}", files.ontology().size(),
                files.shapes().size(), files.data().size(), files.root());
        StagedKnowledgeGraph staged = new StagingParser().parse(files);
        log.info("Parsed {} graphs, {} triples, {} shape triples", staged.graphNames().size(),
                staged.tripleCount(), staged.shapes().size());
        return staged;
    }

    /**
     * Validates the staged data graphs together with the ontology graph against the shapes.
     *
     * @throws LoadException only if the shapes themselves cannot be used
     */
    public ValidationOutcome validate(StagedKnowledgeGraph staged) {
        ValidationOutcome outcome = new ShapeValidation(staged).validate();
        log.info("Validated: {} violations, {} warnings or infos", outcome.refusals().size(),
                outcome.warnings().size());
        return outcome;
    }

    /**
     * Parses, validates and writes. Nothing touches the target unless parsing and validation are clean;
     * the write itself is all or nothing.
     *
     * @throws LoadException if the files are refused; the target is then unchanged
     */
    public LoadSummary load(KnowledgeGraphFiles files, LoadTarget target) {
        Instant start = clock.instant();
        StagedKnowledgeGraph staged = parse(files);
        ValidationOutcome outcome = validate(staged);
        if (!outcome.conforms()) {
            throw new LoadException(outcome.refusals());
        }
        LoadPlan plan = LoadPlan.of(staged, clock.instant());
        log.info("Writing {} graphs, {} triples into {}", plan.graphs().size(), plan.tripleCount(), target);
        target.apply(plan);
        Duration duration = Duration.between(start, clock.instant());
        log.info("Loaded content {} in {} ms", plan.contentHash(), duration.toMillis());
        return new LoadSummary(plan.graphs().keySet().stream().map(Node::getURI).toList(), plan.tripleCount(),
                plan.contentHash(), duration, outcome.warnings());
    }

    /** True if the target's manifest records exactly the current content of the files. */
    public boolean isCurrent(KnowledgeGraphFiles files, LoadTarget target) {
        return Objects.equals(files.contentHash(), target.currentContentHash());
    }
}

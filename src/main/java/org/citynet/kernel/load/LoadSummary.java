package org.citynet.kernel.load;

import java.time.Duration;
import java.util.List;

/**
 * What a successful load wrote.
 *
 * @param graphs      IRIs of the graphs loaded (the ontology graph included, the load graph not)
 * @param triples     triples over those graphs
 * @param contentHash hash of the input files, as recorded in the manifest
 * @param duration    parse, validate and write together
 * @param warnings    SHACL warnings and infos, which did not stop the load
 */
public record LoadSummary(List<String> graphs, long triples, String contentHash, Duration duration,
        List<LoadProblem> warnings) {

    public LoadSummary {
        graphs = List.copyOf(graphs);
        warnings = List.copyOf(warnings);
    }
}

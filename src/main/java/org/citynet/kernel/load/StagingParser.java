package org.citynet.kernel.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Parses every input file with RIOT into an in-memory staging dataset, collecting all problems of all
 * files before giving up. Each file is read once: the same bytes are hashed and parsed, so the recorded
 * content hash is that of what was loaded.
 */
final class StagingParser {

    private final DatasetGraph staging = DatasetGraphFactory.create();
    // A dataset of its own keeps the shapes out of the graphs to load.
    private final DatasetGraph shapes = DatasetGraphFactory.create();
    private final PrefixMapping prefixes = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("cn", CN.NS);
    private final ContentHash hash = new ContentHash();
    private final List<LoadProblem> problems = new ArrayList<>();

    /** @throws LoadException listing every syntax, structure and I/O problem found */
    StagedKnowledgeGraph parse(KnowledgeGraphFiles files) {
        files.sources().forEach(this::parseFile);
        if (!problems.isEmpty()) {
            throw new LoadException(problems);
        }
        return new StagedKnowledgeGraph(files, staging, shapes.getDefaultGraph(), prefixes, hash.hex());
    }

    private void parseFile(SourceFile file) {
        Lang lang = RDFLanguages.filenameToLang(file.path().toString());
        if (lang == null || !RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang)) {
            problems.add(LoadProblem.structure(file.name(), "not a known RDF file type"));
            return;
        }
        byte[] bytes;
        try {
            bytes = file.read();
        } catch (IOException e) {
            problems.add(LoadProblem.io(file.name(), e.toString()));
            return;
        }
        hash.add(file, bytes);
        StagingSink sink = sinkFor(file, lang);
        problems.addAll(parseBytes(file, lang, bytes, sink));
        problems.addAll(sink.problems(file.name()));
    }

    private List<LoadProblem> parseBytes(SourceFile file, Lang lang, byte[] bytes, StagingSink sink) {
        RecordingErrorHandler errors = new RecordingErrorHandler(file.name());
        try {
            RDFParser.source(new ByteArrayInputStream(bytes))
                    .lang(lang)
                    // Same base as parsing the path directly would use.
                    .base(file.path().toUri().toString())
                    .errorHandler(errors)
                    .parse(sink);
        } catch (RiotParseException e) {
            if (!errors.sawFatal()) {
                errors.error(e.getOriginalMessage(), e.getLine(), e.getCol());
            }
        } catch (RiotException e) {
            if (!errors.sawFatal()) {
                errors.error(e.getMessage(), -1, -1);
            }
        }
        return errors.problems();
    }

    private StagingSink sinkFor(SourceFile file, Lang lang) {
        return switch (file.role()) {
            case ONTOLOGY -> new StagingSink(staging, LoadVocabulary.ONTOLOGY_GRAPH, false, prefixes);
            case SHAPES -> new StagingSink(shapes, Quad.defaultGraphIRI, false, prefixes);
            case DATA -> RDFLanguages.isTriples(lang)
                    ? new StagingSink(staging, LoadVocabulary.fileGraph(file.basename()), false, prefixes)
                    : new StagingSink(staging, null, true, prefixes);
        };
    }
}

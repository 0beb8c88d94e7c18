package org.citynet.tools.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.StagedKnowledgeGraph;

/**
 * The gazetteer import: reads the cities of the knowledge graph (every data file except the import's own
 * output), the override file and the npm package; matches; and, only if every city is placed or
 * deliberately unplaced, every override line is usable and the result passes the SHACL shapes together
 * with the rest of the graph, writes {@code data/gazetteer.trig}. Otherwise it writes nothing and the
 * {@link ImportResult} says what a person must settle.
 *
 * <pre>
 * ImportResult result = new GazetteerImporter().run(GazetteerOptions.defaults(Path.of(".")));
 * </pre>
 *
 * <p>Stateless apart from its clock (which gives the default import date of a first run).
 */
public final class GazetteerImporter {

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
    private final Clock clock;

    public GazetteerImporter() {
        this(Clock.systemUTC());
    }

    public GazetteerImporter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws org.citynet.kernel.load.LoadException if the knowledge graph's files do not parse
     * @throws GazetteerException              if the package or the override file cannot be read
     */
    public ImportResult run(GazetteerOptions options) {
        KnowledgeGraphFiles inputs = withoutOutput(KnowledgeGraphFiles.fromRoot(options.root()), options.output());
        StagedKnowledgeGraph staged = loader.parse(inputs);
        GraphCities graph = new GraphCities(staged.dataset().getUnionGraph());
        List<GraphCity> cities = graph.cities();
        OverrideFile.Parsed overrides = OverrideFile.read(options.overrides());
        GazetteerExtract extract = readPackage(options.tarball(), wantedNames(cities, overrides));
        CityMatcher.Outcome matched = new CityMatcher(extract).match(cities, overrides.overrides());

        List<OverrideProblem> problems = new ArrayList<>(overrides.problems());
        problems.addAll(matched.problems());
        problems.sort(Comparator.comparingInt(OverrideProblem::line));
        Result result = new Result(options, extract, matched.resolutions(), problems);
        if (!problems.isEmpty() || matched.resolutions().stream().anyMatch(Resolution::unresolved)) {
            return result.refused(List.of(), null);
        }
        LocalDate date = options.date() != null ? options.date()
                : GazetteerOutput.recordedDate(options.output()).orElseGet(() -> LocalDate.now(clock));
        String text = GazetteerTrig.write(assemble(extract, graph, matched.resolutions(), date));
        List<LoadProblem> violations = validate(inputs, text);
        if (!violations.isEmpty()) {
            return result.refused(violations, date);
        }
        return result.finish(text, date);
    }

    /** Builds the ImportResult once the outcome is known; keeps {@link #run} short. */
    private record Result(GazetteerOptions options, GazetteerExtract extract, List<Resolution> resolutions,
            List<OverrideProblem> problems) {

        ImportResult refused(List<LoadProblem> violations, LocalDate date) {
            return of(ImportResult.Outcome.REFUSED, violations, date);
        }

        ImportResult finish(String text, LocalDate date) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            boolean same = GazetteerOutput.sameContent(options.output(), bytes);
            if (options.check()) {
                return of(same ? ImportResult.Outcome.UNCHANGED : ImportResult.Outcome.OUT_OF_DATE, List.of(), date);
            }
            if (!same) {
                GazetteerOutput.write(options.output(), bytes);
            }
            return of(same ? ImportResult.Outcome.UNCHANGED : ImportResult.Outcome.WRITTEN, List.of(), date);
        }

        private ImportResult of(ImportResult.Outcome outcome, List<LoadProblem> violations, LocalDate date) {
            return new ImportResult(outcome, extract, resolutions, problems, violations,
                    options.display(options.overrides()), options.display(options.output()), date);
        }
    }

    private static KnowledgeGraphFiles withoutOutput(KnowledgeGraphFiles files, Path output) {
        List<Path> data = files.data().stream().filter(path -> !path.equals(output)).toList();
        return KnowledgeGraphFiles.of(files.root(), files.ontology(), files.shapes(), data);
    }

    private static Set<String> wantedNames(List<GraphCity> cities, OverrideFile.Parsed overrides) {
        Set<String> wanted = new HashSet<>();
        cities.forEach(city -> city.labels().forEach(label -> wanted.add(Names.folded(label))));
        overrides.overrides().forEach(line -> wanted.add(Names.folded(line.name())));
        return wanted;
    }

    private static GazetteerExtract readPackage(Path tarball, Set<String> folded) {
        return GazetteerPackage.read(tarball, name -> folded.contains(Names.folded(name)));
    }

    private static GazetteerGraph assemble(GazetteerExtract extract, GraphCities graph, List<Resolution> resolutions,
            LocalDate date) {
        Map<String, String> existing = graph.countriesByCode();
        Map<String, GazetteerGraph.NewCountry> countries = new TreeMap<>();
        List<GazetteerGraph.PlacedCity> placed = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            if (!resolution.placed()) {
                continue;
            }
            GazetteerEntry entry = resolution.entry();
            String countryIri = null;
            // A country the graph already states is kept, never restated or overwritten.
            if (!resolution.city().hasCountry()) {
                countryIri = existing.get(entry.country());
                if (countryIri == null) {
                    String iri = GazetteerVocabulary.COUNTRY + entry.country().toLowerCase(Locale.ROOT);
                    countryIri = iri;
                    countries.computeIfAbsent(entry.country(), code -> new GazetteerGraph.NewCountry(iri, code,
                            graph.hasLabels(iri) ? Map.of() : CountryNames.of(code)));
                }
            }
            placed.add(new GazetteerGraph.PlacedCity(resolution.city(), entry, countryIri, resolution.override()));
        }
        return new GazetteerGraph(extract.info(), date, placed, new ArrayList<>(countries.values()));
    }

    /** SHACL-validates the graph as it would be with the new file, without touching the real one. */
    private List<LoadProblem> validate(KnowledgeGraphFiles inputs, String text) {
        Path temp = null;
        try {
            temp = Files.createTempFile("gazetteer", ".trig");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            List<Path> data = new ArrayList<>(inputs.data());
            data.add(temp);
            StagedKnowledgeGraph staged = loader.parse(KnowledgeGraphFiles.of(inputs.root(), inputs.ontology(),
                    inputs.shapes(), data));
            return loader.validate(staged).refusals();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            GazetteerOutput.deleteQuietly(temp);
        }
    }
}

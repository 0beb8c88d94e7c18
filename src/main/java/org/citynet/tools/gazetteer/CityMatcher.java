package org.citynet.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches the graph's cities to gazetteer entries by name, and applies the override lines.
 *
 * <p>An entry is a candidate for a city if its name equals one of the city's labels, compared by
 * {@link Names#folded}. If the graph knows the city's country, only entries in that country count (the
 * others are listed when none is left, never chosen). Among the rest an entry equal by {@link Names#exact}
 * beats one equal only after folding diacritics. One best entry is a match; several are ambiguous; none is
 * missing. An override line for the city replaces all of this, after checks that its entry exists, is
 * unique and lies in the city's known country. Entries are listed by country, code, name and GeoNames id.
 *
 * <p>Stateless apart from its index of the extract; one instance per import.
 */
final class CityMatcher {

    private static final Comparator<GazetteerEntry> ORDER = Comparator.comparing(GazetteerEntry::country)
            .thenComparing(GazetteerEntry::code).thenComparing(GazetteerEntry::name)
            .thenComparingLong(GazetteerEntry::geonamesId);

    private final Map<String, List<GazetteerEntry>> byFoldedName = new HashMap<>();

    CityMatcher(GazetteerExtract extract) {
        extract.entries().forEach(entry ->
                byFoldedName.computeIfAbsent(Names.folded(entry.name()), k -> new ArrayList<>()).add(entry));
    }

    /** Resolutions in the order of the cities, and the problems of override lines that cannot be used. */
    record Outcome(List<Resolution> resolutions, List<OverrideProblem> problems) {
    }

    Outcome match(List<GraphCity> cities, List<OverrideLine> overrides) {
        Map<String, GraphCity> bySlug = cities.stream()
                .collect(Collectors.toMap(GraphCity::slug, city -> city, (a, b) -> a));
        Map<String, OverrideLine> overrideBySlug = new HashMap<>();
        List<OverrideProblem> problems = new ArrayList<>();
        for (OverrideLine line : overrides) {
            GraphCity city = bySlug.get(line.slug());
            if (city == null) {
                problems.add(new OverrideProblem(line.line(), "no cn:City with slug " + line.slug()
                        + " in the knowledge graph; remove the line or correct the slug"));
            } else {
                overrideBySlug.put(line.slug(), line);
            }
        }
        List<Resolution> resolutions = new ArrayList<>();
        for (GraphCity city : cities) {
            OverrideLine line = overrideBySlug.get(city.slug());
            resolutions.add(line == null ? byName(city) : byOverride(city, line, problems));
        }
        return new Outcome(resolutions, problems);
    }

    Resolution byName(GraphCity city) {
        Set<GazetteerEntry> named = new LinkedHashSet<>();
        city.labels().forEach(label -> named.addAll(byFoldedName.getOrDefault(Names.folded(label), List.of())));
        List<GazetteerEntry> inCountry = named.stream()
                .filter(entry -> city.countryCode() == null || city.countryCode().equals(entry.country()))
                .toList();
        if (inCountry.isEmpty()) {
            return new Resolution(city, Resolution.Status.MISSING, null, null, sorted(named));
        }
        Set<String> exactLabels = city.labels().stream().map(Names::exact).collect(Collectors.toSet());
        List<GazetteerEntry> exact = inCountry.stream()
                .filter(entry -> exactLabels.contains(Names.exact(entry.name()))).toList();
        List<GazetteerEntry> best = exact.isEmpty() ? inCountry : exact;
        if (best.size() == 1) {
            return Resolution.of(city, Resolution.Status.MATCHED, best.get(0));
        }
        return new Resolution(city, Resolution.Status.AMBIGUOUS, null, null, sorted(best));
    }

    private Resolution byOverride(GraphCity city, OverrideLine line, List<OverrideProblem> problems) {
        if (line.unplaced()) {
            return new Resolution(city, Resolution.Status.UNPLACED, null, line, List.of());
        }
        List<GazetteerEntry> named = byFoldedName.getOrDefault(Names.folded(line.name()), List.of()).stream()
                .filter(line::names).toList();
        String problem = null;
        if (named.isEmpty()) {
            problem = "the gazetteer has no entry " + line.name() + " at " + line.place()
                    + "; use a name, GeoNames id, code or lat,lng exactly as the importer's report lists them";
        } else if (named.size() > 1) {
            problem = line.name() + " " + line.place() + " names " + named.size() + " gazetteer entries ("
                    + sorted(named).stream().map(e -> "geonames " + e.geonamesId() + " at " + e.coordinates())
                    .collect(Collectors.joining("; ")) + "); give the chosen one's GeoNames id instead";
        } else if (city.countryCode() != null && !city.countryCode().equals(named.get(0).country())) {
            problem = "conflict: the knowledge graph says " + city.slug() + " is in " + city.countryCode()
                    + ", the chosen entry is in " + named.get(0).country() + "; the sources' country is not"
                    + " overwritten, so correct the line or the sources";
        }
        if (problem != null) {
            problems.add(new OverrideProblem(line.line(), problem));
            // The refused line stops the import; the city is reported as matching by name alone leaves it.
            return byName(city);
        }
        return new Resolution(city, Resolution.Status.OVERRIDDEN, named.get(0), line, List.of());
    }

    private static List<GazetteerEntry> sorted(Iterable<GazetteerEntry> entries) {
        List<GazetteerEntry> list = new ArrayList<>();
        entries.forEach(list::add);
        list.sort(ORDER);
        return list;
    }
}

package org.citynet.tools.gazetteer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints an {@link ImportResult} for a person: on {@code out} a summary and one line per city (so the
 * automatic matches can be reviewed); on {@code err} every refused override line (file:line: message), every
 * unresolved city with its candidates and the override line that would settle it, and SHACL violations.
 */
public final class ImportReport {

    private final PrintStream out;
    private final PrintStream err;

    public ImportReport(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void print(ImportResult result) {
        summary(result);
        result.resolutions().forEach(resolution -> out.println(line(resolution)));
        result.overrideProblems().forEach(problem -> err.println(problem.describe(result.overridesFile())));
        result.unresolved().forEach(resolution -> unresolved(result, resolution));
        result.shapeProblems().forEach(problem -> err.println(problem.describe()));
        out.println(closing(result));
        if (result.outcome() == ImportResult.Outcome.REFUSED) {
            err.printf("Refused: %d unresolved cities, %d override problems, %d SHACL violations; %s not written%n",
                    result.unresolved().size(), result.overrideProblems().size(), result.shapeProblems().size(),
                    result.outputFile());
        }
    }

    private void summary(ImportResult result) {
        PackageInfo info = result.extract().info();
        out.printf("Gazetteer %s %s (%s, %s): %d entries, %d with a wanted name%n", info.name(), info.version(),
                info.licence(), info.integrity(), result.extract().totalCount(), result.extract().entries().size());
        out.printf("%d cities: %d matched, %d overridden, %d unplaced, %d ambiguous, %d missing%n",
                result.resolutions().size(), result.count(Resolution.Status.MATCHED),
                result.count(Resolution.Status.OVERRIDDEN), result.count(Resolution.Status.UNPLACED),
                result.count(Resolution.Status.AMBIGUOUS), result.count(Resolution.Status.MISSING));
    }

    private static String line(Resolution resolution) {
        String status = resolution.status().name().toLowerCase(Locale.ROOT);
        String slug = resolution.city().slug();
        if (resolution.placed()) {
            return String.format("  %-10s %-16s %s", status, slug, resolution.entry().describe());
        }
        if (resolution.status() == Resolution.Status.UNPLACED) {
            return String.format("  %-10s %-16s %s", status, slug, resolution.override().reason());
        }
        return String.format("  %-10s %-16s %d candidate(s), see below", status, slug,
                resolution.candidates().size());
    }

    private void unresolved(ImportResult result, Resolution resolution) {
        GraphCity city = resolution.city();
        List<GazetteerEntry> candidates = resolution.candidates();
        if (resolution.status() == Resolution.Status.AMBIGUOUS) {
            err.printf("AMBIGUOUS %s: %d equally good gazetteer entries:%n", city.describe(), candidates.size());
        } else if (candidates.isEmpty()) {
            err.printf("MISSING %s: no gazetteer entry has any of its names%n", city.describe());
        } else {
            err.printf("MISSING %s: no entry in %s has any of its names; entries elsewhere:%n", city.describe(),
                    city.countryCode());
        }
        candidates.forEach(entry -> err.printf("    %s%n", entry.describe()));
        err.printf("  settle it with a line in %s (fields separated by tabs), e.g.:%n", result.overridesFile());
        if (resolution.status() == Resolution.Status.AMBIGUOUS) {
            err.println("    " + OverrideLine.format(city.slug(), candidates.get(0), "<reason>"));
        } else {
            err.println("    " + city.slug() + "\t<name of the entry that stands for it>\t<GeoNames id>\t<reason>");
            err.println("  or, if the gazetteer cannot place it at all:");
            err.println("    " + city.slug() + "\t-\t-\t<reason>");
        }
    }

    private static String closing(ImportResult result) {
        return switch (result.outcome()) {
            case WRITTEN -> "Wrote " + result.outputFile() + " (import date " + result.date() + ")";
            case UNCHANGED -> result.outputFile() + " is up to date (import date " + result.date() + ")";
            case OUT_OF_DATE -> result.outputFile() + " is out of date: run the importer without --check";
            case REFUSED -> "Nothing written.";
        };
    }
}

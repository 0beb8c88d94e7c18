package org.citynet.tools.gazetteer;

import java.time.LocalDate;
import java.util.List;

import org.citynet.kernel.load.LoadProblem;

/**
 * What one run of the importer found and did.
 *
 * @param outcome          written, unchanged, out of date (with {@code --check}) or refused
 * @param extract          the gazetteer extract read (for counts and division names)
 * @param resolutions      one per city of the graph, sorted by slug
 * @param overrideProblems refused override lines, by line number
 * @param shapeProblems    SHACL violations the generated graph would cause (then nothing is written)
 * @param overridesFile    the override file's name, for messages
 * @param outputFile       the output file's name, for messages
 * @param date             the import date recorded (null if refused before it was decided)
 */
public record ImportResult(Outcome outcome, GazetteerExtract extract, List<Resolution> resolutions,
        List<OverrideProblem> overrideProblems, List<LoadProblem> shapeProblems, String overridesFile,
        String outputFile, LocalDate date) {

    /** How the run ended. */
    public enum Outcome {
        /** the output file was written with new content */
        WRITTEN,
        /** the output file already had exactly this content */
        UNCHANGED,
        /** {@code --check}: the output file differs from what the inputs give */
        OUT_OF_DATE,
        /** unresolved cities, refused override lines or SHACL violations: nothing written */
        REFUSED
    }

    public ImportResult {
        resolutions = List.copyOf(resolutions);
        overrideProblems = List.copyOf(overrideProblems);
        shapeProblems = List.copyOf(shapeProblems);
    }

    public long count(Resolution.Status status) {
        return resolutions.stream().filter(r -> r.status() == status).count();
    }

    public List<Resolution> unresolved() {
        return resolutions.stream().filter(Resolution::unresolved).toList();
    }

    /** Whether the graph file is (now) what the inputs give. */
    public boolean succeeded() {
        return outcome == Outcome.WRITTEN || outcome == Outcome.UNCHANGED;
    }
}

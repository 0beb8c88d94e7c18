package org.citynet.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.citynet.conformance.Comparison.Outcome;
import org.citynet.conformance.Comparison.Verdict;

/** {@code report.md} (the table and every difference) and {@code report.tsv} (one line per surface and store). */
final class Report {

    private Report() {
    }

    static Verdict verdict(Surface surface, Map<String, Answer> reference, Map<String, Answer> store, String problem) {
        if (store == null) {
            return Verdict.failed("the service did not run over this store: " + firstLine(problem));
        }
        Answer expected = reference.get(surface.name());
        Answer actual = store.get(surface.name());
        if (actual == null) {
            return Verdict.failed("not requested");
        }
        return Comparison.compare(surface, expected, actual);
    }

    static void write(Path dir, List<Surface> surfaces, Map<String, Map<String, Answer>> answers,
                      Map<String, String> problems, Map<String, String> notes, String digestOutcome) {
        Map<String, Answer> reference = answers.get("embedded-tdb2");
        StringBuilder md = new StringBuilder("# Store conformance: the service over each store, compared with the embedded TDB2\n\n");
        StringBuilder tsv = new StringBuilder("store\tsurface\toutcome\tstatus\tdetail\n");
        if (reference == null) {
            md.append("The reference service (embedded TDB2) did not run: ").append(problems.get("embedded-tdb2"))
                    .append('\n');
        } else {
            md.append(surfaces.size()).append(" surfaces.\n\n| store | same | differs | failed | notes |\n|---|---|---|---|---|\n");
            StringBuilder details = new StringBuilder();
            for (String store : stores(answers, problems)) {
                if (store.equals("embedded-tdb2")) {
                    continue;
                }
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                details.append("\n## ").append(store).append("\n\n");
                if (problems.containsKey(store)) {
                    details.append("The service did not run over this store:\n\n```\n").append(problems.get(store))
                            .append("\n```\n\n");
                }
                for (Surface surface : surfaces) {
                    Verdict verdict = verdict(surface, reference, answers.get(store), problems.get(store));
                    counts.merge(verdict.outcome(), 1, Integer::sum);
                    Answer answer = answers.getOrDefault(store, Map.of()).get(surface.name());
                    tsv.append(store).append('\t').append(surface.name()).append('\t').append(verdict.outcome())
                            .append('\t').append(answer == null ? "" : answer.status()).append('\t')
                            .append(verdict.detail().replaceAll("[\\t\\n]", " ")).append('\n');
                    if (verdict.outcome() != Outcome.SAME && !problems.containsKey(store)) {
                        details.append("- **").append(surface.name()).append("** — ")
                                .append(verdict.outcome().name().toLowerCase()).append(": ")
                                .append(verdict.detail().replace("|", "\\|").replace("\n", " ")).append('\n');
                    }
                }
                md.append("| ").append(store).append(" | ").append(counts.getOrDefault(Outcome.SAME, 0)).append(" | ")
                        .append(counts.getOrDefault(Outcome.DIFFERS, 0)).append(" | ")
                        .append(counts.getOrDefault(Outcome.FAILED, 0)).append(" | ")
                        .append(notes.getOrDefault(store, "").replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
            md.append("\nReference: ").append(notes.getOrDefault("embedded-tdb2", "")).append('\n');
            if (digestOutcome != null) {
                md.append("\nVirtuoso through its authenticated endpoints (/sparql-auth, HTTP Digest): ")
                        .append(firstLine(digestOutcome)).append('\n');
            }
            md.append(details);
            md.append("\n## Ignored everywhere\n\nJSON fields: ").append(Normalisation.IGNORED_JSON_FIELDS)
                    .append("; RDF predicates: ").append(Normalisation.IGNORED_PREDICATES)
                    .append("; the service's own address is replaced by ").append(Normalisation.SERVICE).append(".\n");
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.md"), md, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.tsv"), tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> stores(Map<String, Map<String, Answer>> answers, Map<String, String> problems) {
        java.util.LinkedHashSet<String> stores = new java.util.LinkedHashSet<>(answers.keySet());
        stores.addAll(problems.keySet());
        return List.copyOf(stores);
    }

    /** The first line, or for a failed start-up the line after Spring Boot's "Description:", which says why. */
    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher why = java.util.regex.Pattern.compile("Description:\\s*\\n\\s*(\\S[^\\n]*)").matcher(text);
        if (why.find()) {
            String head = text.substring(0, Math.max(0, text.indexOf('\n'))).strip();
            return (head.isEmpty() ? "" : head + " ") + why.group(1).strip();
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

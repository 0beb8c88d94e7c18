package org.citynet.kernel.load;

import java.util.List;

import org.apache.jena.shacl.ValidationReport;

/**
 * The result of validating a staged knowledge graph against its SHACL shapes.
 *
 * @param report   Jena's full report, for callers that want to write it out as RDF
 * @param problems one problem per report entry, violations and warnings alike
 */
public record ValidationOutcome(ValidationReport report, List<LoadProblem> problems) {

    public ValidationOutcome {
        problems = List.copyOf(problems);
    }

    /** True if nothing refuses the load (only warnings and infos, or nothing at all). */
    public boolean conforms() {
        return refusals().isEmpty();
    }

    /** The {@code sh:Violation} results. */
    public List<LoadProblem> refusals() {
        return problems.stream().filter(LoadProblem::refusesLoad).toList();
    }

    /** The {@code sh:Warning} and {@code sh:Info} results, reported but not refusing. */
    public List<LoadProblem> warnings() {
        return problems.stream().filter(problem -> !problem.refusesLoad()).toList();
    }
}

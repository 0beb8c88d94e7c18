package org.citynet.kernel.load;

import java.util.List;

/**
 * Thrown when the knowledge graph is refused: it carries every problem found, not just the first, so a
 * person can fix all files in one round. The message lists them, one per line, up to {@value #LISTED}.
 */
public class LoadException extends RuntimeException {

    private static final int LISTED = 50;

    private final List<LoadProblem> problems;

    public LoadException(List<LoadProblem> problems) {
        this(problems, null);
    }

    public LoadException(List<LoadProblem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<LoadProblem> problems() {
        return problems;
    }

    private static String message(List<LoadProblem> problems) {
        StringBuilder text = new StringBuilder("Knowledge graph refused: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(LISTED).forEach(problem -> text.append("\n  ").append(problem.describe()));
        if (problems.size() > LISTED) {
            text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}

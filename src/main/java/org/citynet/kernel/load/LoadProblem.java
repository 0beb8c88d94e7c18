package org.citynet.kernel.load;

import java.io.Serializable;
import java.util.List;

/**
 * One reason the knowledge graph cannot be loaded as it is (or, for SHACL warnings and infos, a remark).
 *
 * <p>Fields that do not apply to a kind are {@code null} (texts) or {@code -1} (positions). Node-valued
 * fields hold readable text: IRIs in angle brackets for focus nodes, prefixed names for paths and shapes
 * where a prefix is known.
 *
 * @param kind        what went wrong
 * @param file        the file, relative to the project root where possible; null for SHACL results
 * @param line        1-based line, or -1 if unknown
 * @param column      1-based column, or -1 if unknown
 * @param focusNode   SHACL focus node
 * @param path        SHACL result path
 * @param value       SHACL value node, if the result has one
 * @param sourceShape SHACL shape that produced the result
 * @param severity    how bad it is; only SHACL results can be below {@link Severity#ERROR}
 * @param message     the parser's or validator's message
 * @param graphs      named graphs holding the focus node as a subject (SHACL results only), else empty
 */
public record LoadProblem(Kind kind, String file, long line, long column, String focusNode, String path,
        String value, String sourceShape, Severity severity, String message, List<String> graphs)
        implements Serializable {

    /** What went wrong. */
    public enum Kind { SYNTAX, SHAPE, IO, STRUCTURE }

    /** ERROR corresponds to {@code sh:Violation}; parser warnings are reported as WARNING but still refuse. */
    public enum Severity { ERROR, WARNING, INFO }

    public LoadProblem {
        graphs = graphs == null ? List.of() : List.copyOf(graphs);
    }

    public static LoadProblem syntax(String file, long line, long column, Severity severity, String message) {
        return new LoadProblem(Kind.SYNTAX, file, line, column, null, null, null, null, severity, message, null);
    }

    public static LoadProblem io(String file, String message) {
        return new LoadProblem(Kind.IO, file, -1, -1, null, null, null, null, Severity.ERROR, message, null);
    }

    public static LoadProblem structure(String file, String message) {
        return new LoadProblem(Kind.STRUCTURE, file, -1, -1, null, null, null, null, Severity.ERROR, message,
                null);
    }

    /**
     * Whether this problem stops the load. Every syntax warning does (the data must be clean), SHACL
     * results only at severity violation.
     */
    public boolean refusesLoad() {
        return kind != Kind.SHAPE || severity == Severity.ERROR;
    }

    /** A single person-readable line, e.g. {@code data/broken.trig:12:5: syntax error: ...}. */
    public String describe() {
        return switch (kind) {
            case SYNTAX -> location() + ": syntax " + (severity == Severity.ERROR ? "error" : "warning") + ": "
                    + message;
            case IO -> location() + ": cannot read: " + message;
            case STRUCTURE -> location() + ": structure error: " + message;
            case SHAPE -> describeShapeResult();
        };
    }

    @Override
    public String toString() {
        return describe();
    }

    private String location() {
        StringBuilder text = new StringBuilder(file == null ? "(unknown file)" : file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    private String describeShapeResult() {
        String level = switch (severity) {
            case ERROR -> "violation";
            case WARNING -> "warning";
            case INFO -> "info";
        };
        StringBuilder text = new StringBuilder("SHACL ").append(level).append(": focus ").append(focusNode);
        if (path != null) {
            text.append(" path ").append(path);
        }
        if (value != null) {
            text.append(" value ").append(value);
        }
        text.append(": ").append(message);
        if (sourceShape != null) {
            text.append(" (shape ").append(sourceShape).append(')');
        }
        if (!graphs.isEmpty()) {
            text.append(" in graph ").append(String.join(", ", graphs));
        }
        return text.toString();
    }
}

package org.carepathway.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Custom rules that do not compile, or that lack the metadata every rule declares. The message lists each
 * problem as {@code source:line: problem}.
 */
public final class RuleCompilationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * One compile problem.
     *
     * @param source the file, classpath resource or name the DRL came from
     * @param line the 1-based line, or 0 when unknown
     * @param message what is wrong
     */
    public record Problem(String source, int line, String message) {
        @Override
        public String toString() {
            return source + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public RuleCompilationException(List<Problem> problems) {
        super("custom rules do not compile:\n" + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in source order. */
    public List<Problem> problems() {
        return problems;
    }
}

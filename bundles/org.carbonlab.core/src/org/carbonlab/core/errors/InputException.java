package org.carbonlab.core.errors;

import java.util.List;

/**
 * A user mistake in the input (file, column, formula, parameter). Carries every problem found,
 * each as one self-contained message that names the column, entity or period concerned.
 * The batch command maps it to exit code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InputException(String problem) {
        this(List.of(problem));
    }

    public InputException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

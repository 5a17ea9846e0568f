package org.carbonlab.model.persistence;

/**
 * The rule for names in a study (datasets, variables, weight matrices, analyses and the variables
 * that output bindings define). Names become file names ({@code <analysis>.json} in the output
 * folder), XML ids and data columns, so they are plain identifiers: no path separator and no
 * leading dot can make a result land outside the output folder or become a hidden file.
 */
public final class StudyNames {

	/** The rule in words, for messages. */
	public static final String RULE = "names must be identifiers: letters, digits, '_', '.' and '-', not starting with '.'";

	private StudyNames() {
	}

	/** @return whether {@code name} follows {@link #RULE} */
	public static boolean isSafe(String name) {
		if (name == null || name.isEmpty() || name.charAt(0) == '.') {
			return false;
		}
		return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
	}
}

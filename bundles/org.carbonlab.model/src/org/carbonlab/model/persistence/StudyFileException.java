package org.carbonlab.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A study file could not be read or written. The message names the file and, where the XML parser
 * reported one, the line and column of the problem.
 */
public class StudyFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String detail;

	/**
	 * @param file the study file concerned (may be {@code null} if unknown)
	 * @param line the 1-based line of the problem, or -1 if unknown
	 * @param column the 1-based column of the problem, or -1 if unknown
	 * @param detail what went wrong
	 * @param cause the underlying exception, or {@code null}
	 */
	public StudyFileException(Path file, int line, int column, String detail, Throwable cause) {
		super(compose(file, line, column, detail), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.detail = detail;
	}

	public StudyFileException(Path file, String detail, Throwable cause) {
		this(file, -1, -1, detail, cause);
	}

	public StudyFileException(Path file, String detail) {
		this(file, -1, -1, detail, null);
	}

	/** @return the study file concerned, or {@code null} if unknown */
	public Path getFile() {
		return file;
	}

	/** @return the 1-based line of the problem, or -1 if unknown */
	public int getLine() {
		return line;
	}

	/** @return the 1-based column of the problem, or -1 if unknown */
	public int getColumn() {
		return column;
	}

	/** @return the problem without the file and position prefix */
	public String getDetail() {
		return detail;
	}

	private static String compose(Path file, int line, int column, String detail) {
		StringBuilder sb = new StringBuilder("Study file ");
		sb.append(file == null ? "<unknown>" : file.toString());
		if (line > 0) {
			sb.append(", line ").append(line);
			if (column > 0) {
				sb.append(", column ").append(column);
			}
		}
		sb.append(": ").append(detail == null ? "unknown error" : detail);
		return sb.toString();
	}
}

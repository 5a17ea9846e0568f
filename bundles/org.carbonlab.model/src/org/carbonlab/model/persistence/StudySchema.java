package org.carbonlab.model.persistence;

import java.nio.file.Path;

import org.carbonlab.model.Study;

/**
 * Versions of the study file format and the upgrade from older ones.
 * <p>
 * Version 1 is every file written before the version was recorded (no {@code schemaVersion}
 * attribute). Version 2 adds the run records (the new {@code Result} attributes and the
 * {@code failed-input}/{@code failed-estimation} statuses) and stricter names; a version 1 file
 * needs no change to its content, only the version number. A later upgrade that does change
 * content adds one step to {@link #upgrade}.
 */
public final class StudySchema {

	/** The version this CarbonLab writes and the newest it reads. */
	public static final int CURRENT = 2;

	/** What a file without a {@code schemaVersion} attribute is. */
	static final int UNVERSIONED = 1;

	private StudySchema() {
	}

	/** @return the schema version a loaded study was written with (1 when the file recorded none) */
	public static int versionOf(Study study) {
		return study.getSchemaVersion() <= 0 ? UNVERSIONED : study.getSchemaVersion();
	}

	/**
	 * Brings a loaded study up to {@link #CURRENT}, step by step.
	 *
	 * @throws StudyFileException if the file was written by a newer CarbonLab: guessing at features
	 *             this version does not know could silently drop them on the next save
	 */
	static void upgrade(Path file, Study study) throws StudyFileException {
		checkNotNewer(file, study);
		int version = versionOf(study);
		if (version < 2) {
			// 1 → 2: no content change; the new Result attributes are optional.
			version = 2;
		}
		study.setSchemaVersion(version);
	}

	static void checkNotNewer(Path file, Study study) throws StudyFileException {
		int version = versionOf(study);
		if (version > CURRENT) {
			throw new StudyFileException(file, "the study file has schema version " + version
					+ ", written by a newer CarbonLab; this CarbonLab reads schema versions 1 to " + CURRENT
					+ ". Open it with a newer CarbonLab.");
		}
	}
}

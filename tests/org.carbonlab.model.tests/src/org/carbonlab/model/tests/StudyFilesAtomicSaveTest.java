package org.carbonlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

class StudyFilesAtomicSaveTest {

	@TempDir(factory = TestDirs.class, cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	private Path file;
	private byte[] before;

	@BeforeEach
	void writeAGoodFile() throws Exception {
		file = dir.resolve("study.carbonlab");
		StudyFiles.save(Studies.full(), file);
		before = Files.readAllBytes(file);
	}

	@Test
	void serialisationFailingMidWayLeavesTheOldFileIntact() throws Exception {
		// EMF throws during serialisation (the temporary file already exists by then) when it meets
		// a character that XML 1.0 cannot represent.
		Study study = Studies.full();
		study.getVariables().get(1).setLabel("bad \u0001 label");

		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));

		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("invalid XML character"), e.getMessage());
		assertUnchanged();
	}

	@Test
	void referenceOutsideTheStudyFailsAndLeavesTheOldFileIntact() throws Exception {
		Study study = Studies.full();
		Dataset stray = ModelFactory.eINSTANCE.createDataset();
		stray.setName("stray");
		study.getVariables().get(0).setDataset(stray); // not contained in the study

		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));

		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("Dataset 'stray'"), e.getMessage());
		assertUnchanged();
	}

	@Test
	void savingIntoAMissingFolderFailsAndCreatesNothing() {
		Path missing = dir.resolve("no-such-folder").resolve("s.carbonlab");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(Studies.full(), missing));
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
		assertFalse(Files.exists(missing.getParent()));
	}

	@Test
	void savingOntoAFolderFails() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("folder.carbonlab"));
		assertThrows(StudyFileException.class, () -> StudyFiles.save(Studies.full(), folder));
		try (var listing = Files.list(folder)) {
			assertEquals(0, listing.count());
		}
	}

	@Test
	void aFailedSaveDoesNotAffectTheNextOne() throws Exception {
		Study study = Studies.full();
		study.setDescription("\u0000");
		assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));
		study.setDescription("fixed");
		StudyFiles.save(study, file);
		assertTrue(EcoreUtil.equals(study, StudyFiles.load(file)));
		assertOnlyTheStudyFile();
	}

	private void assertUnchanged() throws Exception {
		assertArrayEquals(before, Files.readAllBytes(file), "the existing file was modified");
		assertTrue(EcoreUtil.equals(Studies.full(), StudyFiles.load(file)));
		assertOnlyTheStudyFile();
	}

	private void assertOnlyTheStudyFile() throws Exception {
		try (var listing = Files.list(dir)) {
			assertEquals(List.of(file), listing.toList(), "no temporary file may remain");
		}
	}
}

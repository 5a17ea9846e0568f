package org.carbonlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

class StudyFilesMalformedTest {

	private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:carbonlab=\"http://carbonlab.org/model/1.0\"";

	@TempDir(factory = TestDirs.class, cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void malformedXmlNamesTheFileAndThePosition() throws Exception {
		Path file = write("broken.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <datasets name="wdi" source="a.csv">
				</carbonlab:Study>
				""".formatted(NS));

		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));

		assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
		assertEquals(file.toAbsolutePath(), e.getFile());
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().contains("line 4"), e.getMessage());
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		Path file = write("empty.carbonlab", "");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void notXmlAtAllIsRefused() throws Exception {
		Path file = write("csv.carbonlab", "iso3,year,co2\nAUT,1990,61.2\n");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals(1, e.getLine(), e.getMessage());
	}

	@Test
	void unknownAttributeIsReportedWithItsLine() throws Exception {
		Path file = write("typo.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <datasets name="wdi" sauce="a.csv"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("sauce"), e.getMessage());
		assertEquals(3, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void unresolvedReferenceIsReported() throws Exception {
		Path file = write("dangling.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <variables name="x" dataset="nowhere"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
		assertEquals(3, e.getLine(), e.getMessage());
	}

	@Test
	void referenceToAnObjectOfTheWrongKindIsReported() throws Exception {
		// A backward reference: EMF knows the position.
		Path back = write("kind-back.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <analyses name="fe"/>
				  <results analysis="fe"/>
				  <variables name="x" dataset="fe"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(back));
		assertTrue(e.getMessage().contains("'dataset' cannot be set to Analysis 'fe'"), e.getMessage());
		assertEquals(5, e.getLine(), e.getMessage());

		// A forward reference is resolved at the end of the document: EMF gives no position then.
		Path forward = write("kind-forward.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <variables name="x" dataset="fe"/>
				  <analyses name="fe"/>
				</carbonlab:Study>
				""".formatted(NS));
		e = assertThrows(StudyFileException.class, () -> StudyFiles.load(forward));
		assertTrue(e.getMessage().contains("'dataset' cannot be set to Analysis 'fe'"), e.getMessage());
		assertTrue(e.getMessage().contains(forward.toString()), e.getMessage());
	}

	@Test
	void wrongRootElementIsRefused() throws Exception {
		Path file = write("root.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Dataset xmi:version="2.0" %s name="wdi"/>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("exactly one Study"), e.getMessage());
	}

	@Test
	void duplicateNamesInAHandEditedFileAreRefused() throws Exception {
		Path file = write("dup.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s">
				  <datasets name="wdi"/>
				  <analyses name="wdi" dataset="wdi"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("'wdi'"), e.getMessage());
	}

	@Test
	void missingFileIsReported() {
		Path file = dir.resolve("nope.carbonlab");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}
}

package org.carbonlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** Study files must never make the loader read another file. */
class StudyFilesSecurityTest {

	private static final String SECRET = "TOP-SECRET-7f3a9c";
	private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:carbonlab=\"http://carbonlab.org/model/1.0\"";

	@TempDir(factory = TestDirs.class, cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	private Path secret;

	@BeforeEach
	void writeSecret() throws Exception {
		secret = dir.resolve("secret.txt");
		Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
	}

	@Test
	void externalEntityReferencingALocalFileIsRefused() throws Exception {
		Path file = write("xxe.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE carbonlab:Study [ <!ENTITY leak SYSTEM "%s"> ]>
				<carbonlab:Study xmi:version="2.0" %s name="&leak;" description="&leak;"/>
				""".formatted(secret.toUri(), NS));

		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));

		assertRefusedWithoutLeak(e, file);
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void externalEntityWithARelativePathIsRefused() throws Exception {
		Path file = write("xxe-relative.carbonlab", """
				<?xml version="1.0"?>
				<!DOCTYPE x [ <!ENTITY leak SYSTEM "secret.txt"> ]>
				<carbonlab:Study xmi:version="2.0" %s>
				  <datasets name="d" source="&leak;"/>
				</carbonlab:Study>
				""".formatted(NS));
		assertRefusedWithoutLeak(assertThrows(StudyFileException.class, () -> StudyFiles.load(file)), file);
	}

	@Test
	void externalParameterEntityAndDtdAreRefused() throws Exception {
		Path dtd = dir.resolve("evil.dtd");
		Files.writeString(dtd, "<!ENTITY % file SYSTEM \"" + secret.toUri() + "\">\n<!ENTITY leak \"%file;\">\n");
		Path file = write("dtd.carbonlab", """
				<?xml version="1.0"?>
				<!DOCTYPE carbonlab:Study SYSTEM "%s">
				<carbonlab:Study xmi:version="2.0" %s name="&leak;"/>
				""".formatted(dtd.toUri(), NS));
		assertRefusedWithoutLeak(assertThrows(StudyFileException.class, () -> StudyFiles.load(file)), file);
	}

	@Test
	void internalEntityExpansionIsRefused() throws Exception {
		Path file = write("lol.carbonlab", """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [
				  <!ENTITY lol "lol">
				  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				]>
				<carbonlab:Study xmi:version="2.0" %s name="&lol3;"/>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertFalse(e.getMessage().contains("lollol"), e.getMessage());
	}

	@Test
	void referenceIntoAnotherStudyFileIsRefused() throws Exception {
		Path other = dir.resolve("other.carbonlab");
		Files.writeString(other, """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="%s">
				  <datasets name="wdi" source="%s"/>
				</carbonlab:Study>
				""".formatted(NS, SECRET, SECRET));
		Path file = write("cross.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="cross">
				  <analyses name="fe" estimatorId="panel.fe" dataset="other.carbonlab#wdi"/>
				</carbonlab:Study>
				""".formatted(NS));

		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));

		assertRefusedWithoutLeak(e, file);
		assertTrue(e.getMessage().contains("self-contained"), e.getMessage());
	}

	@Test
	void unknownNamespaceIsNotLoadedFromItsUri() throws Exception {
		Path ecore = dir.resolve("evil.ecore");
		Files.writeString(ecore, "<?xml version=\"1.0\"?><ecore:EPackage xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" "
				+ "name=\"" + SECRET + "\" nsURI=\"" + ecore.toUri() + "\" nsPrefix=\"evil\"/>");
		Path file = write("ns.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<evil:Thing xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:evil="%s" name="x"/>
				""".formatted(ecore.toUri()));
		assertRefusedWithoutLeak(assertThrows(StudyFileException.class, () -> StudyFiles.load(file)), file);
	}

	private static void assertRefusedWithoutLeak(StudyFileException e, Path file) {
		String all = describe(e);
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertFalse(all.contains(SECRET), "the content of another file leaked: " + all);
	}

	private static String describe(Throwable t) {
		StringBuilder sb = new StringBuilder();
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			sb.append(c).append('\n');
		}
		return sb.toString();
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}
}

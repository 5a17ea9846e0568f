package org.carbonlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carbonlab.model.Result;
import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Study;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.carbonlab.model.persistence.StudyNames;
import org.carbonlab.model.persistence.StudySchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions (old files upgrade, newer files are refused), run records, safe names, kept comments. */
class StudyFilesSchemaTest {

	private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:carbonlab=\"http://carbonlab.org/model/1.0\"";

	/** A study as written before schema versions existed (version 1): no schemaVersion attribute. */
	private static final String VERSION_1 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- Written by hand.
			     Second line of the comment. -->
			<carbonlab:Study xmi:version="2.0" %s name="old study">
			  <datasets name="wdi" source="data/wdi.csv" entityColumn="iso3" timeColumn="year"/>
			  <analyses name="fe" estimatorId="panel.fe" dataset="wdi">
			    <parameters name="formula" value="y ~ x"/>
			    <outputs table="scores" column="score" variable="fe_score"/>
			  </analyses>
			  <results analysis="fe" status="failed" path="out/fe.json" estimatorVersion="0.1"/>
			</carbonlab:Study>
			""".formatted(NS);

	@TempDir(factory = TestDirs.class, cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void aVersion1FileLoadsUpgradedAndIsSavedWithTheCurrentVersion() throws Exception {
		Path file = write("old.carbonlab", VERSION_1);
		Study study = StudyFiles.load(file);
		assertEquals(StudySchema.CURRENT, study.getSchemaVersion(), "upgraded on load");
		assertEquals(2, StudySchema.CURRENT);
		assertEquals("old study", study.getName());
		Result old = study.getResults().get(0);
		assertEquals(ResultStatus.FAILED, old.getStatus(), "version 1 statuses keep their meaning");
		assertEquals(study.getAnalyses().get(0), old.getAnalysis());
		assertNull(old.getSha256());

		StudyFiles.save(study, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.contains("schemaVersion=\"2\""), saved);
		assertEquals(2, StudyFiles.load(file).getSchemaVersion());
	}

	@Test
	void theExampleStudyAndItsVersion1FormatStillLoad() throws Exception {
		// The working directory of the tests is this test bundle's folder.
		Path example = Path.of("..", "..", "examples", "china-provinces", "china-provinces.carbonlab");
		assertTrue(Files.isRegularFile(example), "the example study is at " + example.toAbsolutePath());
		assertFalse(Files.readString(example).contains("schemaVersion"), "the example is a version 1 file");
		Study study = StudyFiles.load(example);
		assertEquals(StudySchema.CURRENT, study.getSchemaVersion());
		assertEquals(14, study.getAnalyses().size());
	}

	@Test
	void aFileFromANewerSchemaIsRefusedClearly() throws Exception {
		Path file = write("newer.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="from the future" schemaVersion="3">
				  <datasets name="wdi" source="wdi.csv"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("schema version 3") && e.getMessage().contains("newer CarbonLab")
				&& e.getMessage().contains("1 to 2"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
	}

	@Test
	void aNewerFileWithFeaturesThisVersionDoesNotKnowNamesTheVersionNotTheFeature() throws Exception {
		Path file = write("newer-features.carbonlab", """
				<?xml version="1.0" encoding="UTF-8"?>
				<carbonlab:Study xmi:version="2.0" %s name="s" schemaVersion="7">
				  <datasets name="wdi" source="wdi.csv" crossSection="true"/>
				  <provenance tool="x"/>
				</carbonlab:Study>
				""".formatted(NS));
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
		assertTrue(e.getMessage().contains("schema version 7") && e.getMessage().contains("newer CarbonLab"),
				e.getMessage());
	}

	@Test
	void pathTraversalAndHiddenNamesAreRefusedOnLoadNamingTheElement() throws Exception {
		String[][] cases = {
				{"<analyses name=\"../../evil\" estimatorId=\"panel.fe\"/>", "analysis name '../../evil'"},
				{"<analyses name=\"sub/dir\" estimatorId=\"panel.fe\"/>", "analysis name 'sub/dir'"},
				{"<analyses name=\"..\\win\" estimatorId=\"panel.fe\"/>", "analysis name '..\\win'"},
				{"<analyses name=\".hidden\" estimatorId=\"panel.fe\"/>", "analysis name '.hidden'"},
				{"<variables name=\"../x\" derivation=\"log(y)\"/>", "variable name '../x'"},
				{"<datasets name=\"/etc/passwd\" source=\"a.csv\"/>", "dataset name '/etc/passwd'"},
				{"<weightMatrices name=\"w:1\"/>", "weight matrix name 'w:1'"},
				{"<analyses name=\"dea\" estimatorId=\"efficiency.dea\"><outputs table=\"scores\" column=\"score\" variable=\"../../x\"/></analyses>",
						"analysis 'dea', output 1: the variable name '../../x'"},
		};
		int i = 0;
		for (String[] c : cases) {
			Path file = write("unsafe" + i++ + ".carbonlab", """
					<?xml version="1.0" encoding="UTF-8"?>
					<carbonlab:Study xmi:version="2.0" %s name="s">
					  %s
					</carbonlab:Study>
					""".formatted(NS, c[0]));
			StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file), c[0]);
			assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains(StudyNames.RULE), e.getMessage());
		}
	}

	@Test
	void safeNamesFollowTheRule() {
		for (String ok : new String[] {"fe", "fe_twoways", "model-2", "v1.2", "ln_gdp", "省份", "a..b"}) {
			assertTrue(StudyNames.isSafe(ok), ok);
		}
		for (String bad : new String[] {"", ".", "..", ".x", "a/b", "a\\b", "../a", "a b", "a:b", "a\u0000b", "a\nb"}) {
			assertFalse(StudyNames.isSafe(bad), bad);
		}
	}

	@Test
	void savingKeepsTheCommentsAboveTheStudyElement() throws Exception {
		Path file = write("commented.carbonlab", VERSION_1);
		Study study = StudyFiles.load(file);
		study.setDescription("edited");
		StudyFiles.save(study, file);
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(saved.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Written by hand.\n"
				+ "     Second line of the comment. -->\n<carbonlab:Study"), saved);
		assertEquals("edited", StudyFiles.load(file).getDescription());
		// Saving again does not pile up copies of the comment.
		StudyFiles.save(StudyFiles.load(file), file);
		assertEquals(saved, Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void runRecordsRoundTripWithTheirNewStatuses() throws Exception {
		Study study = Studies.full();
		Path file = dir.resolve("records.carbonlab");
		StudyFiles.save(study, file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("status=\"failed-estimation\""), xml);
		assertTrue(xml.contains("elapsedMs=\"12345678901\""), xml);
		Result r = StudyFiles.load(file).getResults().get(0);
		assertEquals("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", r.getSha256());
		assertEquals("frontier.sfa", r.getEstimatorId());
		assertEquals(12_345_678_901L, r.getElapsedMs());
		assertEquals(ResultStatus.FAILED_INPUT, ResultStatus.get("failed-input"));
	}

	private Path write(String name, String text) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}
}

package org.carbonlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ModelPackage;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.persistence.StudyFileException;
import org.carbonlab.model.persistence.StudyFiles;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

class StudyFilesRoundTripTest {

	@TempDir(factory = TestDirs.class, cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void fixtureSetsEveryClassAndFeatureOfTheModel() {
		Study study = Studies.full();
		List<EObject> all = new ArrayList<>();
		all.add(study);
		study.eAllContents().forEachRemaining(all::add);
		for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass eClass)) {
				continue;
			}
			List<EObject> instances = all.stream().filter(eClass::isInstance).toList();
			assertFalse(instances.isEmpty(), "no instance of " + eClass.getName());
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				assertTrue(instances.stream().anyMatch(o -> o.eIsSet(feature)),
						"feature " + eClass.getName() + "." + feature.getName() + " is never set");
			}
		}
	}

	@Test
	void fullStudyRoundTrips() throws Exception {
		Study original = Studies.full();
		Path file = dir.resolve("full.carbonlab");

		StudyFiles.save(original, file);
		Study loaded = StudyFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "loaded study differs from the saved one");
		assertNull(original.eResource(), "save must not move the study into a resource");
		// References resolve to the objects of the loaded study.
		Variable eff = StudyFiles.findVariable(loaded, "eff").orElseThrow();
		assertSame(StudyFiles.findAnalysis(loaded, "sfa").orElseThrow(), eff.getProducedBy());
		assertSame(loaded.getResults().get(0), loaded.getAnalyses().get(0).getResult());
		assertSame(loaded.getAnalyses().get(1), loaded.getResults().get(1).getAnalysis());
		assertEquals(1.0 / 3.0, loaded.getWeightMatrices().get(0).getEntries().get(1).getValue());
		assertEquals(1e-300, loaded.getWeightMatrices().get(0).getEntries().get(2).getValue());
	}

	@Test
	void fileIsUtf8XmiWithNamesAsIds() throws Exception {
		Path file = dir.resolve("ids.carbonlab");
		StudyFiles.save(Studies.full(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);

		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
		assertTrue(xml.contains("xmlns:carbonlab=\"http://carbonlab.org/model/1.0\""), xml);
		assertTrue(xml.contains("dataset=\"wdi\""), xml);
		assertTrue(xml.contains("producedBy=\"sfa\""), xml);
		assertTrue(xml.contains("weightMatrix=\"W_contig\""), xml);
		assertTrue(xml.contains("log CO₂ per GDP"), xml);
		assertFalse(xml.contains("\r"), "line delimiter must be \\n");
		assertTrue(xml.lines().count() > 20, "output must be formatted");
	}

	@Test
	void savingALoadedStudyAgainGivesTheSameBytes() throws Exception {
		Path first = dir.resolve("first.carbonlab");
		Path second = dir.resolve("second.carbonlab");
		StudyFiles.save(Studies.full(), first);
		StudyFiles.save(StudyFiles.load(first), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void emptyStudyRoundTrips() throws Exception {
		Study empty = StudyFiles.create("empty");
		Path file = dir.resolve("empty.carbonlab");
		StudyFiles.save(empty, file);
		Study loaded = StudyFiles.load(file);
		assertEquals("empty", loaded.getName());
		assertTrue(EcoreUtil.equals(empty, loaded));
	}

	@Test
	void fileWithAnotherExtensionLoads() throws Exception {
		Path file = dir.resolve("study.xml");
		StudyFiles.save(Studies.full(), file);
		assertTrue(EcoreUtil.equals(Studies.full(), StudyFiles.load(file)));
	}

	@Test
	void savingReplacesAnExistingFile() throws Exception {
		Path file = dir.resolve("replace.carbonlab");
		StudyFiles.save(StudyFiles.create("old"), file);
		StudyFiles.save(StudyFiles.create("new"), file);
		assertEquals("new", StudyFiles.load(file).getName());
		try (var listing = Files.list(dir)) {
			assertEquals(List.of(file), listing.toList(), "no temporary file may remain");
		}
	}

	@Test
	void lookupsByName() {
		Study study = Studies.full();
		Dataset wdi = StudyFiles.findDataset(study, "wdi").orElseThrow();
		assertEquals("iso3", wdi.getEntityColumn());
		assertEquals("trade", StudyFiles.findDataset(study, "trade").orElseThrow().getName());
		Analysis fe = StudyFiles.findAnalysis(study, "fe").orElseThrow();
		assertEquals("panel.fe", fe.getEstimatorId());
		assertEquals("log(co2/gdp)", StudyFiles.findVariable(study, "lnco2").orElseThrow().getDerivation());
		assertEquals(3, StudyFiles.findWeightMatrix(study, "W_contig").orElseThrow().getEntities().size());
		assertTrue(StudyFiles.findDataset(study, "nope").isEmpty());
		assertTrue(StudyFiles.findVariable(study, "wdi").isEmpty(), "look-ups are per kind");
		assertTrue(StudyFiles.findAnalysis(study, "eff").isEmpty());
	}

	@Test
	void relativePathsResolveAgainstTheStudyFolder() {
		Path studyFile = dir.resolve("sub/s.carbonlab");
		assertEquals(dir.resolve("sub/data/wdi.csv"), StudyFiles.resolveRelativeTo(studyFile, "data/wdi.csv"));
		assertEquals(dir.resolve("x.csv"), StudyFiles.resolveRelativeTo(studyFile, "../x.csv"));
		Path absolute = dir.resolve("abs.csv");
		assertEquals(absolute, StudyFiles.resolveRelativeTo(studyFile, absolute.toString()));
	}

	@Test
	void duplicateNamesAcrossKindsAreRefusedOnSave() {
		Study study = Studies.full();
		Variable clash = ModelFactory.eINSTANCE.createVariable();
		clash.setName("wdi");
		study.getVariables().add(clash);
		Path file = dir.resolve("dup.carbonlab");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));
		assertTrue(e.getMessage().contains("'wdi'"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void namesWithWhiteSpaceAreRefusedOnSave() {
		Study study = Studies.full();
		study.getDatasets().get(0).setName("World Bank");
		Path file = dir.resolve("space.carbonlab");
		StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));
		assertTrue(e.getMessage().contains("'World Bank'"), e.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void createGivesAnEmptyNamedStudy() {
		Study study = StudyFiles.create("s");
		assertNotNull(study);
		assertEquals("s", study.getName());
		assertTrue(study.getDatasets().isEmpty() && study.getAnalyses().isEmpty() && study.getResults().isEmpty());
		assertNull(study.eResource());
	}
}

package org.carbonlab.model.tests;

import java.time.Instant;
import java.util.Date;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.Dataset;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.OutputBinding;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Result;
import org.carbonlab.model.ResultStatus;
import org.carbonlab.model.Standardisation;
import org.carbonlab.model.Study;
import org.carbonlab.model.Variable;
import org.carbonlab.model.WeightEntry;
import org.carbonlab.model.WeightKind;
import org.carbonlab.model.WeightMatrix;
import org.carbonlab.model.persistence.StudyFiles;

/** Test fixtures. */
final class Studies {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private Studies() {
	}

	/** A study in which every class of the model occurs and every feature is set to a non-default value. */
	static Study full() {
		Study study = StudyFiles.create("EKC – OECD 1990–2020");
		study.setDescription("Environmental Kuznets curve, with <markup> & \"quotes\" and ünïcödé\nover two lines");

		Dataset wdi = F.createDataset();
		wdi.setName("wdi");
		wdi.setSource("data/wdi panel.csv");
		wdi.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		wdi.setEntityColumn("iso3");
		wdi.setTimeColumn("year");
		wdi.setSheet("Sheet 1");
		wdi.setBalanced(true);
		wdi.setNObs(1240);
		wdi.setNEntities(40);
		wdi.setNPeriods(31);
		wdi.getJoins().add("regions.csv:country=iso3");
		wdi.setHeaderRow(3);
		wdi.setTimeUnit("quarter");
		study.getDatasets().add(wdi);

		Dataset trade = F.createDataset();
		trade.setName("trade");
		trade.setSource("/abs/data/trade.xlsx");
		trade.setEntityColumn("country");
		trade.setTimeColumn("yr");
		trade.setSkip(1);
		study.getDatasets().add(trade);

		WeightMatrix w = F.createWeightMatrix();
		w.setName("W_contig");
		w.setSource("weights/contiguity.csv");
		w.setKind(WeightKind.KNEAREST);
		w.setStandardisation(Standardisation.SPECTRAL);
		w.getEntities().add("AUT");
		w.getEntities().add("DEU");
		w.getEntities().add("FRA");
		w.getEntries().add(entry("AUT", "DEU", 0.5));
		w.getEntries().add(entry("DEU", "AUT", 1.0 / 3.0));
		w.getEntries().add(entry("FRA", "DEU", 1e-300));
		study.getWeightMatrices().add(w);
		WeightMatrix built = F.createWeightMatrix();
		built.setName("W_knn");
		built.getParameters().add(parameter("method", "knn"));
		built.getParameters().add(parameter("k", "4"));
		study.getWeightMatrices().add(built);

		Analysis sfa = F.createAnalysis();
		sfa.setName("sfa");
		sfa.setEstimatorId("frontier.sfa");
		sfa.setLabel("Stochastic frontier");
		sfa.getParameters().add(parameter("distribution", "half-normal"));
		sfa.getParameters().add(parameter("formula", "log(co2) ~ log(gdp) + log(gdp)^2"));
		sfa.setDataset(wdi);
		sfa.setWeightMatrix(w);
		OutputBinding out = F.createOutputBinding();
		out.setTable("scores");
		out.setColumn("score");
		out.setVariable("eff");
		sfa.getOutputs().add(out);
		study.getAnalyses().add(sfa);

		Analysis fe = F.createAnalysis();
		fe.setName("fe");
		fe.setEstimatorId("panel.fe");
		fe.setLabel("Fixed effects on efficiency");
		fe.getParameters().add(parameter("cluster", "entity"));
		fe.setDataset(wdi);
		study.getAnalyses().add(fe);

		Variable lnco2 = F.createVariable();
		lnco2.setName("lnco2");
		lnco2.setLabel("log CO₂ per GDP");
		lnco2.setUnit("log(kg/USD)");
		lnco2.setDerivation("log(co2/gdp)");
		lnco2.setDataset(wdi);
		study.getVariables().add(lnco2);

		Variable eff = F.createVariable();
		eff.setName("eff");
		eff.setLabel("Efficiency");
		eff.setUnit("1");
		eff.setDerivation("winsor(score, 0.01, 0.99)");
		eff.setDataset(wdi);
		eff.setProducedBy(sfa);
		study.getVariables().add(eff);

		Result r1 = F.createResult();
		r1.setAnalysis(sfa);
		r1.setStatus(ResultStatus.WARNING);
		r1.setPath("results/sfa.json");
		r1.setSummary("sigma_u = 0.31");
		r1.getWarnings().add("3 entities dropped: fewer than 2 periods");
		r1.getWarnings().add("3 entities dropped: fewer than 2 periods");
		r1.setCreatedAt(Date.from(Instant.parse("2026-11-24T05:06:07.089Z")));
		r1.setEstimatorVersion("1.2.3");
		r1.setSha256("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
		r1.setEstimatorId("frontier.sfa");
		r1.setCarbonlabVersion("0.1.0.20261124");
		r1.setElapsedMs(12_345_678_901L);
		r1.setParametersSha256("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9");
		r1.setDatasetSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		r1.setDataSha256("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		r1.setWeightMatrixSha256("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
		study.getResults().add(r1);
		sfa.setResult(r1);

		Result r2 = F.createResult();
		r2.setAnalysis(fe);
		r2.setStatus(ResultStatus.FAILED_ESTIMATION);
		r2.setPath("results/fe.json");
		r2.setSummary("singular matrix");
		r2.setCreatedAt(Date.from(Instant.parse("2026-11-24T05:06:08Z")));
		r2.setEstimatorVersion("0.9");
		study.getResults().add(r2);
		fe.setResult(r2);
		return study;
	}

	static WeightEntry entry(String from, String to, double value) {
		WeightEntry e = F.createWeightEntry();
		e.setFrom(from);
		e.setTo(to);
		e.setValue(value);
		return e;
	}

	static ParameterValue parameter(String name, String value) {
		ParameterValue p = F.createParameterValue();
		p.setName(name);
		p.setValue(value);
		return p;
	}
}

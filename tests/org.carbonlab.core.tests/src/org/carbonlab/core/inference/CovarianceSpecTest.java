package org.carbonlab.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.carbonlab.core.estimator.ParameterSchema;
import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.Parameters;
import org.carbonlab.core.formula.ModelFrame;
import org.junit.jupiter.api.Test;

/**
 * The covariance parameters declared once ({@link CovarianceParameters}) and parsed once ({@link CovarianceSpec}):
 * every combination of vcov, ssc, cluster and robust meaning, cluster codes for the rows of a model frame, and the
 * messages for a bad cluster column.
 */
class CovarianceSpecTest {

    /** 3 cities × 2 years; region is a text column, gap has no value in one row. */
    private static PanelFrame data() {
        return PanelFrame.builder()
                .entityColumn("city").timeColumn("year")
                .entities("a", "a", "b", "b", "c", "c")
                .times(2000, 2001, 2000, 2001, 2000, 2001)
                .column("y", 1, 3, 2, 5, 4, 4)
                .column("x", 1, 2, 3, 5, 8, 13)
                .textColumn("region", "north", "north", "south", "south", "north", "north")
                .textColumn("gap", "u", "u", "v", "", "v", "v")
                .build();
    }

    private static Parameters resolve(String... keyValues) {
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                raw.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return new ParameterSchema(CovarianceParameters.all("HC1")).resolve(raw);
    }

    @Test
    void theParametersAreDeclaredOnceWithStataDefaults() {
        List<ParameterSpec> specs = CovarianceParameters.all("HC1, as Stata's regress");
        assertEquals(List.of("vcov", "cluster", "ssc", "level"), specs.stream().map(ParameterSpec::name).toList());
        assertEquals(List.of("classical", "robust", "cluster"), specs.get(0).allowedValues());
        assertEquals("classical", specs.get(0).defaultValue());
        assertTrue(specs.get(0).documentation().contains("robust (HC1, as Stata's regress)"));
        assertEquals(List.of("stata", "none"), specs.get(2).allowedValues());
        assertEquals("stata", specs.get(2).defaultValue());
        assertEquals("0.95", specs.get(3).defaultValue());
        assertEquals("cluster", CovarianceParameters.vcov("cluster", "doc").defaultValue());
        assertEquals("z doc", CovarianceParameters.all("r", "z doc").get(2).documentation());
        CovarianceSpec defaults = CovarianceSpec.from(resolve(), data(), RobustMeaning.CLUSTERED_BY_ENTITY);
        assertEquals(new CovarianceSpec(VcovType.CLASSICAL, null, SmallSampleCorrection.STATA, 0.95,
                RobustMeaning.CLUSTERED_BY_ENTITY), defaults);
    }

    @Test
    void everyCombinationParsesToItsCovariance() {
        PanelFrame data = data();
        int checked = 0;
        for (RobustMeaning robust : RobustMeaning.values()) {
            for (String vcov : new String[] {"classical", "robust", "cluster"}) {
                for (String ssc : new String[] {"stata", "none"}) {
                    for (String cluster : new String[] {null, "region", "year", "city"}) {
                        Parameters p = resolve("vcov", vcov, "ssc", ssc, "cluster", cluster, "level", "0.9");
                        if (cluster != null && !vcov.equals("cluster")) {
                            InputException e = assertThrows(InputException.class,
                                    () -> CovarianceSpec.from(p, data, robust));
                            assertEquals(List.of("cluster=" + cluster + " is set but vcov is " + vcov
                                    + "; add --set vcov=cluster"), e.problems());
                            checked++;
                            continue;
                        }
                        CovarianceSpec s = CovarianceSpec.from(p, data, robust);
                        String what = vcov + "/" + ssc + "/" + cluster + "/" + robust;
                        assertEquals(VcovType.fromParameter(vcov), s.vcov(), what);
                        assertEquals(vcov, s.vcov().parameterValue(), what);
                        assertEquals(0.9, s.level(), what);
                        boolean stata = ssc.equals("stata");
                        assertEquals(stata ? SmallSampleCorrection.STATA : SmallSampleCorrection.NONE, s.ssc(), what);
                        assertEquals(stata ? HcType.HC1 : HcType.HC0, s.hcType(), what);
                        assertEquals(stata ? ClusterCorrection.STATA : ClusterCorrection.NONE, s.clusterCorrection(),
                                what);
                        String expectedColumn = switch (vcov) {
                            case "classical" -> null;
                            case "robust" -> robust == RobustMeaning.CLUSTERED_BY_ENTITY ? "city" : null;
                            default -> cluster == null ? "city" : cluster;
                        };
                        assertEquals(expectedColumn, s.clusterColumn(), what);
                        assertEquals(expectedColumn != null, s.clustered(), what);
                        assertEquals(vcov.equals("classical"), s.classical(), what);
                        checked++;
                    }
                }
            }
        }
        assertEquals(48, checked);
    }

    @Test
    void descriptionsNameTheClustersAndTheCorrection() {
        PanelFrame data = data();
        assertEquals("classical", CovarianceSpec.from(resolve(), data, RobustMeaning.HETEROSKEDASTICITY_CONSISTENT)
                .describe(0));
        assertEquals("robust HC1", CovarianceSpec.from(resolve("vcov", "robust"), data,
                RobustMeaning.HETEROSKEDASTICITY_CONSISTENT).describe(0));
        assertEquals("robust HC0", CovarianceSpec.from(resolve("vcov", "robust", "ssc", "none"), data,
                RobustMeaning.HETEROSKEDASTICITY_CONSISTENT).describe(0));
        assertEquals("robust = clustered by entity (3 clusters), Stata small-sample correction",
                CovarianceSpec.from(resolve("vcov", "robust"), data, RobustMeaning.CLUSTERED_BY_ENTITY).describe(3));
        assertEquals("clustered by region (2 clusters), no small-sample correction",
                CovarianceSpec.from(resolve("vcov", "cluster", "cluster", "region", "ssc", "none"), data,
                        RobustMeaning.CLUSTERED_BY_ENTITY).describe(2));
        assertEquals("clustered by city (3 clusters), Stata small-sample correction",
                CovarianceSpec.from(resolve("vcov", "cluster"), data, RobustMeaning.HETEROSKEDASTICITY_CONSISTENT)
                        .describe(3));
    }

    @Test
    void clusterCodesFollowTheColumn() {
        PanelFrame data = data();
        ModelFrame mf = ModelFrame.of(data, "y ~ x");
        RobustMeaning r = RobustMeaning.HETEROSKEDASTICITY_CONSISTENT;
        assertNull(CovarianceSpec.from(resolve(), data, r).clusterCodes(mf));
        assertNull(CovarianceSpec.from(resolve("vcov", "robust"), data, r).clusterCodes(mf));
        assertArrayEquals(mf.entityIndex(), CovarianceSpec.from(resolve("vcov", "cluster"), data, r).clusterCodes(mf));
        assertArrayEquals(mf.entityIndex(), CovarianceSpec.from(resolve("vcov", "robust"), data,
                RobustMeaning.CLUSTERED_BY_ENTITY).clusterCodes(mf));
        assertArrayEquals(mf.timeIndex(), CovarianceSpec.from(resolve("vcov", "cluster", "cluster", "year"), data, r)
                .clusterCodes(mf));
        // other columns: codes in order of first appearance over the frame's rows
        int[] region = CovarianceSpec.from(resolve("vcov", "cluster", "cluster", "region"), data, r).clusterCodes(mf);
        String[] text = data.text("region");
        int[] rows = mf.frameRows();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                assertEquals(text[rows[i]].equals(text[rows[j]]), region[i] == region[j], "rows " + i + ", " + j);
            }
        }
        assertEquals(0, region[0]);
    }

    @Test
    void aBadClusterColumnIsNamed() {
        PanelFrame data = data();
        Parameters p = resolve("vcov", "cluster", "cluster", "regoin");
        List<String> problems = CovarianceSpec.problems(p, data);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cluster column 'regoin' is not in the data; columns: "),
                problems.get(0));
        assertTrue(problems.get(0).contains("region"), problems.get(0));
        InputException e = assertThrows(InputException.class,
                () -> CovarianceSpec.from(p, data, RobustMeaning.CLUSTERED_BY_ENTITY));
        assertEquals(problems, e.problems());
        // both problems at once
        List<String> two = CovarianceSpec.problems(resolve("vcov", "robust", "cluster", "regoin"), data);
        assertEquals(2, two.size(), two.toString());
        assertTrue(CovarianceSpec.problems(resolve("vcov", "cluster", "cluster", "region"), data).isEmpty());
    }

    @Test
    void aClusterColumnMissingInUsedRowsIsNamed() {
        PanelFrame data = data();
        ModelFrame mf = ModelFrame.of(data, "y ~ x");
        CovarianceSpec s = CovarianceSpec.from(resolve("vcov", "cluster", "cluster", "gap"), data,
                RobustMeaning.CLUSTERED_BY_ENTITY);
        InputException e = assertThrows(InputException.class, () -> s.clusterCodes(mf));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("cluster column 'gap' is missing in rows used by the model: "), msg);
        assertTrue(msg.contains("b") && msg.contains("2001"), "names the entity and period: " + msg);
    }

    @Test
    void aSpecIsConsistentByConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new CovarianceSpec(VcovType.CLUSTER, null,
                SmallSampleCorrection.STATA, 0.95, RobustMeaning.CLUSTERED_BY_ENTITY));
        assertThrows(IllegalArgumentException.class, () -> new CovarianceSpec(VcovType.CLASSICAL, "city",
                SmallSampleCorrection.STATA, 0.95, RobustMeaning.CLUSTERED_BY_ENTITY));
        assertThrows(IllegalArgumentException.class, () -> new CovarianceSpec(VcovType.ROBUST, "city",
                SmallSampleCorrection.STATA, 0.95, RobustMeaning.HETEROSKEDASTICITY_CONSISTENT));
        assertFalse(CovarianceSpec.classical(SmallSampleCorrection.NONE, 0.9, RobustMeaning.CLUSTERED_BY_ENTITY)
                .clustered());
        assertThrows(IllegalArgumentException.class, () -> SmallSampleCorrection.fromParameter("hc3"));
        assertThrows(IllegalArgumentException.class, () -> VcovType.fromParameter("hac"));
    }
}

package org.carbonlab.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.carbonlab.model.Analysis;
import org.carbonlab.model.ModelFactory;
import org.carbonlab.model.ParameterValue;
import org.carbonlab.model.Result;
import org.junit.jupiter.api.Test;

/** What counts as a change between two runs of an analysis, and how it is said. */
class InputFingerprintTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static InputFingerprint base() {
        return new InputFingerprint("panel.fe", "1.0", "0.1", A, A, A, null);
    }

    @Test
    void equalFingerprintsHaveNoChangesAndSurviveTheRunRecord() {
        Result record = ModelFactory.eINSTANCE.createResult();
        base().into(record);
        assertEquals(base(), InputFingerprint.of(record));
        assertEquals(List.of(), base().changesSince(InputFingerprint.of(record)));
    }

    @Test
    void eachChangeIsNamed() {
        InputFingerprint now = new InputFingerprint("panel.fe", "1.1", "0.2", B, B, B, B);
        assertEquals(List.of("estimator version 1.0 → 1.1", "CarbonLab version 0.1 → 0.2", "parameters",
                "dataset file (SHA-256 aaaaaaaaaaaa → bbbbbbbbbbbb)", "weight matrix"), now.changesSince(base()));
        InputFingerprint derivedOnly = new InputFingerprint("panel.fe", "1.0", "0.1", A, A, B, null);
        assertEquals(List.of("derived data (a derivation or an earlier analysis' output)"), derivedOnly.changesSince(base()));
        InputFingerprint otherEstimator = new InputFingerprint("panel.re", "1.0", "0.1", A, A, A, null);
        assertEquals(List.of("estimator panel.fe → panel.re"), otherEstimator.changesSince(base()));
    }

    @Test
    void parametersHashIgnoresTheirOrderButNotTheirValues() {
        Analysis ab = analysis("formula", "y ~ x", "vcov", "cluster");
        Analysis ba = analysis("vcov", "cluster", "formula", "y ~ x");
        Analysis other = analysis("formula", "y ~ x", "vcov", "robust");
        assertEquals(InputFingerprint.parametersSha256(ab), InputFingerprint.parametersSha256(ba));
        assertNotEquals(InputFingerprint.parametersSha256(ab), InputFingerprint.parametersSha256(other));
        // The hash is of "name=value" lines sorted by name: SHA-256("formula=y ~ x\nvcov=cluster\n").
        assertEquals(org.carbonlab.core.data.DataReader.sha256("formula=y ~ x\nvcov=cluster\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), InputFingerprint.parametersSha256(ab));
    }

    private static Analysis analysis(String... nameValues) {
        Analysis a = ModelFactory.eINSTANCE.createAnalysis();
        for (int i = 0; i < nameValues.length; i += 2) {
            ParameterValue p = ModelFactory.eINSTANCE.createParameterValue();
            p.setName(nameValues[i]);
            p.setValue(nameValues[i + 1]);
            a.getParameters().add(p);
        }
        return a;
    }
}

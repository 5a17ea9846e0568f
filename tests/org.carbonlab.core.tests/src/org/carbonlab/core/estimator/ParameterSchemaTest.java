package org.carbonlab.core.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

class ParameterSchemaTest {
    private final ParameterSchema schema = ParameterSchema.of(
            ParameterSpec.required("formula", ParameterType.FORMULA, "the model"),
            ParameterSpec.choice("vcov", "classical", List.of("classical", "robust", "cluster"), "SEs"),
            ParameterSpec.integer("reps", 500, 1, 100000, "replications"),
            ParameterSpec.number("level", 0.95, 0.5, 0.9999, "confidence level"),
            ParameterSpec.optional("super", ParameterType.BOOLEAN, "false", "super-efficiency"),
            ParameterSpec.optional("inputs", ParameterType.COLUMN_LIST, null, "input columns"));

    @Test
    void defaultsAreResolvedAndTyped() {
        Parameters p = schema.resolve(Map.of("formula", "y ~ x", "inputs", "labour, capital,energy"));
        assertEquals("y ~ x", p.string("formula"));
        assertEquals("classical", p.string("vcov"));
        assertEquals(500L, p.integer("reps"));
        assertEquals(0.95, p.number("level"));
        assertEquals(false, p.bool("super"));
        assertEquals(List.of("labour", "capital", "energy"), p.list("inputs"));
        assertEquals(6, p.asMap().size(), "every parameter of the schema is reported, defaults resolved");
    }

    @Test
    void choiceIsCaseInsensitiveAndCanonical() {
        assertEquals("cluster", schema.resolve(Map.of("formula", "y ~ x", "vcov", "CLUSTER")).string("vcov"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InputException e = assertThrows(InputException.class, () -> schema.resolve(Map.of(
                "vcov", "banana", "reps", "0", "level", "abc", "vcv", "robust", "super", "maybe")));
        List<String> problems = e.problems();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("unknown parameter 'vcv'") && s.contains("did you mean 'vcov'")));
        assertTrue(problems.stream().anyMatch(s -> s.contains("'formula' is required")));
        assertTrue(problems.stream().anyMatch(s -> s.contains("'banana' is not one of classical, robust, cluster")));
        assertTrue(problems.stream().anyMatch(s -> s.contains("'0' is below the minimum 1")));
        assertTrue(problems.stream().anyMatch(s -> s.contains("'abc' is not a number")));
        assertTrue(problems.stream().anyMatch(s -> s.contains("'maybe' is not true or false")));
    }

    @Test
    void absentOptionalWithoutDefaultIsNull() {
        Parameters p = schema.resolve(Map.of("formula", "y ~ x"));
        assertNull(p.string("inputs"));
        assertEquals(List.of(), p.list("inputs"));
    }

    @Test
    void editDistance() {
        assertEquals(0, org.carbonlab.core.data.Names.editDistance("vcov", "vcov"));
        assertEquals(1, org.carbonlab.core.data.Names.editDistance("vcv", "vcov"));
        assertEquals(3, org.carbonlab.core.data.Names.editDistance("kitten", "sitting"));
    }
}

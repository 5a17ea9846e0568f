package org.carbonlab.core.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** Prefix parameters ({@code subsystem.*}): dynamic keys such as {@code subsystem.economy=gdp,income}. */
class PrefixParameterTest {
    private final ParameterSchema schema = ParameterSchema.of(
            ParameterSpec.prefix("subsystem", ParameterType.COLUMN_LIST, true, "indicators of one subsystem"),
            ParameterSpec.prefix("alpha", ParameterType.DOUBLE, false, "weight of one subsystem"),
            ParameterSpec.optional("negative", ParameterType.COLUMN_LIST, null, "negative indicators"));

    private static Map<String, String> raw(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void specIsFlaggedByItsName() {
        ParameterSpec s = ParameterSpec.prefix("subsystem", ParameterType.COLUMN_LIST, true, "doc");
        assertEquals("subsystem.*", s.name());
        assertTrue(s.isPrefix());
        assertEquals("subsystem.", s.keyPrefix());
        assertTrue(s.matchesKey("subsystem.economy"));
        assertFalse(s.matchesKey("subsystem."));
        assertFalse(s.matchesKey("subsystems.x"));
        assertFalse(ParameterSpec.optional("negative", ParameterType.COLUMN_LIST, null, "d").isPrefix());
        assertThrows(IllegalArgumentException.class,
                () -> ParameterSpec.prefix("fuel.", ParameterType.STRING, false, "d"));
    }

    @Test
    void keysAreCollectedInTheOrderGivenAndTyped() {
        Parameters p = schema.resolve(raw("subsystem.innovation", "patents, rd", "negative", "unemp",
                "subsystem.economy", "gdp,income", "alpha.economy", "0.4"));
        Map<String, Object> subsystems = p.prefixed("subsystem");
        assertEquals(List.of("innovation", "economy"), List.copyOf(subsystems.keySet()));
        assertEquals(List.of("patents", "rd"), subsystems.get("innovation"));
        assertEquals(List.of("gdp", "income"), subsystems.get("economy"));
        assertEquals(subsystems, p.prefixed("subsystem.*"));
        assertEquals(subsystems, p.prefixed("subsystem."));
        assertEquals(Map.of("economy", 0.4), p.prefixed("alpha"));
        assertEquals(List.of("unemp"), p.list("negative"));
        // asMap holds each key, so results record exactly what was given
        assertEquals(List.of("subsystem.innovation", "subsystem.economy", "alpha.economy", "negative"),
                List.copyOf(p.asMap().keySet()));
        assertEquals("subsystem.*", schema.spec("subsystem.economy").orElseThrow().name());
    }

    @Test
    void optionalPrefixWithoutKeysIsEmpty() {
        Parameters p = schema.resolve(raw("subsystem.a", "x,y"));
        assertTrue(p.prefixed("alpha").isEmpty());
    }

    @Test
    void problemsAreReportedTogether() {
        InputException e = assertThrows(InputException.class,
                () -> schema.resolve(raw("alpha.a", "heavy", "alpha.b", "", "subsytem.a", "x")));
        List<String> problems = e.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("unknown parameter 'subsytem.a'")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("'subsystem.*' is required")), problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("'alpha.a'") && s.contains("not a number")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(s -> s.contains("'alpha.b' has no value")), problems.toString());
    }

    @Test
    void anExactParameterWinsOverAPrefix() {
        ParameterSchema s = ParameterSchema.of(
                ParameterSpec.prefix("fuel", ParameterType.COLUMN, false, "fuel column"),
                ParameterSpec.optional("fuel.table", ParameterType.STRING, null, "a factor table"));
        Parameters p = s.resolve(raw("fuel.coal", "coal_10kt", "fuel.table", "f.csv"));
        assertEquals(Map.of("coal", "coal_10kt"), p.prefixed("fuel"));
        assertEquals("f.csv", p.string("fuel.table"));
    }
}

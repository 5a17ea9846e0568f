package org.carbonlab.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The API guard's decisions on small hand-made snapshots: it must catch a change without a version bump. */
class ApiSnapshotCompareTest {

    private static Map<String, String[]> api(String version, String... signatures) {
        Map<String, String[]> api = new TreeMap<>();
        api.put("org.example.api", new String[] {version, String.join("\n", signatures)});
        return api;
    }

    @Test
    void unchangedApiPasses() {
        assertEquals(List.of(), ApiSignatureTest.compare(api("1.0.0", "A : public void a()"), api("1.0.0", "A : public void a()")));
    }

    @Test
    void aChangedSignatureWithoutABumpFails() {
        List<String> problems = ApiSignatureTest.compare(api("1.0.0", "A : public void a()"),
                api("1.0.0", "A : public void a(int)"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("org.example.api") && problems.get(0).contains("bump"), problems.get(0));
    }

    @Test
    void aBumpedChangeAsksToRegenerate() {
        List<String> problems = ApiSignatureTest.compare(api("1.0.0", "A : public void a()"),
                api("1.1.0", "A : public void a()", "A : public void b()"));
        assertTrue(problems.get(0).contains("1.0.0 -> 1.1.0") && problems.get(0).contains("out of date"), problems.get(0));
    }

    @Test
    void theSnapshotTextRoundTrips() {
        Map<String, String[]> api = api("2.1.0", "A : public final class", "A : public int a()");
        Map<String, String[]> back = ApiSignatureTest.parse(ApiSignatureTest.render(api));
        assertEquals(List.of(), ApiSignatureTest.compare(back, api));
        assertEquals(List.of("org.example.api"), List.copyOf(back.keySet()));
    }
}

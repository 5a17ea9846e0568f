package org.carbonlab.core.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carbonlab.core.estimator.Estimator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Guards the public API of org.carbonlab.core: the public and protected signatures of every package exported
 * with a version (not x-internal) must match the committed snapshot resources/api/core-api.txt, unless the
 * package's version in the manifest was bumped. After an intended change (and its version bump), regenerate:
 *
 * <pre>
 * ./mvnw -o -B verify -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,tests/org.carbonlab.core.tests -am -Dcarbonlab.api.update=true
 * </pre>
 */
class ApiSignatureTest {
    static final String REGENERATE = "./mvnw -o -B verify -pl bundles/org.carbonlab.model,bundles/org.carbonlab.core,"
            + "tests/org.carbonlab.core.tests -am -Dcarbonlab.api.update=true";

    @Test
    void publicSignaturesMatchTheSnapshotOrTheVersionWasBumped() throws IOException {
        Map<String, String[]> current = currentApi(); // package -> {version, signatures}
        String text = render(current);
        String snapshotFile = System.getProperty("carbonlab.api.snapshot");
        if (Boolean.getBoolean("carbonlab.api.update")) {
            assertTrue(snapshotFile != null, "carbonlab.api.snapshot is not set (see the test bundle's pom.xml)");
            Files.writeString(Path.of(snapshotFile), text, StandardCharsets.UTF_8);
            return;
        }
        URL committed = ApiSignatureTest.class.getClassLoader().getResource("resources/api/core-api.txt");
        String old = committed == null ? "" : new String(committed.openStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> problems = compare(parse(old), current);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nIf the change is intended, regenerate the snapshot with:\n  "
                    + REGENERATE + "\nand commit tests/org.carbonlab.core.tests/resources/api/core-api.txt.");
        }
    }

    /** What differs between the committed snapshot and the current API, one message per package. */
    static List<String> compare(Map<String, String[]> snapshot, Map<String, String[]> current) {
        List<String> problems = new ArrayList<>();
        current.forEach((pkg, now) -> {
            String[] before = snapshot.get(pkg);
            if (before == null) {
                problems.add("new API package " + pkg + " " + now[0] + " is not in the snapshot");
            } else if (!before[1].equals(now[1])) {
                problems.add(before[0].equals(now[0])
                        ? "the public signatures of " + pkg + " changed but its Export-Package version is still "
                                + now[0] + ": bump it (minor for additions, major for removals or changes)"
                        : pkg + " was bumped " + before[0] + " -> " + now[0] + " and its snapshot is out of date");
            } else if (!before[0].equals(now[0])) {
                problems.add(pkg + " version changed " + before[0] + " -> " + now[0] + " without an API change");
            }
        });
        snapshot.keySet().stream().filter(p -> !current.containsKey(p))
                .forEach(p -> problems.add("API package " + p + " is no longer exported with a version"));
        return problems;
    }

    /** The versioned, non-internal packages of the core bundle and their signatures. */
    private static Map<String, String[]> currentApi() {
        Bundle core = FrameworkUtil.getBundle(Estimator.class);
        CodeSource coreCode = Estimator.class.getProtectionDomain().getCodeSource();
        Map<String, String[]> api = new TreeMap<>();
        for (String clause : core.getHeaders().get("Export-Package").split(",(?=\\s*[a-zA-Z_][\\w.]*\\s*(;|$))")) {
            String[] parts = clause.trim().split(";");
            String version = null;
            boolean internal = false;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("version=")) {
                    version = p.substring("version=".length()).replace("\"", "");
                }
                internal |= p.startsWith("x-internal:=true");
            }
            if (version == null || internal) {
                continue;
            }
            String pkg = parts[0].trim();
            List<String> lines = new ArrayList<>();
            BundleWiring wiring = core.adapt(BundleWiring.class);
            for (String resource : wiring.listResources("/" + pkg.replace('.', '/'), "*.class", 0)) {
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                Class<?> type;
                try {
                    type = wiring.getClassLoader().loadClass(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                // classes of this test fragment share the packages; only the host's own classes are API
                if (!sameCode(type.getProtectionDomain().getCodeSource(), coreCode) || !visible(type.getModifiers())) {
                    continue;
                }
                lines.addAll(signatures(type));
            }
            lines.sort(null);
            api.put(pkg, new String[] {version, String.join("\n", lines)});
        }
        return api;
    }

    private static boolean sameCode(CodeSource a, CodeSource b) {
        return a == null ? b == null : b != null && String.valueOf(a.getLocation()).equals(String.valueOf(b.getLocation()));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<String> signatures(Class<?> type) {
        List<String> lines = new ArrayList<>();
        String owner = type.getName();
        String kind = type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        StringBuilder head = new StringBuilder(owner + " : " + Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE)
                + " " + kind);
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        for (var i : type.getGenericInterfaces()) {
            head.append(" implements ").append(i.getTypeName());
        }
        lines.add(head.toString());
        List<Member> members = new ArrayList<>();
        members.addAll(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredFields()));
        for (Member m : members) {
            if (m.isSynthetic() || !visible(m.getModifiers()) || m instanceof Method mm && mm.isBridge()) {
                continue;
            }
            String s = m instanceof Method mm ? mm.toGenericString()
                    : m instanceof Constructor<?> c ? c.toGenericString() : ((Field) m).toGenericString();
            lines.add(owner + " : " + s);
        }
        return lines;
    }

    static String render(Map<String, String[]> api) {
        StringBuilder sb = new StringBuilder("# Public API of org.carbonlab.core (ApiSignatureTest). Regenerate with:\n# "
                + REGENERATE + "\n");
        api.forEach((pkg, v) -> sb.append("package ").append(pkg).append(' ').append(v[0]).append('\n')
                .append(v[1].indent(2)));
        return sb.toString();
    }

    static Map<String, String[]> parse(String text) {
        Map<String, String[]> api = new TreeMap<>();
        String pkg = null;
        String version = null;
        List<String> lines = new ArrayList<>();
        for (String line : (text + "\npackage end 0").split("\n")) {
            if (line.startsWith("package ")) {
                if (pkg != null) {
                    api.put(pkg, new String[] {version, String.join("\n", lines)});
                }
                String[] p = line.split(" ");
                pkg = p[1];
                version = p[2];
                lines.clear();
            } else if (line.startsWith("  ")) {
                lines.add(line.substring(2));
            }
        }
        return api;
    }
}

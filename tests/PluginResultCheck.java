import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Used by plugin-integration.sh (run as a single-file Java program, no dependencies): compares the
 * tables.decoupling rows of an example.tapio result JSON with the reference lines
 * "entity from to elasticity state..." to 1e-9 (relative), exit 1 with the difference otherwise.
 */
public class PluginResultCheck {
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]));
        List<String> expected = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        List<List<String>> rows = rows(json, "decoupling");
        if (rows.size() != expected.size()) {
            fail(expected.size() + " reference rows, result has " + rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i); // entity, from, to, emissions %, gdp %, elasticity, state
            String[] ref = expected.get(i).split(" ", 5);
            double e = Double.parseDouble(row.get(5));
            double want = Double.parseDouble(ref[3]);
            boolean same = row.get(0).equals(ref[0]) && Long.parseLong(row.get(1)) == Long.parseLong(ref[1])
                    && Long.parseLong(row.get(2)) == Long.parseLong(ref[2]) && row.get(6).equals(ref[4])
                    && Math.abs(e - want) <= 1e-9 * Math.max(1, Math.abs(want));
            if (!same) {
                fail("row " + (i + 1) + ": got " + row + ", reference " + expected.get(i));
            }
        }
        System.out.println("plugin-integration: example.tapio matches its reference (" + rows.size() + " rows)");
    }

    private static void fail(String message) {
        System.err.println("plugin-integration: " + message);
        System.exit(1);
    }

    /** The rows of tables.NAME as lists of cell texts (strings unquoted); enough JSON for the writer's output. */
    private static List<List<String>> rows(String json, String table) {
        int at = json.indexOf("\"" + table + "\"");
        if (at < 0) {
            fail("the result has no table '" + table + "'");
        }
        int i = json.indexOf('[', json.indexOf("\"rows\"", at)) + 1;
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            while (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ',') {
                i++;
            }
            if (json.charAt(i) == ']') {
                return rows;
            }
            i++; // '[' of a row
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (;; i++) {
                char ch = json.charAt(i);
                if (quoted) {
                    if (ch == '\\') {
                        cell.append(json.charAt(++i));
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',' || ch == ']') {
                    row.add(cell.toString().trim());
                    cell.setLength(0);
                    if (ch == ']') {
                        i++;
                        break;
                    }
                } else {
                    cell.append(ch);
                }
            }
            rows.add(row);
        }
    }
}

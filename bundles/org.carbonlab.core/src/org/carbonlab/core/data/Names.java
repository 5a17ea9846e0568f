package org.carbonlab.core.data;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt column, variable and function names. */
public final class Names {
    private Names() {
    }

    /**
     * The candidate closest to {@code name}: a case-insensitive exact match first, otherwise the
     * smallest Levenshtein distance (ignoring case) if it is at most max(2, length/3) and
     * the names are not entirely different.
     */
    public static Optional<String> suggest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String cl = c.toLowerCase(Locale.ROOT);
            if (cl.equals(lower)) {
                return Optional.of(c);
            }
            int d = editDistance(lower, cl);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best != null && bestDistance <= Math.max(2, name.length() / 3)
                && bestDistance < Math.max(name.length(), best.length())) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /** Levenshtein distance. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** ", "-joined names for "available columns" lists, each quoted. */
    public static String list(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n);
        }
        return sb.toString();
    }
}

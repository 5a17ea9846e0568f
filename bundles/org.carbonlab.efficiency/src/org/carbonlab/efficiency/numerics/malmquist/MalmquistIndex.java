package org.carbonlab.efficiency.numerics.malmquist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Distance;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Model;
import org.carbonlab.efficiency.numerics.malmquist.DistanceProgram.Status;

/**
 * Productivity indices between consecutive periods from output-side distance functions
 * ({@link DistanceProgram}); name-free (entities and periods are indices).
 *
 * <p>Write u = 1 + β for a distance (for the radial model u = 1/D_o, the reciprocal Shephard output
 * distance), F_t for the frontier of period t (period t alone when contemporaneous, periods ≤ t when
 * sequential) and G for the global frontier (all periods). For a link t → t+1 of one entity:
 * <ul>
 * <li>ratio indices (Malmquist, ML) on F: index = √[(u^t(t)/u^t(t+1)) · (u^{t+1}(t)/u^{t+1}(t+1))],
 * EC = u^t(t)/u^{t+1}(t+1), TC = √[(u^{t+1}(t)/u^t(t)) · (u^{t+1}(t+1)/u^t(t+1))], index = EC·TC;</li>
 * <li>ratio indices on G (global Malmquist of Pastor &amp; Lovell 2005, GML of Oh 2010):
 * index = u^G(t)/u^G(t+1), EC = u^t(t)/u^{t+1}(t+1) (contemporaneous frontiers),
 * TC = BPC = [u^G(t)/u^t(t)] / [u^G(t+1)/u^{t+1}(t+1)];</li>
 * <li>Luenberger (differences of β) on F: L = ½[(β^{t+1}(t) − β^{t+1}(t+1)) + (β^t(t) − β^t(t+1))],
 * EC = β^t(t) − β^{t+1}(t+1), TC = ½[(β^{t+1}(t+1) − β^t(t+1)) + (β^{t+1}(t) − β^t(t))]; on G:
 * L = β^G(t) − β^G(t+1), EC as before, TC = (β^G(t) − β^t(t)) − (β^G(t+1) − β^{t+1}(t+1)).</li>
 * </ul>
 * With {@link Model#SBM_DDF} the distance β is the Fukuyama–Weber (2009) slacks-based inefficiency S
 * (see {@link DistanceProgram}) and enters exactly as the DDF β does: Luenberger-type indicators
 * (kind DIFFERENCE) use differences of S (L = ½[(S^{t+1}(t) − S^{t+1}(t+1)) + (S^t(t) − S^t(t+1))],
 * EC = S^t(t) − S^{t+1}(t+1), global TC = (S^G(t) − S^t(t)) − (S^G(t+1) − S^{t+1}(t+1))), and the ratio
 * indices (ML, GML) use u = 1 + S in the formulas above (e.g. GML = (1 + S^G(t))/(1 + S^G(t+1)),
 * EC = (1 + S^t(t))/(1 + S^{t+1}(t+1)), BPC = GML/EC). Since S ≥ 0 whenever it is defined, an
 * observation lying beyond another period's frontier makes that cross-period program infeasible
 * rather than giving a negative value (such links are reported as described below; the global frontier
 * contains every observation and never has this problem).
 * Values above 1 (ratio) or above 0 (difference) mean improvement. The cumulative level chains the
 * links of an entity from 1 in its first period: the running product for ratio indices, 1 plus the
 * running sum for Luenberger.
 *
 * <p>Each variable is divided by its mean over all observations before solving (the distances are
 * unit-invariant; the LPs are better conditioned).
 *
 * <p>Infeasible or failed programs: within-period and global programs contain the evaluated
 * observation and are always feasible; cross-period programs (u^t(t+1), and u^{t+1}(t) under VRS or
 * sequential frontiers) can be infeasible. A link whose index needs a program that did not solve to
 * optimality gets status {@link Status#INFEASIBLE} (or UNBOUNDED/FAILED), NaN index, EC and TC (EC
 * alone is still computed when its own programs solved), a detail naming the program, and breaks the
 * cumulative chain of that entity from that link on (NaN thereafter). A link whose entity has no
 * observation in one of the two periods gets status {@code MISSING}.
 */
public final class MalmquistIndex {

    /** How distances combine. */
    public enum Kind {
        /** Ratio of (1 + β) terms: Malmquist, Malmquist–Luenberger, GML. */
        RATIO,
        /** Differences of β: Luenberger. */
        DIFFERENCE
    }

    /** The reference technology of a period. */
    public enum Frontier {
        CONTEMPORANEOUS, SEQUENTIAL, GLOBAL
    }

    /** Link status. */
    public enum LinkStatus {
        OPTIMAL, INFEASIBLE, UNBOUNDED, FAILED, MISSING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What to compute. */
    public record Options(Kind kind, Model model, Frontier frontier, boolean vrs) {
    }

    /**
     * The panel: observation o belongs to {@code entity[o]} (0..nEntities-1) in period index
     * {@code period[o]} (0..nPeriods-1, consecutive periods are adjacent); at most one observation per
     * entity and period. Rows of {@code x}, {@code y}, {@code b} are observations; all values finite and
     * strictly positive.
     */
    public record Panel(int nEntities, int nPeriods, int[] entity, int[] period, double[][] x, double[][] y,
            double[][] b) {
    }

    /** One index link of an entity from period index {@code from} to {@code to} = from + 1. */
    public record Link(int entity, int from, int to, double index, double ec, double tc, double cumulative,
            LinkStatus status, String detail) {
    }

    /**
     * The distances of one observation: {@code own} against its period's frontier F_t, {@code global}
     * against G (null unless the frontier is global), {@code previous} against F_{t−1} and {@code next}
     * against F_{t+1} (null where not needed).
     */
    public record Distances(Distance own, Distance global, Distance previous, Distance next) {
    }

    /** Links in entity order, then period order; distances per observation. */
    public record Outcome(List<Link> links, Distances[] distances) {
    }

    private MalmquistIndex() {
    }

    /**
     * Computes every link. Programs run in parallel over observations; results are placed by index,
     * so the output does not depend on scheduling.
     *
     * @param canceled polled between programs; when true a {@link CancellationException} is thrown
     * @param progress receives the number of programs solved, one call per program (may be called from
     *                 several threads)
     */
    public static Outcome compute(Panel panel, Options options, BooleanSupplier canceled, IntConsumer progress) {
        int n = panel.entity().length;
        double[][] x = scale(panel.x());
        double[][] y = scale(panel.y());
        double[][] b = scale(panel.b());
        int T = panel.nPeriods();
        // obs[e][t] = observation index or -1
        int[][] obs = new int[panel.nEntities()][T];
        for (int[] row : obs) {
            Arrays.fill(row, -1);
        }
        for (int o = 0; o < n; o++) {
            if (obs[panel.entity()[o]][panel.period()[o]] >= 0) {
                throw new IllegalArgumentException("two observations for entity " + panel.entity()[o] + " in period "
                        + panel.period()[o]);
            }
            obs[panel.entity()[o]][panel.period()[o]] = o;
        }
        boolean global = options.frontier() == Frontier.GLOBAL;
        // own-period frontiers: contemporaneous for CONTEMPORANEOUS and GLOBAL (EC), cumulative for SEQUENTIAL
        int[][] frontier = new int[T][];
        for (int t = 0; t < T; t++) {
            final int tt = t;
            boolean seq = options.frontier() == Frontier.SEQUENTIAL;
            frontier[t] = IntStream.range(0, n).filter(o -> seq ? panel.period()[o] <= tt : panel.period()[o] == tt)
                    .toArray();
        }
        int[] all = IntStream.range(0, n).toArray();

        // tasks: (observation, frontier code) with code 0 own, 1 global, 2 previous, 3 next
        List<int[]> tasks = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            int e = panel.entity()[o];
            int t = panel.period()[o];
            tasks.add(new int[] {o, 0});
            if (global) {
                tasks.add(new int[] {o, 1});
            } else {
                if (t > 0 && obs[e][t - 1] >= 0) {
                    tasks.add(new int[] {o, 2});
                }
                if (t + 1 < T && obs[e][t + 1] >= 0) {
                    tasks.add(new int[] {o, 3});
                }
            }
        }
        Distance[] solved = new Distance[tasks.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, tasks.size()).parallel().forEach(k -> {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("cancelled by the user");
            }
            int o = tasks.get(k)[0];
            int t = panel.period()[o];
            int[] ref = switch (tasks.get(k)[1]) {
                case 0 -> frontier[t];
                case 1 -> all;
                case 2 -> frontier[t - 1];
                default -> frontier[t + 1];
            };
            solved[k] = DistanceProgram.solve(options.model(), options.vrs(), x, y, b, ref, x[o], y[o], b[o]);
            done.incrementAndGet();
            progress.accept(1);
        });
        Distance[][] byObs = new Distance[n][4];
        for (int k = 0; k < tasks.size(); k++) {
            byObs[tasks.get(k)[0]][tasks.get(k)[1]] = solved[k];
        }
        Distances[] distances = new Distances[n];
        for (int o = 0; o < n; o++) {
            distances[o] = new Distances(byObs[o][0], byObs[o][1], byObs[o][2], byObs[o][3]);
        }

        List<Link> links = new ArrayList<>();
        for (int e = 0; e < panel.nEntities(); e++) {
            double level = 1.0;
            boolean broken = false;
            for (int t = 0; t + 1 < T; t++) {
                int o0 = obs[e][t];
                int o1 = obs[e][t + 1];
                Link link;
                if (o0 < 0 || o1 < 0) {
                    link = new Link(e, t, t + 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, LinkStatus.MISSING,
                            "no observation in period index " + (o0 < 0 ? t : t + 1));
                } else {
                    link = link(e, t, distances[o0], distances[o1], options);
                }
                if (!broken && link.status() == LinkStatus.OPTIMAL) {
                    level = options.kind() == Kind.RATIO ? level * link.index() : level + link.index();
                } else {
                    broken = true;
                }
                links.add(new Link(link.entity(), link.from(), link.to(), link.index(), link.ec(), link.tc(),
                        broken ? Double.NaN : level, link.status(), link.detail()));
            }
        }
        return new Outcome(links, distances);
    }

    private static Link link(int e, int t, Distances d0, Distances d1, Options options) {
        boolean global = options.frontier() == Frontier.GLOBAL;
        String f = options.frontier() == Frontier.SEQUENTIAL ? "S" : "";
        List<String> bad = new ArrayList<>();
        LinkStatus status = LinkStatus.OPTIMAL;
        Distance own0 = d0.own();
        Distance own1 = d1.own();
        Distance a = global ? d0.global() : d1.previous(); // global: G(t); else F_t(t+1)
        Distance c = global ? d1.global() : d0.next(); // global: G(t+1); else F_{t+1}(t)
        String[] names = global
                ? new String[] {"D^" + t + "(x_" + t + ")", "D^" + (t + 1) + "(x_" + (t + 1) + ")", "D^G(x_" + t + ")",
                        "D^G(x_" + (t + 1) + ")"}
                : new String[] {"D^" + f + t + "(x_" + t + ")", "D^" + f + (t + 1) + "(x_" + (t + 1) + ")",
                        "D^" + f + t + "(x_" + (t + 1) + ")", "D^" + f + (t + 1) + "(x_" + t + ")"};
        Distance[] all = {own0, own1, a, c};
        for (int i = 0; i < all.length; i++) {
            if (!all[i].ok()) {
                bad.add(names[i] + " " + all[i].status().label() + " (solver state " + all[i].solverState() + ")");
                LinkStatus s = LinkStatus.valueOf(all[i].status().name());
                if (status == LinkStatus.OPTIMAL || s == LinkStatus.INFEASIBLE) {
                    status = s;
                }
            }
        }
        double index;
        double ec;
        double tc;
        if (options.kind() == Kind.RATIO) {
            double u0 = own0.expansion();
            double u1 = own1.expansion();
            ec = u0 / u1;
            if (global) {
                double g0 = a.expansion();
                double g1 = c.expansion();
                index = g0 / g1;
                tc = (g0 / u0) / (g1 / u1);
            } else {
                double uT1 = a.expansion(); // F_t(t+1)
                double uT10 = c.expansion(); // F_{t+1}(t)
                index = Math.sqrt((u0 / uT1) * (uT10 / u1));
                tc = Math.sqrt((uT10 / u0) * (u1 / uT1));
            }
        } else {
            double b0 = own0.beta();
            double b1 = own1.beta();
            ec = b0 - b1;
            if (global) {
                double g0 = a.beta();
                double g1 = c.beta();
                index = g0 - g1;
                tc = (g0 - b0) - (g1 - b1);
            } else {
                double bT1 = a.beta();
                double bT10 = c.beta();
                index = 0.5 * ((bT10 - b1) + (b0 - bT1));
                tc = 0.5 * ((b1 - bT1) + (bT10 - b0));
            }
        }
        if (status != LinkStatus.OPTIMAL) {
            index = Double.NaN;
            tc = Double.NaN;
            if (!own0.ok() || !own1.ok()) {
                ec = Double.NaN;
            }
        }
        return new Link(e, t, t + 1, index, ec, tc, Double.NaN, status, String.join("; ", bad));
    }

    /** Each column divided by its mean (a copy); columns of zero mean are left as they are. */
    static double[][] scale(double[][] m) {
        if (m.length == 0) {
            return m;
        }
        int k = m[0].length;
        double[] mean = new double[k];
        for (double[] row : m) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / m.length;
            }
        }
        double[][] out = new double[m.length][k];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = mean[j] != 0 ? m[i][j] / mean[j] : m[i][j];
            }
        }
        return out;
    }
}

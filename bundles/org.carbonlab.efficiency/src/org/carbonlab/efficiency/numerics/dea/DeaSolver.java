package org.carbonlab.efficiency.numerics.dea;

import java.util.Arrays;

import org.carbonlab.efficiency.numerics.dea.DeaSpec.Fallback;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Model;
import org.carbonlab.efficiency.numerics.dea.DeaSpec.Orientation;

/**
 * Solves one DMU against a reference set with the model of the {@link DeaSpec}, then its super-efficiency and the
 * fallback when that program is infeasible. The programs themselves are in {@link RadialModel}, {@link SbmModel}
 * (with {@link SbmColumnGeneration} for large reference sets) and {@link DdfModel}; all are built on
 * {@link org.carbonlab.efficiency.numerics.LinearProgram} through
 * {@link org.carbonlab.efficiency.numerics.Envelopment}. Name-free: matrices in (variables × DMUs), numbers out. Data
 * are expected scaled (each variable divided by its mean); {@code w*} are the scale factors, so that the max-slack
 * phase maximises the sum of slacks in the original units (as the references do).
 */
public final class DeaSolver {
    /** Efficiency threshold: score ≥ 1 − EFFICIENT_TOL (DDF: β ≤ EFFICIENT_TOL). */
    public static final double EFFICIENT_TOL = 1e-9;
    /** By default, SBM reference sets at least this large are solved by column generation. */
    public static final int COLUMN_GENERATION_MIN = 400;

    private final DeaSpec spec;
    private final DeaData data;
    private final RadialModel radial;
    private final SbmModel sbm;
    private final SbmColumnGeneration sbmColumns;
    private int columnGenerationMin = COLUMN_GENERATION_MIN;

    /**
     * @param x  inputs, x[i][j]
     * @param g  desirable outputs
     * @param b  undesirable outputs (may have zero rows)
     * @param wx scale of each input (slack weights of the max-slack phase), or null for ones
     */
    public DeaSolver(DeaSpec spec, double[][] x, double[][] g, double[][] b, double[] wx, double[] wg, double[] wb) {
        this.spec = spec;
        this.data = new DeaData(x, g, b, wx, wg, wb);
        this.radial = new RadialModel(data, spec);
        this.sbm = new SbmModel(data, spec);
        this.sbmColumns = new SbmColumnGeneration(data, sbm);
    }

    /**
     * SBM reference sets of at least {@code min} DMUs (super-SBM: the reference set without o) are solved by column
     * generation ({@link Integer#MAX_VALUE}:
     * always the full program). Same optimum either way; this only changes the speed.
     */
    public DeaSolver columnGenerationFrom(int min) {
        this.columnGenerationMin = min;
        return this;
    }

    /** Solves DMU {@code o} against the reference set {@code ref} (which contains o), then its super-efficiency. */
    public DmuSolution solve(int o, int[] ref) {
        DmuSolution s = switch (spec.model()) {
            case RADIAL -> radial.solve(o, ref);
            case SBM -> ref.length < columnGenerationMin ? sbm.solve(o, ref) : sbmColumns.solve(o, ref);
            case DDF -> DdfModel.dmu(data, spec.direction(), spec.vrs(), o, ref);
        };
        if (!spec.superEff() || !s.optimal() || !isEfficient(s.score())) {
            return s;
        }
        int[] others = Arrays.stream(ref).filter(j -> j != o).toArray();
        if (others.length == 0) {
            return s.withSuper(s.score(), "infeasible");
        }
        Attempt sup = switch (spec.model()) {
            case RADIAL -> radial.superScore(o, others);
            case SBM -> others.length < columnGenerationMin ? sbm.superSbm(o, others, spec.orientation())
                    : sbmColumns.superSbm(o, others, spec.orientation());
            case DDF -> {
                DmuSolution d = DdfModel.dmu(data, spec.direction(), spec.vrs(), o, others);
                yield new Attempt(d.score(), d.optimal(), "infeasible".equals(d.state()));
            }
        };
        if (sup.optimal()) {
            return s.withSuper(sup.score(), "optimal");
        }
        if (spec.fallback() == Fallback.LCZ && lczApplies()) {
            Attempt r = radial.lcz(o, others);
            if (r.optimal()) {
                return s.withSuper(r.score(), "fallback");
            }
        }
        if (spec.fallback() == Fallback.SBM && spec.model() != Model.DDF) {
            Attempt r = sbm.superSbm(o, others, Orientation.NONORIENTED);
            if (r.optimal()) {
                return s.withSuper(r.score(), "fallback");
            }
        }
        return s.withSuper(s.score(), sup.state());
    }

    public boolean isEfficient(double score) {
        return spec.model() == Model.DDF ? score <= EFFICIENT_TOL : score >= 1 - EFFICIENT_TOL;
    }

    /** Whether {@link Fallback#LCZ} is defined for this spec: radial, input orientation (bad outputs as inputs). */
    public boolean lczApplies() {
        return spec.model() == Model.RADIAL && spec.orientation() != Orientation.OUTPUT;
    }
}

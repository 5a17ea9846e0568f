package org.carbonlab.panel.estimators;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.estimator.ParameterSpec;
import org.carbonlab.core.estimator.ParameterType;
import org.carbonlab.core.inference.CovarianceParameters;

/** The parameters {@code panel.did}, {@code panel.eventstudy} and {@code panel.placebo} share. */
final class DidParameters {
    static final String CLUSTER2 = "cluster2";
    static final String BOOTSTRAP = "bootstrap";
    static final String BOOTSTRAP_NULL = "bootstrap_null";
    static final String BOOT_WEIGHTS = "boot_weights";
    static final String REPS = "reps";
    static final String SEED = "seed";
    static final String CONTROL_GROUP = "control_group";
    static final String BASE_PERIOD = "base_period";

    private DidParameters() {
    }

    static ParameterSpec formula() {
        return ParameterSpec.required(PanelParameters.FORMULA, ParameterType.FORMULA,
                "outcome and controls, y ~ x1 + log(x2) (y ~ 1 for none); entity and period effects are always "
                        + "absorbed, further absorbed factors after a bar: y ~ x | region^year (fitted as dummies, "
                        + "not reported); the treatment dummy is added by the estimator");
    }

    /** treatment, treated, start, start_column. */
    static List<ParameterSpec> treatment() {
        return List.of(
                ParameterSpec.optional(TreatmentAssignment.TREATMENT, ParameterType.COLUMN, null,
                        "a 0/1 treatment column (the DID dummy itself)"),
                ParameterSpec.optional(TreatmentAssignment.TREATED, ParameterType.STRING, null,
                        "the treated group, with start=: a column marking treated units (non-zero), a comma-separated "
                                + "list of entity ids, or an expression of columns (non-zero = treated)"),
                ParameterSpec.integer(TreatmentAssignment.START, null, null, null,
                        "first treated period of the treated= group (common timing), e.g. 2013"),
                ParameterSpec.optional(TreatmentAssignment.START_COLUMN, ParameterType.COLUMN, null,
                        "column holding each unit's first treated period (staggered adoption); empty, 0 or beyond the "
                                + "panel for never-treated units"));
    }

    /** vcov (default cluster), cluster, ssc, level, cluster2. */
    static List<ParameterSpec> covariance() {
        List<ParameterSpec> l = new ArrayList<>();
        l.add(CovarianceParameters.vcov("cluster", "standard errors of the TWFE coefficients: cluster (by the "
                + "cluster column, default the entity; Stata's convention with ssc=stata), robust (= clustered by "
                + "entity) or classical"));
        l.add(CovarianceParameters.cluster());
        l.add(CovarianceParameters.ssc());
        l.add(CovarianceParameters.level());
        l.add(ParameterSpec.optional(CLUSTER2, ParameterType.COLUMN, null,
                "second cluster column for two-way clustering (Cameron–Gelbach–Miller: V_A + V_B − V_A∩B, as "
                        + "reghdfe/fixest; ssc=stata uses G = min(G_A, G_B) in G/(G−1)(N−1)/(N−K) and t(G−1))"));
        return l;
    }

    /** bootstrap, bootstrap_null, boot_weights, reps, seed. */
    static List<ParameterSpec> bootstrap(int defaultReps) {
        return List.of(
                ParameterSpec.choice(BOOTSTRAP, "none", List.of("none", "wild"),
                        "wild: wild cluster bootstrap-t p-value of the treatment coefficient (by the cluster column), "
                                + "for few clusters"),
                ParameterSpec.choice(BOOTSTRAP_NULL, "restricted", List.of("restricted", "unrestricted"),
                        "restricted (WCR, boottest's default: residuals under H0 β = 0; interval by test inversion) or "
                                + "unrestricted (WCU; symmetric percentile-t interval)"),
                ParameterSpec.choice(BOOT_WEIGHTS, "rademacher", List.of("rademacher", "webb"),
                        "wild bootstrap weights: rademacher (±1; all 2^G sign vectors are enumerated when 2^G ≤ reps) "
                                + "or webb (six-point)"),
                reps(defaultReps, "bootstrap replications"),
                seed());
    }

    static ParameterSpec reps(int defaultReps, String what) {
        return ParameterSpec.integer(REPS, defaultReps, 1, 1_000_000, what + " (at least 1)");
    }

    static ParameterSpec seed() {
        return ParameterSpec.integer(SEED, 12345, null, null,
                "random seed: the same seed gives the same draws on every machine and thread count");
    }

    /** control_group, base_period of the Callaway–Sant'Anna estimator. */
    static List<ParameterSpec> callawaySantAnna() {
        return List.of(
                ParameterSpec.choice(CONTROL_GROUP, "never", List.of("never", "notyet"),
                        "controls of the group-time ATTs: never-treated units, or also the not-yet-treated"),
                ParameterSpec.choice(BASE_PERIOD, "varying", List.of("varying", "universal"),
                        "base period of pre-treatment ATT(g,t): varying (t−1, did's default) or universal (g−1)"));
    }
}

package org.carbonlab.efficiency.numerics.dea;

import org.carbonlab.efficiency.numerics.LinearProgram.Solution;

/** The score of one program (a super-efficiency or fallback run) and how its solve ended. */
record Attempt(double score, boolean optimal, boolean infeasible) {

    static Attempt of(double score, Solution s) {
        return new Attempt(score, s.optimal(), s.infeasible());
    }

    /** optimal, infeasible or failed. */
    String state() {
        return optimal ? "optimal" : infeasible ? "infeasible" : "failed";
    }
}

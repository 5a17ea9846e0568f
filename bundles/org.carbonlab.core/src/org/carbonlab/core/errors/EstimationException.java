package org.carbonlab.core.errors;

/**
 * The estimation itself failed although the input was well-formed (singular design after
 * dropping collinear terms, too few observations, infeasible program). Exit code 3.
 */
public class EstimationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EstimationException(String reason) {
        super(reason);
    }

    public EstimationException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

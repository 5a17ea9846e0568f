/**
 * What every estimator family needs for inference, so that no family imports another.
 * <p>
 * <b>Numerics</b> (matrices in, numbers out; no names, no I/O): {@link org.carbonlab.core.inference.OlsCore} (column
 * selection and the QR least-squares solution), {@link org.carbonlab.core.inference.LinAlg},
 * {@link org.carbonlab.core.inference.Sandwich} (cluster and heteroskedasticity-consistent meats),
 * {@link org.carbonlab.core.inference.CoefficientTable} (standard errors, statistics, p-values, intervals and the
 * Wald F of one covariance), {@link org.carbonlab.core.inference.WaldTest},
 * {@link org.carbonlab.core.inference.Distributions}, and the conventions
 * {@link org.carbonlab.core.inference.HcType}, {@link org.carbonlab.core.inference.ClusterCorrection} and
 * {@link org.carbonlab.core.inference.DropReason}.
 * <p>
 * <b>Covariance layer</b> (binds the user's parameters to the numerics):
 * {@link org.carbonlab.core.inference.CovarianceParameters} declares {@code vcov}, {@code cluster}, {@code ssc} and
 * {@code level} once; {@link org.carbonlab.core.inference.CovarianceSpec} parses them once (with the estimator's
 * {@link org.carbonlab.core.inference.RobustMeaning}), checks the cluster column and gives the cluster codes of a
 * model frame; {@link org.carbonlab.core.inference.Inference} records the reference distribution (t with its df, or
 * normal), the covariance and the level of a fitted model, and travels in the result
 * ({@code ModelResult.inference()}).
 */
package org.carbonlab.core.inference;

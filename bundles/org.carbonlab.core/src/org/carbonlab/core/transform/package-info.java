/**
 * Data transforms that studies apply before estimation: sample percentiles under the usual
 * definitions ({@link org.carbonlab.core.transform.Percentiles}) and winsorization
 * ({@link org.carbonlab.core.transform.Winsorize}). Pure numerics: arrays in, arrays out, NaN for
 * missing, no names.
 */
package org.carbonlab.core.transform;

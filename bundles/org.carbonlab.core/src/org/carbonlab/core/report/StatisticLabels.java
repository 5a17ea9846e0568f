package org.carbonlab.core.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one table of readable labels for statistic and test keys ({@code n_obs} → "Observations", {@code ar2_p} →
 * "AR(2) p-value", {@code hansen} → "Hansen J"), used by every table writer (Markdown, LaTeX, HTML, Word) for the
 * statistics and tests grids; the JSON and machine CSV keep the keys. A key not in the table is labelled by its
 * parts: a known stem, then suffixes such as {@code _p} (p-value), {@code _se} (std. error), {@code _df} (df);
 * {@code n_x} reads "N (x)"; underscores become spaces.
 */
public final class StatisticLabels {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, String> SUFFIXES = new LinkedHashMap<>();

    static {
        String[][] labels = {
                {"n_obs", "Observations"}, {"n_entities", "Entities"}, {"n_periods", "Periods"},
                {"n_groups", "Groups"}, {"n_clusters", "Clusters"}, {"n_instruments", "Instruments"},
                {"n_units", "Units"}, {"n_obs_used", "Observations used"}, {"n_models", "Models"},
                {"r2", "R²"}, {"adj_r2", "Adjusted R²"}, {"r2_within", "R² (within)"}, {"r2_between", "R² (between)"},
                {"r2_overall", "R² (overall)"}, {"adj_r2_within", "Adjusted R² (within)"}, {"partial_r2", "Partial R²"},
                {"df_resid", "Residual df"}, {"ssr", "Sum of squared residuals"}, {"tss", "Total sum of squares"},
                {"tss_within", "Total sum of squares (within)"}, {"sigma", "σ (residual std. error)"},
                {"sigma2", "σ²"}, {"sigma_u", "σ_u"}, {"sigma_e", "σ_e"}, {"sigma2_u", "σ²_u"}, {"sigma2_e", "σ²_e"},
                {"rho", "ρ"}, {"lambda", "λ"}, {"theta", "θ"}, {"log_likelihood", "Log-likelihood"}, {"aic", "AIC"},
                {"bic", "BIC"}, {"f", "F statistic"}, {"f_p", "F p-value"}, {"f_df1", "F df (numerator)"},
                {"f_df2", "F df (denominator)"}, {"wald_chi2", "Wald χ²"}, {"wald_df", "Wald df"},
                {"wald_p", "Wald p-value"}, {"ar1", "AR(1)"}, {"ar2", "AR(2)"}, {"ar1_p", "AR(1) p-value"},
                {"ar2_p", "AR(2) p-value"}, {"hansen", "Hansen J"}, {"hansen_p", "Hansen J p-value"},
                {"hansen_j", "Hansen J"}, {"hansen_excluding_levels", "Hansen J (excluding level equations)"},
                {"sargan", "Sargan"}, {"sargan_p", "Sargan p-value"}, {"hausman", "Hausman"},
                {"hausman_chi2", "Hausman χ²"}, {"hausman_df", "Hausman df"}, {"hausman_p", "Hausman p-value"},
                {"sobel", "Sobel"}, {"sobel_z", "Sobel z"}, {"sobel_se", "Sobel std. error"},
                {"sobel_p", "Sobel p-value"}, {"share_mediated", "Share mediated"},
                {"kleibergen_paap_f", "Kleibergen–Paap rk Wald F"}, {"cragg_donald_f", "Cragg–Donald Wald F"},
                {"vif", "VIF"}, {"vif_mean", "Mean VIF"}, {"ssc_factor", "Small-sample factor"},
                {"vcov", "Standard errors"}, {"vcov_description", "Standard errors"}, {"effect", "Fixed effects"},
                {"dependent", "Dependent variable"}, {"method", "Method"}, {"model", "Model"},
                {"p_value_df", "df of p-values"}, {"p_permutation", "Permutation p-value"},
                {"logdet", "log-determinant"}, {"mean_score", "Mean score"}, {"n_dmus", "DMUs"},
                {"n_efficient", "Efficient units"}, {"cluster_p_value", "Cluster p-value"},
                {"moran_i", "Moran's I"}, {"lm_error", "LM error"}, {"lm_lag", "LM lag"},
                {"robust_lm_error", "Robust LM error"}, {"robust_lm_lag", "Robust LM lag"}, {"llc", "LLC"},
                {"ips", "IPS"}, {"hadri", "Hadri"}, {"fisher_adf", "Fisher ADF"}, {"fisher_pp", "Fisher PP"},
                {"choi_adf", "Choi ADF"}, {"choi_pp", "Choi PP"}, {"anderson_rubin", "Anderson–Rubin"},
                {"f_effects", "F test (fixed effects)"}, {"f_slopes", "F test (slopes)"},
                {"breusch_pagan", "Breusch–Pagan LM"}, {"honda", "Honda"}, {"wald", "Wald"},
                {"wald_slopes", "Wald (slopes)"}, {"wald_time", "Wald (time effects)"},
                {"durbin_wu_hausman", "Durbin–Wu–Hausman"}, {"endogeneity_c", "Endogeneity (C statistic)"},
                {"excluded_instruments", "Excluded instruments F"}, {"diff_hansen_levels", "Difference-in-Hansen (levels)"},
                {"underidentification_anderson_lm", "Underidentification (Anderson LM)"},
                {"underidentification_kp_lm", "Underidentification (Kleibergen–Paap LM)"},
                {"pretrend", "Pre-trend"}, {"LR_sdm_vs_sar", "LR: SDM vs SAR"}, {"LR_sdm_vs_sem", "LR: SDM vs SEM"},
                {"Wald_sdm_vs_sar", "Wald: SDM vs SAR"}, {"Wald_sdm_vs_sem", "Wald: SDM vs SEM"},
                {"LR_twoways_vs_individual", "LR: two-way vs individual effects"},
                {"LR_twoways_vs_time", "LR: two-way vs time effects"}};
        for (String[] l : labels) {
            LABELS.put(l[0], l[1]);
        }
        String[][] suffixes = {{"_p", "p-value"}, {"_p_value", "p-value"}, {"_se", "std. error"},
                {"_std_error", "std. error"}, {"_df", "df"}, {"_z", "z"}, {"_t", "t"}, {"_chi2", "χ²"},
                {"_f", "F"}, {"_min", "(min)"}, {"_max", "(max)"}, {"_mean", "(mean)"}, {"_median", "(median)"},
                {"_sd", "(SD)"}};
        for (String[] s : suffixes) {
            SUFFIXES.put(s[0], s[1]);
        }
    }

    private StatisticLabels() {
    }

    /** The readable label of a statistic or test key; a key that is already text (has a space) is kept. */
    public static String label(String key) {
        if (key == null || key.isEmpty() || key.indexOf(' ') >= 0) {
            return key;
        }
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        for (Map.Entry<String, String> s : SUFFIXES.entrySet()) {
            if (key.endsWith(s.getKey()) && key.length() > s.getKey().length()) {
                String stem = key.substring(0, key.length() - s.getKey().length());
                return label(stem) + " " + s.getValue();
            }
        }
        if (key.startsWith("n_") && key.length() > 2) {
            return "N (" + key.substring(2).replace('_', ' ') + ")";
        }
        String words = key.replace('_', ' ').strip();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

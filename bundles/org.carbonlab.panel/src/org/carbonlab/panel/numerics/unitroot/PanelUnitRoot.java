package org.carbonlab.panel.numerics.unitroot;

import java.util.ArrayList;
import java.util.List;

import org.carbonlab.core.inference.Distributions;
import org.carbonlab.core.inference.LinAlg;

/**
 * Panel unit-root tests of N series (one per unit, consecutive periods, lengths may differ): Levin–Lin–Chu,
 * Im–Pesaran–Shin W_tbar and Z_tbar, Maddala–Wu Fisher and Choi's inverse-normal Z, logit L* and modified Pm on the
 * individual ADF or Phillips–Perron p-values, and Hadri's LM tests. Numerics only: arrays in, numbers out.
 * <p>
 * Conventions. {@code published} (default): individual ADF t statistics are the textbook ones when
 * {@code dfcor} (σ² = RSS/(n−k)); LLC uses its own divisors (σ̂²_εi = RSS_i/(T−p_i−1), σ̂²_ε̃ = RSS/(N T̃)) and looks
 * μ*, σ* up at T̃ = T − p̄ − 1; Z_tbar with a trend uses the trend moments. {@code plm}: plm 2.6's purtest — LLC
 * follows {@code dfcor} and looks up at the raw T, Z_tbar always uses the intercept moments.
 */
public final class PanelUnitRoot {

    /**
     * @param fixedLags  lag order for every unit, or -1 to select per unit by AIC ({@code bic=false}) or BIC up to
     *                   {@code maxLags}
     * @param dfcor      degrees-of-freedom correction of the individual ADF σ²
     * @param plm        plm-compatible conventions (see the class comment)
     * @param ppLags     Newey–West lags of the Phillips–Perron statistics, or -1 for Stata's default per unit
     * @param hadriDfcor Hadri variances divided by T − k instead of T
     * @param mackinnon1996 unit ADF/PP p-values from MacKinnon's (1996) surfaces (urca, plm's default) instead of
     *                   his 1994 ones (Stata's dfuller)
     */
    public record Options(Deterministics deterministics, int fixedLags, int maxLags, boolean bic, boolean dfcor,
            boolean plm, int ppLags, boolean hadriDfcor, boolean mackinnon1996) {

        /** Unit p-values from the MacKinnon (1994) surfaces. */
        public Options(Deterministics deterministics, int fixedLags, int maxLags, boolean bic, boolean dfcor,
                boolean plm, int ppLags, boolean hadriDfcor) {
            this(deterministics, fixedLags, maxLags, bic, dfcor, plm, ppLags, hadriDfcor, false);
        }

        /** Left-tail p-value of a unit Dickey–Fuller-type t statistic under the chosen surface. */
        double pValue(double tau) {
            return mackinnon1996 ? MacKinnon1996.pValue(tau, deterministics) : MacKinnon.pValue(tau, deterministics);
        }
    }

    /** One panel statistic: value, p-value and (for chi2 and t) its degrees of freedom; {@code df} NaN otherwise. */
    public record Statistic(String name, double value, double p, double df, String distribution) {
    }

    /** One unit's ADF (and PP) results. */
    public record Unit(AdfRegression.Fit adf, double pAdf, double[] critical, double ppZ, double pPp, int ppLags) {
    }

    /** Everything computed; {@code notes} say which tests were skipped or which tables were clamped. */
    public record Outcome(List<Unit> units, List<Statistic> statistics, double tbar, Hadri.Outcome hadri,
            Llc llc, List<String> notes) {
    }

    /** LLC intermediate quantities, for the record. */
    public record Llc(double delta, double seDelta, double tDelta, double sigmaEps2, double sbar, double tildeT,
            double muStar, double sigmaStar, double[] sigma2Lt, int bartlettLags) {
    }

    private PanelUnitRoot() {
    }

    public static Outcome run(double[][] series, Options o) {
        Deterministics d = o.deterministics();
        int n = series.length;
        List<String> notes = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (double[] y : series) {
            int lags = o.fixedLags() >= 0 ? o.fixedLags() : AdfRegression.selectLags(y, d, o.maxLags(), o.bic());
            AdfRegression.Fit fit = AdfRegression.fit(y, lags, d, o.dfcor(), false);
            int q = o.ppLags() >= 0 ? o.ppLags() : PhillipsPerron.defaultLags(y.length - 1);
            double z = PhillipsPerron.zt(y, d, q);
            units.add(new Unit(fit, o.pValue(fit.t()), MacKinnon.criticalValues(d, fit.nObs()), z, o.pValue(z), q));
        }
        List<Statistic> stats = new ArrayList<>();
        boolean balanced = true;
        for (double[] y : series) {
            balanced &= y.length == series[0].length;
        }

        Llc llc = null;
        if (balanced) {
            llc = levinLinChu(series, units, o, notes);
            stats.add(new Statistic("llc", llcStatistic(llc), Distributions.normalUpperP(-llcStatistic(llc)), Double.NaN,
                    "normal"));
        } else {
            notes.add("llc: not computed, the Levin-Lin-Chu test needs a balanced panel");
        }

        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = units.get(i).adf().t();
        }
        double tbar = LinAlg.mean(t);
        if (d == Deterministics.NONE) {
            notes.add("ips: not computed, the Im-Pesaran-Shin tables need an intercept or a trend");
        } else {
            double e = 0;
            double v = 0;
            boolean clamped = false;
            boolean allZero = true;
            for (int i = 0; i < n; i++) {
                int lags = units.get(i).adf().lags();
                allZero &= lags == 0;
                MomentTables.Moments m = MomentTables.ipsW(series[i].length - lags - 1, lags, d);
                clamped |= m.clamped() || lags > MomentTables.IPS_MAX_LAG;
                e += m.mean();
                v += m.second();
            }
            double w = Math.sqrt(n) * (tbar - e / n) / Math.sqrt(v / n);
            stats.add(new Statistic("ips_wtbar", w, Distributions.normalUpperP(-w), Double.NaN, "normal"));
            if (clamped) {
                notes.add("ips_wtbar: a unit's T - p - 1 or lag order lies outside the IPS (2003) Table 3 range "
                        + "(T 10..100, p 0..8); the nearest tabulated moments were used");
            }
            if (allZero) {
                Deterministics zd = o.plm() ? Deterministics.INTERCEPT : d;
                double ez = 0;
                double vz = 0;
                boolean zClamped = false;
                for (double[] y : series) {
                    MomentTables.Moments m = MomentTables.ipsZ(y.length - 1, zd);
                    zClamped |= m.clamped();
                    ez += m.mean();
                    vz += m.second();
                }
                double z = Math.sqrt(n) * (tbar - ez / n) / Math.sqrt(vz / n);
                stats.add(new Statistic("ips_ztbar", z, Distributions.normalUpperP(-z), Double.NaN, "normal"));
                if (zClamped) {
                    notes.add("ips_ztbar: a unit's T - 1 lies outside the tabulated range; the nearest tabulated "
                            + "moments were used");
                }
            } else {
                notes.add("ips_ztbar: not computed, Z_tbar is defined for regressions without lags");
            }
        }

        double[] pAdf = new double[n];
        double[] pPp = new double[n];
        for (int i = 0; i < n; i++) {
            pAdf[i] = units.get(i).pAdf();
            pPp[i] = units.get(i).pPp();
        }
        fisher(stats, "adf", pAdf);
        fisher(stats, "pp", pPp);
        extremeNote(notes, "adf", pAdf);
        extremeNote(notes, "pp", pPp);

        Hadri.Outcome hadri = null;
        if (d == Deterministics.NONE) {
            notes.add("hadri: not computed, Hadri's test needs an intercept or a trend");
        } else if (!balanced) {
            notes.add("hadri: not computed, Hadri's test needs a balanced panel");
        } else {
            hadri = Hadri.test(series, d, o.hadriDfcor());
            stats.add(new Statistic("hadri_hetero", hadri.zHetero(), Distributions.normalUpperP(hadri.zHetero()),
                    Double.NaN, "normal"));
            stats.add(new Statistic("hadri_homo", hadri.zHomo(), Distributions.normalUpperP(hadri.zHomo()),
                    Double.NaN, "normal"));
        }
        return new Outcome(units, stats, tbar, hadri, llc, notes);
    }

    private static void extremeNote(List<String> notes, String base, double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0 || p[i] == 1) {
                notes.add("choi_" + base + ": unit " + (i + 1) + "'s p-value is " + (int) p[i] + " in double "
                        + "precision, so Choi's Z and L* are infinite (and Maddala-Wu " + (p[i] == 0 ? "too" : "finite")
                        + ")");
                return;
            }
        }
    }

    /** Maddala–Wu P, Choi's inverse-normal Z, logit L* and modified Pm of the individual p-values. */
    static void fisher(List<Statistic> stats, String base, double[] p) {
        int n = p.length;
        double sumLog = 0;
        double sumZ = 0;
        double sumLogit = 0;
        for (double pi : p) {
            sumLog += Math.log(pi);
            sumZ += probit(pi);
            sumLogit += Math.log(pi / (1 - pi));
        }
        double chi = -2 * sumLog;
        stats.add(new Statistic("fisher_" + base, chi, Distributions.chiSquaredUpperP(chi, 2.0 * n), 2.0 * n,
                "chi2"));
        double pm = (chi - 2.0 * n) / (2 * Math.sqrt(n));
        stats.add(new Statistic("choi_pm_" + base, pm, Distributions.normalUpperP(pm), Double.NaN, "normal"));
        double z = sumZ / Math.sqrt(n);
        stats.add(new Statistic("choi_z_" + base, z, Distributions.normalUpperP(-z), Double.NaN, "normal"));
        double k = 3.0 * (5 * n + 4) / (Math.PI * Math.PI * n * (5 * n + 2));
        double l = Math.sqrt(k) * sumLogit;
        double df = 5.0 * n + 4;
        stats.add(new Statistic("choi_logit_" + base, l, Distributions.tUpperP(-l, df), df, "t"));
    }

    /**
     * Φ^{-1}(p), refined by Newton steps on log Φ: Commons Math's inverse alone loses about 1e-11 relative in the far
     * tails (which Choi's Z carries into p-values such as 1e-53) and gives −∞ below about 1e-300.
     */
    static double probit(double p) {
        if (!(p > 0 && p < 1)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return p > 0.5 ? -lowerProbit(1 - p) : lowerProbit(p);
    }

    private static double lowerProbit(double p) {
        double z = Distributions.normalQuantile(p);
        if (!Double.isFinite(z)) {
            z = -Math.sqrt(-2 * Math.log(p)); // the tail asymptote, a little below the root
        }
        double logP = Math.log(p);
        for (int i = 0; i < 50; i++) {
            double cdf = Distributions.normalUpperP(-z);
            double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            if (!(cdf > 0 && density > 0)) {
                break;
            }
            double step = (Math.log(cdf) - logP) * cdf / density;
            z -= step;
            if (Math.abs(step) <= 1e-15 * Math.abs(z)) {
                break;
            }
        }
        return z;
    }

    private static double llcStatistic(Llc l) {
        return (l.tDelta() - l.tildeT() * l.sigma2Lt().length * l.sbar() / l.sigmaEps2() * l.seDelta() * l.muStar())
                / l.sigmaStar();
    }

    private static Llc levinLinChu(double[][] series, List<Unit> units, Options o, List<String> notes) {
        Deterministics d = o.deterministics();
        int n = series.length;
        int t = series[0].length;
        // published: LLC's own divisors (RSS_i/(T - p_i - 1), RSS/(N T~)); plm: as dfcor says
        boolean dfcor = o.plm() && o.dfcor();
        int q = (int) Math.rint(3.21 * Math.cbrt(t));
        double svv = 0;
        double sev = 0;
        List<double[][]> residuals = new ArrayList<>();
        long pooled = 0;
        double lagSum = 0;
        double sRatio = 0;
        double[] lt = new double[n];
        for (int i = 0; i < n; i++) {
            int lags = units.get(i).adf().lags();
            AdfRegression.Fit f = AdfRegression.fit(series[i], lags, d, dfcor, true);
            double[] e = f.residDiff();
            double[] v = f.residLevel();
            for (int r = 0; r < e.length; r++) {
                svv += v[r] * v[r];
                sev += e[r] * v[r];
            }
            residuals.add(new double[][] {e, v});
            pooled += e.length;
            lagSum += lags;
            lt[i] = longRunVariance(series[i], d, q);
            sRatio += Math.sqrt(lt[i]) / f.sigma();
        }
        double delta = sev / svv;
        double rss = 0;
        for (double[][] ev : residuals) {
            for (int r = 0; r < ev[0].length; r++) {
                double u = ev[0][r] - delta * ev[1][r];
                rss += u * u;
            }
        }
        double seDelta = Math.sqrt(rss / (dfcor ? pooled - 1 : pooled) / svv);
        double tildeT = t - lagSum / n - 1;
        double sigmaEps2 = rss / (n * tildeT);
        double lookup = o.plm() ? t : tildeT;
        MomentTables.Moments m = MomentTables.llc(lookup, d);
        if (m.clamped()) {
            notes.add("llc: T" + (o.plm() ? "" : "~") + " = " + lookup + " lies outside the Levin-Lin-Chu (2002) "
                    + "Table 2 range (25..250, infinity); the nearest row was used (the time series is "
                    + (lookup < 25 ? "short" : "long") + ")");
        }
        return new Llc(delta, seDelta, delta / seDelta, sigmaEps2, sRatio / n, tildeT, m.mean(), m.second(), lt, q);
    }

    /**
     * LLC's long-run variance of Δy (demeaned with an intercept, detrended with a trend): Bartlett weights
     * 1 − L/(q+1), every autocovariance divided by T − 1.
     */
    static double longRunVariance(double[] y, Deterministics d, int q) {
        int t = y.length;
        double[] dx = new double[t - 1];
        for (int s = 1; s < t; s++) {
            dx[s - 1] = y[s] - y[s - 1];
        }
        if (d == Deterministics.INTERCEPT) {
            double mean = LinAlg.mean(dx);
            for (int s = 0; s < dx.length; s++) {
                dx[s] -= mean;
            }
        } else if (d == Deterministics.TREND) {
            double[][] cols = new double[2][dx.length];
            for (int s = 0; s < dx.length; s++) {
                cols[0][s] = 1;
                cols[1][s] = s + 1;
            }
            dx = org.carbonlab.core.inference.OlsCore.fit(cols, dx,
                    new double[] {LinAlg.norm(cols[0]), LinAlg.norm(cols[1])}, null, 1e-9).residuals();
        }
        double v = LinAlg.sumSquares(dx) / (t - 1);
        for (int l = 1; l <= q && l < dx.length; l++) {
            double c = 0;
            for (int s = l; s < dx.length; s++) {
                c += dx[s] * dx[s - l];
            }
            v += 2 * c / (t - 1) * (1 - l / (q + 1.0));
        }
        return v;
    }
}

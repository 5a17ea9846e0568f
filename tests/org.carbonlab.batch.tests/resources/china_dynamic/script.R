## References for the example study's unit-root tests (examples/china-provinces; written for this
## project). Run from this folder: Rscript script.R  (plm 2.6.2, R 4.2; writes expected.json). The dynamic
## GMM model is not compared here: pgmm enters standard instruments as separate difference and level columns,
## panel.gmm as one column as xtabond2 does (EmplUK covers the pgmm comparison).
## ln_ci = log(co2_total_mt / grp_nominal_nbs_revised_100m_yuan) etc., as the study derives them.
suppressPackageStartupMessages({ library(plm); library(jsonlite) })
d <- read.csv("../../../../examples/china-provinces/data/china30_provinces_2000_2019.csv")
d$ln_ci <- log(d$co2_total_mt / d$grp_nominal_nbs_revised_100m_yuan)
d$ln_gdppc <- log(d$grp_nominal_nbs_revised_100m_yuan / d$population_10k)
d$ln_patents <- log(d$patent_grants_total)
d$fiscal_share <- d$fiscal_exp_total_100m_yuan / d$grp_nominal_nbs_revised_100m_yuan
d$ln_pop <- log(d$population_10k)
pd <- pdata.frame(d, index = c("province", "year"))
## unit roots of ln_ci in levels (2004-2019, balanced), intercept, lags by AIC up to 2, MacKinnon (1994) p-values.
## CarbonLab's published convention: IPS and Fisher on df-corrected ADF t (dfcor = TRUE); LLC with its own
## divisors (= plm's dfcor = FALSE); with T~ < 25 both LLC table lookups use the T = 25 row.
y <- pd$ln_ci
pur <- function(test, dfcor) {
  r <- suppressWarnings(purtest(y, test = test, exo = "intercept", lags = "AIC", pmax = 2, dfcor = dfcor,
                                p.approx = "MacKinnon1994"))
  list(statistic = unname(r$statistic$statistic), p = unname(r$statistic$p.value))
}
ur <- list(llc = pur("levinlin", FALSE), ips_wtbar = pur("ips", TRUE), fisher_adf = pur("madwu", TRUE),
           choi_pm_adf = pur("Pm", TRUE), choi_logit_adf = pur("logit", TRUE))
writeLines(toJSON(list(plm = as.character(packageVersion("plm")), unitroot_ln_ci_levels = ur),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "expected.json")
cat("wrote expected.json\n")

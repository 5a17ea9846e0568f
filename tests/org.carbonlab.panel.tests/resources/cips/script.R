## Reference values for Pesaran's (2007) CIPS test: plm 2.6.2 cipstest (model = "cmg") on the CEADs provincial
## panel (shared/data/merged_example_panel: 30 provinces x 2000-2019; co2_total_mt and population_10k, complete).
## Run from this folder: Rscript script.R  (writes expected.json)
suppressPackageStartupMessages(library(plm))
d <- read.csv("data.csv")
pd <- pdata.frame(d, index = c("province", "year"))
num <- function(v) if (is.na(v) || !is.finite(v)) "null" else sprintf("%.17g", v)
vec <- function(v) paste0("[", paste(vapply(v, num, ""), collapse = ", "), "]")
cases <- character(0)
run <- function(name, x, type, lags, truncated) {
  bounded <- "none"
  r <- withCallingHandlers(cipstest(x, lags = lags, type = type, model = "cmg", truncated = truncated),
    warning = function(w) {
      if (grepl("greater", conditionMessage(w))) bounded <<- "above"
      if (grepl("smaller", conditionMessage(w))) bounded <<- "below"
      invokeRestart("muffleWarning")
    })
  t <- vapply(r$tmods, function(m) coef(summary(m))["le", "t value"], 0)
  cases <<- c(cases, sprintf(paste0('  "%s": {"type": "%s", "lags": %d, "truncated": %s, "n_units": %d, ',
    '"statistic": %s, "p_value": %s, "p_bounded": "%s", "unit_t": %s}'),
    name, type, lags, tolower(truncated), length(t), num(unname(r$statistic)), num(r$p.value), bounded, vec(unname(t))))
}
for (v in c("co2_total_mt", "population_10k")) {
  x <- log(pd[[v]])
  for (type in c("none", "drift", "trend")) for (lags in 1:2) for (tr in c(FALSE, TRUE)) {
    run(sprintf("%s_%s_lags%d%s", v, type, lags, if (tr) "_truncated" else ""), x, type, lags, tr)
  }
}
## 25 provinces (N between the table rows 20 and 30) and the differences (stationary: p below the table)
keep <- sort(unique(d$province))[1:25]
pd25 <- pdata.frame(d[d$province %in% keep, ], index = c("province", "year"))
for (type in c("none", "drift", "trend")) run(sprintf("co2_total_mt_n25_%s_lags1", type), log(pd25$co2_total_mt), type, 1, FALSE)
run("co2_total_mt_n25_trend_lags3_truncated", log(pd25$co2_total_mt), "trend", 3, TRUE)
run("diff_co2_total_mt_drift_lags1", diff(log(pd$co2_total_mt)), "drift", 1, FALSE)
writeLines(c("{", paste0('  "plm_version": "', packageVersion("plm"), '",'), paste(cases, collapse = ",\n"), "}"),
  "expected.json")

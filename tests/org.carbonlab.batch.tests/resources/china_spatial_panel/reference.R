# Reference values for the spatial panel models of the example study (examples/china-provinces): two-way
# fixed-effects SAR, SEM and SDM of ln_ci, 2010-2019, by maximum likelihood in Elhorst's direct approach, computed
# with spatialreg independently of CarbonLab. Run from this folder:
#   Rscript reference.R ../../../../examples/china-provinces/data > expected.csv
# The direct approach is the ML of the model with the fixed effects as explicit dummies (the dummies concentrated
# out leave the demeaned model with NT observations, sigma2 = SSE/NT and T ln|I - rho W|): so each model is fitted
# here by lagsarlm/errorsarlm with factor(province) and factor(year) on the raw data and listw = I_T (x) W, and the
# SDM's W*x are the lags of the raw regressors added as columns (the dummies are not lagged). Note: lagsarlm on the
# two-way demeaned data with I_T (x) W is NOT this model: it lags the demeaned y, and time-demeaning does not commute
# with W unless W's columns also sum to 1 (individual demeaning does commute).
# The log-likelihood is spatialreg's, with the full constant: -NT/2 ln(2 pi s2) - NT/2 + T ln|I - rho W|.
# Output: one line per value, "key,value" with 17 significant digits.
suppressPackageStartupMessages(library(spatialreg))
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../../../../examples/china-provinces/data"
d <- read.csv(file.path(dir, "china30_provinces_2000_2019.csv"))
ids <- sort(unique(d$province))
n <- length(ids)
out <- function(key, v) cat(key, ",", trimws(formatC(v, digits = 17, format = "g")), "\n", sep = "")

# rook contiguity with Hainan linked to Guangdong both ways, row-standardised
B <- as.matrix(read.csv(file.path(dir, "W_rook_binary_30.csv"), row.names = 1, check.names = FALSE))[ids, ids]
B["Hainan", "Guangdong"] <- 1
B["Guangdong", "Hainan"] <- 1
rook <- B / rowSums(B)
# economic distance 1/|mean_i - mean_j| of GRP per capita over 2004-2019, row-standardised
d$gdp_pc <- d$grp_nominal_nbs_revised_100m_yuan / d$population_10k
g <- d[d$year >= 2004 & d$year <= 2019, ]
m <- tapply(g$gdp_pc, g$province, mean)[ids]
E <- 1 / abs(outer(m, m, "-"))
diag(E) <- 0
econ <- E / rowSums(E)

# the model variables, 2010-2019 (balanced, complete), stacked period by period as I_T (x) W expects
p <- d[d$year >= 2010 & d$year <= 2019, ]
p <- p[order(p$year, p$province), ]
p$ln_ci <- log(p$co2_total_mt / p$grp_nominal_nbs_revised_100m_yuan)
p$ln_gdppc <- log(p$grp_nominal_nbs_revised_100m_yuan / p$population_10k)
p$ln_patents <- log(p$patent_grants_total)
p$fiscal_share <- p$fiscal_exp_total_100m_yuan / p$grp_nominal_nbs_revised_100m_yuan
p$ln_pop <- log(p$population_10k)
xs <- c("ln_gdppc", "ln_patents", "fiscal_share", "ln_pop")
stopifnot(all(complete.cases(p[, c("ln_ci", xs)])), nrow(p) == n * 10, all(p$province == rep(ids, 10)))
periods <- length(unique(p$year))
p$unit <- factor(p$province)
p$period <- factor(p$year)

ctl <- list(tol.opt = 1e-12) # rho/lambda to ~1e-12, so that even small coefficients are exact to 1e-6
fit <- function(kind, W, effect) {
  big <- kronecker(diag(periods), W)
  lw <- mat2listw(big, style = "W")
  q <- p
  for (x in xs) q[[paste0("W_", x)]] <- as.vector(big %*% q[[x]])
  rhs <- xs
  if (kind == "sdm") rhs <- c(rhs, paste0("W_", xs))
  rhs <- c(rhs, switch(effect, twoways = c("unit", "period"), individual = "unit", time = "period"))
  f <- as.formula(paste("ln_ci ~", paste(rhs, collapse = " + ")))
  if (kind == "sem") {
    errorsarlm(f, data = q, listw = lw, method = "eigen", tol.solve = 1e-14, control = ctl)
  } else {
    lagsarlm(f, data = q, listw = lw, method = "eigen", tol.solve = 1e-14, control = ctl)
  }
}
report <- function(key, r) {
  cf <- coef(r)
  for (x in xs) out(paste0(key, ".coef.", x), cf[x])
  for (x in xs) {
    lx <- paste0("W_", x)
    if (lx %in% names(cf)) out(paste0(key, ".coef.W*", x), cf[lx])
  }
  if (!is.null(r$rho)) out(paste0(key, ".coef.rho"), r$rho)
  if (!is.null(r$lambda)) out(paste0(key, ".coef.lambda"), r$lambda)
  out(paste0(key, ".sigma2"), r$s2)
  out(paste0(key, ".log_likelihood"), as.numeric(logLik(r)))
}
# LeSage-Pace point effects, exact: S = (I - rho W)^-1 (beta I + theta W); direct = mean of diag(S), total = mean
# row sum, indirect = total - direct (the averages over I_T (x) W equal those over W)
effects <- function(key, r, W) {
  cf <- coef(r)
  A <- solve(diag(n) - r$rho * W)
  for (x in xs) {
    theta <- if (paste0("W_", x) %in% names(cf)) cf[paste0("W_", x)] else 0
    S <- A %*% (cf[x] * diag(n) + theta * W)
    direct <- mean(diag(S))
    total <- sum(S) / n
    out(paste0(key, ".effect.", x, ".direct"), direct)
    out(paste0(key, ".effect.", x, ".indirect"), total - direct)
    out(paste0(key, ".effect.", x, ".total"), total)
  }
}
for (w in c("rook", "econ")) {
  W <- get(w)
  sdm <- fit("sdm", W, "twoways")
  sar <- fit("sar", W, "twoways")
  sem <- fit("sem", W, "twoways")
  report(paste0("sdm.", w), sdm)
  effects(paste0("sdm.", w), sdm, W)
  if (w == "rook") {
    report("sar.rook", sar)
    effects("sar.rook", sar, W)
    report("sem.rook", sem)
  }
  ll <- as.numeric(logLik(sdm))
  out(paste0("sdm.", w, ".test.LR_sdm_vs_sar"), 2 * (ll - as.numeric(logLik(sar))))
  out(paste0("sdm.", w, ".test.LR_sdm_vs_sem"), 2 * (ll - as.numeric(logLik(sem))))
  out(paste0("sdm.", w, ".test.LR_twoways_vs_individual"),
      2 * (ll - as.numeric(logLik(fit("sdm", W, "individual")))))
  out(paste0("sdm.", w, ".test.LR_twoways_vs_time"), 2 * (ll - as.numeric(logLik(fit("sdm", W, "time")))))
}

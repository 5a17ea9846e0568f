# Reference values for the spatial panel models of the example study (examples/china-provinces): two-way
# fixed-effects SAR, SEM and SDM of ln_ci, 2010-2019, by maximum likelihood in Elhorst's direct approach, computed
# with spatialreg independently of CarbonLab. Run from this folder:
#   Rscript reference.R ../../../../examples/china-provinces/data > expected.csv
# The direct approach is ML on the demeaned data with W replaced by I_T (x) W: its log-likelihood
#   -NT/2 ln(2 pi s2) - NT/2 + T ln|I - rho W| (s2 = SSE/NT)
# is exactly what lagsarlm/errorsarlm maximise on the demeaned data with the block-diagonal listw
# (ln|I_T (x) (I - rho W)| = T ln|I - rho W|), constant included. W*x of the demeaned x equals the demeaned W*x
# because both matrices are row-standardised (W 1 = 1).
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
# economic distance 1/|mean_i - mean_j| of GRP per capita over 2004-2019 (all 30 provinces), row-standardised
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
vars <- c("ln_ci", xs)
stopifnot(all(complete.cases(p[, vars])), nrow(p) == n * 10, all(p$province == rep(ids, 10)))
periods <- length(unique(p$year))
demean <- function(v, effect) switch(effect,
  twoways = v - ave(v, p$province) - ave(v, p$year) + mean(v),
  individual = v - ave(v, p$province),
  time = v - ave(v, p$year))
data_for <- function(effect) {
  q <- data.frame(row.names = seq_len(nrow(p)))
  for (v in vars) q[[v]] <- demean(p[[v]], effect)
  q
}
f <- ln_ci ~ ln_gdppc + ln_patents + fiscal_share + ln_pop - 1
big <- function(W) mat2listw(kronecker(diag(periods), W), style = "W")
fit <- function(kind, W, effect) {
  lw <- big(W)
  q <- data_for(effect)
  ctl <- list(tol.opt = 1e-12) # rho/lambda to ~1e-12, so that even small coefficients are exact to 1e-6
  switch(kind,
    sar = lagsarlm(f, data = q, listw = lw, method = "eigen", tol.solve = 1e-14, control = ctl),
    sdm = lagsarlm(f, data = q, listw = lw, method = "eigen", Durbin = TRUE, tol.solve = 1e-14, control = ctl),
    sem = errorsarlm(f, data = q, listw = lw, method = "eigen", tol.solve = 1e-14, control = ctl))
}
report <- function(key, r) {
  cf <- coef(r)
  for (x in xs) {
    out(paste0(key, ".coef.", x), cf[x])
  }
  for (x in xs) {
    lx <- paste0("lag.", x)
    if (lx %in% names(cf)) out(paste0(key, ".coef.W*", x), cf[lx])
  }
  if (!is.null(r$rho)) out(paste0(key, ".coef.rho"), r$rho)
  if (!is.null(r$lambda)) out(paste0(key, ".coef.lambda"), r$lambda)
  out(paste0(key, ".sigma2"), r$s2)
  out(paste0(key, ".log_likelihood"), as.numeric(logLik(r)))
}
# LeSage-Pace point effects (exact; the averages over I_T (x) W equal those over W)
effects <- function(key, r, W) {
  im <- impacts(r, listw = big(W))
  for (e in c("direct", "indirect", "total")) {
    v <- im[[e]]
    names(v) <- attr(im, "bnames")
    for (x in xs) out(paste0(key, ".effect.", x, ".", e), v[x])
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

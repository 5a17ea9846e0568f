# The two-way FE SEM (rook) of reference.R pinned by its analytic score (own code). errorsarlm maximises the
# concentrated likelihood with optimize(), which on this flat top (a change of 2e-7 in lambda moves the
# log-likelihood by ~4e-12) stops ~2e-7 from the maximum even with tol.opt = 1e-12; here lambda is the root of
#   d/dl [-NT/2 ln SSE(l) + T sum ln(1 - l w)],  dSSE/dl = -2 e'(I_T x W)u  (envelope theorem),
# u = y - Xb - Dg with the dummies D of both effects, e = (I - l I_T x W)u, found by uniroot to 1e-15.
# Run from this folder:  Rscript sem_score_root.R ../../../../examples/china-provinces/data > sem_score_root.csv
suppressPackageStartupMessages({library(spatialreg); library(spdep)})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../../../../examples/china-provinces/data"
d <- read.csv(file.path(dir, "china30_provinces_2000_2019.csv"))
ids <- sort(unique(d$province)); n <- length(ids)
out <- function(key, v) cat(key, ",", trimws(formatC(v, digits = 17, format = "g")), "\n", sep = "")
B <- as.matrix(read.csv(file.path(dir, "W_rook_binary_30.csv"), row.names = 1, check.names = FALSE))[ids, ids]
B["Hainan", "Guangdong"] <- 1; B["Guangdong", "Hainan"] <- 1
W <- B / rowSums(B)
p <- d[d$year >= 2010 & d$year <= 2019, ]; p <- p[order(p$year, p$province), ]
p$ln_ci <- log(p$co2_total_mt / p$grp_nominal_nbs_revised_100m_yuan)
p$ln_gdppc <- log(p$grp_nominal_nbs_revised_100m_yuan / p$population_10k)
p$ln_patents <- log(p$patent_grants_total)
p$fiscal_share <- p$fiscal_exp_total_100m_yuan / p$grp_nominal_nbs_revised_100m_yuan
p$ln_pop <- log(p$population_10k)
xs <- c("ln_gdppc", "ln_patents", "fiscal_share", "ln_pop")
periods <- length(unique(p$year)); NT <- n * periods
stopifnot(nrow(p) == NT, all(p$province == rep(ids, periods)))
y <- p$ln_ci
Z <- cbind(as.matrix(p[, xs]), model.matrix(~ factor(province) + factor(year), data = p))
Wb <- kronecker(diag(periods), W)
w <- Re(eigen(W, only.values = TRUE)$values)
fitAt <- function(l) {
  F <- diag(NT) - l * Wb
  b <- qr.coef(qr(F %*% Z), F %*% y)
  u <- y - as.vector(Z %*% b); e <- as.vector(F %*% u)
  list(b = as.vector(b), u = u, e = e, sse = sum(e^2))
}
score <- function(l) { q <- fitAt(l); -NT / 2 * (-2 * sum(q$e * (Wb %*% q$u))) / q$sse - periods * sum(w / (1 - l * w)) }
loglik <- function(l) { s2 <- fitAt(l)$sse / NT; -NT / 2 * log(2 * pi * s2) - NT / 2 + periods * sum(log(1 - l * w)) }
lw <- mat2listw(Wb, style = "W")
q <- p; q$unit <- factor(q$province); q$period <- factor(q$year)
m <- errorsarlm(as.formula(paste("ln_ci ~", paste(c(xs, "unit", "period"), collapse = " + "))), data = q, listw = lw,
  method = "eigen", tol.solve = 1e-14, control = list(tol.opt = 1e-12))
l0 <- m$lambda
lam <- uniroot(score, c(l0 - 1e-4, l0 + 1e-4), tol = 1e-15, maxiter = 1000)$root
# for the record (stderr): the log-likelihood at the root, at errorsarlm's lambda, and as errorsarlm reports it
cat(sprintf("# %.17g %.17g %.17g\n", loglik(lam), loglik(l0), as.numeric(logLik(m))), file = stderr())
f <- fitAt(lam)
for (j in seq_along(xs)) out(paste0("sem.rook.coef.", xs[j]), f$b[j])
out("sem.rook.coef.lambda", lam)
out("sem.rook.sigma2", f$sse / NT)
out("sem.rook.log_likelihood", loglik(lam))
out("sem.rook.score_at_lambda", score(lam))
out("sem.rook.errorsarlm_lambda", l0)

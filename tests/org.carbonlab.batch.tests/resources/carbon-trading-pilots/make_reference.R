# Reference values for ReplicationCarbonTradingTest (CarbonLab replication study 4), computed independently of
# CarbonLab: green TFP from directional distance functions solved by lpSolve, the DID models by lm() with explicit
# city and year dummies and a hand-written cluster sandwich, the Callaway-Sant'Anna post-period ATTs as differences
# of group means. Run from the repository root:
#   Rscript tests/org.carbonlab.batch.tests/resources/carbon-trading-pilots/make_reference.R
# It writes reference.csv next to this script. Needs R >= 4 and the lpSolve package.
suppressPackageStartupMessages(library(lpSolve))

here <- "tests/org.carbonlab.batch.tests/resources/carbon-trading-pilots"
d <- read.csv("examples/carbon-trading-pilots/data/city_panel_2009_2019.csv", stringsAsFactors = FALSE)
n <- nrow(d)

# --- green TFP ------------------------------------------------------------------------------------------------
# Global DDF with weakly disposable CO2, direction (0, y, -b), CRS, over every city-year:
#   max beta  s.t.  sum l x <= x_o,  sum l y >= (1 + beta) y_o,  sum l b = (1 - beta) b_o,  l >= 0.
# Each variable is divided by its mean (beta does not depend on units; the LPs are better conditioned).
X <- as.matrix(d[, c("labour_10k", "capital_100m_yuan", "energy_10k_tce")])
X <- sweep(X, 2, colMeans(X), "/")
Y <- d$gdp_100m_yuan / mean(d$gdp_100m_yuan)
B <- d$co2_mt / mean(d$co2_mt)
beta <- numeric(n)
for (o in seq_len(n)) {
  A <- rbind(cbind(t(X), 0), c(Y, -Y[o]), c(B, B[o]))
  sol <- lp("max", c(rep(0, n), 1), A, c("<=", "<=", "<=", ">=", "="), c(X[o, ], Y[o], B[o]))
  stopifnot(sol$status == 0)
  beta[o] <- sol$objval
}
# GML(t -> t+1) = (1 + beta_t) / (1 + beta_t+1); the chained level from 2009 telescopes to (1 + beta_2009) / (1 + beta_t)
base <- setNames((1 + beta)[d$year == 2009], d$city[d$year == 2009])
d$gtfp <- base[d$city] / (1 + beta)
d$ln_gtfp <- log(d$gtfp)

# --- baseline DID: stepwise, city and year dummies, SEs clustered by city ------------------------------------------
d$did <- d$pilot * (d$year >= 2013)
d$ln_pgdp <- log(d$gdp_100m_yuan / d$population_10k)
controls <- c("ln_pgdp", "industry_share", "fdi_share", "gov_share")
out <- data.frame(key = character(), value = numeric(), stringsAsFactors = FALSE)
add <- function(k, v) out[nrow(out) + 1, ] <<- list(k, v)
G <- length(unique(d$city))
T <- length(unique(d$year))
for (m in 0:length(controls)) {
  rhs <- c("did", controls[seq_len(m)])
  f <- as.formula(paste("ln_gtfp ~", paste(c(rhs, "factor(city)", "factor(year)"), collapse = " + ")))
  fit <- lm(f, data = d)
  Xm <- model.matrix(fit)
  u <- residuals(fit)
  bread <- solve(crossprod(Xm))
  meat <- matrix(0, ncol(Xm), ncol(Xm))
  for (g in split(seq_len(n), d$city)) {
    s <- crossprod(Xm[g, , drop = FALSE], u[g])
    meat <- meat + s %*% t(s)
  }
  # Stata's xtreg, fe small-sample factor: K = slopes + constant + (T - 1) year dummies
  K <- length(rhs) + T
  V <- bread %*% meat %*% bread * G / (G - 1) * (n - 1) / (n - K)
  name <- paste0("m", m + 1)
  add(paste0(name, ".did"), unname(coef(fit)["did"]))
  add(paste0(name, ".did_se"), sqrt(V["did", "did"]))
  add(paste0(name, ".adj_r2_lsdv"), summary(fit)$adj.r.squared)
  add(paste0(name, ".r2_lsdv"), summary(fit)$r.squared)
  add(paste0(name, ".n"), nobs(fit))
}

# --- Callaway-Sant'Anna, one cohort (2013), never-treated controls: ATT(2013, t) for t >= 2013 ------------------------
wide <- reshape(d[, c("city", "year", "ln_gtfp", "pilot")], idvar = c("city", "pilot"), timevar = "year",
                direction = "wide")
for (t in 2013:2019) {
  change <- wide[[paste0("ln_gtfp.", t)]] - wide[["ln_gtfp.2012"]]
  add(paste0("cs.e", t - 2013), mean(change[wide$pilot == 1]) - mean(change[wide$pilot == 0]))
}
add("gtfp.mean_2019", mean(d$gtfp[d$year == 2019]))
add("gtfp.Shenzhen_2019", d$gtfp[d$city == "Shenzhen" & d$year == 2019])
add("gtfp.Hefei_2015", d$gtfp[d$city == "Hefei" & d$year == 2015])
write.csv(transform(out, value = sprintf("%.17g", value)), file.path(here, "reference.csv"), row.names = FALSE,
          quote = FALSE)
cat("wrote", file.path(here, "reference.csv"), nrow(out), "values\n")

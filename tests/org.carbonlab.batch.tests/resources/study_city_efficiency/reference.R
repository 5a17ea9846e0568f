## Independent reference values for replication study 1 (examples/city-efficiency-integration), written for this
## project. Run from this folder:  Rscript reference.R   (R 4.2, plm 2.6, lpSolve 5.6, sandwich; writes expected.csv)
## Every number is rebuilt from the raw CSV: capital stock, CO2 and energy, super-SBM scores (lpSolve, Charnes-Cooper
## linearised programs), entropy weights and coupling coordination, then the regressions on R's own cee and ccd:
## FE with explicit city dummies (lm), Stata's clustered SEs, plm's phtest, the three mediation equations (full
## sample and Sunan), and two-step difference GMM written out in matrix algebra (xtabond2's collapsed instruments,
## standard instruments as one differenced column each).
suppressPackageStartupMessages({ library(plm); library(lpSolve); library(sandwich) })
d <- read.csv("../../../../examples/city-efficiency-integration/data/jiangsu13_2009_2020.csv",
              check.names = FALSE, stringsAsFactors = FALSE)
d <- d[order(d$city, d$year), ]
out <- list()
put <- function(name, value) out[[name]] <<- value
lagc <- function(x) ave(x, d$city, FUN = function(v) c(NA, head(v, -1)))

## growth-rate indicators use the 2009 rows; everything else is 2010-2020
d$mfg_va_share <- d$mfg_value_added_100m_yuan / d$gdp_real_100m_yuan
d$mfg_output_growth <- d$mfg_output_100m_yuan / lagc(d$mfg_output_100m_yuan) - 1
d$ps_va_share <- d$ps_value_added_100m_yuan / d$gdp_real_100m_yuan
d$ps_va_growth <- d$ps_value_added_100m_yuan / lagc(d$ps_value_added_100m_yuan) - 1
s <- d[d$year >= 2010, ]
s <- s[order(s$city, s$year), ]
key <- paste(s$city, s$year, sep = "@")

## capital: K(2010) = I/(g + delta), K(t) = (1 - delta) K(t-1) + I(t)/P(t)
g <- 0.2215; delta <- 0.096
s$capital <- NA
for (c in unique(s$city)) {
  i <- which(s$city == c)
  real <- s$investment_100m_yuan[i] / s$invest_price_index[i]
  k <- numeric(length(i)); k[1] <- real[1] / (g + delta)
  for (t in 2:length(i)) k[t] <- (1 - delta) * k[t - 1] + real[t]
  s$capital[i] <- k
}
## CO2 (Mt): natural gas 2.162 kg/m3, LPG 3.101 kg/kg, electricity x coal share x 0.845 kg/kWh
s$co2 <- (s$natural_gas_10k_m3 * 1e4 * 2.162 + s$lpg_t * 1e3 * 3.101 +
          s$electricity_100m_kwh * 1e8 * s$coal_power_share * 0.845) / 1e9
## energy (10,000 tce), GB/T 2589: natural gas 1.33 kgce/m3, LPG 1.7143 kgce/kg, electricity 0.1229 kgce/kWh
s$energy <- (s$natural_gas_10k_m3 * 1e4 * 1.33 + s$lpg_t * 1e3 * 1.7143 + s$electricity_100m_kwh * 1e8 * 0.1229) / 1e7

## super-SBM, undesirable output, CRS, non-oriented, global frontier
X <- rbind(s$employees_10k, s$capital, s$energy); Y <- rbind(s$gdp_real_100m_yuan); B <- rbind(s$co2)
n <- ncol(X); m <- nrow(X); s1 <- nrow(Y); s2 <- nrow(B)
sbm <- function(o) {
  # variables: t, lambda (n), s- (m), sg (s1), sb (s2)
  nv <- 1 + n + m + s1 + s2
  obj <- c(1, rep(0, n), -1 / (m * X[, o]), rep(0, s1 + s2))
  A <- rbind(c(1, rep(0, n), rep(0, m), 1 / ((s1 + s2) * Y[, o]), 1 / ((s1 + s2) * B[, o])),
             cbind(-X[, o], X, diag(m), matrix(0, m, s1 + s2)),
             cbind(-Y[, o], Y, matrix(0, s1, m), -diag(s1), matrix(0, s1, s2)),
             cbind(-B[, o], B, matrix(0, s2, m + s1), diag(s2)))
  r <- lp("min", obj, A, rep("=", nrow(A)), c(1, rep(0, m + s1 + s2)))
  stopifnot(r$status == 0); r$objval
}
super_sbm <- function(o) {
  ref <- setdiff(seq_len(n), o); k <- length(ref)
  obj <- c(1, rep(0, k), 1 / (m * X[, o]), rep(0, s1 + s2))
  A <- rbind(c(1, rep(0, k), rep(0, m), -1 / ((s1 + s2) * Y[, o]), -1 / ((s1 + s2) * B[, o])),
             cbind(-X[, o], X[, ref, drop = FALSE], -diag(m), matrix(0, m, s1 + s2)),
             cbind(-Y[, o], Y[, ref, drop = FALSE], matrix(0, s1, m), diag(s1), matrix(0, s1, s2)),
             cbind(-B[, o], B[, ref, drop = FALSE], matrix(0, s2, m + s1), -diag(s2)),
             cbind(-Y[, o], matrix(0, s1, k + m), diag(s1), matrix(0, s1, s2)))
  dir <- c("=", rep("<=", m), rep(">=", s1), rep("<=", s2), rep("<=", s1))
  r <- lp("min", obj, A, dir, c(1, rep(0, m + s1 + s2 + s1)))
  stopifnot(r$status == 0); r$objval
}
s$sbm <- sapply(seq_len(n), sbm)
s$cee <- ifelse(s$sbm > 1 - 1e-9, sapply(seq_len(n), function(o) if (s$sbm[o] > 1 - 1e-9) super_sbm(o) else NA), s$sbm)

## entropy weights and coupling coordination, pooled over the 143 city-years
mfg <- c("mfg_output_100m_yuan", "mfg_value_added_100m_yuan", "mfg_employees_10k", "mfg_profit_100m_yuan",
         "mfg_assets_100m_yuan", "mfg_firms", "mfg_rd_100m_yuan", "mfg_new_products_100m_yuan", "mfg_va_share",
         "mfg_output_growth")
ps <- c("ps_value_added_100m_yuan", "ps_employees_10k", "ps_investment_100m_yuan", "ps_loans_100m_yuan",
        "ps_wage_10k_yuan", "ps_firms", "ps_info_services_100m_yuan", "ps_logistics_100m_yuan", "ps_va_share",
        "ps_va_growth")
subsystem <- function(cols) {
  z <- sapply(cols, function(v) { x <- s[[v]]; (x - min(x)) / (max(x) - min(x)) })
  p <- sweep(z, 2, colSums(z), "/")
  e <- -colSums(ifelse(p > 0, p * log(p), 0)) / log(nrow(z))
  w <- (1 - e) / sum(1 - e)
  list(w = w, u = as.vector(z %*% w))
}
U1 <- subsystem(mfg); U2 <- subsystem(ps)
C <- 2 * sqrt(U1$u * U2$u) / (U1$u + U2$u); Tt <- (U1$u + U2$u) / 2
s$ccd <- sqrt(C * Tt)

## regressions on R's own cee and ccd
s$ln_patents <- log(s$patents); s$ln_pgdp <- log(s$gdp_real_100m_yuan / s$population_10k)
s$ln_students <- log(s$students_per_10k); s$ln_ci <- log(100 * s$co2 / s$gdp_real_100m_yuan)
controls <- c("ln_pgdp", "urban_rate", "gov_share", "fdi_share", "ln_students", "secondary_share")
rhs <- paste(c("ccd", controls), collapse = " + ")
## Stata's xtreg, fe vce(cluster): HC0 cluster sandwich x G/(G-1) (N-1)/(N-K), K = slopes + constant
fe_dummies <- function(f, data, prefix) {
  fit <- lm(as.formula(paste(f, "+ factor(city)")), data = data)
  slopes <- setdiff(names(coef(fit)), c("(Intercept)", grep("^factor", names(coef(fit)), value = TRUE)))
  G <- length(unique(data$city)); N <- nrow(data); K <- length(slopes) + 1
  V <- vcovCL(fit, cluster = data$city, type = "HC0", cadjust = FALSE) * G / (G - 1) * (N - 1) / (N - K)
  for (v in slopes) {
    put(paste0(prefix, ".", v, ".estimate"), unname(coef(fit)[v]))
    put(paste0(prefix, ".", v, ".std_error"), sqrt(V[v, v]))
  }
  fit
}
invisible(fe_dummies(paste("cee ~", rhs), s, "fe_full"))
invisible(fe_dummies(paste("ln_ci ~", rhs), s, "fe_carbon_intensity"))
invisible(fe_dummies("cee ~ ccd", s, "stepwise_m1"))
## robustness variants of fe_full on the same scores: 2010-2019, and without Nanjing
invisible(fe_dummies(paste("cee ~", rhs), s[s$year <= 2019, ], "robust_before_2020"))
invisible(fe_dummies(paste("cee ~", rhs), s[s$city != "Nanjing", ], "robust_without_nanjing"))
pd <- pdata.frame(s, index = c("city", "year"))
h <- phtest(plm(as.formula(paste("cee ~", rhs)), pd, model = "within"),
            plm(as.formula(paste("cee ~", rhs)), pd, model = "random"))
put("hausman.statistic", unname(h$statistic))
mediation <- function(data, prefix) {
  cc <- function(f, v) unname(coef(lm(as.formula(paste(f, "+ factor(city)")), data = data))[v])
  a <- cc(paste("ln_patents ~", rhs), "ccd"); c <- cc(paste("cee ~", rhs), "ccd")
  cp <- cc(paste("cee ~ ln_patents +", rhs), "ccd"); b <- cc(paste("cee ~ ln_patents +", rhs), "ln_patents")
  put(paste0(prefix, "a"), a); put(paste0(prefix, "b"), b); put(paste0(prefix, "c"), c)
  put(paste0(prefix, "c_prime"), cp); put(paste0(prefix, "indirect"), a * b)
}
mediation(s, "mediation.")
mediation(s[s$subregion == "Sunan", ], "mediation.by.Sunan.")

## two-step difference GMM: cee on L.cee, ccd and controls; instruments: cee lags 2 and 3 collapsed (0 where the lag
## is before 2010) and the first differences of ccd and the controls
exog <- c("ccd", controls)
Xs <- list(); Zs <- list(); ys <- list()
for (c in unique(s$city)) {
  q <- s[s$city == c, ]; yv <- q$cee; tt <- q$year
  rows <- which(tt >= 2012)
  dy <- yv[rows] - yv[rows - 1]
  dx <- cbind(yv[rows - 1] - yv[rows - 2], sapply(exog, function(v) q[[v]][rows] - q[[v]][rows - 1]))
  z2 <- yv[rows - 2]; z3 <- ifelse(rows - 3 >= 1, yv[pmax(rows - 3, 1)], 0)
  Zs[[c]] <- cbind(z2, z3, dx[, -1]); Xs[[c]] <- dx; ys[[c]] <- dy
}
Tn <- length(ys[[1]]); H <- diag(2, Tn); H[abs(row(H) - col(H)) == 1] <- -1
SZX <- Reduce(`+`, Map(function(z, x) t(z) %*% x, Zs, Xs)); SZy <- Reduce(`+`, Map(function(z, y) t(z) %*% y, Zs, ys))
gmm <- function(W) solve(t(SZX) %*% W %*% SZX, t(SZX) %*% W %*% SZy)
W1 <- solve(Reduce(`+`, lapply(Zs, function(z) t(z) %*% H %*% z)))
b1 <- gmm(W1)
e1 <- Map(function(y, x) y - x %*% b1, ys, Xs)
W2 <- solve(Reduce(`+`, Map(function(z, e) t(z) %*% e %*% t(e) %*% z, Zs, e1)))
b2 <- gmm(W2)
e2 <- Map(function(y, x) y - x %*% b2, ys, Xs)
ze2 <- Reduce(`+`, Map(function(z, e) t(z) %*% e, Zs, e2))
terms <- c("lag(cee, 1)", exog)
for (k in seq_along(terms)) put(paste0("gmm.", terms[k], ".estimate"), b2[k])
put("gmm.hansen", as.numeric(t(ze2) %*% W2 %*% ze2))

## a few of the measured variables themselves
for (k in c("Nanjing@2010", "Suzhou@2020", "Suqian@2015", "Huai'an@2012")) {
  i <- which(key == k)
  put(paste0("capital.", k), s$capital[i]); put(paste0("co2.", k), s$co2[i]); put(paste0("energy.", k), s$energy[i])
  put(paste0("cee.", k), s$cee[i]); put(paste0("ccd.", k), s$ccd[i])
}
put("cee.mean", mean(s$cee)); put("cee.max", max(s$cee)); put("ccd.mean", mean(s$ccd))
put("cee.sum_abs", sum(s$cee)); put("ccd.weight.mfg_rd_100m_yuan", U1$w[["mfg_rd_100m_yuan"]])
write.csv(data.frame(name = names(out), value = sprintf("%.17g", unlist(out))), "expected.csv",
          row.names = FALSE, quote = TRUE)
## every city-year's score, for the full comparison in the test
write.csv(data.frame(city = s$city, year = s$year, cee = sprintf("%.17g", s$cee), ccd = sprintf("%.17g", s$ccd),
                     capital = sprintf("%.17g", s$capital), co2 = sprintf("%.17g", s$co2)),
          "expected_units.csv", row.names = FALSE)
cat("wrote expected.csv and expected_units.csv\n")

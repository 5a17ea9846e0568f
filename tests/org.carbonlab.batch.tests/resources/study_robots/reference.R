## Independent reference values for replication study 3 (examples/robots-industrial-carbon), written for this
## project. Run from this folder:  Rscript reference.R   (R 4.2, lpSolve 5.6, sandwich, AER, spdep; about a minute;
## writes expected.csv and expected_units.csv). Everything is rebuilt from the raw CSVs: the shift-share exposure and
## instrument, the year-by-year super-SBM scores (lpSolve, Charnes-Cooper programs), then, on R's own scores,
## two-way FE with explicit city and year dummies (lm; Stata's clustered SEs), the DID dummy regression, 2SLS
## (AER::ivreg with dummies) and its first stage, mediation and moderation equations, Moran's I by year under inverse
## great-circle distance (spdep::moran.test), and the two-way FE spatial Durbin model by its concentrated likelihood
## (Elhorst's direct approach: two-way demeaned data, T ln|I - rho W| from the eigenvalues of W) under the
## 6-nearest-neighbour (symmetrised) and inverse-distance matrices, maximised with optimize().
suppressPackageStartupMessages({ library(lpSolve); library(sandwich); library(AER); library(spdep) })
dir <- "../../../../examples/robots-industrial-carbon/data/"
d <- read.csv(paste0(dir, "robots_cities_2011_2023.csv"), stringsAsFactors = FALSE)
inst <- read.csv(paste0(dir, "province_institutions.csv"))
d <- merge(d, inst, by = c("province", "year"))
d <- d[order(d$city, d$year), ]
coords <- read.csv(paste0(dir, "city_coordinates.csv"), stringsAsFactors = FALSE)
shares <- read.csv(paste0(dir, "industry_shares_2010.csv"), stringsAsFactors = FALSE)
bartik <- function(file) {
  shocks <- read.csv(paste0(dir, file), stringsAsFactors = FALSE)
  m <- merge(shares, shocks, by = "industry")
  a <- aggregate(list(v = m$share * m$shock), by = list(city = m$city, year = m$year), FUN = sum)
  a$v[match(paste(d$city, d$year), paste(a$city, a$year))]
}
d$robot_exposure <- bartik("robot_density_china.csv")
d$robot_iv <- bartik("robot_density_us.csv")
out <- list()
put <- function(name, value) out[[name]] <<- value

## super-SBM with an undesirable output, CRS, non-oriented, one frontier per year
sbm_year <- function(q) {
  X <- rbind(q$ind_employees_10k, q$ind_capital_100m_yuan, q$ind_energy_10ktce)
  Y <- rbind(q$ind_value_added_100m_yuan); B <- rbind(q$ind_co2_mt)
  n <- ncol(X); m <- 3; s <- 2
  score <- function(o) {
    obj <- c(1, rep(0, n), -1 / (m * X[, o]), 0, 0)
    A <- rbind(c(1, rep(0, n), rep(0, m), 1 / (s * Y[, o]), 1 / (s * B[, o])),
               cbind(-X[, o], X, diag(m), matrix(0, m, 2)),
               c(-Y[, o], Y, rep(0, m), -1, 0),
               c(-B[, o], B, rep(0, m), 0, 1))
    r <- lp("min", obj, A, rep("=", nrow(A)), c(1, rep(0, m + 2))); stopifnot(r$status == 0); r$objval
  }
  super <- function(o) {
    ref <- setdiff(seq_len(n), o); k <- length(ref)
    obj <- c(1, rep(0, k), 1 / (m * X[, o]), 0, 0)
    A <- rbind(c(1, rep(0, k), rep(0, m), -1 / (s * Y[, o]), -1 / (s * B[, o])),
               cbind(-X[, o], X[, ref], -diag(m), matrix(0, m, 2)),
               c(-Y[, o], Y[, ref], rep(0, m), 1, 0),
               c(-B[, o], B[, ref], rep(0, m), 0, -1),
               c(-Y[, o], rep(0, k + m), 1, 0))
    r <- lp("min", obj, A, c("=", rep("<=", m), ">=", "<=", "<="), c(1, rep(0, m + 3)))
    stopifnot(r$status == 0); r$objval
  }
  sc <- sapply(seq_len(n), score)
  ifelse(sc > 1 - 1e-9, sapply(seq_len(n), function(o) if (sc[o] > 1 - 1e-9) super(o) else NA), sc)
}
d$ice <- NA
for (y in sort(unique(d$year))) d$ice[d$year == y] <- sbm_year(d[d$year == y, ])

d$ln_robot <- log(d$robot_exposure); d$ln_robot_iv <- log(d$robot_iv)
d$ln_energy_intensity <- log(d$ind_energy_10ktce / d$ind_value_added_100m_yuan)
d$ln_green_patents <- log(d$green_patents); d$ln_pgdp <- log(d$gdp_per_capita_10k_yuan)
controls <- "ln_pgdp + fdi_share + fiscal_share + finance_ratio + urban_rate"
fe <- "+ factor(city) + factor(year)"
G <- length(unique(d$city)); N <- nrow(d); Tn <- length(unique(d$year))

## baseline (two-way FE with controls): Stata's clustered SEs, K = slopes + constant + year dummies
fit <- lm(as.formula(paste("ice ~ ln_robot +", controls, fe)), d)
K <- 6 + 1 + (Tn - 1)
V <- vcovCL(fit, cluster = d$city, type = "HC0", cadjust = FALSE) * G / (G - 1) * (N - 1) / (N - K)
for (v in c("ln_robot", "ln_pgdp", "fdi_share", "fiscal_share", "finance_ratio", "urban_rate")) {
  put(paste0("baseline.", v, ".estimate"), unname(coef(fit)[v])); put(paste0("baseline.", v, ".std_error"), sqrt(V[v, v]))
}
put("baseline_m1.ln_robot.estimate", unname(coef(lm(as.formula(paste("ice ~ ln_robot", fe)), d))["ln_robot"]))

## mediation (log energy intensity, log green patents) and moderation (centred market index)
cf <- function(f, v, data = d) unname(coef(lm(as.formula(paste(f, fe)), data))[v])
for (med in c("ln_energy_intensity", "ln_green_patents")) {
  put(paste0(med, ".a"), cf(paste(med, "~ ln_robot +", controls), "ln_robot"))
  put(paste0(med, ".b"), cf(paste("ice ~ ln_robot +", med, "+", controls), med))
  put(paste0(med, ".c_prime"), cf(paste("ice ~ ln_robot +", med, "+", controls), "ln_robot"))
}
d$market_index_c <- d$market_index - mean(d$market_index)
mod <- lm(as.formula(paste("ice ~ ln_robot * market_index_c +", controls, fe)), d)
put("moderation_market.interaction", unname(coef(mod)["ln_robot:market_index_c"]))
put("moderation_market.ln_robot", unname(coef(mod)["ln_robot"]))
## heterogeneity: the east model
put("heterogeneity.east.ln_robot", cf(paste("ice ~ ln_robot +", controls), "ln_robot", d[d$region == "east", ]))
## multi-period DID
d$treat_post <- as.numeric(d$pilot_year > 0 & d$year >= d$pilot_year)
put("did.treat_post", cf(paste("ice ~ treat_post +", controls), "treat_post"))
## 2SLS with city and year dummies, first stage
iv <- ivreg(as.formula(paste("ice ~ ln_robot +", controls, fe, "|", "ln_robot_iv +", controls, fe)), data = d)
put("iv.ln_robot", unname(coef(iv)["ln_robot"]))
put("iv.first_stage.ln_robot_iv", cf(paste("ln_robot ~ ln_robot_iv +", controls), "ln_robot_iv"))

## weight matrices over the 284 cities (entity order of the panel = sorted city names)
coords <- coords[match(sort(unique(d$city)), coords$city), ]
hav <- function(a1, o1, a2, o2) {
  r <- pi / 180; dl <- (a2 - a1) * r; dn <- (o2 - o1) * r
  h <- sin(dl / 2)^2 + cos(a1 * r) * cos(a2 * r) * sin(dn / 2)^2
  2 * 6371.0088 * asin(pmin(1, sqrt(h)))
}
n <- nrow(coords)
D <- outer(seq_len(n), seq_len(n), function(i, j) hav(coords$lat[i], coords$lon[i], coords$lat[j], coords$lon[j]))
Wd <- ifelse(D > 0, 1 / D, 0); diag(Wd) <- 0; Wd <- Wd / rowSums(Wd)
A <- matrix(0, n, n)
for (i in seq_len(n)) { o <- order(replace(D[i, ], i, Inf))[1:6]; A[i, o] <- 1 }
A <- pmax(A, t(A)); Wa <- A / rowSums(A)

## Moran's I of ice by year, inverse distance (randomisation)
lw <- mat2listw(Wd, style = "W")
for (y in sort(unique(d$year))) {
  q <- d[d$year == y, ]; q <- q[match(coords$city, q$city), ]
  mt <- moran.test(q$ice, lw, randomisation = TRUE)
  put(paste0("moran.", y, ".I"), unname(mt$estimate[1])); put(paste0("moran.", y, ".z"), unname(mt$statistic))
}

## two-way FE SDM by the concentrated likelihood
sdm <- function(W, prefix) {
  xs <- c("ln_robot", "ln_pgdp", "fdi_share", "fiscal_share", "finance_ratio", "urban_rate")
  years <- sort(unique(d$year))
  Y <- sapply(years, function(y) { q <- d[d$year == y, ]; q$ice[match(coords$city, q$city)] })  # n x T
  Xl <- lapply(xs, function(v) sapply(years, function(y) { q <- d[d$year == y, ]; q[[v]][match(coords$city, q$city)] }))
  dm <- function(M) M - rowMeans(M) %o% rep(1, ncol(M)) - rep(1, nrow(M)) %o% colMeans(M) + mean(M)
  y <- as.vector(dm(Y)); wy <- as.vector(dm(W %*% Y))
  Z <- cbind(sapply(Xl, function(M) as.vector(dm(M))), sapply(Xl, function(M) as.vector(dm(W %*% M))))
  Q <- qr(Z); e0 <- qr.resid(Q, y); ed <- qr.resid(Q, wy)
  lam <- Re(eigen(W, only.values = TRUE)$values); NT <- length(y)
  ll <- function(rho) { e <- e0 - rho * ed; -NT / 2 * log(sum(e^2) / NT) + length(years) * sum(log(1 - rho * lam)) }
  rho <- optimize(ll, c(1 / min(lam) + 1e-9, 1 - 1e-9), maximum = TRUE, tol = 1e-13)$maximum
  b <- qr.coef(Q, y - rho * wy)
  put(paste0(prefix, ".rho"), rho)
  put(paste0(prefix, ".ln_robot"), b[1]); put(paste0(prefix, ".W*ln_robot"), b[1 + length(xs)])
  put(paste0(prefix, ".sigma2"), sum((y - rho * wy - Z %*% b)^2) / NT)
}
sdm(Wa, "sdm_adjacency")
sdm(Wd, "sdm_distance")

put("ice.mean", mean(d$ice))
write.csv(data.frame(name = names(out), value = sprintf("%.17g", unlist(out))), "expected.csv", row.names = FALSE)
write.csv(data.frame(city = d$city, year = d$year, ice = sprintf("%.17g", d$ice),
                     robot_exposure = sprintf("%.17g", d$robot_exposure), robot_iv = sprintf("%.17g", d$robot_iv)),
          "expected_units.csv", row.names = FALSE)
cat("wrote expected.csv and expected_units.csv\n")

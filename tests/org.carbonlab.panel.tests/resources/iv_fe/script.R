## panel.iv reference values on a simulated panel: FE-2SLS as 2SLS with explicit dummies (AER::ivreg),
## robust and cluster covariances (sandwich), and hand computations (Cragg-Donald, Hansen J, C statistic,
## Anderson-Rubin) written here from their textbook definitions.  Run from this folder: Rscript script.R
suppressPackageStartupMessages({ library(AER); library(sandwich) })
set.seed(20261203)
G <- 30; T <- 6; N <- G * T
id <- rep(1:G, each = T); year <- rep(2001:(2000 + T), G)
a <- rnorm(G)[id]; tt <- rnorm(T)[year - 2000]
x1 <- rnorm(N) + 0.3 * a
z1 <- rnorm(N); z2 <- rnorm(N) + 0.2 * a; z3 <- rnorm(N)
v1 <- rnorm(N); v2 <- rnorm(N); e <- rnorm(N) * (1 + 0.5 * abs(z1))
u <- 0.6 * v1 - 0.4 * v2 + e
d1 <- 0.5 * z1 + 0.3 * z2 + 0.2 * x1 + a + tt + v1
d2 <- 0.4 * z2 - 0.3 * z3 + 0.2 * z1 + 0.5 * a + v2
y <- 1 + 0.8 * x1 + 1.5 * d1 - 0.7 * d2 + a + 0.5 * tt + u
region <- paste0("r", (id - 1) %/% 6)
d <- data.frame(id = id, year = year, region = region, y = y, x1 = x1, d1 = d1, d2 = d2, z1 = z1, z2 = z2, z3 = z3)
num <- function(v) as.numeric(sprintf("%.17g", v))
for (cn in c("y", "x1", "d1", "d2", "z1", "z2", "z3")) d[[cn]] <- num(d[[cn]])
write.csv(d, "data.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("data.csv")
d$fid <- factor(d$id); d$fyear <- factor(d$year)

named <- function(v, keep) as.list(v[keep])
se <- function(V, keep) as.list(sqrt(diag(V))[keep])
hansen <- function(y, X, Z, S) {           # min over b of g'S^-1 g, g = Z'(y - Xb)
  W <- solve(S); b <- solve(t(X) %*% Z %*% W %*% t(Z) %*% X, t(X) %*% Z %*% W %*% t(Z) %*% y)
  g <- t(Z) %*% (y - X %*% b); drop(t(g) %*% W %*% g)
}
meat_hc <- function(Z, u) crossprod(Z * u)
meat_cl <- function(Z, u, cl) { s <- rowsum(Z * u, cl); crossprod(s) }
partial <- function(M, A) qr.resid(qr(A), M)

## Kleibergen-Paap (2006) rk statistic for rank ke-1, written from the paper with ranktest's normalisation
## (F'F = Z'Z, G'G = gram); scores r_i (x) z_i, HC or cluster sums, times 'factor'
kp_rk <- function(X2, Z2, gram, R, cl = NULL, factor = 1) {
  kz <- ncol(Z2); ke <- ncol(X2)
  Fm <- chol(crossprod(Z2)); Gm <- chol(gram)
  Pi <- qr.solve(Z2, X2)
  theta <- Fm %*% Pi %*% solve(Gm)
  H <- do.call(cbind, lapply(1:ke, function(j) Z2 * R[, j]))
  S <- factor * (if (is.null(cl)) crossprod(H) else crossprod(rowsum(H, cl)))
  Km <- kronecker(solve(Gm), solve(Fm))
  Vt <- t(Km) %*% S %*% Km
  sv <- svd(theta, nu = kz, nv = ke); q <- ke - 1
  U2 <- sv$u[, (q + 1):kz, drop = FALSE]; U22 <- U2[(q + 1):kz, , drop = FALSE]
  sq <- function(M) { e <- eigen(M, symmetric = TRUE); e$vectors %*% diag(sqrt(pmax(e$values, 0)), nrow(M)) %*% t(e$vectors) }
  A <- U2 %*% solve(U22) %*% sq(U22 %*% t(U22))
  vK <- sv$v[, ke]; B <- sign(vK[ke]) * t(vK)
  lam <- t(A) %*% theta %*% t(B)
  KB <- kronecker(B, t(A))
  drop(t(lam) %*% solve(KB %*% Vt %*% t(KB)) %*% lam)
}

out <- list()
## ---------- case fe2: y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3 ----------
fm <- ivreg(y ~ x1 + d1 + d2 + fid | x1 + z1 + z2 + z3 + fid, data = d)
keep <- c("x1", "d1", "d2")
s <- summary(fm, diagnostics = TRUE)
dg <- s$diagnostics
# Hansen J and C on the within-transformed columns (the id dummies partialled out, as FE-2SLS works)
D <- model.matrix(~ fid, d)
X <- partial(as.matrix(d[, c("x1", "d1", "d2")]), D); Z <- partial(as.matrix(d[, c("x1", "z1", "z2", "z3")]), D)
yw <- partial(as.matrix(d$y), D)
uu <- residuals(fm)
# Cragg-Donald on partialled (on x1 and dummies) columns
A <- model.matrix(~ x1 + fid, d)
X2 <- partial(as.matrix(d[, c("d1", "d2")]), A); Z2 <- partial(as.matrix(d[, c("z1", "z2", "z3")]), A)
E <- qr.resid(qr(Z2), X2)
Sig <- crossprod(E); Ach <- solve(chol(Sig))
cdmat <- t(Ach) %*% (crossprod(X2) - Sig) %*% Ach
L <- 4 + G   # instruments x1, z1..z3 and the G id levels
cd <- min(eigen(cdmat, symmetric = TRUE)$values) * (N - L) / 3
andersonLM <- N * min(eigen(t(solve(chol(crossprod(X2)))) %*% (crossprod(X2) - Sig) %*% solve(chol(crossprod(X2))), symmetric = TRUE)$values)
out$fe2_kp <- list(
  kp_f_hc0 = kp_rk(X2, Z2, crossprod(E), E) / 3,
  kp_lm_hc = kp_rk(X2, Z2, crossprod(X2), X2),
  kp_f_cluster_id_none = kp_rk(X2, Z2, crossprod(E), E, cl = d$id) / 3,
  kp_lm_cluster_id = kp_rk(X2, Z2, crossprod(X2), X2, cl = d$id))
out$fe2 <- list(
  formula = "y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3",
  coef = named(coef(fm), keep),
  se_classical = se(vcov(fm), keep),
  se_hc0 = se(sandwich(fm), keep),
  se_hc1 = se(vcovHC(fm, type = "HC1"), keep),
  se_cluster_id_hc0 = se(vcovCL(fm, cluster = ~id, type = "HC0", cadjust = FALSE), keep),
  se_cluster_region_hc0 = se(vcovCL(fm, cluster = ~region, type = "HC0", cadjust = FALSE), keep),
  df_resid = fm$df.residual, rss = sum(uu^2),
  weak_F_d1 = dg["Weak instruments (d1)", "statistic"], weak_F_d2 = dg["Weak instruments (d2)", "statistic"],
  weak_df2 = dg["Weak instruments (d1)", "df2"],
  wu_hausman_F = dg["Wu-Hausman", "statistic"], wu_hausman_df2 = dg["Wu-Hausman", "df2"],
  sargan = dg["Sargan", "statistic"],
  cragg_donald_F = cd, anderson_lm = andersonLM,
  hansen_j_hc = hansen(yw, X, Z, meat_hc(Z, uu)),
  hansen_j_cluster_id = hansen(yw, X, Z, meat_cl(Z, uu, d$id)),
  c_stat_hc = { Zb <- cbind(Z, X[, 2:3]); uo <- residuals(lm(yw ~ X - 1)); Sb <- meat_hc(Zb, uo)
                hansen(yw, X, Zb, Sb) - hansen(yw, X, Z, Sb[1:ncol(Z), 1:ncol(Z)]) },
  c_stat_cluster_id = { Zb <- cbind(Z, X[, 2:3]); uo <- residuals(lm(yw ~ X - 1)); Sb <- meat_cl(Zb, uo, d$id)
                hansen(yw, X, Zb, Sb) - hansen(yw, X, Z, Sb[1:ncol(Z), 1:ncol(Z)]) })

## ---------- case fe1: y ~ x1 | id | d1 ~ z1 + z2 (one endogenous; cluster by id) ----------
fm1 <- ivreg(y ~ x1 + d1 + fid | x1 + z1 + z2 + fid, data = d)
s1 <- summary(fm1, diagnostics = TRUE)$diagnostics
fs <- lm(d1 ~ x1 + z1 + z2 + fid, data = d)
Vfs <- vcovCL(fs, cluster = ~id, type = "HC0", cadjust = FALSE)
bz <- coef(fs)[c("z1", "z2")]
kp_wald_raw <- drop(t(bz) %*% solve(Vfs[c("z1", "z2"), c("z1", "z2")]) %*% bz)
Vfs0 <- sandwich::vcovHC(fs, type = "HC0")
hc_wald_raw <- drop(t(bz) %*% solve(Vfs0[c("z1", "z2"), c("z1", "z2")]) %*% bz)
ar <- function(b0) { dd <- d; dd$yt <- dd$y - b0 * dd$d1
  anova(lm(yt ~ x1 + fid, dd), lm(yt ~ x1 + z1 + z2 + fid, dd))$F[2] }
out$fe1 <- list(
  formula = "y ~ x1 | id | d1 ~ z1 + z2",
  coef = named(coef(fm1), c("x1", "d1")),
  se_classical = se(vcov(fm1), c("x1", "d1")),
  se_cluster_id_hc0 = se(vcovCL(fm1, cluster = ~id, type = "HC0", cadjust = FALSE), c("x1", "d1")),
  weak_F = s1["Weak instruments", "statistic"], sargan = s1["Sargan", "statistic"],
  wu_hausman_F = s1["Wu-Hausman", "statistic"],
  first_stage_cluster_wald_hc0 = kp_wald_raw, first_stage_hc0_wald = hc_wald_raw,
  n_instruments_L = 3, n_clusters = G,
  ar_F_at_0 = ar(0), ar_F_at_1 = ar(1), ar_F_at_1_5 = ar(1.5), ar_df2 = N - G - 3)

## ---------- case twoway: y ~ x1 | id + year | d1 ~ z1 + z2 ----------
fm2 <- ivreg(y ~ x1 + d1 + fid + fyear | x1 + z1 + z2 + fid + fyear, data = d)
s2 <- summary(fm2, diagnostics = TRUE)$diagnostics
out$twoway <- list(
  formula = "y ~ x1 | id + year | d1 ~ z1 + z2",
  coef = named(coef(fm2), c("x1", "d1")),
  se_classical = se(vcov(fm2), c("x1", "d1")),
  se_hc1 = se(vcovHC(fm2, type = "HC1"), c("x1", "d1")),
  se_cluster_id_hc0 = se(vcovCL(fm2, cluster = ~id, type = "HC0", cadjust = FALSE), c("x1", "d1")),
  weak_F = s2["Weak instruments", "statistic"], wu_hausman_F = s2["Wu-Hausman", "statistic"],
  sargan = s2["Sargan", "statistic"], df_resid = fm2$df.residual)

## ---------- case unbalanced: y ~ 1 | id | d1 ~ z1 + z2 on rows without (id %% 7 == 0 & year > 2004) ----------
du <- d[!(d$id %% 7 == 0 & d$year > 2004), ]
fm3 <- ivreg(y ~ d1 + fid | z1 + z2 + fid, data = du)
s3 <- summary(fm3, diagnostics = TRUE)$diagnostics
out$unbalanced <- list(
  formula = "y ~ 1 | id | d1 ~ z1 + z2", rows = nrow(du),
  coef = named(coef(fm3), "d1"), se_classical = se(vcov(fm3), "d1"),
  se_hc1 = se(vcovHC(fm3, type = "HC1"), "d1"),
  weak_F = s3["Weak instruments", "statistic"], sargan = s3["Sargan", "statistic"],
  wu_hausman_F = s3["Wu-Hausman", "statistic"])

## ---------- LIML for fe2 by hand with explicit dummies: kappa = min eig (W'MzW)^-1 W'M1W, k-class beta ----------
Xf <- model.matrix(~ x1 + d1 + d2 + fid, d); Zf <- model.matrix(~ x1 + z1 + z2 + z3 + fid, d)
X1f <- model.matrix(~ x1 + fid, d)
W <- cbind(d$y, d$d1, d$d2)
MzW <- qr.resid(qr(Zf), W); M1W <- qr.resid(qr(X1f), W)
kappa <- min(Re(eigen(solve(crossprod(MzW), crossprod(M1W)))$values))
Xt <- Xf - kappa * qr.resid(qr(Zf), Xf)
bl <- drop(solve(crossprod(Xt, Xf), crossprod(Xt, d$y)))
names(bl) <- colnames(Xf)
ul <- d$y - drop(Xf %*% bl)
Vl <- sum(ul^2) / (N - ncol(Xf)) * solve(crossprod(Xt, Xf))
Bl <- solve(crossprod(Xt, Xf)); Vl0 <- Bl %*% crossprod(Xt * ul) %*% Bl
out$liml <- list(formula = "y ~ x1 | id | d1 + d2 ~ z1 + z2 + z3", kappa = kappa,
  coef = named(bl, keep), se_classical = as.list(sqrt(diag(Vl))[keep]), se_hc0 = as.list(sqrt(diag(Vl0))[keep]))

## brute force: 2SLS = OLS of y on first-stage fitted values (coefficients)
dh <- d; dh$d1h <- fitted(lm(d1 ~ x1 + z1 + z2 + fid, d))
out$fe1$coef_two_ols <- named(coef(lm(y ~ x1 + d1h + fid, dh)), c("x1", "d1h"))

writeLines(jsonlite_free <- (function(x) {
  f <- function(v, ind) {
    pad <- strrep("  ", ind)
    if (is.list(v)) {
      items <- vapply(names(v), function(n) paste0(pad, "  \"", n, "\": ", f(v[[n]], ind + 1)), "")
      return(paste0("{\n", paste(items, collapse = ",\n"), "\n", pad, "}"))
    }
    if (is.character(v)) return(paste0("\"", v, "\""))
    sprintf("%.17g", v)
  }
  f(x, 0) })(out), "expected.json")
cat("wrote expected.json\n")

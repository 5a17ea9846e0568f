# Reference values for turning points, the Lind-Mehlum U test and the by-group equality (interaction) Wald test
# (CarbonLab test resource, case nonlinear_by). Run: Rscript script.R  (R 4.2, plm 2.6, sandwich).
# Everything is computed by hand from coef() and a covariance matrix (no car, no utest):
#   turning point x* = -b1/(2 b2), delta-method gradient (-1/(2 b2), b1/(2 b2^2));
#   cubic: roots of b1 + 2 b2 x + 3 b3 x^2, gradient -(1, 2r, 3r^2)/(2 b2 + 6 b3 r);
#   Lind-Mehlum: slopes b1 + 2 b2 x at min/max of x, t ratios, statistic = min of the directional t ratios,
#   p = upper tail of t(df) (normal for random effects);
#   equality test: W = (Rb)'(R V R')^-1 (Rb) in the model with the focal terms interacted with region dummies.
suppressMessages({library(plm); library(sandwich)})
set.seed(20240607)
G <- 40; T <- 8
regions <- c("east", "north", "south", "west")
d <- expand.grid(year = 2001:(2000 + T), id = 1:G)[, c("id", "year")]
d$region <- regions[(d$id - 1) %% 4 + 1]
alpha <- rnorm(G)[d$id]
d$x <- exp(0.4 * alpha + rnorm(G * T, 1.2, 0.6))
d$z <- rnorm(G * T) + 0.3 * alpha
shift <- c(east = 0, north = 0.15, south = -0.1, west = 0.05)[d$region]
d$y <- 1 + (1.2 + shift) * d$x - 0.08 * d$x^2 + 0.5 * d$z + alpha + rnorm(G * T)
d$y3 <- 1 + 0.9 * d$x - 0.25 * d$x^2 + 0.012 * d$x^3 + 0.5 * d$z + alpha + rnorm(G * T, sd = 0.5)
d$ymono <- 1 + 0.6 * d$x + 0.5 * d$z + alpha + rnorm(G * T)
# write with 17 significant digits so that Java reads the very same doubles
out <- d
for (v in c("x", "z", "y", "y3", "ymono")) out[[v]] <- sprintf("%.17g", d[[v]])
write.csv(out, "data.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("data.csv")
pd <- pdata.frame(d, index = c("id", "year"))

tp <- function(b, V, nm, xr, df) {
  b1 <- b[nm[1]]; b2 <- b[nm[2]]
  V2 <- V[nm, nm]
  x0 <- unname(-b1 / (2 * b2))
  g <- c(-1 / (2 * b2), b1 / (2 * b2^2))
  se <- sqrt(drop(t(g) %*% V2 %*% g))
  sl <- function(x) { gg <- c(1, 2 * x); c(unname(b1 + 2 * b2 * x), sqrt(drop(t(gg) %*% V2 %*% gg))) }
  lo <- sl(xr[1]); hi <- sl(xr[2])
  inv <- hi[1] < lo[1]
  tl <- lo[1] / lo[2]; th <- hi[1] / hi[2]
  tstat <- if (inv) min(tl, -th) else min(-tl, th)
  p <- if (is.infinite(df)) pnorm(tstat, lower.tail = FALSE) else pt(tstat, df, lower.tail = FALSE)
  list(turning_point = x0, se = se, slope_min = lo[1], slope_min_se = lo[2], slope_max = hi[1],
       slope_max_se = hi[2], t = tstat, p = p, x_min = xr[1], x_max = xr[2])
}
wald <- function(b, V, R) {
  d <- R %*% b
  drop(t(d) %*% solve(R %*% V %*% t(R), d))
}
xr <- range(d$x)

# (1) within, classical and cluster HC0 (ssc=none)
fe <- plm(y ~ x + I(x^2) + z, data = pd, model = "within")
nm <- c("x", "I(x^2)")
fe_cl <- tp(coef(fe), vcov(fe), nm, xr, df.residual(fe))
fe_hc <- tp(coef(fe), vcovHC(fe, method = "arellano", type = "HC0", cluster = "group"), nm, xr, df.residual(fe))
# monotone case
fem <- plm(ymono ~ x + I(x^2) + z, data = pd, model = "within")
fe_mono <- tp(coef(fem), vcov(fem), nm, xr, df.residual(fem))
# (2) pooled OLS with HC1 (Stata's regress, vce(robust))
ols <- lm(y ~ x + I(x^2) + z, data = d)
ols_hc1 <- tp(coef(ols), vcovHC(ols, type = "HC1"), nm, xr, df.residual(ols))
# (3) random effects (Swamy-Arora), classical covariance, normal p-values
re <- plm(y ~ x + I(x^2) + z, data = pd, model = "random", random.method = "swar")
re_cl <- tp(coef(re), vcov(re), nm, xr, Inf)
# (4) cubic, within, classical
fe3 <- plm(y3 ~ x + I(x^2) + I(x^3) + z, data = pd, model = "within")
b3 <- coef(fe3)[c("x", "I(x^2)", "I(x^3)")]
V3 <- vcov(fe3)[c("x", "I(x^2)", "I(x^3)"), c("x", "I(x^2)", "I(x^3)")]
A <- 3 * b3[3]; B <- 2 * b3[2]; C <- b3[1]
roots <- sort(unname(c((-B - sqrt(B^2 - 4 * A * C)) / (2 * A), (-B + sqrt(B^2 - 4 * A * C)) / (2 * A))))
root_se <- sapply(roots, function(r) { g <- -c(1, 2 * r, 3 * r^2) / unname(2 * b3[2] + 6 * b3[3] * r); sqrt(drop(t(g) %*% V3 %*% g)) })

# (5) by = region: focal x and I(x^2) interacted with the region dummies, z common
for (k in seq_along(regions)) {
  d[[paste0("D", k)]] <- as.numeric(d$region == regions[k])
  d[[paste0("xD", k)]] <- d$x * d[[paste0("D", k)]]
  d[[paste0("x2D", k)]] <- d$x^2 * d[[paste0("D", k)]]
  d[[paste0("zD", k)]] <- d$z * d[[paste0("D", k)]]
}
pd <- pdata.frame(d, index = c("id", "year"))
Rmat <- function(names, focal_sets) {
  rows <- list()
  for (f in focal_sets) for (k in 2:length(f)) { r <- setNames(numeric(length(names)), names); r[f[k]] <- 1; r[f[1]] <- -1; rows[[length(rows) + 1]] <- r }
  do.call(rbind, rows)
}
focal_sets <- list(paste0("xD", 1:4), paste0("x2D", 1:4))
# within (region dummies are absorbed by the entity effects)
fei <- plm(y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + z, data = pd, model = "within")
R <- Rmat(names(coef(fei)), focal_sets)
W_fe_cl <- wald(coef(fei), vcov(fei), R)
W_fe_hc <- wald(coef(fei), vcovHC(fei, method = "arellano", type = "HC0", cluster = "group"), R)
# pooled OLS with group intercept shifts, HC1
olsi <- lm(y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + z + D2 + D3 + D4, data = d)
R <- Rmat(names(coef(olsi)), focal_sets)
W_ols_hc1 <- wald(coef(olsi), vcovHC(olsi, type = "HC1"), R)
# fully interacted (Chow) pooled OLS, classical: focal equality and every coefficient
olsf <- lm(y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + zD1 + zD2 + zD3 + zD4 + D2 + D3 + D4, data = d)
R <- Rmat(names(coef(olsf)), focal_sets)
W_full_focal <- wald(coef(olsf), vcov(olsf), R)
Rc <- rbind(Rmat(names(coef(olsf)), c(focal_sets, list(paste0("zD", 1:4)))),
            t(sapply(c("D2", "D3", "D4"), function(s) { r <- setNames(numeric(length(coef(olsf))), names(coef(olsf))); r[s] <- 1; r })))
W_chow <- wald(coef(olsf), vcov(olsf), Rc)
# random effects with group intercept shifts, classical: chi2
rei <- plm(y ~ xD1 + xD2 + xD3 + xD4 + x2D1 + x2D2 + x2D3 + x2D4 + z + D2 + D3 + D4, data = pd, model = "random",
           random.method = "swar")
R <- Rmat(names(coef(rei)), focal_sets)
W_re <- wald(coef(rei), vcov(rei), R)
# per-region within fits
groups <- list()
for (r in regions) {
  m <- plm(y ~ x + I(x^2) + z, data = pdata.frame(d[d$region == r, ], index = c("id", "year")), model = "within")
  groups[[r]] <- list(coef = as.list(coef(m)), se = as.list(sqrt(diag(vcov(m)))))
}

out <- list(
  fe_classical = fe_cl, fe_cluster_hc0 = fe_hc, fe_monotone = fe_mono, ols_hc1 = ols_hc1, re_classical = re_cl,
  cubic = list(root1 = roots[1], root2 = roots[2], se1 = root_se[1], se2 = root_se[2]),
  wald = list(fe_classical = list(W = W_fe_cl, q = 6, df2 = df.residual(fei)),
              fe_cluster_hc0 = list(W = W_fe_hc, q = 6, df2 = df.residual(fei)),
              ols_hc1 = list(W = W_ols_hc1, q = 6, df2 = df.residual(olsi)),
              full_focal = list(W = W_full_focal, q = 6, df2 = df.residual(olsf)),
              chow = list(W = W_chow, q = nrow(Rc), df2 = df.residual(olsf)),
              re_classical = list(W = W_re, q = 6)),
  groups = groups
)
# jsonlite stops at 15 digits; write every number with 17 significant digits.
js <- function(x) {
  if (is.list(x)) {
    paste0("{", paste0('"', names(x), '": ', vapply(x, js, ""), collapse = ", "), "}")
  } else if (is.numeric(x) && length(x) == 1) sprintf("%.17g", x) else stop("unexpected")
}
writeLines(js(out), "expected.json")

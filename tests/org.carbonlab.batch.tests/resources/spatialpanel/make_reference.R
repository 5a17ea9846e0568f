## spatial.panel CLI reference: a simulated panel (N = 12 units, T = 6, asymmetric 3-nearest-neighbour W),
## the SDM with individual effects (direct approach) from spatialreg's lagsarlm on the demeaned data with
## W replaced by I_T (x) W (which is exactly Elhorst's direct approach for individual effects), and the SAR with
## two-way effects under the Lee-Yu transformation from an own concentrated-likelihood fit.
## Run: Rscript make_reference.R (R 4.2, spdep 1.2-7, spatialreg 1.2-6); writes panel.csv, W_edges.csv, expected.json
suppressMessages({library(spdep); library(spatialreg)})
set.seed(20261203)
N <- 12; Tn <- 6
xy <- cbind(runif(N), runif(N))
D <- as.matrix(dist(xy)); B <- matrix(0, N, N)
for (i in 1:N) B[i, order(D[i, ])[2:4]] <- 1
W <- B / rowSums(B)
x1 <- rnorm(N * Tn); x2 <- rnorm(N * Tn) + rep(seq_len(Tn), each = N) / 3
a <- rnorm(N); g <- rnorm(Tn)
lagp <- function(v) as.vector(W %*% matrix(v, N, Tn))          # (I_T (x) W) v, period-major
y <- numeric(N * Tn)
for (t in 1:Tn) {
  idx <- (t - 1) * N + 1:N
  rhs <- 1 + 0.8 * x1[idx] - 0.5 * x2[idx] + 0.4 * W %*% x1[idx] + a + g[t] + rnorm(N)
  y[idx] <- solve(diag(N) - 0.45 * W, rhs)
}
id <- rep(sprintf("u%02d", 1:N), Tn); year <- rep(2000 + 1:Tn, each = N)
area <- rep(1.5 * (1:N), Tn)  # time-invariant, for the bad-input test
write.csv(data.frame(id = id, year = year, y = y, x1 = x1, x2 = x2, area = area), "panel.csv", row.names = FALSE)
ed <- which(B > 0, arr.ind = TRUE)
write.csv(data.frame(from = sprintf("u%02d", ed[, 1]), to = sprintf("u%02d", ed[, 2]), weight = 1), "W_edges.csv",
          row.names = FALSE)

dm_ind <- function(v) v - rep(tapply(v, id, mean)[sprintf("u%02d", 1:N)], Tn)
dm_time <- function(v) v - rep(tapply(v, year, mean), each = N)
dm_tw <- function(v) dm_time(dm_ind(v))

## (1) SDM, individual effects, direct approach: spatialreg on demeaned data, W_big = I_T (x) W
Wbig <- kronecker(diag(Tn), W)
lwb <- mat2listw(Wbig, style = "W")
d <- data.frame(y = dm_ind(y), x1 = dm_ind(x1), x2 = dm_ind(x2))
sdm <- lagsarlm(y ~ x1 + x2 - 1, data = d, listw = lwb, method = "eigen", Durbin = TRUE,
                control = list(tol.opt = 1e-13))
s <- summary(sdm)
## (2) SAR, two-way effects, Lee-Yu: (N-1)(T-1) observations, (T-1)[ln|I - rW| - ln(1 - r)]
ev <- eigen(W, only.values = TRUE)$values
ldet <- function(r) sum(log(Mod(1 - r * ev)))
yt <- dm_tw(y); wyt <- dm_tw(lagp(y)); X <- cbind(dm_tw(x1), dm_tw(x2))
b0 <- qr.solve(X, yt); b1 <- qr.solve(X, wyt); e0 <- yt - X %*% b0; e1 <- wyt - X %*% b1
n <- (N - 1) * (Tn - 1); tau <- Tn - 1
cll <- function(r) -(n / 2) * log(sum((e0 - r * e1)^2)) + tau * (ldet(r) - log(1 - r))
rho <- optimize(cll, c(-0.99, 0.99), maximum = TRUE, tol = 1e-14)$maximum
beta <- as.vector(b0 - rho * b1); sse <- sum((e0 - rho * e1)^2); s2 <- sse / n
LL <- -(n / 2) * (log(2 * pi * s2) + 1) + tau * (ldet(rho) - log(1 - rho))
json <- sprintf(paste0('{\n  "sdm_individual_direct": {"coefficients": [%s], "std_errors": [%s], "names": [%s],',
  ' "rho": %.17g, "rho_se": %.17g, "sigma2": %.17g, "log_likelihood": %.17g},\n',
  '  "sar_twoways_leeyu": {"rho": %.17g, "beta": [%.17g, %.17g], "sigma2": %.17g, "log_likelihood": %.17g}\n}\n'),
  paste(sprintf("%.17g", coef(sdm)[-1]), collapse = ", "), paste(sprintf("%.17g", s$Coef[, 2]), collapse = ", "),
  paste0('"', rownames(s$Coef), '"', collapse = ", "), sdm$rho, sdm$rho.se, sdm$s2, as.numeric(logLik(sdm)),
  rho, beta[1], beta[2], s2, LL)
writeLines(json, "expected.json")
cat(json)

## SAC on Columbus pinned by the analytic score (own code, for spatial.panel's tests): sacsarlm's nlminb stops with
## rho and lambda ~5e-8 from the maximum (the likelihood is flat there: a change of 1e-7 moves it by ~1e-13), so
## its answer is refined here by Newton's method on the two partial derivatives of the likelihood concentrated in
## (rho, lambda) until both are ~1e-12. Concentrated: -n/2 ln SSE(r, l) + sum ln(1 - r w) + sum ln(1 - l w), w the
## eigenvalues of W, SSE(r, l) = min_b |(I - lW)((I - rW)y - Xb)|^2; by the envelope theorem
## dSSE/dr = -2 e'(I - lW)Wy and dSSE/dl = -2 e'W u, u = (I - rW)y - Xb, e = (I - lW)u.
## Run: Rscript sac_score_root.R (in this folder); writes sac_score_root.json
suppressMessages({library(spdep); library(spatialreg)})
dat <- read.csv("data.csv"); B <- unname(as.matrix(read.csv("W_binary.csv", header = FALSE)))
W <- B / rowSums(B)
n <- nrow(W); y <- dat$CRIME; X <- cbind(1, dat$INC, dat$HOVAL)
w <- Re(eigen(W, only.values = TRUE)$values)
fitAt <- function(r, l) {
  F <- diag(n) - l * W
  ay <- y - r * as.vector(W %*% y)
  b <- qr.coef(qr(F %*% X), F %*% ay)
  u <- ay - as.vector(X %*% b); e <- as.vector(F %*% u)
  list(b = as.vector(b), u = u, e = e, sse = sum(e^2), F = F)
}
grad <- function(p) {
  q <- fitAt(p[1], p[2])
  c(-n / 2 * (-2 * sum(q$e * (q$F %*% (W %*% y)))) / q$sse - sum(w / (1 - p[1] * w)),
    -n / 2 * (-2 * sum(q$e * (W %*% q$u))) / q$sse - sum(w / (1 - p[2] * w)))
}
loglik <- function(p) {
  q <- fitAt(p[1], p[2]); s2 <- q$sse / n
  -n / 2 * log(2 * pi * s2) - n / 2 + sum(log(1 - p[1] * w)) + sum(log(1 - p[2] * w))
}
m <- sacsarlm(CRIME ~ INC + HOVAL, data = dat, listw = mat2listw(B, style = "W"), method = "eigen")
p <- c(m$rho, m$lambda)
for (it in 1:20) {
  g <- grad(p)
  h <- 1e-6
  J <- cbind((grad(p + c(h, 0)) - grad(p - c(h, 0))) / (2 * h), (grad(p + c(0, h)) - grad(p - c(0, h))) / (2 * h))
  step <- solve(J, g)
  p <- p - step
  if (max(abs(step)) < 1e-15) break
}
g <- grad(p)
stopifnot(max(abs(g)) < 1e-9, loglik(p) >= as.numeric(logLik(m)) - 1e-12)
q <- fitAt(p[1], p[2])
writeLines(sprintf(paste0('{\n  "sac": {"rho": %.17g, "lambda": %.17g, "beta": [%.17g, %.17g, %.17g],',
  ' "sigma2": %.17g, "log_likelihood": %.17g, "score": [%.3g, %.3g],\n',
  '    "sacsarlm_rho": %.17g, "sacsarlm_lambda": %.17g, "sacsarlm_log_likelihood": %.17g}\n}'),
  p[1], p[2], q$b[1], q$b[2], q$b[3], q$sse / n, loglik(p), g[1], g[2], m$rho, m$lambda, as.numeric(logLik(m))),
  "sac_score_root.json")

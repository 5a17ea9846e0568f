# Reference values for panel.re and panel.hausman (CarbonLab test resource).
# Run from this folder: Rscript script_re.R   (R 4.2, plm 2.6, sandwich)
# Reads ../grunfeld/data.csv (balanced) and data.csv (unbalanced, see script.R) and writes expected_re.json
# with one block per panel. Every number is written with 17 significant digits.
suppressMessages({library(plm); library(sandwich); library(lmtest)})
fm <- inv ~ value + capital
slopes <- c("value", "capital")

num <- function(x) unname(as.numeric(x))
named <- function(v) as.list(setNames(as.numeric(v), names(v)))

case <- function(d) {
  pd <- pdata.frame(d, index = c("firm", "year"))
  N <- nrow(d); G <- length(unique(d$firm))
  pool <- plm(fm, data = pd, model = "pooling")
  fe <- plm(fm, data = pd, model = "within")
  re <- plm(fm, data = pd, model = "random", random.method = "swar")
  sre <- summary(re)
  erc <- ercomp(re)
  V <- vcov(re)
  b <- coef(re)
  se <- sqrt(diag(V))
  # theta per firm (plm gives one value per observation when unbalanced)
  th <- as.numeric(erc$theta)
  if (length(th) == 1L) th <- rep(th, N)
  theta_firm <- tapply(th, d$firm, function(v) v[1])
  # cluster-robust by firm: plm HC0 (arellano) and the Stata factor G/(G-1)(N-1)/(N-K), K = 3
  V0 <- vcovHC(re, method = "arellano", type = "HC0", cluster = "group")
  Vs <- V0 * G / (G - 1) * (N - 1) / (N - length(b))
  wald <- function(Vm) { s <- b[slopes]; num(t(s) %*% solve(Vm[slopes, slopes], s)) }
  # Stata's R-squared definitions for xtreg, re (squared correlations of x'b with y)
  X <- cbind(1, d$value, d$capital)
  xb <- as.vector(X %*% b)
  mxb <- ave(xb, d$firm); my <- ave(d$inv, d$firm)
  r2_overall <- cor(xb, d$inv)^2
  r2_between <- cor(tapply(xb, d$firm, mean), tapply(d$inv, d$firm, mean))^2
  r2_within <- cor(xb - mxb, d$inv - my)^2
  # LM tests on pooled OLS residuals
  bp <- plmtest(pool, effect = "individual", type = "bp")
  ho <- plmtest(pool, effect = "individual", type = "honda")
  ph <- phtest(fe, re)
  # Regression-based (Mundlak/Wooldridge) Hausman test as CarbonLab computes it: OLS of the quasi-demeaned
  # response on the quasi-demeaned regressors [(1-theta_i), x - theta_i xbar_i] and the quasi-demeaned
  # entity means (1-theta_i) xbar_i of the time-varying regressors; Wald test that the latter are zero.
  ystar <- d$inv - th * my
  Xs <- X - th * apply(X, 2, function(c) ave(c, d$firm))
  colnames(Xs) <- c("const", slopes)
  M <- (1 - th) * cbind(ave(d$value, d$firm), ave(d$capital, d$firm))
  colnames(M) <- paste0("mean_", slopes)
  aux <- lm(ystar ~ 0 + Xs + M)
  ba <- coef(aux)
  names(ba) <- c("(Intercept)", slopes, paste0("mean(", slopes, ")"))
  mi <- 4:5
  wa <- function(Vm) num(t(ba[mi]) %*% solve(Vm[mi, mi], ba[mi]))
  Vc <- vcov(aux)
  Vh0 <- sandwich::vcovCL(aux, cluster = d$firm, type = "HC0", cadjust = FALSE)
  Vst <- sandwich::vcovCL(aux, cluster = d$firm, type = "HC1", cadjust = TRUE)   # G/(G-1)(N-1)/(N-K), K = 5
  out <- list(
    n_obs = N, n_groups = G,
    re = list(coef = named(b), se = named(se), z = named(b / se), p = named(2 * pnorm(-abs(b / se))),
              vcov = list(`(Intercept)` = named(V[1, ]), value = named(V[2, ]), capital = named(V[3, ])),
              sigma2_idios = num(erc$sigma2["idios"]), sigma2_id = num(erc$sigma2["id"]),
              theta = named(theta_firm),
              r2_cor = num(sre$r.squared["rsq"]), r2_rss = r.squared(re, type = "rss"),
              ssr = deviance(re), df_resid = df.residual(re),
              wald_chisq = num(sre$fstatistic$statistic), wald_p = num(sre$fstatistic$p.value),
              r2_within_stata = r2_within, r2_between_stata = r2_between, r2_overall_stata = r2_overall),
    re_cluster_hc0 = list(se = named(sqrt(diag(V0))), wald_chisq = wald(V0)),
    re_cluster_stata = list(se = named(sqrt(diag(Vs))), wald_chisq = wald(Vs)),
    bp = list(chisq = num(bp$statistic), p = num(bp$p.value)),
    honda = list(z = num(ho$statistic), p = num(ho$p.value)),
    hausman = list(chisq = num(ph$statistic), df = num(ph$parameter), p = num(ph$p.value)),
    mundlak = list(coef = named(ba),
                   classical = list(chisq = wa(Vc), p = pchisq(wa(Vc), 2, lower.tail = FALSE)),
                   cluster_hc0 = list(chisq = wa(Vh0), p = pchisq(wa(Vh0), 2, lower.tail = FALSE)),
                   cluster_stata = list(chisq = wa(Vst), p = pchisq(wa(Vst), 2, lower.tail = FALSE)))
  )
  if (is.pbalanced(pd)) {
    # plm's own regression-based test (its auxiliary regression has a constant 1 instead of (1 - theta), which
    # spans the same space only when theta is the same for every entity, i.e. for balanced panels)
    a1 <- phtest(fm, data = pd, method = "aux")
    a2 <- phtest(fm, data = pd, method = "aux",
                 vcov = function(x) vcovHC(x, method = "arellano", type = "HC0", cluster = "group"))
    out$plm_aux <- list(classical = num(a1$statistic), cluster_hc0 = num(a2$statistic))
    stopifnot(abs(a1$statistic / wa(Vc) - 1) < 1e-10, abs(a2$statistic / wa(Vh0) - 1) < 1e-10)
  }
  out
}

js <- function(x, indent = "") {
  if (is.list(x)) {
    inner <- paste0(indent, "  ")
    items <- vapply(names(x), function(k) paste0(inner, '"', k, '": ', js(x[[k]], inner)), "")
    paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}")
  } else if (is.character(x) && length(x) == 1) {
    paste0('"', x, '"')
  } else if (is.numeric(x) && length(x) == 1) {
    sprintf("%.17g", x)
  } else stop("unexpected value")
}
# a time-invariant regressor (firms 1-4 get big = 1): estimated by RE through the between variation, absorbed by FE
time_invariant <- function(d) {
  d$big <- as.numeric(d$firm <= 4)
  pd <- pdata.frame(d, index = c("firm", "year"))
  f2 <- inv ~ value + capital + big
  re <- plm(f2, data = pd, model = "random", random.method = "swar")
  fe <- plm(f2, data = pd, model = "within")
  erc <- ercomp(re)
  list(formula = "inv ~ value + capital + big, big = 1 for firms 1-4",
       coef = named(coef(re)), se = named(sqrt(diag(vcov(re)))),
       sigma2_idios = num(erc$sigma2["idios"]), sigma2_id = num(erc$sigma2["id"]),
       hausman = num(phtest(fe, re)$statistic))
}
u <- read.csv("data.csv")
out <- list(balanced = case(read.csv("../grunfeld/data.csv")), unbalanced = case(u),
            unbalanced_time_invariant = time_invariant(u))
writeLines(js(out), "expected_re.json")
cat("wrote expected_re.json\n")

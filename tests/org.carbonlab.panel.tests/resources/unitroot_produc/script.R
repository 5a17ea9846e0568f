## Extra panel unit-root references for CarbonLab's panel.unitroot (written for this project).
## Data: plm::Produc (48 US states x 17 years, 1970-1986), series log(gsp) and log(emp) in levels and first differences.
## Run from this folder: Rscript script.R   (writes data.csv and expected.json; plm 2.6.2, urca 1.3.3, R 4.2)
## Every Fisher-type statistic uses plm's MacKinnon (1994) p-values (p.approx = "MacKinnon1994").
## Phillips-Perron Z_t per state: computed here from lm() in Hamilton's (1994, eq. 17.6.8) form (the form of
## Stata's pperron), with Bartlett weights 1 - j/(q+1), and combined by the Maddala-Wu and Choi formulas.
suppressPackageStartupMessages({ library(plm); library(jsonlite) })
data("Produc", package = "plm")
d <- data.frame(state = as.integer(Produc$state), year = Produc$year, gsp = Produc$gsp, emp = Produc$emp)
write.csv(d, "data.csv", row.names = FALSE, quote = FALSE)
pd <- pdata.frame(d, index = c("state", "year"))
num <- function(x) unname(as.numeric(x))
pur <- function(y, test, exo, lags, dfcor, pmax = 10, ips.stat = NULL, Hcons = TRUE) {
  args <- list(y, test = test, exo = exo, lags = lags, dfcor = dfcor, pmax = pmax, p.approx = "MacKinnon1994",
               Hcons = Hcons)
  if (!is.null(ips.stat)) args$ips.stat <- ips.stat
  r <- suppressWarnings(do.call(purtest, args))
  out <- list(statistic = num(r$statistic$statistic), p = num(r$statistic$p.value))
  if (test != "hadri") {
    out$lags <- vapply(r$idres, function(x) as.numeric(x$lags), 0)
    out$trho <- vapply(r$idres, function(x) unname(x$trho), 0)
    out$p_trho <- vapply(r$idres, function(x) as.numeric(x$p.trho), 0)
  }
  out
}
res <- list()
series <- list(lgsp = log(pd$gsp), dlgsp = diff(log(pd$gsp)), lemp = log(pd$emp))
for (sname in names(series)) {
  y <- series[[sname]]
  for (exo in c("none", "intercept", "trend")) {
    for (lg in list(1L, "AIC", "SIC")) {
      for (dfcor in c(TRUE, FALSE)) {
        key <- paste(sname, exo, if (is.character(lg)) lg else paste0("lags", lg), if (dfcor) "dfcor" else "nodfcor", sep = "_")
        b <- list()
        b$levinlin <- pur(y, "levinlin", exo, lg, dfcor, pmax = 3)
        b$madwu <- pur(y, "madwu", exo, lg, dfcor, pmax = 3)
        b$Pm <- pur(y, "Pm", exo, lg, dfcor, pmax = 3)
        b$invnormal <- pur(y, "invnormal", exo, lg, dfcor, pmax = 3)
        b$logit <- pur(y, "logit", exo, lg, dfcor, pmax = 3)
        if (exo != "none") {
          b$ips_Wtbar <- pur(y, "ips", exo, lg, dfcor, pmax = 3)
          b$hadri_Hcons <- pur(y, "hadri", exo, 0L, dfcor)
          b$hadri_homosk <- pur(y, "hadri", exo, 0L, dfcor, Hcons = FALSE)
        }
        res[[key]] <- b
      }
    }
  }
  if (TRUE) {
    res[[paste0(sname, "_intercept_lags0_Ztbar")]] <- list(ips_Ztbar = pur(y, "ips", "intercept", 0L, TRUE, ips.stat = "Ztbar"))
  }
}
## Phillips-Perron Z_t (Hamilton 1994, 17.6.8): y_t on y_{t-1} and deterministic terms (trend = 1..T of the series)
pp_zt <- function(x, exo, q) {
  Tn <- length(x); y <- x[-1]; yl <- x[-Tn]; tr <- seq_len(Tn)[-1]
  fit <- switch(exo, none = lm(y ~ 0 + yl), intercept = lm(y ~ yl), trend = lm(y ~ yl + tr))
  cf <- summary(fit)$coefficients; n <- length(y); u <- residuals(fit)
  s <- summary(fit)$sigma; se <- cf["yl", 2]; tt <- (cf["yl", 1] - 1) / se
  g0 <- sum(u^2) / n
  lam2 <- g0
  if (q > 0) for (j in seq_len(q)) lam2 <- lam2 + 2 * (1 - j / (q + 1)) * sum(u[(j + 1):n] * u[1:(n - j)]) / n
  sqrt(g0 / lam2) * tt - 0.5 * (lam2 - g0) / sqrt(lam2) * n * se / s
}
for (sname in c("lgsp", "dlgsp")) {
  y <- series[[sname]]
  sp <- split(as.numeric(y), index(y)[[1]])
  sp <- lapply(sp, function(v) v[!is.na(v)])
  for (exo in c("none", "intercept", "trend")) {
    for (q in c(0L, 2L)) {
      zt <- vapply(sp, pp_zt, 0, exo = exo, q = q)
      p <- plm:::padf(zt, exo = exo, p.approx = "MacKinnon1994")
      n <- length(p)
      P <- -2 * sum(log(p)); Z <- sum(qnorm(p)) / sqrt(n)
      k <- 3 * (5 * n + 4) / (pi^2 * n * (5 * n + 2)); L <- sqrt(k) * sum(log(p / (1 - p)))
      Pm <- sum(-2 * log(p) - 2) / (2 * sqrt(n))
      res[[paste(sname, exo, paste0("pp", q), sep = "_")]] <- list(zt = unname(zt), p_zt = as.numeric(p),
        madwu = P, madwu_p = pchisq(P, 2 * n, lower.tail = FALSE), invnormal = Z, invnormal_p = pnorm(Z),
        logit = L, logit_p = pt(L, 5 * n + 4), Pm = Pm, Pm_p = pnorm(Pm, lower.tail = FALSE))
    }
  }
}
writeLines(toJSON(list(versions = list(R = R.version.string, plm = as.character(packageVersion("plm"))), results = res),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "expected.json")
cat("wrote expected.json\n")

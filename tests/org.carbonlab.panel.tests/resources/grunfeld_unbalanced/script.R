# Reference values for unbalanced panels and time effects (CarbonLab test resource).
# Data: plm::Grunfeld (copied as ../grunfeld/data.csv) with 23 rows removed by a fixed rule, so
# that the panel is unbalanced but connected. Run: Rscript script.R  (R 4.2, plm 2.6, sandwich).
suppressMessages({library(plm); library(sandwich); library(lmtest)})
g <- read.csv("../grunfeld/data.csv")
drop <- with(g, (firm * 7 + year * 3) %% 9 == 0)
u <- g[!drop, ]
write.csv(u, "data.csv", row.names = FALSE, quote = FALSE)
pd <- pdata.frame(u, index = c("firm", "year"))
num <- function(x) unname(as.numeric(x))
block <- function(m, cluster_type = "HC0") {
  v <- vcov(m)
  vc <- vcovHC(m, method = "arellano", type = "HC0", cluster = "group")
  list(coef = as.list(coef(m)), se = as.list(sqrt(diag(v))),
       se_cluster_hc0 = as.list(sqrt(diag(vc))),
       ssr = sum(residuals(m)^2), df_resid = df.residual(m),
       r2 = num(summary(m)$r.squared["rsq"]))
}
fe_i <- plm(inv ~ value + capital, data = pd, model = "within", effect = "individual")
fe_t <- plm(inv ~ value + capital, data = pd, model = "within", effect = "time")
fe_2 <- plm(inv ~ value + capital, data = pd, model = "within", effect = "twoways")
pool <- plm(inv ~ value + capital, data = pd, model = "pooling")
ft <- function(a, b) { t <- pFtest(a, b); list(F = num(t$statistic), df1 = num(t$parameter[1]), df2 = num(t$parameter[2])) }
out <- list(
  n_obs = nrow(u), n_dropped = sum(drop),
  fe_individual = c(block(fe_i), list(F_effects = ft(fe_i, pool))),
  fe_time = c(block(fe_t), list(F_effects = ft(fe_t, pool))),
  fe_twoways = c(block(fe_2), list(F_effects = ft(fe_2, pool))),
  fixef_individual = as.list(fixef(fe_i, type = "level")),
  fixef_time = as.list(fixef(fe_t, type = "level"))
)
# jsonlite stops at 15 digits; write every number with 17 significant digits.
js <- function(x) {
  if (is.list(x)) {
    paste0("{", paste0('"', names(x), '": ', vapply(x, js, ""), collapse = ", "), "}")
  } else if (is.numeric(x) && length(x) == 1) sprintf("%.17g", x) else stop("unexpected")
}
writeLines(js(out), "expected.json")

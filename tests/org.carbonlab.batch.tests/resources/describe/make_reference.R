# Reference values for stats.describe (tests/org.carbonlab.stats.tests), made with R 4.2:
#   Rscript make_reference.R   (in this folder) -> holes.csv, expected.json
# grunfeld.csv is the Grunfeld panel (10 firms x 20 years); holes.csv is the same panel with
# cells set to missing by a fixed rule, so pairwise and listwise deletion and the unbalanced
# xtsum differ from the complete case.
library(jsonlite)
g <- read.csv("grunfeld.csv")
h <- g
h$inv[seq(3, 200, by = 7)] <- NA
h$value[seq(5, 200, by = 11)] <- NA
h$capital[c(1:20, seq(50, 200, by = 13))] <- NA    # firm 1 has no capital at all
write.csv(h, "holes.csv", row.names = FALSE, na = "")

desc <- function(x) {
  x <- x[!is.na(x)]
  list(n = length(x), mean = mean(x), sd = sd(x), var = var(x), min = min(x), max = max(x), sum = sum(x),
       q2 = unname(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = 2)),
       q7 = unname(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = 7)),
       q6 = unname(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = 6)))
}
# xtsum by its definition (Stata [XT] xtsum): between = SD of the entity means over entities with data,
# within = SD of x_it - xbar_i + xbar over all observations.
xtsum <- function(x, id) {
  ok <- !is.na(x)
  x <- x[ok]; id <- id[ok]
  m <- tapply(x, id, mean)
  w <- x - m[as.character(id)] + mean(x)
  list(mean = mean(x), overall = c(sd(x), min(x), max(x)), between = c(sd(m), min(m), max(m)),
       within = c(sd(w), min(w), max(w)), N = length(x), n = length(m), Tbar = length(x) / length(m))
}
cors <- function(d, method, use) {
  vars <- names(d); out <- list()
  if (use == "complete.obs") d <- d[complete.cases(d), ]
  for (a in 1:(length(vars) - 1)) for (b in (a + 1):length(vars)) {
    ok <- complete.cases(d[[vars[a]]], d[[vars[b]]])
    t <- if (method == "pearson") cor.test(d[[vars[a]]][ok], d[[vars[b]]][ok])
         else suppressWarnings(cor.test(d[[vars[a]]][ok], d[[vars[b]]][ok], method = "spearman", exact = FALSE))
    out[[paste(vars[a], vars[b], sep = "|")]] <- list(n = sum(ok), r = unname(t$estimate), p = t$p.value,
                                                       r_cor = cor(d, method = method, use = if (use == "complete.obs") "all.obs" else use)[a, b])
  }
  out
}
ref <- list(
  grunfeld = list(inv = desc(g$inv), value = desc(g$value), capital = desc(g$capital), log_inv = desc(log(g$inv)),
                  inv_by_firm = lapply(split(g$inv, g$firm), desc),
                  inv_by_year_firm3 = lapply(split(g$inv[g$firm == 3], g$year[g$firm == 3]), function(x) x),
                  xtsum_inv = xtsum(g$inv, g$firm), xtsum_value = xtsum(g$value, g$firm),
                  pearson = cors(g[, c("inv", "value", "capital")], "pearson", "pairwise.complete.obs"),
                  spearman = cors(g[, c("inv", "value", "capital")], "spearman", "pairwise.complete.obs")),
  holes = list(inv = desc(h$inv), value = desc(h$value), capital = desc(h$capital),
               xtsum_inv = xtsum(h$inv, h$firm), xtsum_capital = xtsum(h$capital, h$firm),
               pearson_pairwise = cors(h[, c("inv", "value", "capital")], "pearson", "pairwise.complete.obs"),
               pearson_listwise = cors(h[, c("inv", "value", "capital")], "pearson", "complete.obs"),
               spearman_pairwise = cors(h[, c("inv", "value", "capital")], "spearman", "pairwise.complete.obs"),
               common_inv = desc(h$inv[complete.cases(h[, c("inv", "value", "capital")])])),
  r_version = R.version.string)
writeLines(toJSON(ref, auto_unbox = TRUE, digits = NA, pretty = TRUE), "expected.json")

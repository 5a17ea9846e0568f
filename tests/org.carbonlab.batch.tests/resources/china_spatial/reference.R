# Reference values for the spatial analyses of the example study (examples/china-provinces), computed with spdep
# on the same data and matrices, independently of CarbonLab. Run from this folder:
#   Rscript reference.R ../../../../examples/china-provinces/data > expected.csv
# Output: one line per value, "key,value" with 17 significant digits.
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../../../../examples/china-provinces/data"
d <- read.csv(file.path(dir, "china30_provinces_2000_2019.csv"))
d <- d[order(d$province, d$year), ]
d$ln_ci <- log(d$co2_total_mt / d$grp_nominal_nbs_revised_100m_yuan)
d$gdp_pc <- d$grp_nominal_nbs_revised_100m_yuan / d$population_10k
d$ln_gdppc <- log(d$gdp_pc)
d$ln_patents <- log(d$patent_grants_total)
d$fiscal_share <- d$fiscal_exp_total_100m_yuan / d$grp_nominal_nbs_revised_100m_yuan
d$ln_pop <- log(d$population_10k)
ids <- sort(unique(d$province))
n <- length(ids)
out <- function(key, v) cat(key, ",", trimws(formatC(v, digits = 17, format = "g")), "\n", sep = "")

# 1. rook contiguity, Hainan linked to Guangdong both ways, row-standardised
B <- as.matrix(read.csv(file.path(dir, "W_rook_binary_30.csv"), row.names = 1, check.names = FALSE))
B <- B[ids, ids]
B["Hainan", "Guangdong"] <- 1
B["Guangdong", "Hainan"] <- 1
rook <- mat2listw(B, style = "W")

# 2. inverse great-circle distance between capitals (haversine, R = 6371.0088 km), 1/d, row-standardised
cap <- read.csv(file.path(dir, "province_capitals_30.csv"))
cap <- cap[match(ids, cap$province), ]
rad <- pi / 180
hav <- function(i, j) {
  dlat <- (cap$capital_lat[j] - cap$capital_lat[i]) * rad
  dlon <- (cap$capital_lon[j] - cap$capital_lon[i]) * rad
  a <- sin(dlat / 2)^2 + cos(cap$capital_lat[i] * rad) * cos(cap$capital_lat[j] * rad) * sin(dlon / 2)^2
  2 * 6371.0088 * asin(sqrt(a))
}
D <- outer(1:n, 1:n, Vectorize(hav))
Wd <- ifelse(D > 0, 1 / D, 0)
diag(Wd) <- 0
dimnames(Wd) <- list(ids, ids)
idw <- mat2listw(Wd, style = "W")

# 3. economic distance 1/|mean_i - mean_j| of GRP per capita over 2004-2019, row-standardised
g <- d[d$year >= 2004 & d$year <= 2019, ]
m <- tapply(g$gdp_pc, g$province, mean)[ids]
We <- 1 / abs(outer(m, m, "-"))
diag(We) <- 0
econ <- mat2listw(We, style = "W")

# Moran's I of ln_ci by year 2004-2019 under each matrix (normality and randomisation, one-sided p), Geary's C
for (w in c("rook", "idw", "econ")) {
  lw <- get(w)
  for (t in 2004:2019) {
    x <- d$ln_ci[d$year == t]
    names(x) <- d$province[d$year == t]
    x <- x[ids]
    mn <- moran.test(x, lw, randomisation = FALSE)
    mr <- moran.test(x, lw, randomisation = TRUE)
    gc <- geary.test(x, lw, randomisation = TRUE)
    out(paste0("moran.", w, ".", t, ".I"), mn$estimate[1])
    out(paste0("moran.", w, ".", t, ".z_normality"), mn$statistic)
    out(paste0("moran.", w, ".", t, ".z_randomisation"), mr$statistic)
    out(paste0("moran.", w, ".", t, ".p_randomisation"), mr$p.value)
    out(paste0("geary.", w, ".", t, ".C"), gc$estimate[1])
    out(paste0("geary.", w, ".", t, ".z_randomisation"), gc$statistic)
  }
}

# LM tests on the two-way fixed-effects model, 2010-2019 (the balanced complete sample), with W replaced by
# I_T (x) W (Elhorst 2014): lm.LMtests on the two-way demeaned variables without intercept and the block-diagonal
# listw (spdep's sigma^2 = e'e/NT and T = tr(W'W + W^2) then equal the panel formulas)
p <- d[d$year >= 2010 & d$year <= 2019, ]
p <- p[order(p$year, p$province), ] # period-major, as I_T (x) W
vars <- c("ln_ci", "ln_gdppc", "ln_patents", "fiscal_share", "ln_pop")
stopifnot(all(complete.cases(p[, vars])), nrow(p) == n * 10)
dm <- function(v) {
  v - ave(v, p$province) - ave(v, p$year) + mean(v)
}
for (v in vars) p[[paste0(v, "_w")]] <- dm(p[[v]])
fit <- lm(ln_ci_w ~ ln_gdppc_w + ln_patents_w + fiscal_share_w + ln_pop_w - 1, data = p)
Wr <- listw2mat(rook)
big <- kronecker(diag(10), Wr)
lwbig <- mat2listw(big, style = "W")
lm <- lm.LMtests(fit, lwbig, test = c("LMlag", "RLMlag", "LMerr", "RLMerr", "SARMA"))
for (k in names(lm)) {
  out(paste0("lm.rook.", k, ".statistic"), lm[[k]]$statistic)
  out(paste0("lm.rook.", k, ".p_value"), lm[[k]]$p.value)
}

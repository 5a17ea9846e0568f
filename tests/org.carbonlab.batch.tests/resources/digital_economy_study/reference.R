# Independent reference values for DigitalEconomyStudyTest (replication study 5), written by hand for this test:
# the accounting steps and key models of examples/digital-economy-carbon-intensity recomputed from its raw CSVs.
#   Rscript reference.R [EXAMPLE_DIR]     (default ../../../../examples/digital-economy-carbon-intensity)
# writes expected.csv (key,value) next to this script.
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
ex <- if (length(args) > 0) args[1] else "../../../../examples/digital-economy-carbon-intensity"
d <- read.csv(file.path(ex, "data", "digital_panel.csv"), stringsAsFactors = FALSE)
d <- d[order(d$province, d$year), ]
io <- read.csv(file.path(ex, "data", "io_tables.csv"), stringsAsFactors = FALSE)
rook <- read.csv(file.path(ex, "data", "W_rook_binary_30.csv"), check.names = FALSE, row.names = 1)
rook <- as.matrix(rook)
out <- list()
put <- function(key, value) out[[key]] <<- value

# 1. digital value added by the input-share method: core VA + sum over other sectors of VA_j x core inputs / total input
core <- c("Computers, communication and other electronic equipment", "Information transmission, software and IT services")
share <- list()
for (r in unique(io$region)) for (y in unique(io$year[io$region == r])) {
  t <- io[io$region == r & io$year == y, ]
  va <- t[t$from == "value_added", ]; tot <- t[t$from == "total_input", ]
  de <- sum(va$value[va$to %in% core])
  for (j in setdiff(va$to, core)) {
    de <- de + va$value[va$to == j] * sum(t$value[t$from %in% core & t$to == j]) / tot$value[tot$to == j]
  }
  share[[paste(r, y)]] <- de / sum(va$value)
}
survey <- ifelse(d$year >= 2017, 2017, 2012)
d$digital_va <- mapply(function(p, s) share[[paste(p, s)]], d$province, survey) * d$grp_100m_yuan
# 2. IPCC 2006 CO2 of seven fuels, missing taken as zero (Mt)
c12 <- 44 / 12
z <- function(x) ifelse(is.na(x), 0, x)
d$co2_ipcc <- (z(d$coal_10kt) * 1e4 * 25.8 * 25.8 + z(d$coke_10kt) * 1e4 * 28.2 * 29.2 + z(d$gasoline_10kt) * 1e4 * 44.3 * 18.9 +
  z(d$kerosene_10kt) * 1e4 * 43.8 * 19.6 + z(d$diesel_10kt) * 1e4 * 43.0 * 20.2 + z(d$fuel_oil_10kt) * 1e4 * 40.4 * 21.1 +
  z(d$natural_gas_100m_m3) * 1e5 * 38.931 * 15.3) / 1000 * c12 / 1e6
for (r in seq_len(nrow(d))) {
  k <- paste0(d$province[r], ".", d$year[r])
  put(paste0("digital_va.", k), d$digital_va[r])
  put(paste0("co2_ipcc.", k), d$co2_ipcc[r])
}
# 3. FE(1) and FE(7) by least squares with explicit province dummies
d$ln_ci <- log(100 * d$co2_ceads_mt / d$grp_100m_yuan); d$ln_de <- log(d$digital_va)
d$gdp_pc <- d$grp_100m_yuan / d$population_10k; d$ln_pgdp <- log(d$gdp_pc); d$industry <- d$secondary_share
d$fiscal <- d$fiscal_exp_100m_yuan / d$grp_100m_yuan; d$rd_int <- 100 * d$rd_expenditure_100m_yuan / d$grp_100m_yuan
d$ln_patents <- log(d$patent_grants); d$ln_pop <- log(d$population_10k)
f1 <- lm(ln_ci ~ ln_de + factor(province), data = d)
f7 <- lm(ln_ci ~ ln_de + ln_pgdp + industry + fiscal + rd_int + ln_patents + ln_pop + factor(province), data = d)
put("fe1.ln_de", coef(f1)[["ln_de"]])
for (v in c("ln_de", "ln_pgdp", "industry", "fiscal", "rd_int", "ln_patents", "ln_pop")) put(paste0("fe7.", v), coef(f7)[[v]])
# 4. Moran's I by year: rook adjacency (Hainan-Guangdong linked) and the nested geo-economic matrix
ids <- sort(unique(d$province))
rook <- rook[match(ids, rownames(rook)), match(ids, colnames(rook))]
rook["Hainan", "Guangdong"] <- 1; rook["Guangdong", "Hainan"] <- 1
caps <- d[d$year == 2012, ]; caps <- caps[match(ids, caps$province), ]
rad <- pi / 180; n <- length(ids); dist <- matrix(0, n, n)
for (i in 1:n) for (j in 1:n) if (i != j) {
  a <- sin((caps$capital_lat[j] - caps$capital_lat[i]) * rad / 2)^2 + cos(caps$capital_lat[i] * rad) *
    cos(caps$capital_lat[j] * rad) * sin((caps$capital_lon[j] - caps$capital_lon[i]) * rad / 2)^2
  dist[i, j] <- 2 * 6371.0088 * asin(sqrt(a))
}
xbar <- tapply(d$gdp_pc, d$province, mean)[ids]
nested <- ifelse(dist > 0, 1 / dist, 0) %*% diag(as.numeric(xbar) / mean(xbar))
mats <- list(adj = rook, nested = nested)
for (m in names(mats)) {
  lw <- mat2listw(unname(mats[[m]]), style = "W")
  for (y in 2012:2017) {
    s <- d[d$year == y, ]; s <- s[match(ids, s$province), ]
    mt <- moran.test(s$ln_ci, lw, randomisation = TRUE)
    put(paste0("moran.", m, ".", y, ".I"), unname(mt$estimate[1]))
    put(paste0("moran.", m, ".", y, ".z"), unname(mt$statistic))
  }
}
keys <- names(out)
write.csv(data.frame(key = keys, value = sprintf("%.17g", unlist(out))), "expected.csv", row.names = FALSE, quote = FALSE)
cat("wrote", length(keys), "values\n")

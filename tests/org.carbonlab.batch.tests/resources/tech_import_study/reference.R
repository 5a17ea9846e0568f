# Independent reference values for TechImportStudyTest (replication study 2), written by hand for this test:
# every step of examples/technology-import-key-industries recomputed from its raw CSVs with base R and spdep.
#   Rscript reference.R [EXAMPLE_DIR]     (default ../../../../examples/technology-import-key-industries)
# writes expected.csv (key,value) next to this script.
suppressPackageStartupMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
ex <- if (length(args) > 0) args[1] else "../../../../examples/technology-import-key-industries"
d <- read.csv(file.path(ex, "data", "tech_import_panel.csv"), stringsAsFactors = FALSE)
d <- d[order(d$province, d$year), ]
shares <- read.csv(file.path(ex, "data", "national_industry_final_energy.csv"), stringsAsFactors = FALSE)
grid <- read.csv(file.path(ex, "data", "regional_grid_factors.csv"), stringsAsFactors = FALSE)
caps <- read.csv(file.path(ex, "data", "province_capitals_30.csv"), stringsAsFactors = FALSE)
out <- list()
put <- function(key, value) out[[key]] <<- value

# 1. technology stock: real spending E = nominal / (P / P_2011); K_2011 = E (1 + g)/(1 + delta); K_t = (1 - delta) K_(t-1) + E_t
g <- 0.05; delta <- 0.15
d$tech_stock <- NA
for (p in unique(d$province)) {
  i <- which(d$province == p)
  real <- d$tech_import_100m_yuan[i] / (d$import_price_index[i] / d$import_price_index[i][d$year[i] == 2011])
  k <- numeric(length(i)); k[1] <- real[1] * (1 + g) / (1 + delta)
  for (t in 2:length(i)) k[t] <- (1 - delta) * k[t - 1] + real[t]
  d$tech_stock[i] <- k
}
# 2. industrial CO2 (Mt): IPCC 2006 NCV x carbon content x 44/12; heat (10^10 kJ = 10^4 GJ) as raw coal at 70 %;
#    electricity (10^8 kWh = 10^5 MWh) times the grid factor of the province's regional grid and year
c12 <- 44 / 12
ef_coal <- 25.8 * 25.8 / 1000 * c12      # t CO2 per t
ef_coke <- 28.2 * 29.2 / 1000 * c12
ef_diesel <- 43.0 * 20.2 / 1000 * c12
ef_gas <- 38.931 * 15.3 / 1000 * c12     # t CO2 per 1000 m3
gridf <- grid$factor[match(paste(d$grid_region, d$year), paste(grid$region, grid$year))]
d$co2_industry <- (d$ind_coal_10kt * 1e4 * ef_coal + d$ind_coke_10kt * 1e4 * ef_coke + d$ind_oil_10kt * 1e4 * ef_diesel +
  d$ind_gas_100m_m3 * 1e5 * ef_gas + d$ind_heat_1e10kj * 1e4 / 0.7 * (25.8 / 1000 * c12) +
  d$ind_elec_100m_kwh * 1e5 * gridf) / 1e6
# 3. national shares of industrial final energy; steel net of 0.2 % carbon in crude steel
groups <- list(steel = "Smelting and Pressing of Ferrous Metals", building = "Nonmetal Mineral Products",
  nonferrous = "Smelting and Pressing of Nonferrous Metals",
  petrochem = c("Petroleum Processing and Coking", "Raw Chemical Materials and Chemical Products", "Chemical Fiber"))
share <- function(grp, y) { s <- shares[shares$year == y, ]; sum(s$energy_10ktce[s$sector %in% grp]) / sum(s$energy_10ktce) }
for (gname in names(groups)) d[[paste0("co2_", gname)]] <- d$co2_industry * sapply(d$year, function(y) share(groups[[gname]], y))
d$co2_steel <- d$co2_steel - d$crude_steel_10kt * 1e4 * 0.002 * c12 / 1e6
d$co2_key <- d$co2_steel + d$co2_building + d$co2_nonferrous + d$co2_petrochem
for (r in seq_len(nrow(d))) {
  k <- paste0(d$province[r], ".", d$year[r])
  put(paste0("tech_stock.", k), d$tech_stock[r])
  put(paste0("co2_industry.", k), d$co2_industry[r])
  put(paste0("co2_steel.", k), d$co2_steel[r])
  put(paste0("co2_key.", k), d$co2_key[r])
}
# winsorising at 1 %/99 % with Stata's percentiles (R type 2), pooled over all rows
w <- function(x) { q <- quantile(x, c(0.01, 0.99), type = 2, names = FALSE); pmin(pmax(x, q[1]), q[2]) }
d$ln_co2_key <- w(log(d$co2_key)); d$ln_tech <- w(log(d$tech_stock))
d$ln_pgdp <- w(log(d$grp_100m_yuan / d$population_10k)); d$ln_pop <- w(log(d$population_10k))
d$rd_int <- w(100 * d$rd_expenditure_100m_yuan / d$grp_100m_yuan)
# 4. fixed effects by least squares with explicit province (and year) dummies
f1 <- lm(ln_co2_key ~ ln_tech + ln_pgdp + ln_pop + rd_int + factor(province), data = d)
f2 <- lm(ln_co2_key ~ ln_tech + ln_pgdp + ln_pop + rd_int + factor(province) + factor(year), data = d)
for (v in c("ln_tech", "ln_pgdp", "ln_pop", "rd_int")) {
  put(paste0("fe_oneway.", v), coef(f1)[[v]])
  put(paste0("fe_twoways.", v), coef(f2)[[v]])
}
# 4b. the robustness step's focal coefficient of ln_tech per variant, again lm with explicit dummies: the steel outcome,
#     without the four municipalities (winsorised on all rows first, as the study derives its variables), CEADs'
#     key-industry CO2, and ln_tech lagged one year within province (2012-2019, 240 rows)
d$ln_co2_steel <- w(log(d$co2_steel))
d$ln_co2_ceads_key <- w(log(d$co2_ceads_steel_mt + d$co2_ceads_building_mt + d$co2_ceads_nonferrous_mt +
  d$co2_ceads_petrochem_mt))
d$lag_ln_tech <- ave(d$ln_tech, d$province, FUN = function(x) c(NA, x[-length(x)]))
rhs <- "+ ln_pgdp + ln_pop + rd_int + factor(province) + factor(year)"
variants <- list(
  steel_outcome = lm(as.formula(paste("ln_co2_steel ~ ln_tech", rhs)), data = d),
  no_municipalities = lm(as.formula(paste("ln_co2_key ~ ln_tech", rhs)), data = d[d$municipality == 0, ]),
  ceads_outcome = lm(as.formula(paste("ln_co2_ceads_key ~ ln_tech", rhs)), data = d),
  lagged_tech = lm(as.formula(paste("ln_co2_key ~ lag_ln_tech", rhs)), data = d))
for (v in names(variants)) {
  put(paste0("robustness.", v), unname(coef(variants[[v]])[2]))
  put(paste0("robustness.", v, ".n"), nobs(variants[[v]]))
}
# 5. Moran's I by year under 1/d and 1/d^2 within 1,500 km and the 0/1 band, row-standardised; haversine, R = 6371.0088 km
caps <- caps[order(caps$province), ]
rad <- pi / 180
n <- nrow(caps)
dist <- matrix(0, n, n)
for (i in 1:n) for (j in 1:n) if (i != j) {
  a <- sin((caps$capital_lat[j] - caps$capital_lat[i]) * rad / 2)^2 + cos(caps$capital_lat[i] * rad) *
    cos(caps$capital_lat[j] * rad) * sin((caps$capital_lon[j] - caps$capital_lon[i]) * rad / 2)^2
  dist[i, j] <- 2 * 6371.0088 * asin(sqrt(a))
}
band <- (dist <= 1500) & (dist > 0)
mats <- list(inv = ifelse(band, 1 / dist, 0), inv2 = ifelse(band, 1 / dist^2, 0), band = ifelse(band, 1, 0))
for (m in names(mats)) {
  lw <- mat2listw(mats[[m]], style = "W")
  for (y in sort(unique(d$year))) {
    s <- d[d$year == y, ]; s <- s[match(caps$province, s$province), ]
    for (v in c("ln_co2_key", "ln_tech")) {
      mt <- moran.test(s[[v]], lw, randomisation = TRUE)
      put(paste0("moran.", v, ".", m, ".", y, ".I"), unname(mt$estimate[1]))
      put(paste0("moran.", v, ".", m, ".", y, ".z"), unname(mt$statistic))
    }
  }
}
keys <- names(out)
write.csv(data.frame(key = keys, value = sprintf("%.17g", unlist(out))), "expected.csv", row.names = FALSE, quote = FALSE)
cat("wrote", length(keys), "values\n")

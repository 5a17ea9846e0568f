## SAC (lag and error, one W) on Columbus for spatial.panel's tests: spatialreg 1.2-6 sacsarlm, method eigen,
## row-standardised queen W (as script.R). Run: Rscript sac_reference.R (in this folder); writes sac_expected.json
suppressMessages({library(spdep); library(spatialreg)})
dat <- read.csv("data.csv"); B <- unname(as.matrix(read.csv("W_binary.csv", header = FALSE)))
lw <- nb2listw(mat2listw(B, style = "B")$neighbours, style = "W")
m <- sacsarlm(CRIME ~ INC + HOVAL, data = dat, listw = lw, method = "eigen")
se <- sqrt(diag(vcov(m)))
f <- function(v) paste(sprintf('"%s": %.17g', names(v), v), collapse = ", ")
writeLines(sprintf('{\n  "sac": {"coefficients": {%s}, "std_errors": {%s}, "sigma2": %.17g, "log_likelihood": %.17g}\n}',
  f(coef(m)), f(se), m$s2, as.numeric(logLik(m))), "sac_expected.json")

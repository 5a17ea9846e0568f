# Reference values for data.fill (tests/org.carbonlab.stats.tests), made with R 4.2 and zoo:
#   Rscript make_reference.R   (in this folder) -> panel.csv, expected.csv
# A panel of four provinces with uneven years (a missing 2003 row for P2), interior gaps, missing ends and a
# province with a single observation. Interpolation: stats::approx (rule = 1: nothing outside the observed
# range); carry-forward: zoo::na.locf; linear extrapolation: the line through the two nearest observations;
# log-linear: the same on log(gdp).
library(zoo)
d <- data.frame(
  prov = c(rep("P1", 7), rep("P2", 6), rep("P3", 7), rep("P4", 3)),
  year = c(2000:2006, c(2000, 2001, 2002, 2004, 2005, 2006), 2000:2006, 2004:2006),
  gdp = c(NA, 10, NA, NA, 16, 18, NA,
          5, NA, 7, NA, 11, 12,
          NA, NA, 3, 4.5, NA, 8, 9,
          NA, 20, NA))
write.csv(d, "panel.csv", row.names = FALSE, na = "")
ends_line <- function(t, y, log = FALSE) {
  ok <- which(!is.na(y)); out <- rep(NA_real_, length(y))
  if (length(ok) < 2) return(out)
  f <- function(a, b, k) { ya <- y[a]; yb <- y[b]; if (log) { ya <- log(ya); yb <- log(yb) }
                            v <- ya + (yb - ya) / (t[b] - t[a]) * (t[k] - t[a]); if (log) exp(v) else v }
  first <- ok[1]; second <- ok[2]; last <- ok[length(ok)]; before <- ok[length(ok) - 1]
  for (k in seq_along(y)) {
    if (k < first) out[k] <- f(first, second, k)
    if (k > last) out[k] <- f(last, before, k)
  }
  out
}
res <- do.call(rbind, lapply(split(d, d$prov), function(s) {
  ok <- !is.na(s$gdp)
  lin <- if (sum(ok) >= 2) approx(s$year[ok], s$gdp[ok], xout = s$year, rule = 1)$y else s$gdp
  locf <- na.locf(s$gdp, na.rm = FALSE)
  data.frame(prov = s$prov, year = s$year, linear = lin, locf = locf,
             ext_linear = ends_line(s$year, s$gdp), ext_loglinear = ends_line(s$year, s$gdp, log = TRUE))
}))
write.csv(res, "expected.csv", row.names = FALSE, na = "")

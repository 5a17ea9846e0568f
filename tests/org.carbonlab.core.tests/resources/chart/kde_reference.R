# Reference values for ChartDataTest: R's bw.nrd0 (Silverman's rule of thumb) and the exact Gaussian kernel
# density (not density()'s FFT approximation) of small samples, at a few points. Run: Rscript kde_reference.R
samples <- list(
  a = c(0.31, 0.52, 0.55, 0.61, 0.70, 0.74, 0.88, 0.93, 1.02, 1.35),
  b = c(2, 2, 2, 2, 5),              # IQR = 0: bw.nrd0 falls back to the standard deviation
  c = c(-3.5, 0.25, 0.5, 12, 7.75, 1e-3, 4)
)
points <- c(-1, 0, 0.5, 1, 2.5)
kde <- function(x, h, t) sapply(t, function(u) mean(dnorm((u - x) / h)) / h)
for (nm in names(samples)) {
  x <- samples[[nm]]
  h <- bw.nrd0(x)
  cat(sprintf("%s bw %.17g\n", nm, h))
  cat(sprintf("%s density %s\n", nm, paste(sprintf("%.17g", kde(x, h, points)), collapse = " ")))
}

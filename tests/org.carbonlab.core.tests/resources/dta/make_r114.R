# Writes r114.dta (Stata format 114, by R's foreign::write.dta, version = 10) and r114.csv, the values
# DtaReaderTest expects: a factor (stored as a labelled integer), a double with NA, an integer, a string.
library(foreign)
d <- data.frame(
  city = c("Wuhan", "Yichang", "Changsha", "Zhuzhou", "Hefei"),
  province = factor(c("Hubei", "Hubei", "Hunan", "Hunan", "Anhui"), levels = c("Anhui", "Hubei", "Hunan")),
  year = c(2010L, 2011L, 2010L, NA, 2012L),
  gdp = c(5565.93, 1547.32, NA, -0.125, 1e-7),
  stringsAsFactors = FALSE
)
write.dta(d, "r114.dta", version = 10)
out <- data.frame(city = d$city, province = as.character(d$province),
                  year = ifelse(is.na(d$year), "", as.character(d$year)),
                  gdp = ifelse(is.na(d$gdp), "", sprintf("%.17g", d$gdp)))
write.csv(out, "r114.csv", row.names = FALSE, quote = FALSE)
cat(readBin("r114.dta", "raw", 1), "\n")

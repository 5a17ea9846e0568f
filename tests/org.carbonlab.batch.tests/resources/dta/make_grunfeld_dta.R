# Writes grunfeld.dta (Stata format 114, foreign::write.dta version = 10) from ../grunfeld/data.csv, with firm
# as a labelled factor ("firm 1" ... "firm 10") so that the reader's value labels become the entity ids.
library(foreign)
g <- read.csv("../grunfeld/data.csv")
g$firm <- factor(g$firm, levels = 1:10, labels = paste("firm", 1:10))
write.dta(g, "grunfeld.dta", version = 10)

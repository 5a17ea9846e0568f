# Reference cuts for DataInTablesOutCommandTest.winsorisedVariablesEqualValuesWinsorisedByHand:
# Stata's _pctile definition is R's quantile type 2.
d <- read.csv("../../../org.carbonlab.panel.tests/resources/grunfeld/data.csv")
print(quantile(d$value, c(.05, .95), type = 2), digits = 15)
# R 4.2.2 output:
#       5%      95%
#   69.295 4465.250

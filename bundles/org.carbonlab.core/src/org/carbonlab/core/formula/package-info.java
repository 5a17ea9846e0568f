/**
 * R-style model formulas and expressions over a {@link org.carbonlab.core.data.PanelFrame}.
 *
 * <ul>
 * <li>{@link org.carbonlab.core.formula.Formula}: {@code y ~ x1 + log(x2) + lag(x3,1) + diff(x4) +
 * I(x5^2) + x6:x7 + x8*x9 - 1} — parsing, term labels, the intercept. Factors
 * ({@code factor(region)}, {@code i(year, ref = 2013)}, {@code i(g, x)},
 * {@code i(rel_time, ref = -1, bin = c(-5, 5), na = "ref")}), a fixed-effects part
 * ({@code | entity + year + province^year}) and an instrument part ({@code | endog ~ z1 + z2})
 * are described there.</li>
 * <li>{@link org.carbonlab.core.formula.ModelFrame}: a formula evaluated over a panel — y, the
 * design matrix (factors expanded), listwise deletion, the panel indices of the rows used,
 * warnings; the absorbed factors and the demeaned columns
 * ({@link org.carbonlab.core.formula.Demeaned}, computed by
 * {@link org.carbonlab.core.fixedeffects.AlternatingProjections}); the endogenous and instrument
 * columns.</li>
 * <li>{@link org.carbonlab.core.formula.Expression}: one arithmetic expression, for deriving
 * variables ({@code Expression.parse("log(co2/gdp)").evaluate(frame)}).</li>
 * <li>{@link org.carbonlab.core.formula.FunctionRegistry} and
 * {@link org.carbonlab.core.formula.FormulaFunction}: the functions formulas may call (the
 * built-ins are listed in {@link org.carbonlab.core.formula.BuiltinFunctions}); plug-ins contribute
 * more to the extension point {@code org.carbonlab.core.functions}; code adds its own with
 * {@code FunctionRegistry.standard().with(...)}.</li>
 * </ul>
 *
 * <p>Panel functions ({@code lag}, {@code lead}, {@code diff}) work within an entity and by time
 * value: {@code lag(x,1)} in year t is x of the same entity in year t−1 if the panel has that row,
 * else missing — never simply the previous row. Periods are whole numbers, so with periods spaced
 * more than one apart (e.g. every five years) {@code lag(x,5)} is the previous observation.
 *
 * <p>Errors: syntax errors give the 1-based position and what was expected; unknown functions,
 * wrong argument counts and invalid constant arguments are collected; unknown variables are
 * reported together with "did you mean" suggestions. All are
 * {@link org.carbonlab.core.errors.InputException}s.
 */
package org.carbonlab.core.formula;

/**
 * Absorbing fixed effects: {@link org.carbonlab.core.fixedeffects.AlternatingProjections} demeans
 * columns with respect to any number of factors (level codes per observation) and counts the
 * degrees of freedom they absorb. Name-free; formulas reach it through
 * {@link org.carbonlab.core.formula.ModelFrame#demeaned()}.
 */
package org.carbonlab.core.fixedeffects;

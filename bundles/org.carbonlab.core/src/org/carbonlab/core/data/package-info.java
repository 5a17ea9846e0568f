/**
 * Reading panel data: CSV and XLSX files into a {@link org.carbonlab.core.data.RawTable}, and a
 * raw table into a {@link org.carbonlab.core.data.PanelFrame} sorted by entity and time, or a
 * cross-section without a time column. {@link org.carbonlab.core.data.PanelLayout} settles which
 * columns are the entity and the time when the user names them only in part.
 *
 * <h2>Cells</h2>
 * Every cell is trimmed of surrounding white space. A cell is <em>missing</em> when it is empty,
 * {@code NA} (R's marker, upper case only), {@code .} (Stata's system missing) or {@code .a} ...
 * {@code .z} (Stata's extended missing values). Note that this makes the ISO code of Namibia,
 * {@code NA}, a missing value, as in R.
 *
 * <h2>Numbers</h2>
 * A numeric cell is a decimal number with '.' as decimal separator and an optional exponent
 * ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e-3}, {@code 2.5E+04}); {@code TRUE} and
 * {@code FALSE} (any case) count as 1 and 0, so dummy columns saved as logicals work. Thousands
 * separators, decimal commas, {@code Inf} and {@code NaN} are not numbers: a column that holds
 * them is reported with the offending cells.
 *
 * <h2>Locations</h2>
 * Rows are identified by the 1-based line in a CSV file (the line where the record starts; the
 * header is line 1) or the 1-based row number in an XLSX sheet.
 */
package org.carbonlab.core.data;

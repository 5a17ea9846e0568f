/**
 * Spatial weight matrices: {@link org.carbonlab.core.weights.SpatialWeights} (sparse, CSR,
 * immutable, with entity ids and provenance), their standardisations, alignment to a dataset's
 * entities, and the reader of the {@code --weights} file contract.
 *
 * <h2>The {@code --weights} file (CSV, read as data files are: UTF-8, comma, header row)</h2>
 * <ul>
 * <li><b>Edge list</b>: the header is exactly {@code from,to} or {@code from,to,weight} (any case).
 * Each row is one directed link w[from, to] = weight (1 without a weight column); a symmetric
 * matrix lists both directions. A row with an empty {@code to} and no weight declares an entity
 * without neighbours (an isolate). A zero weight declares both entities but no link.</li>
 * <li><b>Dense matrix</b>: any other header. The header holds the n entity ids in the order of the
 * rows, and there are n rows of n numbers. A first column of row labels is accepted when the
 * header's first cell is empty or {@code id} (any case), as R's {@code write.csv} writes a matrix
 * with row names; the labels must then repeat the header ids in the same order.</li>
 * </ul>
 * Rejected, each with the file, line, row and column: a dense matrix that is not square, an empty
 * or non-numeric cell, a negative weight ({@code Inf} and {@code NaN} are not numbers), a non-zero
 * diagonal or self-link (a unit is not its own neighbour), an entity id given twice, a link given
 * twice. Isolates are allowed; they are reported as warnings when the matrix is used.
 *
 * <p>Ids are compared as text with the dataset's entity column (after trimming), so {@code 01}
 * and {@code 1} differ.
 */
package org.carbonlab.core.weights;

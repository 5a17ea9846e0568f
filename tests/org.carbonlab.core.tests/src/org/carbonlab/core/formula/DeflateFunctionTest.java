package org.carbonlab.core.formula;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.errors.InputException;
import org.junit.jupiter.api.Test;

/** deflate(x, p, base_year): nominal to constant prices of the base year, per entity. */
class DeflateFunctionTest {
    private static final double NA = Double.NaN;

    /** Two regions with their own price indices (different bases); B has a missing index in 2002. */
    private static PanelFrame frame() {
        return PanelFrame.builder().entities("A", "A", "A", "B", "B", "B").times(2000, 2001, 2002, 2000, 2001, 2002)
                .column("gdp", 100, 110, 132, 50, 60, 70)
                .column("p", 100, 110, 120, 1.0, 1.2, NA)
                .build();
    }

    @Test
    void rebasesEachEntitysIndexToTheBaseYear() {
        double[] real = Expression.parse("deflate(gdp, p, 2000)").evaluate(frame());
        assertArrayEquals(new double[] {100, 100, 110, 50, 50, NA}, real, 1e-12);
        double[] real2001 = Expression.parse("deflate(gdp, p, 2001)").evaluate(frame());
        assertArrayEquals(new double[] {110, 110, 121, 60, 60, NA}, real2001, 1e-12);
        // composes with other functions
        double[] logs = Expression.parse("log(deflate(gdp, p, 2000))").evaluate(frame());
        assertArrayEquals(new double[] {Math.log(100), Math.log(100), Math.log(110), Math.log(50), Math.log(50), NA}, logs, 1e-12);
    }

    @Test
    void aMissingBaseYearNamesTheEntity() {
        InputException e = assertThrows(InputException.class,
                () -> Expression.parse("deflate(gdp, p, 2002)").evaluate(frame()));
        assertTrue(e.getMessage().contains("base year 2002 for entity B"), e.getMessage());
        assertThrows(InputException.class, () -> Expression.parse("deflate(gdp, p, 2000.5)").evaluate(frame()));
    }
}

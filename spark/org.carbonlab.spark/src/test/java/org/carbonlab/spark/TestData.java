package org.carbonlab.spark;

import java.nio.file.Path;
import java.util.SplittableRandom;

/** Deterministic synthetic panels for the tests, written as CSV under the test folder. */
final class TestData {

    private TestData() {
    }

    /**
     * {@code units} entities × {@code years} years (2001…): inputs labour, capital, energy; good output gdp; bad
     * output co2; positive, with a productivity spread so that several DMUs are efficient.
     */
    static Path dea(int units, int years) {
        SplittableRandom r = new SplittableRandom(20261203L);
        StringBuilder csv = new StringBuilder("id,year,labour,capital,energy,gdp,co2\n");
        for (int i = 0; i < units; i++) {
            double skill = 0.6 + 0.8 * r.nextDouble();
            for (int t = 0; t < years; t++) {
                double l = 10 + 90 * r.nextDouble();
                double k = 50 + 450 * r.nextDouble();
                double e = 5 + 45 * r.nextDouble();
                double tech = 1 + 0.02 * t;
                double gdp = skill * tech * Math.pow(l, 0.4) * Math.pow(k, 0.4) * Math.pow(e, 0.2)
                        * (0.8 + 0.4 * r.nextDouble());
                double co2 = e * (1.5 + r.nextDouble()) / tech;
                csv.append("u").append(i).append(',').append(2001 + t).append(',').append(l).append(',').append(k)
                        .append(',').append(e).append(',').append(gdp).append(',').append(co2).append('\n');
            }
        }
        return Commands.write("dea-" + units + "x" + years + ".csv", csv.toString());
    }

    /**
     * A staggered policy panel: 12 units, 2001–2010, cohorts starting 2004 and 2007, four never treated; outcome
     * y with unit and year effects, a control x and a treatment effect of 1.5.
     */
    static Path did() {
        int[] starts = {2004, 2004, 2004, 2004, 2007, 2007, 2007, 2007, 0, 0, 0, 0};
        SplittableRandom r = new SplittableRandom(7L);
        StringBuilder csv = new StringBuilder("id,year,y,x,first_treat\n");
        for (int i = 0; i < starts.length; i++) {
            double unit = r.nextGaussian();
            for (int year = 2001; year <= 2010; year++) {
                double x = r.nextGaussian();
                boolean on = starts[i] > 0 && year >= starts[i];
                double y = unit + 0.1 * (year - 2000) + 0.5 * x + (on ? 1.5 : 0) + r.nextGaussian();
                csv.append("u").append(i).append(',').append(year).append(',').append(y).append(',').append(x)
                        .append(',').append(starts[i]).append('\n');
            }
        }
        return Commands.write("did.csv", csv.toString());
    }

    /**
     * A larger staggered policy panel for benchmarks: {@code units} units over {@code years} years from 2001, a third
     * starting in the fifth year, a third in the ninth, the rest never treated.
     */
    static Path didLarge(int units, int years) {
        SplittableRandom r = new SplittableRandom(17L);
        StringBuilder csv = new StringBuilder("id,year,y,x,first_treat\n");
        for (int i = 0; i < units; i++) {
            int start = i % 3 == 0 ? 2005 : i % 3 == 1 ? 2009 : 0;
            double unit = r.nextGaussian();
            for (int t = 0; t < years; t++) {
                int year = 2001 + t;
                double x = r.nextGaussian();
                boolean on = start > 0 && year >= start;
                double y = unit + 0.05 * t + 0.5 * x + (on ? 1.0 : 0) + r.nextGaussian();
                csv.append("u").append(i).append(',').append(year).append(',').append(y).append(',').append(x)
                        .append(',').append(start).append('\n');
            }
        }
        return Commands.write("did-" + units + "x" + years + ".csv", csv.toString());
    }

    /** A mediation panel: 20 units × 8 years; m = 0.8 x + e, y = 0.5 x + 0.7 m + 0.3 z + e, with unit effects. */
    static Path mediation() {
        SplittableRandom r = new SplittableRandom(11L);
        StringBuilder csv = new StringBuilder("id,year,y,x,m,z\n");
        for (int i = 0; i < 20; i++) {
            double unit = r.nextGaussian();
            for (int year = 2001; year <= 2008; year++) {
                double x = r.nextGaussian() + 0.3 * unit;
                double z = r.nextGaussian();
                double m = 0.8 * x + r.nextGaussian();
                double y = unit + 0.5 * x + 0.7 * m + 0.3 * z + r.nextGaussian();
                csv.append("c").append(i).append(',').append(year).append(',').append(y).append(',').append(x)
                        .append(',').append(m).append(',').append(z).append('\n');
            }
        }
        return Commands.write("mediation.csv", csv.toString());
    }
}

package org.carbonlab.emissions.estimators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.ResultTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CO2 from the provincial fuel quantities of the example panel (ji2022, China Energy Statistical Yearbook basis)
 * against CEADs' CO2 by fuel for the same 540 province-years (30 provinces, 2000-2017; resources/ceads/SOURCE.md).
 * The ratio distributions are printed and the expected agreement asserted.
 */
class CeadsComparisonTest {
    private static PanelFrame data;
    private static ResultTable china;
    private static ResultTable ipcc;

    @BeforeAll
    static void compute() {
        data = DataReader.readPanel(Harness.resource("ceads/province_fuels_2000_2017.csv"), null, "province", "year");
        String[] fuels = {"fuel.coal", "coal_10kt", "fuel.coke", "coke_10kt", "fuel.crude_oil", "crude_oil_10kt",
                "fuel.gasoline", "gasoline_10kt", "fuel.kerosene", "kerosene_10kt", "fuel.diesel_oil", "diesel_10kt",
                "fuel.fuel_oil", "fuel_oil_10kt", "fuel.natural_gas", "natural_gas_100m_m3:100m m3"};
        china = Harness.ipcc(data, concat(fuels, "factor_set", "china", "output_unit", "Mt", "total_excludes", "crude_oil,coke"))
                .tables().get("emissions");
        ipcc = Harness.ipcc(data, concat(fuels, "output_unit", "Mt", "total_excludes", "crude_oil,coke")).tables().get("emissions");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Ratios ours/CEADs over rows where both are positive, sorted. */
    private static double[] ratios(ResultTable t, String[] ours, String[] ceads) {
        List<Double> out = new ArrayList<>();
        double[][] c = new double[ceads.length][];
        for (int k = 0; k < ceads.length; k++) {
            c[k] = data.numeric(ceads[k]);
        }
        for (int r = 0; r < data.rows(); r++) {
            double a = 0;
            double b = 0;
            for (String o : ours) {
                a += Harness.cell(t, data.entityLabel(r), data.time(r), o);
            }
            for (double[] x : c) {
                b += x[r];
            }
            if (a > 0 && b > 0) {
                out.add(a / b);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Type-7 quantile of sorted values. */
    private static double q(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    private static double[] report(String label, double[] s) {
        System.out.println(String.format(Locale.ROOT,
                "CEADs comparison %-40s n=%3d min=%.4f p5=%.4f q1=%.4f median=%.4f q3=%.4f p95=%.4f max=%.4f", label,
                s.length, s[0], q(s, 0.05), q(s, 0.25), q(s, 0.5), q(s, 0.75), q(s, 0.95), s[s.length - 1]));
        return s;
    }

    private static double[] one(ResultTable t, String ours, String ceads, String label) {
        return report(label, ratios(t, new String[] {ours}, new String[] {ceads}));
    }

    @Test
    void oilProductsAgreeFuelByFuel() {
        // China set (GB/T 2589 NCV x NDRC carbon content x oxidation 0.98) is CEADs' basis: medians within 0.1 %
        double[][] s = {one(china, "co2_gasoline", "ceads_gasoline_mt", "china gasoline"),
                one(china, "co2_kerosene", "ceads_kerosene_mt", "china kerosene"),
                one(china, "co2_diesel_oil", "ceads_diesel_oil_mt", "china diesel oil"),
                one(china, "co2_fuel_oil", "ceads_fuel_oil_mt", "china fuel oil")};
        for (double[] x : s) {
            assertEquals(1.0, q(x, 0.5), 0.002);
            assertTrue(q(x, 0.25) > 0.99, "lower quartile " + q(x, 0.25));
        }
        // gasoline, kerosene and diesel: the interquartile range lies within 1 % of CEADs
        for (int k = 0; k < 3; k++) {
            assertTrue(q(s[k], 0.75) < 1.01, "upper quartile " + q(s[k], 0.75));
        }
    }

    @Test
    void oilProductsAgreeAsAGroup() {
        String[] ours = {"co2_gasoline", "co2_kerosene", "co2_diesel_oil", "co2_fuel_oil"};
        String[] ceads = {"ceads_gasoline_mt", "ceads_kerosene_mt", "ceads_diesel_oil_mt", "ceads_fuel_oil_mt"};
        double[] s = report("china 4 oil products vs same CEADs fuels", ratios(china, ours, ceads));
        assertEquals(1.0, q(s, 0.5), 0.005);
        // half the province-years within -0.5 %..+2 %, 80 % within 0..+6 % (CEADs subtracts some non-energy use)
        assertTrue(q(s, 0.25) > 0.995 && q(s, 0.75) < 1.02, "q1 " + q(s, 0.25) + " q3 " + q(s, 0.75));
        assertTrue(q(s, 0.1) > 0.99 && q(s, 0.9) < 1.06, "p10 " + q(s, 0.1) + " p90 " + q(s, 0.9));
        // against CEADs' whole oil group (which adds LPG, refinery gas, other petroleum products and directly burnt
        // crude oil, none of which the panel has) the four products cover about 88 %
        double[] g = report("china 4 oil products vs CEADs oil group", ratios(china, ours, new String[] {"co2_oil_products_mt"}));
        assertTrue(q(g, 0.5) > 0.8 && q(g, 0.5) < 0.95, "median " + q(g, 0.5));
        // IPCC 2006 defaults (gasoline NCV 44.3 GJ/t, oxidation 1) lie about 5 % above
        double[] i = one(ipcc, "co2_gasoline", "ceads_gasoline_mt", "ipcc2006 gasoline");
        assertEquals(44.3 / (43.070 * 0.98), q(i, 0.5), 0.003);
    }

    @Test
    void otherFuels() {
        double[] coke = one(china, "co2_coke", "ceads_coke_mt", "china coke");
        assertEquals(1.0, q(coke, 0.5), 0.005);
        // natural gas: CEADs removes non-energy use (fertiliser feedstock), so ours is at or above CEADs
        double[] gas = one(china, "co2_natural_gas", "ceads_natural_gas_mt", "china natural gas (100m m3)");
        assertEquals(1.0, q(gas, 0.25), 0.01);
        assertTrue(q(gas, 0.5) > 1.0 && q(gas, 0.5) < 1.1, "median " + q(gas, 0.5));
        // the panel's coal is total consumption including coal washed and coked; CEADs' raw coal excludes those inputs
        double[] coal = one(china, "co2_coal", "ceads_raw_coal_mt", "china coal (total) vs CEADs raw coal");
        assertTrue(q(coal, 0.5) > 1.2, "median " + q(coal, 0.5));
        // crude oil is mostly refinery input: CEADs counts only the little burnt directly
        double[] crude = one(china, "co2_crude_oil", "ceads_crude_oil_mt", "china crude oil (refinery input) vs CEADs");
        assertTrue(q(crude, 0.5) > 10, "median " + q(crude, 0.5));
        // the total without crude oil and coke against CEADs' energy CO2 (scope 1 minus cement process)
        ResultTable t = china;
        List<Double> r = new ArrayList<>();
        double[] scope1 = data.numeric("ceads_scope_1_total_mt");
        double[] process = data.numeric("ceads_process_mt");
        for (int k = 0; k < data.rows(); k++) {
            double ours = Harness.cell(t, data.entityLabel(k), data.time(k), "co2_total");
            if (ours > 0 && scope1[k] - process[k] > 0) {
                r.add(ours / (scope1[k] - process[k]));
            }
        }
        report("china total (coal, oil products, gas) vs CEADs energy CO2", r.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }
}

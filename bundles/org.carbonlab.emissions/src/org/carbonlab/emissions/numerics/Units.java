package org.carbonlab.emissions.numerics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Physical units of fuel and electricity consumption. Every unit has a dimension and a factor to the dimension's
 * base unit: mass in tonnes (t), volume in cubic metres (m3), energy in gigajoules (GJ). Coal equivalent (tce) is an
 * energy unit (1 tce = 29.3076 GJ, i.e. 7000 kcal/kgce) and electricity units (kWh) are energy units (3.6 MJ/kWh).
 *
 * <p>Accepted spellings (case and spaces ignored, {@code m³} = {@code m3}, {@code ^} optional): mass {@code t, kg,
 * kt, 10kt (10^4 t, 万吨), Mt, 100Mt (10^8 t, 亿吨)}; volume {@code m3, 1000m3 (km3 is not accepted: ambiguous),
 * 10k m3 (10^4 m3, 万立方米), Mm3 (10^6 m3), 100m m3 (10^8 m3, 亿立方米), bcm (10^9 m3)}; energy {@code MJ, GJ, TJ, PJ,
 * kgce, tce, 10ktce (10^4 tce, 万吨标准煤), Mtce, kWh, MWh, GWh, TWh, 10k kWh (万千瓦时), 100m kWh (10^8 kWh,
 * 亿千瓦时)}.
 */
public final class Units {
    /** What a unit measures. */
    public enum Dimension {
        MASS("t"), VOLUME("m3"), ENERGY("GJ");

        private final String base;

        Dimension(String base) {
            this.base = base;
        }

        public String base() {
            return base;
        }
    }

    /** A parsed unit: its canonical spelling, dimension and size in the dimension's base unit. */
    public record Unit(String name, Dimension dimension, double toBase) {
        /** Converts an amount in this unit to {@code target} (same dimension). */
        public double convert(double amount, Unit target) {
            if (target.dimension != dimension) {
                throw new IllegalArgumentException(name + " (" + dimension.name().toLowerCase(Locale.ROOT)
                        + ") cannot be converted to " + target.name + " (" + target.dimension.name().toLowerCase(Locale.ROOT) + ")");
            }
            return amount * toBase / target.toBase;
        }
    }

    /** GJ in one tonne of standard coal equivalent (29307.6 kJ/kgce). */
    public static final double GJ_PER_TCE = 29.3076;
    /** GJ in one kWh. */
    public static final double GJ_PER_KWH = 0.0036;

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        mass(1e-3, "kg");
        mass(1, "t", "tonne", "tonnes", "ton", "tons");
        mass(1e3, "kt", "1000t", "10^3t", "gg");
        mass(1e4, "10kt", "10^4t", "1e4t", "10000t", "万吨", "10kton", "10ktonnes");
        mass(1e6, "Mt", "10^6t", "1e6t", "milliont");
        mass(1e8, "100Mt", "10^8t", "1e8t", "亿吨");
        volume(1, "m3", "cubicmetre", "cubicmeter");
        volume(1e3, "1000 m3", "1000m3", "10^3m3", "1e3m3", "thousandm3", "千立方米");
        volume(1e4, "10k m3", "10km3", "10^4m3", "1e4m3", "10000m3", "万立方米");
        volume(1e6, "Mm3", "10^6m3", "1e6m3", "millionm3");
        volume(1e8, "100m m3", "100mm3", "10^8m3", "1e8m3", "100millionm3", "亿立方米");
        volume(1e9, "bcm", "10^9m3", "1e9m3", "billionm3");
        energy(1e-3, "MJ");
        energy(1, "GJ", "10^6 kJ", "10^6kj", "1e6kj", "百万千焦");
        // China's energy balance gives heat in 10^10 kJ (百亿千焦, = 10^4 × 10^6 kJ, 万百万千焦) = 10^4 GJ
        energy(1e4, "10^10 kJ", "10^10kj", "1e10kj", "百亿千焦", "万百万千焦");
        energy(1e3, "TJ");
        energy(1e6, "PJ");
        energy(GJ_PER_TCE / 1000, "kgce");
        energy(GJ_PER_TCE, "tce", "吨标准煤");
        energy(GJ_PER_TCE * 1e4, "10ktce", "10^4tce", "1e4tce", "万吨标准煤");
        energy(GJ_PER_TCE * 1e6, "Mtce", "10^6tce", "1e6tce");
        energy(GJ_PER_KWH, "kWh", "度");
        energy(GJ_PER_KWH * 1e3, "MWh");
        energy(GJ_PER_KWH * 1e6, "GWh");
        energy(GJ_PER_KWH * 1e9, "TWh");
        energy(GJ_PER_KWH * 1e4, "10k kWh", "10kkwh", "10^4kwh", "1e4kwh", "万千瓦时");
        energy(GJ_PER_KWH * 1e8, "100m kWh", "100mkwh", "10^8kwh", "1e8kwh", "亿千瓦时");
    }

    private Units() {
    }

    private static void mass(double f, String name, String... aliases) {
        add(Dimension.MASS, f, name, aliases);
    }

    private static void volume(double f, String name, String... aliases) {
        add(Dimension.VOLUME, f, name, aliases);
    }

    private static void energy(double f, String name, String... aliases) {
        add(Dimension.ENERGY, f, name, aliases);
    }

    private static void add(Dimension d, double f, String name, String... aliases) {
        Unit u = new Unit(name, d, f);
        UNITS.put(key(name), u);
        for (String a : aliases) {
            UNITS.put(key(a), u);
        }
    }

    private static String key(String s) {
        // case-insensitive: no two accepted units differ only in case (M for mega only appears before t, tce or m3)
        return s.replace("³", "3").replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The unit spelled {@code text}, or {@code null} if it is not known. */
    public static Unit find(String text) {
        if (text == null) {
            return null;
        }
        return UNITS.get(key(text.strip()));
    }

    /** The canonical spellings of every unit, for messages. */
    public static List<String> names() {
        return UNITS.values().stream().map(Unit::name).distinct().toList();
    }

    /**
     * The unit a column name ends with, for {@code fuel.<fuel>=column} without an explicit unit: {@code _t},
     * {@code _kt}, {@code _10kt}, {@code _mt}, {@code _m3}, {@code _10k_m3}, {@code _100m_m3}, {@code _tj}, {@code _gj},
     * {@code _tce}, {@code _10ktce}, {@code _kwh}, {@code _100m_kwh}, ... (the part after the fuel name). Returns
     * {@code null} when the name ends in no known unit.
     */
    public static Unit fromColumnName(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        // try the longest suffix first: "_100m_m3" before "_m3"
        String[] parts = c.split("_");
        for (int from = 1; from < parts.length; from++) {
            String suffix = String.join("", java.util.Arrays.copyOfRange(parts, from, parts.length));
            Unit u = UNITS.get(suffix);
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}

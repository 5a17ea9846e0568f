package org.carbonlab.spatial.numerics.weights;

/**
 * How the distance between two points is measured. Points are given as two coordinate arrays {@code a}, {@code b}:
 * projected x and y for {@link #EUCLIDEAN}, latitude and longitude in degrees for {@link #GREAT_CIRCLE}.
 */
public enum Metric {
    /** Straight-line distance on projected coordinates, in their unit. */
    EUCLIDEAN {
        @Override
        public double distance(double[] a, double[] b, int i, int j) {
            return Math.hypot(a[i] - a[j], b[i] - b[j]);
        }
    },
    /** Haversine great-circle distance in km on a sphere of radius {@value #EARTH_RADIUS_KM} (IUGG mean radius). */
    GREAT_CIRCLE {
        @Override
        public double distance(double[] a, double[] b, int i, int j) {
            double lat1 = Math.toRadians(a[i]);
            double lat2 = Math.toRadians(a[j]);
            double sinLat = Math.sin((lat2 - lat1) / 2);
            double sinLon = Math.sin(Math.toRadians(b[j] - b[i]) / 2);
            double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
            // min(1, h) guards antipodal rounding; asin of √h is the half central angle
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
        }
    };

    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** The distance between points i and j. */
    public abstract double distance(double[] a, double[] b, int i, int j);
}

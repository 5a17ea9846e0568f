import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.PanelFrame;
import org.carbonlab.core.estimator.EstimationContext;
import org.carbonlab.core.result.Result;
import org.carbonlab.panel.estimators.GmmEstimator;

/**
 * In-process timing of panel.gmm (the estimator's estimate() only, as provenance.elapsed_ms measures it) in a warm
 * JVM: 20 warm-up runs (so that the JIT has compiled the loops), then the median of 7. Run by benchmarks/gmm.sh with the product's plug-in jars on the class
 * path: java -cp "PRODUCT/plugins/*" benchmarks/GmmBench.java DATA.csv COLLAPSE
 */
public class GmmBench {
    public static void main(String[] args) {
        PanelFrame data = DataReader.readPanel(Path.of(args[0]), null, "id", "year");
        Map<String, String> p = new LinkedHashMap<>();
        p.put("formula", "y ~ lag(y, 1) + x");
        p.put("gmm", "lag(y, 2:.); lag(x, 2:.)");
        p.put("iv", "none");
        p.put("transformation", "system");
        p.put("steps", "twostep");
        p.put("effect", "twoways");
        p.put("collapse", args[1]);
        GmmEstimator e = new GmmEstimator();
        EstimationContext context = EstimationContext.of(data, e.parameters().resolve(p));
        double[] ms = new double[7];
        Result r = null;
        for (int i = 0; i < 20 + ms.length; i++) {
            long start = System.nanoTime();
            r = e.estimate(context);
            if (i >= 20) {
                ms[i - 20] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%.0f %s%n", ms[ms.length / 2], r.statistic("n_instruments"));
    }
}

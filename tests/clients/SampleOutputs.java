import java.nio.file.Files;
import java.nio.file.Path;

import org.carbonlab.core.report.ReportFormat;
import org.carbonlab.core.report.ResultRenderer;
import org.carbonlab.core.result.Coefficient;
import org.carbonlab.core.result.DataSummary;
import org.carbonlab.core.result.Result;
import org.carbonlab.core.result.TestResult;

/**
 * Writes one regression result in every output format (for verify.sh, which opens them in real clients). Run with
 * core's classes on the class path: java -cp CLASSES SampleOutputs.java OUTDIR
 */
public class SampleOutputs {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Result r = new Result("panel.fe").estimatorVersion("1.0.0");
        r.parameters().put("formula", "inv ~ value + capital");
        r.data(new DataSummary("grunfeld.csv", "abc", 200, 10, 20, true));
        r.addCoefficient(new Coefficient("value", 0.11012380412071845, 0.0151944939427174, 7.2476, 4.8e-5, 0.07, 0.14));
        r.addCoefficient(new Coefficient("capital", 0.31003, 0.01730, 17.92, 1e-40, 0.276, 0.344));
        r.addCoefficient(new Coefficient("(Intercept)", -58.74, 27.6, -2.13, 0.062, -121.2, 3.7));
        r.statistic("n_obs", 200).statistic("r2_within", 0.7667575837481404).statistic("effect", "individual");
        r.addTest(TestResult.f("f_effects", 49.17, 9, 188, 8.7e-45));
        r.warn("an example warning with a long text that must wrap inside the page rather than run off its edge");
        ResultRenderer renderer = new ResultRenderer();
        Files.write(out.resolve("result.docx"), renderer.renderDocx(r));
        Files.writeString(out.resolve("result.md"), renderer.render(r, ReportFormat.MARKDOWN));
        Files.writeString(out.resolve("result.tex"), renderer.render(r, ReportFormat.LATEX));
        Files.writeString(out.resolve("result.html"), renderer.render(r, ReportFormat.HTML));
        Files.writeString(out.resolve("result.csv"), renderer.render(r, ReportFormat.CSV));
    }
}

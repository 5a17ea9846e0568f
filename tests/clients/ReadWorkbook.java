import java.nio.file.Path;

import org.carbonlab.core.data.DataReader;
import org.carbonlab.core.data.RawTable;
import org.carbonlab.core.errors.InputException;

/** Prints what CarbonLab reads from a workbook (header, first rows, notes) or the error, for verify.sh. */
public class ReadWorkbook {
    public static void main(String[] args) {
        try {
            RawTable t = DataReader.read(Path.of(args[0]), args.length > 1 ? args[1] : null);
            System.out.println("columns: " + t.columnNames());
            for (int r = 0; r < Math.min(3, t.rows()); r++) {
                System.out.println("row " + t.line(r) + ": " + t.row(r));
            }
            t.notes().forEach(n -> System.out.println("note: " + n));
        } catch (InputException e) {
            e.problems().forEach(p -> System.out.println("error: " + p));
        }
    }
}

package org.policygraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.policygraph.Config;
import org.policygraph.export.BoardWorkbook;
import org.policygraph.export.TableFormat;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.read.BoardRow;
import org.policygraph.graph.read.BoardView;
import org.policygraph.graph.read.ProgressBoard;
import org.policygraph.web.BoardJson;

/** {@code export --progress}: the 督办 board on stdout, as XLSX (as GET /api/progress.xlsx) or JSON lines. */
final class BoardExport {
    private BoardExport() {
    }

    static int write(Wiring wiring, TableFormat format, org.policygraph.graph.read.BoardFilter filter) {
        if (format == TableFormat.CSV) {
            throw new IllegalArgumentException("The progress board is exported as xlsx or jsonl, not csv");
        }
        try (Neo4jStore store = wiring.openStore(Config.fromEnv())) {
            BoardView view = new ProgressBoard(store).board(filter);
            BufferedOutputStream out = new BufferedOutputStream(System.out);
            if (format == TableFormat.XLSX) {
                BoardWorkbook.write(view, out);
            } else {
                ObjectMapper json = new ObjectMapper();
                for (BoardRow row : view.rows()) {
                    out.write(json.writeValueAsString(BoardJson.row(row)).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
            out.flush();
            System.err.printf("Exported %d task(s) of the board as of %s%n", view.rows().size(), filter.asOf());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the board: " + e.getMessage(), e);
        }
    }
}

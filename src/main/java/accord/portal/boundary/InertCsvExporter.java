package accord.portal.boundary;

import accord.platform.control.TableExport;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * Every table's CSV export (p:dataExporter type="csv": the complaint register, nominations,
 * reports) with the cells a spreadsheet would run as formulas quoted, as the portal's own files
 * are (TableExport.inert). PrimeFaces writes what the page shows as is.
 */
public class InertCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(value == null ? null : TableExport.inert(value));
    }

    /**
     * Puts this exporter in PrimeFaces' place for "csv", once, at the first request: PrimeFaces'
     * application context cannot be made while the application is still starting.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean DONE = new AtomicBoolean();

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!DONE.get() && DONE.compareAndSet(false, true)) {
                DataExporters.register(DataTable.class, InertCsvExporter.class, "csv");
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // nothing after
        }
    }
}

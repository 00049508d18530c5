package accord.promotion.boundary;

import accord.promotion.control.NominationDetails;
import accord.promotion.control.NominationRegister;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The nominations the signed-in person may see (/promotions/index.xhtml), with a CSV/XLSX export of the same rows. */
@Named
@ViewScoped
public class NominationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row: number, nominee, their department, the grades, who nominated, status, when. */
    public record Row(String number, String nominee, String department, String fromGrade, String toGrade, String nominator,
            String status, Instant submittedAt) implements Serializable {
    }

    @Inject
    CurrentPerson me;

    @Inject
    NominationRegister register;

    @Inject
    NominationDetails details;

    @Inject
    accord.organisation.control.Directory directory;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = register.visible(me.actor(), null, null).stream().map(n -> new Row(n.getNumber(), n.getNominee().displayName(),
                    n.getNominee().department().name(me.getLocale()), details.grade(n.getFromGrade(), me.getLocale()),
                    details.grade(n.getToGrade(), me.getLocale()), directory.displayName(n.getNominator()),
                    accord.platform.control.Text.of("promotion.status." + n.getStatus().name()), n.getSubmittedAt())).toList();
        }
        return rows;
    }
}

package accord.grading.boundary;

import accord.grading.control.GradeLadder;
import accord.grading.control.RecordAccess;
import accord.grading.entity.Grade;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Messages;

/** The grade ladder (/people/grades.xhtml): everyone reads it; HR edits a grade's names and requirements. */
@Named
@ViewScoped
public class GradeLadderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A grade as edited on the page. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final int level;
        private String nameZh;
        private String nameEn;
        private Integer months;
        private BigDecimal attainment;
        private BigDecimal satisfaction;

        Row(Grade g) {
            code = g.getCode();
            level = g.getLevel();
            nameZh = g.getNameZh();
            nameEn = g.getNameEn();
            months = g.getMonthsInGrade();
            attainment = g.getMinAttainment();
            satisfaction = g.getMinSatisfaction();
        }

        public String getCode() { return code; }
        public int getLevel() { return level; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Integer getMonths() { return months; }
        public void setMonths(Integer months) { this.months = months; }
        public BigDecimal getAttainment() { return attainment; }
        public void setAttainment(BigDecimal attainment) { this.attainment = attainment; }
        public BigDecimal getSatisfaction() { return satisfaction; }
        public void setSatisfaction(BigDecimal satisfaction) { this.satisfaction = satisfaction; }
    }

    @Inject
    CurrentPerson me;

    @Inject
    GradeLadder ladder;

    @Inject
    GradeLadderKeeper keeper;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = ladder.all().stream().map(Row::new).toList();
        }
        return rows;
    }

    /** A field's name for a screen reader: the column alone does not say which grade's row it is in. */
    public String labelOf(String fieldKey, Row row) {
        return Text.of("grades.field", Text.of(fieldKey), row.getLevel());
    }

    public boolean isEditable() {
        return RecordAccess.mayKeepLadder(me.actor());
    }

    public void save(Row row) {
        try {
            keeper.update(me.actor(), row.getCode(), new GradeLadderKeeper.Requirements(row.getNameZh(), row.getNameEn(),
                    row.getMonths(), row.getAttainment(), row.getSatisfaction()));
            Messages.addGlobalInfo(Text.of("grades.saved", row.getNameEn()));
        } catch (GradeLadderKeeper.LadderRefused refused) {
            Messages.addGlobalError(Text.of(refused.messageKey(), refused.arguments()));
        }
    }
}

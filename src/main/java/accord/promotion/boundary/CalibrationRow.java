package accord.promotion.boundary;

import accord.promotion.entity.NominationStatus;
import java.io.Serializable;

/** A nomination as a row, with HR's choice when it waits for HR. */
public class CalibrationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String number;
    private final String nominee;
    private final String department;
    private final String toGrade;
    private final String nominator;
    private final Integer quartile;
    private final String attainment;
    private final NominationStatus status;
    private final String hrTaskId;
    private boolean selected;
    private PromotionSteps.HrDecision decision = PromotionSteps.HrDecision.APPROVE;
    private String reason;

    CalibrationRow(String number, String nominee, String department, String toGrade, String nominator, Integer quartile,
            String attainment, NominationStatus status, String hrTaskId) {
        this.number = number;
        this.nominee = nominee;
        this.department = department;
        this.toGrade = toGrade;
        this.nominator = nominator;
        this.quartile = quartile;
        this.attainment = attainment;
        this.status = status;
        this.hrTaskId = hrTaskId;
    }

    public String getNumber() { return number; }
    public String getNominee() { return nominee; }
    public String getDepartment() { return department; }
    public String getToGrade() { return toGrade; }
    public String getNominator() { return nominator; }
    public Integer getQuartile() { return quartile; }
    public String getAttainment() { return attainment; }
    public NominationStatus getStatus() { return status; }
    public String getHrTaskId() { return hrTaskId; }
    public boolean isSelected() { return selected; }
    public void setSelected(boolean selected) { this.selected = selected; }
    public PromotionSteps.HrDecision getDecision() { return decision; }
    public void setDecision(PromotionSteps.HrDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

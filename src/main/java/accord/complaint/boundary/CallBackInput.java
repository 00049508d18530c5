package accord.complaint.boundary;

import java.io.Serializable;

/** The call-back as typed: did the customer accept, how satisfied, and in their words. */
public class CallBackInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean accepted;
    private Integer satisfaction;
    private String customerWords;

    ComplaintSteps.CallBack callBack() {
        return new ComplaintSteps.CallBack(accepted, satisfaction, customerWords);
    }

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getCustomerWords() {
        return customerWords;
    }

    public void setCustomerWords(String customerWords) {
        this.customerWords = customerWords;
    }
}

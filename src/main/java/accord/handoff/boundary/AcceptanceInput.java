package accord.handoff.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The requester's acceptance as typed: accepted with every criterion ticked and a rating, or sent back. */
public class AcceptanceInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean accepted = true;
    private List<String> ticked = new ArrayList<>();
    private Integer rating;

    HandoffSteps.Acceptance acceptance(String reason) {
        return new HandoffSteps.Acceptance(accepted, ticked == null ? 0 : ticked.size(), rating, reason);
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public List<String> getTicked() {
        return ticked;
    }

    public void setTicked(List<String> ticked) {
        this.ticked = ticked;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }
}

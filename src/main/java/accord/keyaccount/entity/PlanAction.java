package accord.keyaccount.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One action of an account plan: what is to be done, who does it (our side or the client's) and by when. */
@Embeddable
public class PlanAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 500)
    private String what;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    protected PlanAction() {
        // for JPA
    }

    public PlanAction(String what, String owner, LocalDate due) {
        this.what = Objects.requireNonNull(what);
        this.owner = Objects.requireNonNull(owner);
        this.due = Objects.requireNonNull(due);
    }

    public String getWhat() {
        return what;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }
}

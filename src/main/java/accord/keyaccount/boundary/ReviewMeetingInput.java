package accord.keyaccount.boundary;

import accord.keyaccount.entity.AccountReview;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The review's "schedule" step as typed: when (in the person's zone) and where, who comes and the
 * agenda. Pre-filled with the account's decision makers and the checklist of a review meeting.
 */
public class ReviewMeetingInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDateTime meetingAt;
    private String place;
    private String attendees;
    private String agenda;

    /** Asks for the account's decision makers only when no attendees are stored yet. */
    void fill(AccountReview r, Supplier<List<String>> decisionMakers, String checklist, ZoneId zone) {
        place = r.getMeetingPlace();
        attendees = r.getAttendees() != null ? r.getAttendees() : String.join("\n", decisionMakers.get());
        agenda = r.getAgenda() != null ? r.getAgenda() : checklist;
        meetingAt = r.getMeetingAt() == null ? null : LocalDateTime.ofInstant(r.getMeetingAt(), zone);
    }

    /** The meeting's moment: typed in the person's zone. */
    Instant at(ZoneId zone) {
        return meetingAt == null ? null : meetingAt.atZone(zone).toInstant();
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}

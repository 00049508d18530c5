package accord.intake.boundary;

import accord.complaint.entity.Complaint;
import accord.customer.boundary.CustomerChoice;
import accord.platform.boundary.RefusalMessages;
import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import accord.security.boundary.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * Customer service's list of mails from senders no customer's contact matches: each shown with its
 * text and files; the agent picks the customer (the mail becomes a complaint to triage) or sets it
 * aside with a note.
 */
@Named
@ViewScoped
public class MailsToMatchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentPerson me;

    @Inject
    InboundMails mails;

    private List<InboundMails.Waiting> waiting;
    private final Map<Long, CustomerChoice> customers = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = mails.waiting(me.actor());
    }

    public void register(long mailId, int row) {
        CustomerChoice customer = customers.get(mailId);
        try {
            Complaint complaint = mails.register(me.actor(), mailId, customer == null ? null : customer.id());
            Messages.addGlobalInfo(Text.of("intake.registered", complaint.getNumber()));
            load();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formOf(row), refused);
        }
    }

    public void dismiss(long mailId, int row) {
        try {
            mails.dismiss(me.actor(), mailId, notes.get(mailId));
            Messages.addGlobalInfo(Text.of("intake.dismissed"));
            load();
        } catch (FieldRefused refused) {
            RefusalMessages.sayBeside(formOf(row), refused);
        }
    }

    private static String formOf(int row) {
        return "mails:" + row + ":mail-form";
    }

    public String receivedAt(InboundMails.Waiting mail) {
        return me.dateTime(mail.receivedAt());
    }

    public List<InboundMails.Waiting> getWaiting() {
        return waiting;
    }

    public Map<Long, CustomerChoice> getCustomers() {
        return customers;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}

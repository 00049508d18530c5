package accord.customer.boundary;

import accord.customer.control.AccountAccess;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.platform.control.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer's contact people: everyone sees them, the account manager adds and removes them. */
@Named
@ViewScoped
public class ContactsCard extends CustomerCard {

    private static final long serialVersionUID = 1L;

    /** A contact person as the card lists them. */
    public record Person(long id, String name, String title, String phone, String email, boolean decisionMaker)
            implements Serializable {
    }

    @Inject
    Contacts contacts;

    private boolean editable;
    private List<Person> people = List.of();
    private String name;
    private String title;
    private String phone;
    private String email;
    private boolean decides;

    @Override
    protected void read(Customer customer, Actor actor) {
        editable = AccountAccess.mayEdit(actor, customer);
        people = contacts.of(customer.id()).stream()
                .map(p -> new Person(p.getId(), p.getName(), p.getTitle(), p.getPhone(), p.getEmail(), p.isDecisionMaker()))
                .toList();
    }

    public String add() {
        return change("contact", () -> {
            contacts.add(me.actor(), customerId(), new Contacts.NewContact(name, title, phone, email, decides));
            return Text.of("contacts.added", name);
        });
    }

    public String remove(long contactId) {
        return change("contacts-list", () -> {
            contacts.remove(me.actor(), contactId);
            return null;
        });
    }

    /** May this person keep the contacts (the account manager)? */
    public boolean isEditable() {
        return editable;
    }

    public List<Person> getPeople() {
        return people;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDecides() {
        return decides;
    }

    public void setDecides(boolean decides) {
        this.decides = decides;
    }
}

package accord.customer.boundary;

import static accord.platform.control.Input.blank;
import static accord.platform.control.Input.stripped;

import accord.customer.control.AccountAccess;
import accord.customer.control.CustomerRefused;
import accord.customer.entity.Contact;
import accord.customer.entity.Customer;
import accord.organisation.control.Actor;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.FieldRules;
import accord.platform.control.MailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A customer's contact people: listed for everyone, kept by the account manager. Each change in one transaction. */
@ApplicationScoped
@Transactional
public class Contacts {


    /** A contact person as typed: a name, and a phone number or an email (components named as the form's fields). */
    public record NewContact(
            @NotBlank(message = "contacts.refused.name") @Size(max = 100, message = "contacts.refused.name") String contactName,
            @Size(max = 100, message = "contacts.refused.title") String contactTitle,
            @Size(max = 40, message = "contacts.refused.format") String contactPhone,
            @Size(max = 120, message = "contacts.refused.format") @MailAddress(message = "contacts.refused.format") String contactEmail,
            boolean decisionMaker) {

        /** Stored as typed, less the spaces around it; blank is nothing. */
        public NewContact {
            contactName = stripped(contactName);
            contactTitle = stripped(contactTitle);
            contactPhone = stripped(contactPhone);
            contactEmail = stripped(contactEmail);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Decision makers first, then by name. */
    public List<Contact> of(long customerId) {
        return em.createQuery("select p from Contact p where p.customer.id = :id order by p.decisionMaker desc, p.name",
                Contact.class).setParameter("id", customerId).getResultList();
    }

    /** The account manager records a contact person of the customer. */
    public Contact add(Actor actor, long customerId, NewContact contact) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new CustomerRefused(null, "figures.refused.noCustomer");
        }
        if (!AccountAccess.mayEdit(actor, customer)) {
            throw denied(actor, customer);
        }
        FieldRules.check(contact, CustomerRefused::new);
        FieldRules.require(!blank(contact.contactPhone()) || !blank(contact.contactEmail()), "contactPhone", "contacts.refused.reach",
                CustomerRefused::new);
        Contact created = new Contact(customer, contact.contactName(), contact.contactTitle(), contact.contactPhone(),
                contact.contactEmail(), contact.decisionMaker());
        em.persist(created);
        return created;
    }

    /** The account manager removes a contact person who left. */
    public void remove(Actor actor, long contactId) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            return;
        }
        if (!AccountAccess.mayEdit(actor, contact.getCustomer())) {
            throw denied(actor, contact.getCustomer());
        }
        em.remove(contact);
    }

    /** Refused, logged and recorded: the customer is not this person's to keep. */
    private static CustomerRefused denied(Actor actor, Customer customer) {
        AccessRefusals.record(actor.login(), AuditWording.of("audit.act.keepContacts", customer.code()), "figures.refused.notAccountManager");
        return new CustomerRefused(null, "figures.refused.notAccountManager");
    }
}

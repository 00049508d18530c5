package accord.audit.boundary;

import accord.platform.control.AuditTrail;
import accord.platform.entity.AuditAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A confidential list's export button ({@code p:dataExporter}) writes its line of the audit trail
 * through this: {@code actionListener="#{exports.record('nominations', 'csv')}"}. Pages that make
 * their files in Java write the line themselves.
 */
@Named
@RequestScoped
public class Exports {

    @Inject
    AuditTrail trail;

    public void record(String list, String format) {
        trail.record(AuditAction.EXPORTED, list, format);
    }
}

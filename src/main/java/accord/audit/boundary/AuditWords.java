package accord.audit.boundary;

import accord.platform.control.AuditWording;
import accord.platform.control.Text;
import accord.platform.entity.AuditAction;
import accord.platform.entity.AuditEntry;

/**
 * A line of the audit trail in its reader's language: what the portal wrote as words
 * ({@link AuditWording}) is said in the reader's words, what people typed and what names things
 * (numbers, logins, codes) as it was stored.
 */
final class AuditWords {

    private AuditWords() {
    }

    static String subject(AuditEntry entry) {
        String subject = entry.getSubject();
        // An export names its list by the list's id ("customers", "attainment 2026"): said as the list's name.
        if (entry.getAction() == AuditAction.EXPORTED && subject != null) {
            String list = subject.split(" ", 2)[0];
            if (Text.has("audit.list." + list)) {
                return Text.of("audit.list." + list) + subject.substring(list.length());
            }
        }
        return AuditWording.read(subject);
    }

    static String detail(AuditEntry entry) {
        String detail = entry.getDetail();
        // A refusal written before its reason was kept as words: the bare message key.
        if (entry.getAction() == AuditAction.ACCESS_REFUSED && detail != null && detail.matches("[a-zA-Z]+(\\.[a-zA-Z]+)+")
                && Text.has(detail)) {
            return new AuditWording(detail, java.util.List.of()).said();
        }
        return AuditWording.read(detail);
    }
}

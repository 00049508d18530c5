package accord.platform.boundary;

import accord.platform.control.FieldRefused;
import accord.platform.control.Text;
import org.omnifaces.util.Messages;

/** How every page says a refusal: beside the field it names (in that h:form), else at the top, in the person's words. */
public final class RefusalMessages {

    private RefusalMessages() {
    }

    public static void sayBeside(String formId, FieldRefused refused) {
        Messages.addError(refused.field() == null ? null : formId + ":" + refused.field(),
                Text.of(refused.messageKey(), refused.arguments()));
    }
}

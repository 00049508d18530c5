package accord.proposal.control;

import accord.platform.control.FieldRefused;

/** A customer proposal or one of its steps refused: the bundle key, and the form field at fault if any. */
public class ProposalRefused extends FieldRefused {

    private static final long serialVersionUID = 1L;

    public ProposalRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}

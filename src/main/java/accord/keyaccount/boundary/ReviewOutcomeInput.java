package accord.keyaccount.boundary;

import accord.customer.entity.Tier;
import accord.keyaccount.entity.AccountReview;
import accord.keyaccount.entity.TierProposal;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The review's "record the outcome" step as typed: the customer's feedback and satisfaction, what
 * came of the meeting, the target agreed (the plan's total until changed) and the tier proposal.
 */
public class ReviewOutcomeInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String feedback;
    private Integer satisfaction;
    private String opportunities;
    private String productsIntroduced;
    private boolean referralAsked;
    private boolean referralReceived;
    private BigDecimal agreedTarget;
    private TierProposal proposal = TierProposal.KEEP;
    private Tier proposedTier;
    private String lostReason;

    void fill(AccountReview r) {
        agreedTarget = r.plannedTotal();
        if (r.getTierProposal() != null) {
            feedback = r.getFeedback();
            satisfaction = r.getSatisfaction();
            opportunities = r.getOpportunities();
            productsIntroduced = r.getProductsIntroduced();
            referralAsked = Boolean.TRUE.equals(r.getReferralAsked());
            referralReceived = Boolean.TRUE.equals(r.getReferralReceived());
            agreedTarget = r.getAgreedTarget();
            proposal = r.getTierProposal();
            proposedTier = r.getProposedTier();
            lostReason = r.getLostReason();
        }
    }

    AccountReview.Outcome outcome() {
        return new AccountReview.Outcome(feedback, satisfaction, opportunities, productsIntroduced, referralAsked,
                referralReceived, agreedTarget, proposal, proposedTier, lostReason);
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public void setOpportunities(String opportunities) {
        this.opportunities = opportunities;
    }

    public String getProductsIntroduced() {
        return productsIntroduced;
    }

    public void setProductsIntroduced(String productsIntroduced) {
        this.productsIntroduced = productsIntroduced;
    }

    public boolean isReferralAsked() {
        return referralAsked;
    }

    public void setReferralAsked(boolean referralAsked) {
        this.referralAsked = referralAsked;
    }

    public boolean isReferralReceived() {
        return referralReceived;
    }

    public void setReferralReceived(boolean referralReceived) {
        this.referralReceived = referralReceived;
    }

    public BigDecimal getAgreedTarget() {
        return agreedTarget;
    }

    public void setAgreedTarget(BigDecimal agreedTarget) {
        this.agreedTarget = agreedTarget;
    }

    public TierProposal getProposal() {
        return proposal;
    }

    public void setProposal(TierProposal proposal) {
        this.proposal = proposal;
    }

    public Tier getProposedTier() {
        return proposedTier;
    }

    public void setProposedTier(Tier proposedTier) {
        this.proposedTier = proposedTier;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }
}

/**
 * Promotion approvals (issue 7): a manager nominates a member of their team for a higher grade
 * with an assessment; the evidence is frozen at submission; the process
 * (workflows/promotion-approval.bpmn20.xml) checks eligibility (workflows/promotion-eligibility.dmn),
 * goes through HR, the head and, where workflows/promotion-approval-chain.dmn says so, the sales
 * director, and changes the grade on the effective day through the grading component. Nominations
 * are confidential: nominator, approvers in the chain, HR and ADMIN see them; the nominee only
 * the outcome.
 */
package accord.promotion;

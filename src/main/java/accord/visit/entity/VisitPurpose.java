package accord.visit.entity;

/** Why a rep went: to keep the relationship, learn the customer's needs, present, negotiate, serve, collect payment. */
public enum VisitPurpose {
    RELATIONSHIP, NEEDS, PRESENTATION, NEGOTIATION, SERVICE, PAYMENT, OTHER
}

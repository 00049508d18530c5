package accord.visit.entity;

/** A visit planned, done, or planned and not done. */
public enum VisitStatus {
    PLANNED, DONE, MISSED
}

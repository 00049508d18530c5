package accord.platform.entity;

/** What an audit line records. Its name is stored; the Audit page reads it as {@code audit.action.NAME}. */
public enum AuditAction {
    SIGNED_IN,
    SIGNED_OUT,
    SIGN_IN_FAILED,
    ACCESS_REFUSED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    PASSWORD_RESET,
    PERSON_DEACTIVATED,
    PERSON_LEFT,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED,
    EXPORTED,
    TASK_REASSIGNED,
    CASE_SUSPENDED,
    CASE_RESUMED,
    CASE_CANCELLED,
    TIMER_MOVED,
    JOB_RETRIED,
    JOB_CANCELLED,
    CASES_MIGRATED,
    RULE_EDITED,
    RULE_RESTORED
}

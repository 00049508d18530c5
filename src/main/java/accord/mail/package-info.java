/**
 * Mail: what to tell whom is written to an outbox in the transaction of the step that causes it
 * ({@code Outbox}), in the recipient's language, and sent over SMTP after commit with retries
 * ({@code MailSender}); administrators read it on the outbox page. With no SMTP host configured,
 * mails stay in the outbox, marked as not sent.
 */
package accord.mail;

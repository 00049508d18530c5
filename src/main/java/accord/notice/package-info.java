/**
 * Notices: a line in the portal for one person (what happened, a link to it), shown on their home
 * page until they mark it read. Workflows tell people through {@code Notices.tell}; the text is a
 * message key with arguments, so each reader sees it in their own language.
 */
package accord.notice;

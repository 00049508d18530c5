/**
 * Sign-in against the organisation directory: the portal's own login page (Jakarta Security
 * custom form), PBKDF2 password hashes, slowing down repeated failures per account, the session
 * of the signed-in person (their language), and sign-out.
 */
package accord.security;

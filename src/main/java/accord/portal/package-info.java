/**
 * The portal shell: the layout every page shares (top bar, role-aware side menu, breadcrumb,
 * messages), the home page with the person's open work, and error pages.
 */
package accord.portal;

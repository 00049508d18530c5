/**
 * The REST API (Jakarta REST + JSON-B, documented at /openapi): other systems file complaints and
 * read them, tools and scripts work the inbox; callers are API tokens acting as their owners, with
 * the same rules as the pages; every error an RFC 9457 problem.
 */
package accord.api;

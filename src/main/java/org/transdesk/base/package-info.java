/**
 * The frame every view sits in (main layout, navigation, demo marker), the small shared
 * exception type whose message is written for an editor, safe reading of uploaded XML, the one
 * writer of RFC 9457 problem documents for the REST API, and the embedded H2 database's statement cache.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package org.transdesk.base;

/**
 * The frame every view sits in (main layout, navigation, demo marker) and the small shared
 * exception type whose message is written for an editor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package org.transdesk.base;

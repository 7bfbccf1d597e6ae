/**
 * The article screens (import, duplicates) and {@link org.transdesk.article.ui.OutputNames}, the one naming of outputs
 * on screen that the workbench, the library and the export screens share.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.transdesk.article.ui;

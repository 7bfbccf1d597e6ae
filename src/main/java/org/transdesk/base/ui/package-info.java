/**
 * Screen pieces every feature's views share: the main layout, one place that turns a failed action
 * into a sentence ({@link org.transdesk.base.ui.Failures}), messages shown where the editor is looking
 * ({@link org.transdesk.base.ui.InlineMessage}), confirmation toasts and worker-thread updates of a
 * screen ({@link org.transdesk.base.ui.UiUpdates}).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.transdesk.base.ui;

/**
 * QA findings as the screens say them: in the screen's language, check names included. Open to the
 * features whose screens show findings (the workbench).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.transdesk.qa.ui;

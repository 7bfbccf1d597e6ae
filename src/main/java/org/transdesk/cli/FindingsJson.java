package org.transdesk.cli;

import java.util.List;
import org.transdesk.qa.QaFinding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** QA findings as JSON: {@code check, severity (lower case), message, segment, start, end}. */
final class FindingsJson {

    private FindingsJson() {
    }

    static ArrayNode of(List<QaFinding> findings) {
        ArrayNode list = JsonRows.JSON.createArrayNode();
        for (QaFinding f : findings) {
            ObjectNode finding = list.addObject();
            finding.put("check", f.check());
            finding.put("severity", f.severity().name().toLowerCase());
            finding.put("message", f.message());
            finding.put("segment", f.segment());
            finding.put("start", f.start());
            finding.put("end", f.end());
        }
        return list;
    }
}

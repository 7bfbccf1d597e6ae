package org.transdesk.llm;

import org.transdesk.base.UserFacingException;

public class GenerationCancelledException extends UserFacingException {

    public GenerationCancelledException() {
        super("Generation was cancelled; what was already produced is kept.");
    }
}

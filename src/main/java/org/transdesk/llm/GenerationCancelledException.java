package org.transdesk.llm;

import org.transdesk.base.UserFacingException;

public class GenerationCancelledException extends UserFacingException {

    public GenerationCancelledException() {
        super(org.transdesk.base.Phrase.of("refusal.generation.cancelled"));
    }
}

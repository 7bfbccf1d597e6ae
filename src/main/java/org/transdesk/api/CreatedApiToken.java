package org.transdesk.api;

/** The one moment the token's secret exists outside the caller's hands: show it once, never store or log it. */
public record CreatedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token + ", secret=***]";
    }
}

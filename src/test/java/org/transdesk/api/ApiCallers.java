package org.transdesk.api;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What most {@link ApiHttpTest}s start from: a client on the random port and an editor's and a reviewer's token. */
abstract class ApiCallers {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    ApiClient api;
    String editor;
    String reviewer;

    @BeforeAll
    void tokens() {
        api = new ApiClient(port);
        editor = ApiClient.token(tokens, "editor", "ROLE_EDITOR");
        reviewer = ApiClient.token(tokens, "reviewer", "ROLE_REVIEWER");
    }
}

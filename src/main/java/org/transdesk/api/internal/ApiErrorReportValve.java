package org.transdesk.api.internal;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.transdesk.base.ProblemDocuments;

/**
 * Tomcat's error page for requests it refuses before the application sees them (a NUL or an
 * encoded slash in the path, a malformed request line): a problem document for API addresses,
 * Tomcat's own page for the rest. Replaces the host's error report valve (see {@link ApiWebConfig}).
 */
class ApiErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith(ApiPaths.PREFIX) || response.getStatus() < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        try {
            response.setContentType(ProblemDocuments.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemDocuments.json(status, "The request was refused (" + status + " " + ProblemDocuments.title(status)
                        + "): check the address for characters an address cannot hold, such as an encoded slash or NUL.", uri, java.util.Map.of()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer began: nothing more to say
        }
    }
}

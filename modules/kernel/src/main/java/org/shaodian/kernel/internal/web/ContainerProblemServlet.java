package org.shaodian.kernel.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The error page for what the container refuses before the application sees the request (a 401
 * without credentials, a bearer token that Liberty's MP-JWT check refused): the same problem+json
 * as everything else (web.xml maps it).
 */
@WebServlet(urlPatterns = ContainerProblemServlet.PATH)
public class ContainerProblemServlet extends HttpServlet {

  public static final String PATH = "/problem";

  private static final long serialVersionUID = 1L;

  @Inject transient CurrentLanguage language;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status == HttpServletResponse.SC_UNAUTHORIZED && ProblemResponses.fromConsole(request)) {
      // replaces Liberty's Basic challenge, which would open the browser's own sign-in dialog
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    ProblemResponses.write(
        response,
        status == HttpServletResponse.SC_UNAUTHORIZED && hasBearerToken(request)
            ? Problem.tokenRefused()
            : ProblemResponses.fromStatus(status),
        language.get(),
        uri == null ? request.getRequestURI() : uri.toString());
  }

  /** A 401 for a request with a bearer token: Liberty's MP-JWT check refused the token. */
  private static boolean hasBearerToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length());
  }
}

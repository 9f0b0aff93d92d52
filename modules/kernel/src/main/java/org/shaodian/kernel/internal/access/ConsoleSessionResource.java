package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.internal.web.ConsoleSettings;

/**
 * The web console's session. The console signs in here with a registry user's name and password;
 * Liberty then keeps the user signed in with its single sign-on cookie ({@code HttpOnly}, {@code
 * SameSite=Strict}, {@code Secure} where HTTPS is required; server.xml), which the console's calls
 * to the rest of the API carry instead of credentials. State-changing calls must also carry the
 * {@code X-CSRF-Token} this answers with ({@link ConsoleCsrf}, checked by RequestGuard).
 * Integrations do not use this: they send Basic or Bearer credentials with every request.
 *
 * <p>Signing in is open (web.xml leaves this one address out of the API's security constraint);
 * reading and ending the session need the cookie.
 */
@Path("console/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kernel")
public class ConsoleSessionResource {

  @Context HttpServletRequest request;

  @Inject Access access;

  @Inject SignInThrottle throttle;

  @Inject Clock clock;

  @Inject ConsoleSettings settings;

  /** As long as Liberty's single sign-on token lives (server.xml: ltpa expiration). */
  @Inject
  @ConfigProperty(name = "shaodian.console.session-minutes", defaultValue = "720")
  long sessionMinutes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "signInToConsole",
      summary = "控制台登录 — sign the web console in",
      description =
          "Checks the user's name and password against the registry and answers with the session"
              + " cookie (HttpOnly, SameSite=Strict) and the X-CSRF-Token for state-changing calls."
              + " Five wrong passwords for a name within 15 minutes lock it out of signing in for"
              + " 15 minutes (429). For the web console only: integrations send credentials with"
              + " every request.")
  @APIResponse(responseCode = "200", description = "Signed in; Set-Cookie carries the session")
  @APIResponse(responseCode = "400", description = "Name or password missing or too long")
  @APIResponse(responseCode = "401", description = "Wrong name or password")
  @APIResponse(responseCode = "403", description = "The account has no jurisdiction")
  @APIResponse(responseCode = "429", description = "Too many wrong passwords for this name")
  public ConsoleSessionView signIn(@NotNull @Valid SignInForm form) {
    Instant now = clock.instant();
    String user = form.username().trim();
    Instant locked = throttle.lockedUntil(user, now);
    if (locked != null) {
      throw Problem.tooMany(
          Text.of(
              "密码错误次数过多,请于 " + ShaodianTime.at(locked).toLocalTime().withNano(0) + " 后再试",
              "Too many wrong passwords; try again after "
                  + ShaodianTime.at(locked).toLocalTime().withNano(0)
                  + " (China time)"));
    }
    try {
      if (request.getUserPrincipal() != null) {
        // a cookie (or credentials) from before: whoever signs in now replaces them
        request.logout();
      }
      request.login(user, form.password());
    } catch (ServletException e) {
      throttle.failed(user, now);
      throw Problem.wrongCredentials();
    }
    throttle.succeeded(user);
    try {
      return view(access.caller(), now);
    } catch (RuntimeException e) {
      // signed in but unusable (no jurisdiction): leave no session behind
      logOut();
      throw e;
    }
  }

  @GET
  @Operation(
      operationId = "getConsoleSession",
      summary = "当前会话 — who the console is signed in as",
      description = "With a fresh X-CSRF-Token (a page that reloads asks for one here).")
  @APIResponse(responseCode = "200", description = "The session")
  @APIResponse(responseCode = "401", description = "Not signed in, or the session has expired")
  @APIResponse(responseCode = "403", description = "The account has no jurisdiction")
  @KernelAccess(KernelPermission.REGION_READ)
  public ConsoleSessionView current() {
    return view(access.caller(), clock.instant());
  }

  @DELETE
  @Operation(
      operationId = "signOutOfConsole",
      summary = "退出控制台 — end the console's session",
      description =
          "Clears the session cookie; the token in it is refused from now on. Needs X-CSRF-Token.")
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "X-CSRF-Token missing or invalid")
  @KernelAccess(KernelPermission.REGION_READ)
  public void signOut() {
    logOut();
  }

  private ConsoleSessionView view(Caller caller, Instant now) {
    Duration lifetime = Duration.ofMinutes(sessionMinutes);
    return ConsoleSessionView.of(
        caller,
        ConsoleCsrf.issue(caller.name(), now, lifetime),
        now.plus(lifetime),
        settings.mapTiles().orElse(null));
  }

  private void logOut() {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("cannot end the console session", e);
    }
  }
}

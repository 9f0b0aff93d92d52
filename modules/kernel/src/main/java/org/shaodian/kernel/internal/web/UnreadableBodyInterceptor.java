package org.shaodian.kernel.internal.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A request body that cannot be read (malformed JSON, an unknown field, a value of the wrong type)
 * is the caller's 400. Caught here, where the body is read, so that a JSON failure while writing a
 * response stays what it is: our failure, a 500 with an incident id.
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException | JsonException | ProcessingException e) {
      throw Problem.unreadable(
          Text.of(
              "请求体不是合法的 JSON,或含有未知字段、类型不符的字段",
              "The body is not valid JSON, or has unknown fields or fields of the wrong type"));
    }
  }
}

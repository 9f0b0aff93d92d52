package org.shaodian.kernel.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;

/** The language of the current HTTP request: {@code lang=} first, then Accept-Language. */
@RequestScoped
public class RequestLanguage implements CurrentLanguage {

  @Inject HttpServletRequest request;

  private Language language;

  @Override
  public Language get() {
    if (language == null) {
      // without an Accept-Language header, getLocales() reports the server's locale: ignore it
      language =
          request.getHeader("Accept-Language") == null
              ? Language.choose(request.getParameter("lang"), null)
              : Language.choose(
                  request.getParameter("lang"), Collections.list(request.getLocales()));
    }
    return language;
  }
}

package org.shaodian.kernel.internal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.shaodian.kernel.api.i18n.CurrentLanguage;

/** Says in which language a response is written (zh-CN unless English was asked for). */
@Provider
public class ContentLanguageFilter implements ContainerResponseFilter {

  @Inject CurrentLanguage language;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response
        .getHeaders()
        .putSingle(HttpHeaders.CONTENT_LANGUAGE, language.get().locale().toLanguageTag());
  }
}

package org.shaodian.kernel.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.shaodian.kernel.api.i18n.Language;

/**
 * The language of the current HTTP request: {@code lang=} first, then Accept-Language. The header
 * is parsed here rather than by the container, so that a malformed one is ignored (Chinese) instead
 * of failing the request.
 */
@RequestScoped
public class RequestLanguage {

  /** {@code RequestDispatcher.ERROR_QUERY_STRING} of Servlet 6.1. */
  static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

  @Inject HttpServletRequest request;

  private Language language;

  Language get() {
    if (language == null) {
      language = choose(request);
    }
    return language;
  }

  /**
   * The language a request asks for, read from the raw query string and header: nothing here may
   * parse parameters, which fail on a malformed query.
   */
  static Language choose(HttpServletRequest request) {
    return Language.choose(lang(request), acceptable(request.getHeader("Accept-Language")));
  }

  private static String lang(HttpServletRequest request) {
    String query = query(request);
    if (query == null || !query.contains("lang=")) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("lang=")) {
        return pair.substring("lang=".length());
      }
    }
    return null;
  }

  /**
   * The query of the request as the client sent it: on an error page (a 401 from the container,
   * say) that of the refused request, which the container keeps in an attribute: the error one that
   * Servlet 6.1 names, or the forward one (JwtIT asks for English with lang=en on a 401).
   */
  private static String query(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      for (String attribute :
          new String[] {ERROR_QUERY_STRING, RequestDispatcher.FORWARD_QUERY_STRING}) {
        if (request.getAttribute(attribute) instanceof String original) {
          return original;
        }
      }
    }
    return request.getQueryString();
  }

  /** The languages of an Accept-Language header, most wanted first; none if it is malformed. */
  static List<Locale> acceptable(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
          .map(range -> Locale.forLanguageTag(range.getRange()))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }
}

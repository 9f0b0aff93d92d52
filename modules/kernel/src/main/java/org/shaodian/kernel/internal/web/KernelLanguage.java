package org.shaodian.kernel.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.internal.access.ThreadCallers;

/**
 * The language of whoever acts: background work speaks the language it captured ({@link
 * org.shaodian.kernel.api.access.Callers}), a request the one it asked for, anything else Chinese.
 */
@ApplicationScoped
public class KernelLanguage implements CurrentLanguage {

  @Inject Instance<RequestLanguage> request;

  @Override
  public Language get() {
    return ThreadCallers.actingLanguage().orElseGet(this::requestLanguage);
  }

  private Language requestLanguage() {
    try {
      return request.get().get();
    } catch (ContextNotActiveException outsideRequest) {
      return Language.ZH;
    }
  }
}

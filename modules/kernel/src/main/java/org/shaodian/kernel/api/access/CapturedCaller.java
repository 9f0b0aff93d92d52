package org.shaodian.kernel.api.access;

import java.util.Objects;
import org.shaodian.kernel.api.i18n.Language;

/**
 * A caller and their language, taken from a request (or made for scheduled work) so that work which
 * runs later on another thread acts, is checked and is audited as them ({@link Callers#runAs}).
 */
public record CapturedCaller(Caller caller, Language language) {

  public CapturedCaller {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(language, "language");
  }
}

package org.shaodian.kernel.api.i18n;

/** The language of the request being served (from {@code lang=} or Accept-Language). */
public interface CurrentLanguage {

  Language get();
}

package org.shaodian.kernel.api.problem;

import org.shaodian.kernel.api.i18n.Text;

/** One wrong field of a request, by its JSON name (or query parameter). */
public record FieldError(String field, Text message) {}

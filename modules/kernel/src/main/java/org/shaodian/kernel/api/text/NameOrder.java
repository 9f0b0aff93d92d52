package org.shaodian.kernel.api.text;

import java.text.Collator;
import java.util.Locale;

/**
 * The order Chinese users expect names in: by pinyin (阿明, 李官, 王五, 张三 …), Latin letters first. The
 * database cannot sort that way on its own (PostgreSQL only with an ICU collation, H2 not at all),
 * so each name is stored with its collation key, bytes that compare as the names should sort; lists
 * order by the key and an index serves that order. Keys come from the JDK's Chinese collator
 * (pinyin for the common characters of GB 2312, code-point order after them).
 */
public final class NameOrder {

  private static final ThreadLocal<Collator> COLLATOR =
      ThreadLocal.withInitial(() -> Collator.getInstance(Locale.CHINA));

  private NameOrder() {}

  /** The sort key of a name: compare keys as unsigned bytes, as the databases do. */
  public static byte[] key(String name) {
    return COLLATOR.get().getCollationKey(name).toByteArray();
  }
}

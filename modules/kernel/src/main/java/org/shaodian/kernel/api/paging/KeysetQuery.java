package org.shaodian.kernel.api.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.shaodian.kernel.api.access.JurisdictionScope;

/**
 * One page of a JPA entity list that costs a page, not a jurisdiction: the page after a cursor is a
 * range scan on the list's sort keys (keyset paging), page numbers skip at most {@link
 * PageRequest#MAX_OFFSET} rows, and the total is counted up to {@link Page#TOTAL_CAP} (a list found
 * past the cap is not counted again for {@link #CAPPED_COUNT_NANOS}). Give it an order that an
 * index serves together with the filter (e.g. {@code (active, region_path, name_key, id)} for
 * {@code active = ? and region_path like '/…/%' order by region_path, name_key, id}) and that ends
 * with a unique key.
 *
 * <pre>{@code
 * Page<Person> page =
 *     KeysetQuery.of(em, Person.class, "p")
 *         .within("p.regionPath", scope)
 *         .where("p.active = :active", "active", true)
 *         .orderBy("p.regionPath", Person::regionPath)
 *         .orderBy("p.nameKey", Person::nameKey)
 *         .orderBy("p.id", Person::id)
 *         .fetch(request);
 * }</pre>
 */
public final class KeysetQuery<E> {

  /**
   * How long a list counted past the cap is taken as still past it. Counting to the cap costs what
   * it counts (10,001 index entries, about 2 ms of database time, on every page of a large
   * jurisdiction), so such a list is counted once per this period, not once per page.
   */
  static final long CAPPED_COUNT_NANOS = TimeUnit.SECONDS.toNanos(30);

  /** The lists recently counted past the cap, by query and parameters (at most 10,000). */
  private static final PastCap PAST_CAP = new PastCap(CAPPED_COUNT_NANOS, 10_000, System::nanoTime);

  private record CountKey(Class<?> type, String query, Map<String, Object> parameters) {}

  private final EntityManager em;
  private final Class<E> type;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();
  private final List<String> keyPaths = new ArrayList<>();
  private final List<Function<E, ?>> keyValues = new ArrayList<>();
  private boolean descending;

  private KeysetQuery(EntityManager em, Class<E> type, String alias) {
    this.em = em;
    this.type = type;
    this.alias = alias;
  }

  /** A list of {@code type} (by its JPQL entity name), called {@code alias} in the conditions. */
  public static <E> KeysetQuery<E> of(EntityManager em, Class<E> type, String alias) {
    return new KeysetQuery<>(em, type, alias);
  }

  /** A JPQL condition, and-ed with the others. */
  public KeysetQuery<E> where(String condition) {
    conditions.add(condition);
    return this;
  }

  /** A JPQL condition with one named parameter. */
  public KeysetQuery<E> where(String condition, String parameter, Object value) {
    parameters.put(parameter, value);
    return where(condition);
  }

  /**
   * Only the records whose region path ({@code pathExpression}) lies within the scope: a range on
   * the path, which an index bounds in any plan. The column compares in byte order (declare it with
   * {@code ${collate_c}} in the migration: PostgreSQL's default collation does not order {@code /}
   * before digits).
   */
  public KeysetQuery<E> within(String pathExpression, JurisdictionScope scope) {
    String name = "scope" + conditions.size();
    parameters.put(name + "Start", scope.pathStart());
    parameters.put(name + "End", scope.pathEnd());
    return where(
        pathExpression + " >= :" + name + "Start and " + pathExpression + " < :" + name + "End");
  }

  /**
   * Only the records whose text ({@code expression}, a name) contains {@code part}, ignoring case;
   * nothing is narrowed when {@code part} is null or blank. {@code %}, {@code _} and the escape
   * character in the part match themselves.
   */
  public KeysetQuery<E> whereContains(String expression, String part) {
    if (part == null || part.isBlank()) {
      return this;
    }
    String escaped =
        part.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    String name = "contains" + conditions.size();
    return where(
        "lower(" + expression + ") like :" + name + " escape '!'", name, "%" + escaped + "%");
  }

  /** Binds a named parameter that several conditions share. */
  public KeysetQuery<E> parameter(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /** The next sort key, ascending: its JPQL path and how to read it from an item. */
  public KeysetQuery<E> orderBy(String path, Function<E, ?> value) {
    keyPaths.add(path);
    keyValues.add(value);
    return this;
  }

  /** Every key sorts descending instead (newest first, say). */
  public KeysetQuery<E> descending() {
    descending = true;
    return this;
  }

  public Page<E> fetch(PageRequest request) {
    if (keyPaths.isEmpty()) {
      throw new IllegalStateException("a keyset list needs an order ending with a unique key");
    }
    Map<String, Object> bound = new HashMap<>(parameters);
    List<String> all = new ArrayList<>(conditions);
    String order = order();
    boolean pastTheEnd = false;
    if (request.after() != null) {
      if (request.after().size() != keyPaths.size()) {
        throw Cursor.invalid("cursor");
      }
      List<Object> keys = new ArrayList<>();
      for (int i = 0; i < keyPaths.size(); i++) {
        keys.add(keyOf(keyType(keyPaths.get(i)), request.after().key(i)));
      }
      all.add(keyCondition(descending ? "<" : ">", keys, bound));
    } else if (request.offset() > 0) {
      // Skipping rows costs what it skips: skip them in the index alone, reading only the sort
      // keys (an index-only scan where the index covers them, not a table row per skipped item),
      // then read the page from the first item's keys on, like a page after a cursor.
      List<Object> first = keysAt(request.offset(), order);
      if (first == null) {
        pastTheEnd = true;
      } else {
        all.add(keyCondition(descending ? "<=" : ">=", first, bound));
      }
    }
    List<E> rows;
    if (pastTheEnd) {
      rows = List.of();
    } else {
      TypedQuery<E> select =
          em.createQuery("select " + alias + from(all) + " order by " + order, type);
      bound.forEach(select::setParameter);
      rows = select.setMaxResults(request.size() + 1).getResultList();
    }
    boolean more = rows.size() > request.size();
    List<E> items = more ? rows.subList(0, request.size()) : rows;
    String next = more ? cursorAfter(items.get(items.size() - 1)).encode() : null;

    long total;
    boolean exact;
    if (request.after() == null && !more && (!items.isEmpty() || request.offset() == 0)) {
      // the whole rest of the list is on this page: nothing to count (a page past the end says
      // nothing of where the end is, so that one is counted)
      total = request.offset() + items.size();
      exact = true;
    } else {
      long counted = countUpToCap();
      exact = counted <= Page.TOTAL_CAP;
      total = Math.min(counted, Page.TOTAL_CAP);
    }
    return new Page<>(
        items, request.after() == null ? request.page() : null, request.size(), total, exact, next);
  }

  /**
   * The whole list in its order, for a printout, but no more than {@code atMost} + 1 items (one
   * more than allowed, so the caller can tell the list is too long).
   */
  public List<E> list(int atMost) {
    TypedQuery<E> select =
        em.createQuery("select " + alias + from(conditions) + " order by " + order(), type);
    parameters.forEach(select::setParameter);
    return select.setMaxResults(atMost + 1).getResultList();
  }

  /**
   * The Java type of the attribute a sort key path names ({@code p.key.day}: through embeddables).
   */
  private Class<?> keyType(String path) {
    ManagedType<?> managed = em.getMetamodel().managedType(type);
    Class<?> javaType = Object.class;
    for (String part : path.substring(alias.length() + 1).split("\\.")) {
      Attribute<?, ?> attribute = managed.getAttribute(part);
      javaType = attribute.getJavaType();
      if (attribute instanceof SingularAttribute<?, ?> singular
          && singular.getType() instanceof ManagedType<?> embedded) {
        managed = embedded;
      }
    }
    return javaType;
  }

  /**
   * A cursor's key as the list's sort key takes it; a 400 when it is of another type (a cursor made
   * up, or another list's): bound as it is, the database would compare a text with a day.
   */
  private static Object keyOf(Class<?> expected, Object key) {
    Class<?> boxed =
        expected == int.class
            ? Integer.class
            : expected == long.class
                ? Long.class
                : expected == short.class ? Short.class : expected;
    if (boxed.isInstance(key)) {
      return key;
    }
    if (key instanceof Long number) {
      if (boxed == Integer.class && number == number.intValue()) {
        return number.intValue();
      }
      if (boxed == Short.class && number == number.shortValue()) {
        return number.shortValue();
      }
    }
    throw Cursor.invalid("cursor");
  }

  /** {@code (key paths) op (:after0, :after1, …)}, binding the values. */
  private String keyCondition(String operator, List<Object> keys, Map<String, Object> bound) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < keyPaths.size(); i++) {
      names.add(":after" + i);
      bound.put("after" + i, keys.get(i));
    }
    return "("
        + String.join(", ", keyPaths)
        + ") "
        + operator
        + " ("
        + String.join(", ", names)
        + ")";
  }

  /** The sort keys of the item at {@code offset} in the filtered list, or null past its end. */
  private List<Object> keysAt(int offset, String order) {
    Query keys =
        em.createQuery(
            "select " + String.join(", ", keyPaths) + from(conditions) + " order by " + order);
    parameters.forEach(keys::setParameter);
    List<?> rows = keys.setFirstResult(offset).setMaxResults(1).getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object row = rows.get(0);
    return keyPaths.size() == 1 ? Collections.singletonList(row) : Arrays.asList((Object[]) row);
  }

  /** The list's order: every key ascending, or every key descending. */
  private String order() {
    return String.join(
        ", ", keyPaths.stream().map(path -> descending ? path + " desc" : path).toList());
  }

  /** {@code from Entity alias [where …]}. */
  private String from(List<String> where) {
    return " from "
        + em.getMetamodel().entity(type).getName()
        + " "
        + alias
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
  }

  private Cursor cursorAfter(E last) {
    return Cursor.of(keyValues.stream().map(key -> (Object) key.apply(last)).toArray());
  }

  /**
   * Counts the filtered list (not the cursor's part of it), stopping one past the cap; a list found
   * past the cap within {@link #CAPPED_COUNT_NANOS} is not counted again.
   */
  private long countUpToCap() {
    // HQL takes a limit only after an order; the list's own order is the one its index serves
    String jpql =
        "select count(*) from (select 1 as one"
            + from(conditions)
            + " order by "
            + order()
            + " limit "
            + (Page.TOTAL_CAP + 1)
            + ") capped";
    CountKey key = new CountKey(type, jpql, Collections.unmodifiableMap(new HashMap<>(parameters)));
    if (PAST_CAP.isPastCap(key)) {
      return Page.TOTAL_CAP + 1;
    }
    TypedQuery<Long> count = em.createQuery(jpql, Long.class);
    parameters.forEach(count::setParameter);
    long counted = count.getSingleResult();
    PAST_CAP.counted(key, counted);
    return counted;
  }
}

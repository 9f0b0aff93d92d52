package org.shaodian.kernel.internal.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;

/**
 * Whether a JSON value has the shape of the Java type it is about to be bound to: JSON-B is lenient
 * (it reads {@code "yes"} and {@code 1} as a boolean, a number as a string), so a request that says
 * something else than it means would be stored as something it did not say. Each mismatch is a
 * field error naming the member by its JSON path.
 */
final class JsonShapes {

  private static final Text BOOLEAN = Text.of("须为 true 或 false", "must be true or false");
  private static final Text STRING = Text.of("须为字符串", "must be a string");
  private static final Text WHOLE = Text.of("须为整数", "must be a whole number");
  private static final Text NUMBER = Text.of("须为数字", "must be a number");
  private static final Text ARRAY = Text.of("须为数组", "must be an array");
  private static final Text OBJECT = Text.of("须为对象", "must be an object");
  private static final Text UNKNOWN = Text.of("不是可接受的字段", "is not a known field");
  private static final Text REQUIRED = Text.of("必填", "is required");
  private static final Text NOT_ALLOWED = Text.of("不是允许的取值", "not one of the allowed values");

  private JsonShapes() {}

  /** Types this reader binds: the application's own transfer objects and collections of them. */
  static boolean isBindable(Class<?> type) {
    return type.isRecord()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || type.getName().startsWith("org.shaodian.");
  }

  static void check(JsonValue value, Type type, FieldPath path, List<FieldError> errors) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        errors.add(error(path, REQUIRED));
      }
      return;
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      // JSON-P types take what they are given; an object or an array must be one, at least
      if (JsonObject.class.isAssignableFrom(raw)
          && value.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(error(path, OBJECT));
      } else if (JsonArray.class.isAssignableFrom(raw)
          && value.getValueType() != JsonValue.ValueType.ARRAY) {
        errors.add(error(path, ARRAY));
      }
      return;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(error(path, BOOLEAN));
      }
    } else if (isWholeNumber(raw)) {
      if (!(value instanceof JsonNumber number) || !fits(number, raw)) {
        errors.add(error(path, WHOLE));
      }
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      if (value.getValueType() != JsonValue.ValueType.NUMBER) {
        errors.add(error(path, NUMBER));
      }
    } else if (raw.isEnum()) {
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        errors.add(error(path, STRING));
      } else if (java.util.Arrays.stream(raw.getEnumConstants())
          .noneMatch(
              c -> ((Enum<?>) c).name().equals(((jakarta.json.JsonString) value).getString()))) {
        errors.add(error(path, NOT_ALLOWED));
      }
    } else if (isText(raw)) {
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        errors.add(error(path, STRING));
      } else if (!parses(raw, ((jakarta.json.JsonString) value).getString())) {
        errors.add(error(path, formatOf(raw)));
      }
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        errors.add(error(path, ARRAY));
        return;
      }
      Type element = element(type);
      int index = 0;
      for (JsonValue item : value.asJsonArray()) {
        check(item, element, path.element(index++), errors);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(error(path, OBJECT));
        return;
      }
      Type valueType = typeArgument(type, 1);
      value
          .asJsonObject()
          .forEach((key, member) -> check(member, valueType, path.member(key), errors));
    } else if (raw.isAnnotationPresent(JsonbTypeAdapter.class)) {
      // its adapter decides what it reads
    } else {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(error(path, OBJECT));
        return;
      }
      Map<String, Type> members = MEMBERS.get(raw);
      JsonObject object = value.asJsonObject();
      for (Map.Entry<String, JsonValue> member : object.entrySet()) {
        Type memberType = members.get(member.getKey());
        if (memberType == null) {
          errors.add(error(path.member(member.getKey()), UNKNOWN));
        } else {
          check(member.getValue(), memberType, path.member(member.getKey()), errors);
        }
      }
    }
  }

  /** Whether text names a value of the type: an id, a date, a time with its offset. */
  private static boolean parses(Class<?> raw, String text) {
    try {
      if (raw == UUID.class) {
        return text.length() == 36 && UUID.fromString(text) != null;
      } else if (raw == java.time.OffsetDateTime.class) {
        java.time.OffsetDateTime.parse(text);
      } else if (raw == java.time.LocalDate.class) {
        java.time.LocalDate.parse(text);
      }
      return true;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return false;
    }
  }

  private static Text formatOf(Class<?> raw) {
    if (raw == UUID.class) {
      return Text.of("须为 UUID", "must be a UUID");
    }
    if (raw == java.time.LocalDate.class) {
      return Text.of("日期格式为 2026-11-30", "must be a date like 2026-11-30");
    }
    return Text.of(
        "时间格式为 2026-11-30T08:15:00+08:00", "must be a time like 2026-11-30T08:15:00+08:00");
  }

  private static FieldError error(FieldPath path, Text message) {
    return new FieldError(path.field(), message);
  }

  private static boolean isWholeNumber(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == BigInteger.class;
  }

  private static boolean fits(JsonNumber number, Class<?> raw) {
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.stripTrailingZeros().scale() > 0) {
      return false;
    }
    if (raw == BigInteger.class) {
      return true;
    }
    long max =
        raw == long.class || raw == Long.class
            ? Long.MAX_VALUE
            : raw == int.class || raw == Integer.class
                ? Integer.MAX_VALUE
                : raw == short.class || raw == Short.class ? Short.MAX_VALUE : Byte.MAX_VALUE;
    return decimal.abs().compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static boolean isText(Class<?> raw) {
    return raw == String.class
        || raw == char.class
        || raw == Character.class
        || raw == UUID.class
        || raw.getName().startsWith("java.time.")
        || raw == java.net.URI.class;
  }

  /** The members of each type, found once (reflection on every object of a batch is slow). */
  private static final ClassValue<Map<String, Type>> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
          return Map.copyOf(members(type));
        }
      };

  /** JSON member names and their Java types: a record's components, or a class's fields. */
  private static Map<String, Type> members(Class<?> raw) {
    Map<String, Type> members = new LinkedHashMap<>();
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        JsonbProperty name = component.getAnnotation(JsonbProperty.class);
        members.put(name == null ? component.getName() : name.value(), component.getGenericType());
      }
      return members;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isTransient(field.getModifiers())) {
          JsonbProperty name = field.getAnnotation(JsonbProperty.class);
          members.putIfAbsent(
              name == null ? field.getName() : name.value(), field.getGenericType());
        }
      }
    }
    return members;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return Object.class;
  }

  private static Type element(Type type) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index) {
      Type argument = parameterized.getActualTypeArguments()[index];
      return argument instanceof java.lang.reflect.WildcardType wildcard
          ? wildcard.getUpperBounds()[0]
          : argument;
    }
    return Object.class;
  }
}

package org.habittrends.report.pdf;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;

/**
 * An MD5 digest of a report model, for the PDF's file ID: the same data gives the same ID, in every
 * run. Records, collections and arrays are walked generically, so a component added to a model
 * counts without being listed here. It replaces {@code md5(model.toString())}, which cost several
 * times more: on Java 17 a record's {@code toString} goes through {@code String.format}.
 */
final class Fingerprint {

  private static final ClassValue<Method[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] accessors = new Method[components.length];
          for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
          }
          return accessors;
        }
      };

  private Fingerprint() {}

  static byte[] md5(Object model) {
    StringBuilder text = new StringBuilder(2048);
    append(text, model);
    try {
      return MessageDigest.getInstance("MD5")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append('\u0000');
    } else if (value instanceof Record) {
      text.append(value.getClass().getSimpleName()).append('[');
      for (Method accessor : ACCESSORS.get(value.getClass())) {
        try {
          append(text, accessor.invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + accessor, e);
        }
      }
      text.append(']');
    } else if (value instanceof Collection<?> items) {
      text.append('(').append(items.size()).append(':');
      for (Object item : items) {
        append(text, item);
      }
      text.append(')');
    } else if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      text.append('(').append(length).append(':');
      for (int i = 0; i < length; i++) {
        append(text, Array.get(value, i));
      }
      text.append(')');
    } else {
      // strings, numbers, booleans, enums, dates, locales: their text is stable between runs
      text.append(value).append('\u0001');
    }
  }
}

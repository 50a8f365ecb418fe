package org.habittrends.report.pdf;

import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@link MessageFormat} pattern parsed once, immutable and so safe to share between threads:
 * {@code MessageFormat} instances are not, and parsing one per call cost more than the formatting.
 * Covers what the report bundles use, with MessageFormat's rules: quoting with {@code '}, plain
 * {@code {n}} arguments and {@code {n,choice,…}} (whose chosen text may hold arguments again). A
 * pattern using any other format type is left to MessageFormat itself.
 */
final class MessagePattern {

  private final String source;
  private final Locale locale;

  /** {@code literals[i]} precedes argument {@code i}; the last one follows the last argument. */
  private final String[] literals;

  private final int[] arguments;

  /** Per argument: null for a plain one, else its choice. */
  private final Choice[] choices;

  /** True when the pattern uses a format type this class does not know. */
  private final boolean delegate;

  private MessagePattern(
      String source,
      Locale locale,
      String[] literals,
      int[] arguments,
      Choice[] choices,
      boolean delegate) {
    this.source = source;
    this.locale = locale;
    this.literals = literals;
    this.arguments = arguments;
    this.choices = choices;
    this.delegate = delegate;
  }

  /** The pattern as written in the bundle. */
  String source() {
    return source;
  }

  /**
   * Formats as {@code new MessageFormat(source, locale).format(args)} does; {@code numbers} writes
   * a number that stands in a plain argument (MessageFormat uses the locale's NumberFormat).
   */
  String format(Object[] args, Function<Number, String> numbers) {
    StringBuilder out = new StringBuilder(source.length() + 32);
    append(out, args, numbers);
    return out.toString();
  }

  private void append(StringBuilder out, Object[] args, Function<Number, String> numbers) {
    if (delegate) {
      out.append(new MessageFormat(source, locale).format(args));
      return;
    }
    for (int i = 0; i < arguments.length; i++) {
      out.append(literals[i]);
      int index = arguments[i];
      if (index >= args.length) {
        out.append('{').append(index).append('}');
        continue;
      }
      Object arg = args[index];
      if (arg == null) {
        out.append("null");
      } else if (choices[i] != null) {
        if (!(arg instanceof Number n)) {
          throw new IllegalArgumentException("Cannot format given Object as a Number");
        }
        choices[i].append(out, n.doubleValue(), args, numbers);
      } else if (arg instanceof Number n) {
        out.append(numbers.apply(n));
      } else if (arg instanceof String s) {
        out.append(s);
      } else if (arg instanceof java.util.Date) {
        out.append(new MessageFormat("{0}", locale).format(new Object[] {arg}));
      } else {
        out.append(arg);
      }
    }
    out.append(literals[arguments.length]);
  }

  /** A {@code {n,choice,…}} argument: limits and texts; a text with a brace is a pattern again. */
  private static final class Choice {
    private final double[] limits;
    private final String[] texts;
    private final MessagePattern[] patterns;

    Choice(String style, Locale locale) {
      ChoiceFormat format = new ChoiceFormat(style);
      this.limits = format.getLimits();
      Object[] formats = format.getFormats();
      this.texts = new String[formats.length];
      this.patterns = new MessagePattern[formats.length];
      for (int i = 0; i < formats.length; i++) {
        texts[i] = (String) formats[i];
        patterns[i] = texts[i].indexOf('{') >= 0 ? parse(texts[i], locale) : null;
      }
    }

    void append(StringBuilder out, double value, Object[] args, Function<Number, String> numbers) {
      // ChoiceFormat.format(double): the last limit not above the value, else the first
      int i = 0;
      while (i < limits.length && value >= limits[i]) {
        i++;
      }
      i = Math.max(i - 1, 0);
      if (patterns[i] == null) {
        out.append(texts[i]);
      } else {
        patterns[i].append(out, args, numbers);
      }
    }
  }

  /** Parses as {@code MessageFormat.applyPattern} does. */
  static MessagePattern parse(String source, Locale locale) {
    List<String> literals = new ArrayList<>();
    List<Integer> arguments = new ArrayList<>();
    List<Choice> choices = new ArrayList<>();
    boolean delegate = false;
    StringBuilder literal = new StringBuilder();
    StringBuilder[] element = new StringBuilder[3];
    int part = -1; // -1: literal text; 0: argument number; 1: type; 2: style
    boolean inQuote = false;
    int braces = 0;
    for (int i = 0; i < source.length(); i++) {
      char ch = source.charAt(i);
      if (part < 0) {
        if (ch == '\'') {
          if (i + 1 < source.length() && source.charAt(i + 1) == '\'') {
            literal.append(ch);
            i++;
          } else {
            inQuote = !inQuote;
          }
        } else if (ch == '{' && !inQuote) {
          part = 0;
          element[0] = new StringBuilder();
          element[1] = null;
          element[2] = null;
        } else {
          literal.append(ch);
        }
      } else if (inQuote) {
        element[part].append(ch);
        if (ch == '\'') {
          inQuote = false;
        }
      } else {
        switch (ch) {
          case ',' -> {
            if (part < 2) {
              part++;
              element[part] = new StringBuilder();
            } else {
              element[part].append(ch);
            }
          }
          case '{' -> {
            braces++;
            element[part].append(ch);
          }
          case '}' -> {
            if (braces == 0) {
              literals.add(literal.toString());
              literal.setLength(0);
              arguments.add(argumentNumber(element[0].toString(), source));
              String type = element[1] == null ? "" : element[1].toString().trim();
              if (type.isEmpty()) {
                choices.add(null);
              } else if (type.equalsIgnoreCase("choice")) {
                choices.add(new Choice(element[2] == null ? "" : element[2].toString(), locale));
              } else {
                choices.add(null);
                delegate = true;
              }
              part = -1;
            } else {
              braces--;
              element[part].append(ch);
            }
          }
          case ' ' -> {
            if (part != 1 || element[1].length() > 0) {
              element[part].append(ch);
            }
          }
          case '\'' -> {
            inQuote = true;
            element[part].append(ch);
          }
          default -> element[part].append(ch);
        }
      }
    }
    if (part >= 0) {
      throw new IllegalArgumentException("Unmatched braces in the pattern: " + source);
    }
    literals.add(literal.toString());
    if (delegate) {
      new MessageFormat(source, locale); // fail now on a pattern MessageFormat rejects
    }
    return new MessagePattern(
        source,
        locale,
        literals.toArray(String[]::new),
        arguments.stream().mapToInt(Integer::intValue).toArray(),
        choices.toArray(Choice[]::new),
        delegate);
  }

  private static int argumentNumber(String text, String source) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("can't parse argument number: " + text + " in " + source);
  }
}

package io.github.inburgering.core.regels;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The messages of the rules, keyed by rule code, in Dutch ({@code Meldingen.properties}) and English
 * ({@code Meldingen_en.properties}). Selection is explicit: English for a locale whose language is
 * {@code en}, Dutch otherwise, whatever the JVM's default locale.
 */
final class Meldingen {
  private static final Properties NL = load("Meldingen.properties");
  private static final Properties EN = load("Meldingen_en.properties");

  private Meldingen() {}

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Meldingen.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static boolean heeft(String code, Locale locale) {
    return bundle(locale).containsKey(code);
  }

  static String tekst(String code, Locale locale, Object... args) {
    String pattern = bundle(locale).getProperty(code);
    if (pattern == null) {
      throw new IllegalStateException("no message for " + code);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  private static Properties bundle(Locale locale) {
    return "en".equals(locale.getLanguage()) ? EN : NL;
  }
}

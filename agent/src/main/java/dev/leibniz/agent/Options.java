package dev.leibniz.agent;

import dev.leibniz.core.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's options, given after {@code =} in {@code -javaagent:leibniz-agent.jar=OPTIONS},
 * comma separated:
 *
 * <ul>
 *   <li>{@code strict}: a method that cannot be differentiated makes its class fail to initialise
 *       (with the diagnostic as the message) instead of loading without companions; for CI.
 *   <li>{@code verbose}: one line on standard error per generated method.
 *   <li>{@code quiet}: no diagnostics on standard error (not recommended).
 *   <li>{@code dump=DIR}: writes what was generated for each class under {@code DIR} (see {@link
 *       DumpWriter}).
 *   <li>{@code check=FRACTION}: checks that fraction of the companion calls (0 < FRACTION <= 1) at
 *       their own points against finite differences and each other (see {@link SelfCheck}).
 *   <li>{@code tape=SIZE}: the memory budget of one reverse-mode tape, in bytes with an optional
 *       {@code k}, {@code m} or {@code g} (powers of 1024), or {@code unbounded}: a counted loop whose
 *       record would exceed it is checkpointed. The agent hands it to the generated code through
 *       the system property {@code leibniz.tape}; without it, the budget is a quarter of the heap.
 *   <li>{@code nowarn=NAME} (repeatable): no warnings for class {@code NAME} ({@code com.acme.Geo}) or
 *       method {@code NAME} ({@code com.acme.Geo.distance}, every overload) on standard error: warnings
 *       the user has examined. Errors are always printed.
 * </ul>
 *
 * <p>An option not in this list is an error, not a warning: a misspelt {@code strict} would
 * otherwise silently run without it.
 */
public final class Options {
  /** Every option the agent knows, in the order the messages list them. */
  static final List<String> VALID = List.of("strict", "verbose", "quiet", "dump=DIR", "check=FRACTION", "tape=SIZE",
      "nowarn=CLASS[.METHOD]");

  public final boolean strict;
  public final boolean verbose;
  public final boolean quiet;
  /** Where {@code dump} writes, or null. */
  public final Path dump;
  /** The fraction of companion calls the run-time self-check samples; 0 when off. */
  public final double check;
  /** The tape budget in bytes ({@code Long.MAX_VALUE}: unbounded), or -1 when not given (a quarter of the heap). */
  public final long tape;
  /** Classes and methods ({@code com.acme.Geo}, {@code com.acme.Geo.distance}) whose warnings are not printed. */
  public final List<String> nowarn;

  private Options(boolean strict, boolean verbose, boolean quiet, Path dump, double check, long tape, List<String> nowarn) {
    this.strict = strict;
    this.verbose = verbose;
    this.quiet = quiet;
    this.dump = dump;
    this.check = check;
    this.tape = tape;
    this.nowarn = List.copyOf(nowarn);
  }

  /**
   * True when {@code d} is a warning the user acknowledged with {@code nowarn}: of a class named, or
   * of a method named with its class (nested classes with {@code .} or {@code $}). Never an error.
   */
  public boolean acknowledged(Diagnostic d) {
    if (!d.warning() || nowarn.isEmpty()) return false;
    String owner = d.className().replace('$', '.');
    int paren = d.method().indexOf('(');
    String method = owner + "." + (paren < 0 ? d.method() : d.method().substring(0, paren));
    for (String n : nowarn) {
      if (n.equals(owner) || n.equals(method)) return true;
    }
    return false;
  }

  /**
   * Parses {@code args} (null or empty: the defaults).
   *
   * @throws IllegalArgumentException naming the first unknown option and listing the valid ones
   */
  public static Options parse(String args) {
    boolean strict = false, verbose = false, quiet = false;
    Path dump = null;
    double check = 0;
    long tape = -1;
    List<String> nowarn = new ArrayList<>();
    if (args != null) {
      for (String a : args.split(",")) {
        if (a.trim().startsWith("nowarn=")) {
          nowarn.add(name(a.trim().substring("nowarn=".length()), args));
          continue;
        }
        if (a.trim().startsWith("tape=")) {
          tape = size(a.trim().substring("tape=".length()), args);
          continue;
        }
        if (a.trim().startsWith("check=")) {
          check = fraction(a.trim().substring("check=".length()), args);
          continue;
        }
        if (a.trim().startsWith("dump=") && a.trim().length() > "dump=".length()) {
          dump = Path.of(a.trim().substring("dump=".length())).toAbsolutePath();
          continue;
        }
        switch (a.trim()) {
          case "": break;
          case "strict": strict = true; break;
          case "verbose": verbose = true; break;
          case "quiet": quiet = true; break;
          default: throw new IllegalArgumentException("unknown agent option '" + a.trim() + "' in '" + args
              + "'; the valid options are " + String.join(", ", VALID) + " (comma separated)");
        }
      }
    }
    return new Options(strict, verbose, quiet, dump, check, tape, nowarn);
  }

  /** A class or method name as Java writes it ({@code com.acme.Geo.distance}; {@code $} read as {@code .}). */
  private static String name(String text, String args) {
    String n = text.trim().replace('$', '.');
    if (!n.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*")) {
      throw new IllegalArgumentException("agent option 'nowarn=" + text + "' in '" + args + "' needs the class or method whose"
          + " warnings you have examined, as Java names it: nowarn=com.acme.Geo (every method) or nowarn=com.acme.Geo.distance");
    }
    return n;
  }

  private static double fraction(String text, String args) {
    double f;
    try {
      f = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      f = Double.NaN;
    }
    if (!(f > 0 && f <= 1)) {
      throw new IllegalArgumentException("agent option 'check=" + text + "' in '" + args + "' needs a fraction of the"
          + " companion calls to check, above 0 and at most 1 (check=0.001 checks one call in a thousand, check=1 every call)");
    }
    return f;
  }

  /** {@code 64m}, {@code 1g}, {@code 500000}, {@code unbounded}: bytes (at least 1k), or {@code Long.MAX_VALUE}. */
  private static long size(String text, String args) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("unbounded")) return Long.MAX_VALUE;
    long unit = 1;
    if (!t.isEmpty() && "kmg".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * (1 + "kmg".indexOf(t.charAt(t.length() - 1))));
      t = t.substring(0, t.length() - 1);
    }
    long n = -1;
    if (t.matches("[0-9]{1,12}")) n = Long.parseLong(t) * unit;
    if (n < 1024) {
      throw new IllegalArgumentException("agent option 'tape=" + text + "' in '" + args + "' needs a size of at least 1k:"
          + " bytes with an optional k, m or g (tape=64m, tape=1g), or tape=unbounded");
    }
    return n;
  }
}

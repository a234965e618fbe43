package dev.leibniz.agent;

import java.nio.file.Path;
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
 * </ul>
 *
 * <p>An option not in this list is an error, not a warning: a misspelt {@code strict} would
 * otherwise silently run without it.
 */
public final class Options {
  /** Every option the agent knows, in the order the messages list them. */
  static final List<String> VALID = List.of("strict", "verbose", "quiet", "dump=DIR", "check=FRACTION");

  public final boolean strict;
  public final boolean verbose;
  public final boolean quiet;
  /** Where {@code dump} writes, or null. */
  public final Path dump;
  /** The fraction of companion calls the run-time self-check samples; 0 when off. */
  public final double check;

  private Options(boolean strict, boolean verbose, boolean quiet, Path dump, double check) {
    this.strict = strict;
    this.verbose = verbose;
    this.quiet = quiet;
    this.dump = dump;
    this.check = check;
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
    if (args != null) {
      for (String a : args.split(",")) {
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
    return new Options(strict, verbose, quiet, dump, check);
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
}

package dev.leibniz.agent;

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
 * </ul>
 *
 * <p>An option not in this list is an error, not a warning: a misspelt {@code strict} would
 * otherwise silently run without it.
 */
public final class Options {
  /** Every option the agent knows, in the order the messages list them. */
  static final List<String> VALID = List.of("strict", "verbose", "quiet");

  public final boolean strict;
  public final boolean verbose;
  public final boolean quiet;

  private Options(boolean strict, boolean verbose, boolean quiet) {
    this.strict = strict;
    this.verbose = verbose;
    this.quiet = quiet;
  }

  /**
   * Parses {@code args} (null or empty: the defaults).
   *
   * @throws IllegalArgumentException naming the first unknown option and listing the valid ones
   */
  public static Options parse(String args) {
    boolean strict = false, verbose = false, quiet = false;
    if (args != null) {
      for (String a : args.split(",")) {
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
    return new Options(strict, verbose, quiet);
  }
}

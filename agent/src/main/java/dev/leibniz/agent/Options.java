package dev.leibniz.agent;

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
 */
public final class Options {
  public final boolean strict;
  public final boolean verbose;
  public final boolean quiet;

  private Options(boolean strict, boolean verbose, boolean quiet) {
    this.strict = strict;
    this.verbose = verbose;
    this.quiet = quiet;
  }

  /** Parses {@code args} (null or empty: the defaults); unknown options are reported and ignored. */
  public static Options parse(String args) {
    boolean strict = false, verbose = false, quiet = false;
    if (args != null) {
      for (String a : args.split(",")) {
        switch (a.trim()) {
          case "": break;
          case "strict": strict = true; break;
          case "verbose": verbose = true; break;
          case "quiet": quiet = true; break;
          default: System.err.println("leibniz: unknown agent option '" + a.trim() + "' (known: strict, verbose, quiet)");
        }
      }
    }
    return new Options(strict, verbose, quiet);
  }
}

package dev.leibniz.tool;

import dev.leibniz.core.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the agent jar: {@code java -jar leibniz-agent.jar transform [options] IN OUT}.
 * Diagnostics go to standard error in the agent's format, the summary to standard output. Exit
 * status: 0 done (diagnostics allowed unless {@code --strict}), 1 {@code --strict} and a method
 * could not be differentiated, 2 bad usage or an unreadable input.
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "usage: java -jar leibniz-agent.jar transform [--strict] [--verbose] [--quiet] [--classpath PATH] IN OUT",
      "  Writes the $tangent and $adjoint companions of the @Differentiable methods of the classes in IN",
      "  (a class directory or a jar) into OUT (a directory, or a jar when its name ends in .jar; may be IN).",
      "  --classpath PATH  directories and jars (separated by '" + File.pathSeparator + "') with the classes that IN calls",
      "  --strict          exit with status 1 when a method cannot be differentiated",
      "  --verbose         one line per generated method",
      "  --quiet           no diagnostics");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !args[0].equals("transform")) {
      err.println(args.length == 0 ? USAGE : "leibniz: unknown command '" + args[0] + "'\n" + USAGE);
      return 2;
    }
    boolean strict = false, verbose = false, quiet = false;
    List<Path> classpath = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--strict": strict = true; break;
        case "--verbose": verbose = true; break;
        case "--quiet": quiet = true; break;
        case "--classpath": case "-cp":
          if (++i == args.length) return usage(err, "--classpath needs a value");
          for (String p : args[i].split(File.pathSeparator)) {
            if (!p.isEmpty()) classpath.add(Path.of(p));
          }
          break;
        default:
          if (args[i].startsWith("-")) return usage(err, "unknown option " + args[i]);
          paths.add(args[i]);
      }
    }
    if (paths.size() != 2) return usage(err, "expected IN and OUT, got " + paths);
    Report r;
    try {
      r = new Transformer(classpath).transform(Path.of(paths.get(0)), Path.of(paths.get(1)));
    } catch (IOException | RuntimeException e) {
      err.println("leibniz: cannot transform " + paths.get(0) + ": " + e);
      return 2;
    }
    if (!quiet) {
      for (Diagnostic d : r.diagnostics()) err.println(d.message());
      for (String e : r.errors()) err.println(e);
      for (String w : r.warnings()) err.println(w);
    }
    if (verbose) {
      for (String g : r.generated()) err.println("leibniz: generated " + g);
    }
    out.println(r.summary());
    if (strict && r.failed()) {
      err.println("leibniz: --strict: " + (r.diagnostics().size() + r.errors().size()) + " diagnostics, failing");
      return 1;
    }
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("leibniz: " + problem + "\n" + USAGE);
    return 2;
  }
}

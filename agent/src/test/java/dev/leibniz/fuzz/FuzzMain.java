package dev.leibniz.fuzz;

/**
 * Long fuzz runs from the command line: {@code FuzzMain <seed> <count> [<start>]}. Exit status 1
 * when a program fails; the report names each failing program's index, source and rerun command.
 *
 * <pre>
 * mvn -B -ntp -q -pl agent -am test-compile
 * mvn -B -ntp -q -pl agent dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp agent/target/test-classes:agent/target/classes:$(cat agent/target/test.classpath) \
 *     dev.leibniz.fuzz.FuzzMain 7 100000
 * </pre>
 *
 * (Or through Surefire, see {@link FuzzTest}.)
 */
public final class FuzzMain {
  private FuzzMain() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: FuzzMain <seed> <count> [<start>]");
      System.exit(2);
    }
    long seed = Long.parseLong(args[0]);
    int count = Integer.parseInt(args[1]);
    int start = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    FuzzReport report = new FuzzRun(seed).run(start, count);
    if (report.failures().isEmpty()) {
      System.out.println(report.summary());
      System.exit(0);
    }
    System.out.println(report.describeFailures());
    System.exit(1);
  }
}

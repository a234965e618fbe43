package dev.leibniz.benchmarks;

/**
 * The measured methods: each is a {@code @Benchmark} method of that name in every workload's
 * JMH class, so the report can find its result.
 */
public enum Method {
  PRIMAL("primal", "primal"),
  LEIBNIZ_ADJOINT("leibnizAdjoint", "Leibniz $adjoint"),
  LEIBNIZ_TANGENT("leibnizTangent", "Leibniz $tangent (1 direction)"),
  MANUAL("manual", "hand-written"),
  HIPPARCHUS("hipparchus", "Hipparchus Gradient"),
  FINITE_DIFFERENCES("finiteDifferences", "central FD");

  /** The {@code @Benchmark} method name. */
  public final String benchmark;
  public final String label;

  Method(String benchmark, String label) {
    this.benchmark = benchmark;
    this.label = label;
  }

  /** The label of this method's row at {@code value} of {@code workload}, naming what it computes. */
  public String label(Workload workload, String value) {
    switch (this) {
      case HIPPARCHUS:
        return label + (workload.hipparchusFull(value) ? "" : " (1 direction)");
      case FINITE_DIFFERENCES:
        return label + (workload.differencesFull(value) ? "" : " (1 direction)");
      case LEIBNIZ_ADJOINT:
        // BA's Jacobian is taken by the vector adjoint, as the public Jacobian API does (BaBenchmark.leibnizAdjoint)
        return workload == Workload.BA ? "Leibniz $adjointsSet (rows sharing a forward sweep)" : label;
      default:
        return label;
    }
  }
}

package dev.leibniz.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each workload's Leibniz benchmark methods for a while in a JVM started with the agent and
 * {@code -XX:+PrintCompilation}, until {@link CompilationTest} has read that HotSpot compiled the
 * companions it looks for and stops this JVM.
 */
public final class CompilationProbe {
  private CompilationProbe() {}

  public static void main(String[] args) throws Throwable {
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    RosenbrockBenchmark r = new RosenbrockBenchmark();
    r.n = 100;
    r.setUp();
    GmmBenchmark g = new GmmBenchmark();
    g.gmm = "d2_K5";
    g.setUp();
    LstmBenchmark l = new LstmBenchmark();
    l.lstm = "l2_c1024";
    l.setUp();
    BaBenchmark b = new BaBenchmark();
    b.ba = "ba1_n49_m7776_p31843";
    b.setUp();
    HessianVectorBenchmark hr = new HessianVectorBenchmark();
    hr.problem = "rosenbrock-100";
    hr.setUp();
    HessianVectorBenchmark hg = new HessianVectorBenchmark();
    hg.problem = "gmm-d2_K5";
    hg.setUp();
    // Runs until CompilationTest has seen what it needs and stops it (at most ten minutes alone).
    long end = System.nanoTime() + 600_000_000_000L;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 200; i++) {
        bh.consume(r.leibnizAdjoint(bh));
        bh.consume(r.leibnizTangent());
        hr.leibnizHessianVector(bh);
      }
      hg.leibnizHessianVector(bh);
      g.leibnizAdjoint(bh);
      bh.consume(g.leibnizTangent());
      l.leibnizAdjoint(bh);
      bh.consume(l.leibnizTangent());
      bh.consume(b.leibnizAdjoint()); // residual$adjointsInto, the report's route
      bh.consume(b.leibnizAdjointsSet()); // residual$adjointsSet
      bh.consume(b.leibnizAdjointsAdding()); // residual$adjoints
      bh.consume(b.leibnizAdjointRows()); // residual$adjoint per row
      bh.consume(b.leibnizTangent());
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    System.out.println("probe done");
  }
}

package dev.leibniz.checkpoint;

import dev.leibniz.oracle.fixtures.CheckpointedLoops;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class CheckpointProbe {
  @Test
  void probe() throws Exception {
    Transformed t = Transformed.of(CheckpointedLoops.class);
    for (Method m : t.type.getDeclaredMethods()) System.out.println(m);
    Method adj = t.type.getDeclaredMethod("recurrence$adjoint", double.class, int.class, double.class, double[].class);
    for (String tape : new String[] {"1000000000", "4096"}) {
      System.setProperty("leibniz.tape", tape);
      double[] g = new double[1];
      double y = (double) adj.invoke(null, 0.7, 100000, 1.0, g);
      System.out.println(tape + ": " + y + " " + g[0]);
    }
  }
}

package dev.leibniz.objects;

import dev.leibniz.objects.fixtures.pooledobjects.Rotor;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

class PooledObjectsTest {
  @Test
  void probe() {
    Transformed t = Transformed.of(Rotor.class, true);
    t.result.diagnostics().forEach(d -> System.out.println("DIAG " + d));
    for (var m : t.type.getDeclaredMethods()) System.out.println("M " + m);
  }
}

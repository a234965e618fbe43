package dev.leibniz.objects;

import dev.leibniz.objects.fixtures.handed.Turns;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

class HandedNewObjectsTest {
  @Test
  void probe() {
    Transformed t = Transformed.of(Turns.class, true);
    System.out.println("DIAG " + t.result.diagnostics());
    for (java.lang.reflect.Method m : t.type.getDeclaredMethods()) System.out.println("GEN " + m);
  }
}

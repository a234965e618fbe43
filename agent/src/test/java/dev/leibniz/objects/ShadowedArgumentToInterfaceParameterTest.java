package dev.leibniz.objects;

import dev.leibniz.objects.fixtures.argviews.Point3;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

class ShadowedArgumentToInterfaceParameterTest {
  @Test
  void probe() {
    Transformed t = Transformed.of(Point3.class, true);
    System.out.println("PROBE diagnostics: " + t.result.diagnostics());
    for (java.lang.reflect.Method m : t.type.getDeclaredMethods()) System.out.println("PROBE " + m);
  }
}

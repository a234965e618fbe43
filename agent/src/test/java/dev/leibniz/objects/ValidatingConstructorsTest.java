package dev.leibniz.objects;

import dev.leibniz.objects.fixtures.validating.GeoBox;
import dev.leibniz.objects.fixtures.validating.Geodesy;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

class ValidatingConstructorsTest {
  @Test
  void probe() {
    System.out.println("BOX " + Transformed.of(GeoBox.class, true).result.diagnostics());
    System.out.println("GEO " + Transformed.of(Geodesy.class, true).result.diagnostics());
  }
}

package dev.leibniz.objects;

import dev.leibniz.objects.fixtures.templates.DenseMatrix;
import dev.leibniz.objects.fixtures.templates.Refused;
import dev.leibniz.objects.fixtures.templates.Templates;
import dev.leibniz.objects.fixtures.templates.Vector3;
import dev.leibniz.objects.fixtures.templates.Vector4;
import dev.leibniz.oracle.LinkedFixtures;
import org.junit.jupiter.api.Test;

class InheritedTemplateMethodsTest {
  @Test
  void probe() {
    LinkedFixtures l = LinkedFixtures.allowingDiagnostics(Vector3.class, Vector4.class, DenseMatrix.class, Templates.class, Refused.class);
    System.out.println("DIAG " + l.result(Templates.class).diagnostics());
    System.out.println("DIAG " + l.result(Refused.class).diagnostics());
    for (java.lang.reflect.Method m : l.get(Templates.class).getDeclaredMethods()) System.out.println("M " + m);
  }
}

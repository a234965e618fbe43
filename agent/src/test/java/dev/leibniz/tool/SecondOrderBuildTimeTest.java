package dev.leibniz.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time transformation writes the second-order companions too: the second-order fixtures
 * transformed by {@code transform}, loaded without the agent and without the core, give the
 * extended Rosenbrock Hessian's columns by {@code rosenbrock$adjoint$tangent} (closed form).
 */
class SecondOrderBuildTimeTest {
  private static final String PACKAGE = "dev.leibniz.secondorder";
  @TempDir Path tmp;

  @Test
  void transformWritesHessianVectorCompanions() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("in"), PACKAGE, "SecondOrderFunctions", "PlainMath");
    Path out = tmp.resolve("out");
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"transform", "--strict", in.toString(), out.toString()},
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, e.toString(StandardCharsets.UTF_8));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> c = loader.loadClass(PACKAGE + ".SecondOrderFunctions");
      Method hvp = c.getMethod("rosenbrock$adjoint$tangent", double[].class, double[].class, double[].class, double[].class, double.class, double.class);
      double[] x = {1.2, 0.8, -0.5, 1.1};
      for (int j = 0; j < 4; j++) {
        double[] v = new double[4], grad = new double[4], hv = new double[4];
        v[j] = 1;
        hvp.invoke(null, x, v, grad, hv, 1.0, 0.0);
        int k = j / 2 * 2;
        double[] column = new double[4];
        if (j == k) {
          column[k] = 1200 * x[k] * x[k] - 400 * x[k + 1] + 2;
          column[k + 1] = -400 * x[k];
        } else {
          column[k] = -400 * x[k];
          column[k + 1] = 200;
        }
        for (int i = 0; i < 4; i++) assertEquals(column[i], hv[i], 1e-12 * Math.max(1, Math.abs(column[i])), "H[" + i + "][" + j + "]");
      }
      assertTrue(c.getClassLoader() == loader);
    }
  }
}

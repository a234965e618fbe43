package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code library} example's printed rows: each names a function of an unmodified jar (or a rule,
 * a JDK interface, Jama), and its tangent and adjoint both agree with the central difference.
 */
class LibraryDemoTest {
  private static final List<String> REQUIRED = List.of(
      "Gamma.logGamma(x)", "Erf.erf(x)", "NormalDistribution(0.5, 1.5).cumulativeProbability(x)",
      "RK4 singleStep, right-hand side an implementation", "RK4 singleStep, right-hand side a lambda",
      "logGamma through a user rule", "Jama");

  @Test
  void everyRowPassesInBothModes() throws Throwable {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failures = new LibraryDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, failures, printed);
    int rows = 0;
    for (String line : printed.split("\\R")) {
      if (!line.startsWith("  ")) continue;
      // label, value, $tangent, $adjoint, central FD, rel. err, ok
      String[] cells = line.substring(LibraryDemo.LABEL_WIDTH).trim().split("\\s+");
      assertEquals(6, cells.length, line);
      double tangent = Double.parseDouble(cells[1]), adjoint = Double.parseDouble(cells[2]);
      double fd = Double.parseDouble(cells[3]), scale = Math.max(1, Math.abs(fd));
      assertEquals(fd, tangent, LibraryDemo.TOLERANCE * scale, line);
      assertEquals(fd, adjoint, LibraryDemo.TOLERANCE * scale, line);
      assertEquals("ok", cells[5], line);
      rows++;
    }
    for (String row : REQUIRED) {
      assertTrue(printed.contains(row), "no row '" + row + "' in\n" + printed);
    }
    assertEquals(11, rows, printed);
  }
}

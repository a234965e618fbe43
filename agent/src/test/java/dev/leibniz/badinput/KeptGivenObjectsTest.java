package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.given.KeepingGiven;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A new object given to a callee that keeps it stays refused, located at the object's use (*Objects given to calls*,
 * {@code objects.GivenNewObjectsTest} for those that keep nothing): {@code rotateBy(new KeptTurn(...))}, whose {@code
 * turn.cos()} runs, on an object of exactly class KeptTurn, the override storing it in a static (judging Turn's code
 * instead would accept it); and a static helper storing the turn before reading it.
 */
class KeptGivenObjectsTest {
  @Test
  void aCalleeThatKeepsTheNewObjectIsRefusedAtItsUse() {
    Transformed t = Transformed.of(KeepingGiven.class, true);
    for (String name : new String[] {"remembered", "stored"}) {
      Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(name + "(")).findFirst()
          .orElseThrow(() -> new AssertionError(name + " is refused: " + t.result.diagnostics()));
      assertTrue(d.line() > 0 && d.reason().contains("by a blank constructor carries derivatives and is")
          && d.reason().contains("create the object outside the method and pass it in with its shadow"), d.toString());
      for (Method m : t.type.getDeclaredMethods()) assertTrue(!m.getName().startsWith(name + "$adjoint"), "no adjoint: " + m);
    }
  }
}

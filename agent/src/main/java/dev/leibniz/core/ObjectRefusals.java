package dev.leibniz.core;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Shadows;
import org.objectweb.asm.Type;

/**
 * What the object contract (README, "Objects") does not cover yet, refused up front with the
 * reason and what to do instead. Today: reverse mode of a method whose receiver, parameters or
 * result have shadows (forward mode gives their derivatives).
 */
final class ObjectRefusals {
  private ObjectRefusals() {}

  /** Fails the adjoint of a method involving shadow types. */
  static void reverse(Graph g, Shadows shadows) throws NotDifferentiable {
    String which = null;
    if (Companions.receiverShadow(g.owner, g.isStatic(), shadows)) {
      which = "its receiver is of class " + simple(g.owner) + ", which is @Differentiable (its fields carry derivatives)";
    } else if (shadows.has(Type.getReturnType(g.desc))) {
      which = "it returns " + simple(Type.getReturnType(g.desc).getClassName()) + ", a @Differentiable class";
    } else {
      for (Type t : Type.getArgumentTypes(g.desc)) {
        if (shadows.has(t)) {
          which = "its parameter of type " + simple(t.getClassName()) + " has a shadow (a @Differentiable class)";
          break;
        }
      }
    }
    if (which != null) {
      throw new NotYet("reverse mode of objects with shadows is not implemented yet: " + which
          + "; use the forward companion " + g.name + "$tangent (one directional derivative per call),"
          + " or pass the differentiable state as double/double[] parameters for a gradient");
    }
  }

  /**
   * A companion deliberately not generated because the feature is not built yet: callers fail as
   * for any failure, but when the other mode was generated it is reported as a warning (the
   * class keeps its tangents under {@code strict}).
   */
  static final class NotYet extends NotDifferentiable {
    private static final long serialVersionUID = 1L;

    NotYet(String reason) {
      super(-1, "", reason);
    }
  }

  private static String simple(String name) {
    String n = name.replace('/', '.');
    return n.substring(n.lastIndexOf('.') + 1);
  }
}

package dev.leibniz.core;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.objects.ObjectCode;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.ir.Shadows;
import org.objectweb.asm.Type;

/**
 * What the object contract (README, "Objects") does not cover yet in reverse mode, refused up
 * front with the reason and what to do instead (forward mode gives those derivatives).
 */
public final class ObjectRefusals {
  private ObjectRefusals() {}

  /**
   * Fails the adjoint of a method involving shadow types where reverse mode does not cover it yet:
   * a result with a shadow (its seed would be a shadow to add field by field), and a call that
   * passes an object with a shadow to a callee that writes memory (joint reversal re-runs the
   * callee in the reverse sweep, from the objects' state at that time: objects are not snapshotted).
   */
  static void reverse(Graph g, Shadows shadows, Callees callees, ObjectCode code) throws NotDifferentiable {
    finalFieldReads(g, shadows, code);
    if (shadows.has(Type.getReturnType(g.desc))) {
      throw new NotYet("reverse mode of a method returning an object with a shadow (" + simple(Type.getReturnType(g.desc).getClassName())
          + ", a @Differentiable class) is not implemented yet; use the forward companion " + g.name + "$tangent, or return"
          + " nothing and let the caller read the object (its adjoint shadow carries the seed)");
    }
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef) || i.method().name().startsWith("<")) continue;
        boolean objects = false;
        for (Value a : i.args) objects |= shadows.has(a.type);
        // A same-class callee reversed in split mode runs its forward sweep in ours and records what
        // its reverse reads, so it may write objects; joint reversal would re-run it.
        boolean split = i.method().owner().equals(g.owner) && callees.hasSplitAdjoint(i.method());
        if (objects && !split && callees.isDifferentiable(i.method()) && !callees.isPure(i.method())) {
          MethodRef m = i.method();
          throw new NotYet(i.line, InsnText.of(i.origin), "calls " + JavaSignature.method(m.owner(), m.name(), m.desc())
              + " with an object that has a shadow, and the callee writes memory; reverse mode re-runs a callee in its reverse"
              + " sweep from the objects' state at that time, and objects are not snapshotted: write the callee's code into"
              + " this method (a loop over the objects is fine), or use the forward companion " + g.name + "$tangent");
        }
      }
    }
  }

  /**
   * Fails the adjoint of a method reading a {@code final double} (or {@code float}) field of an
   * object with a shadow: the read's adjoint accumulates into that field of the adjoint shadow
   * ({@code shadow.f += bar}), and the JVM lets only a constructor write a final field (an
   * {@code IllegalAccessError} at the first call). Found by the object fuzzer (ObjectFuzzTest).
   */
  private static void finalFieldReads(Graph g, Shadows shadows, ObjectCode code) throws NotDifferentiable {
    if (code == null) return;
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op != Op.GETFIELD || !(i.type.getSort() == Type.DOUBLE || i.type.getSort() == Type.FLOAT)
            || !shadows.has(i.arg(0).type) || !code.isFinal((FieldRef) i.attr)) continue;
        FieldRef f = (FieldRef) i.attr;
        throw new NotYet(i.line, InsnText.of(i.origin), "reads the final field " + simple(f.owner()) + "." + f.name()
            + " of an object with a shadow; its adjoint accumulates into that field of the adjoint shadow, and the JVM lets"
            + " only a constructor write a final field: declare " + f.name() + " without final, or use the forward companion "
            + g.name + "$tangent");
      }
    }
  }

  /**
   * A companion deliberately not generated because the feature is not built yet: callers fail as
   * for any failure, but when the other mode was generated it is reported as a warning (the
   * class keeps its tangents under {@code strict}).
   */
  public static final class NotYet extends NotDifferentiable {
    private static final long serialVersionUID = 1L;

    NotYet(String reason) {
      super(-1, "", reason);
    }

    public NotYet(int line, String instruction, String reason) {
      super(line, instruction, reason);
    }
  }

  private static String simple(String name) {
    String n = name.replace('/', '.');
    return n.substring(n.lastIndexOf('.') + 1);
  }
}

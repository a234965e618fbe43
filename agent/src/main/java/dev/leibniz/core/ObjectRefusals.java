package dev.leibniz.core;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.ir.Shadows;

/**
 * What the object contract (README, "Objects") does not cover yet in reverse mode, refused up
 * front with the reason and what to do instead (forward mode gives those derivatives).
 */
public final class ObjectRefusals {
  private ObjectRefusals() {}

  /**
   * Fails the adjoint of a method involving shadow types where reverse mode does not cover it yet:
   * a call returning an object with a shadow (the caller's forward sweep would need the adjoint
   * shadow of the returned object), and a call that passes an object with a shadow to a callee
   * that writes memory and is reversed jointly (it would re-run in the reverse sweep, from the
   * objects' state at that time: objects are not snapshotted). A callee bound statically is
   * reversed in split mode instead ({@link Callees#hasSplitAdjoint}). A call the adjoint leaves out ({@code leftOut}: a
   * pool's release, {@code Activity.isLeftOut}) runs in neither sweep, so the second does not apply; asked only of a call refused
   * otherwise (whether the split adjoint it would fall back on could be built depended on whether it was built at all).
   */
  static void reverse(Graph g, Shadows shadows, Callees callees, java.util.function.Predicate<Insn> leftOut) throws NotDifferentiable {
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef) || i.method().name().startsWith("<")) continue;
        boolean objects = false;
        for (Value a : i.args) objects |= shadows.has(a.type);
        if (shadows.has(i.type) && callees.isDifferentiable(i.method()) && !callees.hasSplitAdjoint(i.method())) {
          MethodRef m = i.method();
          throw new NotYet(i.line, InsnText.of(i.origin), "calls " + JavaSignature.method(m.owner(), m.name(), m.desc())
              + ", which returns an object with a shadow and is reversed jointly; in reverse mode the"
              + " caller learns the adjoint shadow of the object a call returns only from a callee reversed in split mode (static,"
              + " private, final, or in a final class): " + callees.bindingAdvice(m) + "; or read the object where the callee"
              + " found it (a field, an array element), or use the forward companion " + g.name + "$tangent");
        }
        // A callee reversed in split mode (same class, or hosted: bound statically) runs its forward
        // sweep in ours and records what its reverse reads, so it may write objects; joint reversal
        // would re-run it.
        boolean split = callees.hasSplitAdjoint(i.method());
        // An abstract callee's implementations are taken to write nothing, as for any dispatched call
        // (README, "Dispatch"); one generated at its first dispatch is checked for it (OnDemand).
        if (objects && !split && callees.isDifferentiable(i.method()) && !callees.isPure(i.method())
            && !callees.dispatchedWithoutCode(i.method()) && !ownSplitOnRequest(g, i.method(), callees) && !leftOut.test(i)) {
          MethodRef m = i.method();
          throw new NotYet(i.line, InsnText.of(i.origin), "calls " + JavaSignature.method(m.owner(), m.name(), m.desc())
              + " with an object that has a shadow, and the callee writes memory; reverse mode re-runs a callee in its reverse"
              + " sweep from the objects' state at that time, and objects are not snapshotted; a callee that a call binds"
              + " statically (static, private, final, or in a final class) is reversed in split mode instead: "
              + callees.bindingAdvice(m) + "; or write its code into this method, or use the forward companion " + g.name
              + "$tangent");
        }
      }
    }
  }

  /**
   * An overridable method of the class itself that writes memory gets its split adjoint on request, behind the receiver
   * check (CalleeOracle.ownSplitOnRequest): its forward runs once, at the call (Commons Geometry's marked {@code dot(base)}).
   */
  private static boolean ownSplitOnRequest(Graph g, MethodRef m, Callees callees) {
    return m.owner().equals(g.owner) && callees.splitOnRequest(m);
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
}

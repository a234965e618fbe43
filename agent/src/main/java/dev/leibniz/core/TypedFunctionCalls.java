package dev.leibniz.core;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Calls of a JDK functional interface whose parameter is a type variable, given an object with a shadow: Commons
 * Numbers' {@code ToDoubleFunction<Quaternion> norm} called as {@code norm.applyAsDouble(q)}. Erased, the parameter is
 * an {@code Object}, which has no shadow slot, so the companions would drop the object's derivative. The call is seen
 * with the argument's class (its static type here, which the verifier holds the value to) as the parameter's: {@code
 * applyAsDouble(Quaternion)}, so the dispatched companion takes the object's shadow. Which implementation fits is
 * decided where the receiver is known, at the first dispatch: a lambda whose function was declared with that class
 * ({@code OnDemand.ofLambda}: the instantiated type, checked against the site's), an implementing class's own method of
 * that type; anything else is named there. The emitted call is the erased one ({@link
 * ClassLibrary#restoreArgumentViews}). Only functions with a floating result ({@code ToDoubleFunction}, {@code
 * ToDoubleBiFunction}): a result declared by a type variable carries no derivative through dispatch.
 */
final class TypedFunctionCalls {
  private static final String FUNCTIONS = "java/util/function/";
  private static final Type OBJECT = Type.getType(Object.class);

  private TypedFunctionCalls() {}

  /** Retypes the calls of {@code g} that give objects with shadows to a functional interface's type variable. */
  static void retype(Graph g, ClassLibrary library, Shadows shadows) {
    if (shadows == null) return;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || !isFunction(m) || !isFloating(Type.getReturnType(m.desc()))) {
          continue;
        }
        String desc = typedDesc(call, m, shadows);
        if (desc == null) continue;
        library.viewedAs(m, desc);
        Insn typed = g.newInsn(Op.INVOKE, call.type, new MethodRef(m.opcode(), m.owner(), m.name(), desc, m.itf()), call.args.clone());
        typed.line = call.line;
        typed.origin = call.origin;
        b.insns.set(j, typed);
        if (call.hasResult()) g.replaceUses(Map.of(call, typed));
      }
    }
  }

  /** {@code m}'s descriptor with each {@code Object} parameter given an object of a class with shadows typed so, or null. */
  private static String typedDesc(Insn call, MethodRef m, Shadows shadows) {
    Type[] params = Type.getArgumentTypes(m.desc());
    boolean changed = false;
    for (int k = 0; k < params.length; k++) {
      Type a = call.arg(k + 1).type;
      if (params[k].equals(OBJECT) && a.getSort() == Type.OBJECT && !ClassLibrary.isJdk(a.getInternalName())
          && shadows.has(a) && !shadows.isSlotOnly(a.getInternalName())) {
        params[k] = a;
        changed = true;
      }
    }
    return changed ? Type.getMethodDescriptor(Type.getReturnType(m.desc()), params) : null;
  }

  /**
   * True when argument {@code k} (the function itself at 0) of a call of {@code m} is an object this view typed with its
   * class ({@link #retype}) and the function's result is a number: what the call runs is chosen at run time, and every
   * implementation it may run is judged there to write nothing — a generic lambda's body ({@code OnDemand.ofLambda}),
   * a class's method ({@code OnDemand.ofMethod}: one given objects with shadows that writes memory is refused, named).
   * Code that writes nothing and returns a number keeps nothing it is given, so an object made in the caller with the
   * shadow made there (Commons Numbers' {@code negate().normalize()}, reading {@code type.norm.applyAsDouble(q)}) stays
   * there: the companions read, and add the adjoint into, the shadow given with it ({@code BlankStoreUses}).
   */
  static boolean keepsNothingGiven(MethodRef m, int k, Shadows shadows) {
    if (shadows == null || !isFunction(m) || !isFloating(Type.getReturnType(m.desc())) || k < 1) return false;
    Type[] params = Type.getArgumentTypes(m.desc());
    if (k > params.length) return false;
    Type t = params[k - 1];
    return t.getSort() == Type.OBJECT && !ClassLibrary.isJdk(t.getInternalName()) && shadows.has(t)
        && !shadows.isSlotOnly(t.getInternalName());
  }

  /** A call of a method of one of the JDK's functional interfaces ({@code java.util.function}). */
  static boolean isFunction(MethodRef m) {
    return m.opcode() == Opcodes.INVOKEINTERFACE && m.owner().startsWith(FUNCTIONS);
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}

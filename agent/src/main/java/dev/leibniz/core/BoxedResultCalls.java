package dev.leibniz.core;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Calls of a user interface's (or abstract class's) generic method whose type variable is the result, instantiated with
 * {@code Double} and unboxed where it is called: {@code double r = op.apply(a, b)} on an {@code Op<Double>} whose
 * {@code T apply(double[], double[])} is erased to {@code Object} (a visitor, double dispatch). The bytecode is the call,
 * {@code checkcast Double} and {@code doubleValue()}; the call is seen as {@code double apply(double[], double[])} (a
 * result view, {@link ClassLibrary#resultView}), so it is dispatched as a method with a {@code double} result: each
 * implementation's companion of its {@code Double apply} (the contract's boxed result) is found at run time and unboxed
 * there ({@code Helpers.companionOf}), and the primal call is emitted as written, unboxed after it ({@link #unbox}). Only
 * when the box's one use is that cast and the cast's one use is {@code doubleValue()}: a box kept, merged, compared or
 * passed on may hold what the caller cannot see, so such a call keeps its refusal. An implementation whose method returns
 * {@code Object} (la4j's {@code <T> T apply(op, that)}, returning what the next dispatched call returns) is differentiated
 * at its first dispatch through its unboxed view ({@link UnboxedViews}); the marked class's own abstract method is seen
 * so too when its receiver has a shadow (dispatched as another class's: CalleeOracle.abstractOfShadowedClass).
 */
final class BoxedResultCalls {
  private static final String DOUBLE = "java/lang/Double";

  private BoxedResultCalls() {}

  /** Retypes the calls of {@code g} whose erased {@code Object} result is only unboxed as a {@code Double}. */
  static void retype(Graph g, ClassLibrary library, dev.leibniz.core.ir.Shadows shadows) {
    Map<Value, Insn> onlyUse = null;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL
            || !Type.getReturnType(m.desc()).getDescriptor().equals("Ljava/lang/Object;") || ClassLibrary.isJdk(m.owner())) {
          continue;
        }
        if (onlyUse == null) onlyUse = onlyUses(g);
        Insn cast = onlyUse.get(call);
        Insn unboxed = cast == null ? null : onlyUse.get(cast);
        if (cast == null || cast.op != Op.CHECKCAST || !cast.type.getInternalName().equals(DOUBLE) || !isDoubleValue(unboxed)) continue;
        String desc = Type.getMethodDescriptor(Type.DOUBLE_TYPE, Type.getArgumentTypes(m.desc()));
        if (!library.resultView(m, desc, Companions.receiverShadow(m.owner(), false, shadows))) continue;
        Insn typed = g.newInsn(Op.INVOKE, Type.DOUBLE_TYPE, new MethodRef(m.opcode(), m.owner(), m.name(), desc, m.itf()), call.args.clone());
        typed.line = call.line;
        typed.origin = call.origin;
        b.insns.set(j, typed);
        g.replaceUses(Map.of(unboxed, typed));
        for (Block o : g.blocks) o.insns.removeIf(i -> i == cast || i == unboxed);
        onlyUse = null;
      }
    }
  }

  /** After a primal call of a result view restored to the method it views: the {@code Double} it returns, unboxed. */
  static void unbox(InsnList code, MethodInsnNode call) {
    InsnList after = new InsnList();
    after.add(new TypeInsnNode(Opcodes.CHECKCAST, DOUBLE));
    after.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, DOUBLE, "doubleValue", "()D", false));
    code.insert(call, after);
  }

  static boolean isDoubleValue(Insn i) {
    return i != null && i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.owner().equals(DOUBLE)
        && m.name().equals("doubleValue") && m.desc().equals("()D") && !m.isStatic();
  }

  /** Each value of {@code g} used exactly once, by an instruction, to that instruction (a value used by a phi or a terminator is left out). */
  static Map<Value, Insn> onlyUses(Graph g) {
    Map<Value, Insn> only = new HashMap<>();
    Map<Value, Integer> count = new HashMap<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) for (Value v : p.inputs) count.merge(v, 2, Integer::sum);
      for (Insn i : b.insns) {
        for (Value v : i.args) {
          count.merge(v, 1, Integer::sum);
          only.put(v, i);
        }
      }
      if (b.terminator != null) for (Value v : b.terminator.args) count.merge(v, 2, Integer::sum);
    }
    only.keySet().removeIf(v -> count.get(v) != 1);
    return only;
  }
}

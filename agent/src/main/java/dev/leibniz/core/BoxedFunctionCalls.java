package dev.leibniz.core;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Calls of a caller-given boxed function of the JDK ({@code Function<Double, Double>}, {@code UnaryOperator<Double>},
 * {@code BiFunction<Double, Double, Double>}, {@code BinaryOperator<Double>}: {@code apply} erased to {@code Object})
 * given numbers boxed for it ({@code Double.valueOf}) and whose result is only unboxed ({@code checkcast Double},
 * {@code doubleValue()}): {@code double y = f.apply(x)}. The call is seen as {@code double apply(double)}, so it is
 * dispatched as a {@code DoubleUnaryOperator}'s is: at its first dispatch the implementation the receiver runs — a
 * class's {@code Double apply(Double)}, a lambda's body — is differentiated through its {@code double} view ({@link
 * BoxedViews}), where its unboxing and its boxing are seen, and an implementation that keeps the box or writes memory is
 * named there. The primal call is emitted as written: the numbers boxed again before it ({@link #box}) and its result
 * unboxed after it ({@link ClassLibrary#restoreArgumentViews}). A call whose result is used otherwise (kept, compared,
 * tested for {@code null}) keeps its refusal ({@code BoxedResults.givenToFunction}).
 */
final class BoxedFunctionCalls {
  private static final String OBJECT = "Ljava/lang/Object;";

  private BoxedFunctionCalls() {}

  /** Retypes the boxed function calls of {@code g} given boxes of numbers and unboxed. */
  static void retype(Graph g, ClassLibrary library) {
    Map<Value, Insn> onlyUse = null;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef m) || !isBoxedFunction(m)) continue;
        Value[] numbers = numbers(call);
        if (numbers == null) continue;
        if (onlyUse == null) onlyUse = BoxedResultCalls.onlyUses(g);
        Insn cast = onlyUse.get(call);
        Insn unboxed = cast == null ? null : onlyUse.get(cast);
        if (cast == null || cast.op != Op.CHECKCAST || !cast.type.getInternalName().equals("java/lang/Double")
            || !BoxedResultCalls.isDoubleValue(unboxed)) {
          continue;
        }
        String desc = viewDesc(m.desc());
        library.viewedAs(m, desc);
        Value[] args = new Value[numbers.length + 1];
        args[0] = call.arg(0);
        System.arraycopy(numbers, 0, args, 1, numbers.length);
        Insn typed = g.newInsn(Op.INVOKE, Type.DOUBLE_TYPE, new MethodRef(m.opcode(), m.owner(), m.name(), desc, m.itf()), args);
        typed.line = call.line;
        typed.origin = call.origin;
        b.insns.set(j, typed);
        g.replaceUses(Map.of(unboxed, typed));
        for (Block o : g.blocks) o.insns.removeIf(i -> i == cast || i == unboxed);
        dropUnusedBoxes(g, call.args);
        onlyUse = null;
      }
    }
  }

  /**
   * An {@code apply} of one of the JDK's functional interfaces taking one or two {@code Object}s and returning one (the
   * erasure of {@code Function}, {@code BiFunction} and their operators).
   */
  private static boolean isBoxedFunction(MethodRef m) {
    String d = m.desc();
    return TypedFunctionCalls.isFunction(m) && m.name().equals("apply")
        && (d.equals("(" + OBJECT + ")" + OBJECT) || d.equals("(" + OBJECT + OBJECT + ")" + OBJECT));
  }

  /** The view's descriptor: each parameter and the result a {@code double}. */
  private static String viewDesc(String desc) {
    Type[] params = Type.getArgumentTypes(desc);
    java.util.Arrays.fill(params, Type.DOUBLE_TYPE);
    return Type.getMethodDescriptor(Type.DOUBLE_TYPE, params);
  }

  /** The numbers {@code call}'s arguments box ({@code Double.valueOf(v)}, through casts), or null when one is not such a box. */
  private static Value[] numbers(Insn call) {
    Value[] out = new Value[call.args.length - 1];
    for (int k = 1; k < call.args.length; k++) {
      Value n = dev.leibniz.core.analysis.BoxedResults.boxed(call.arg(k));
      if (n == null || !n.type.equals(Type.DOUBLE_TYPE)) return null;
      out[k - 1] = n;
    }
    return out;
  }

  /** Removes the boxes (and their casts) given to the replaced call that nothing else uses. */
  private static void dropUnusedBoxes(Graph g, Value[] given) {
    Set<Value> used = new HashSet<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) used.addAll(p.inputs);
      for (Insn i : b.insns) used.addAll(List.of(i.args));
      if (b.terminator != null) used.addAll(List.of(b.terminator.args));
    }
    List<Value> dropped = new ArrayList<>();
    for (int k = 1; k < given.length; k++) {
      for (Value v = given[k]; v instanceof Insn i && !used.contains(i); v = i.arg(0)) {
        dropped.add(i);
        if (i.op != Op.CHECKCAST) break; // the box itself: its argument is the number
      }
    }
    for (Block b : g.blocks) b.insns.removeIf(dropped::contains);
  }

  /**
   * True when the call of view {@code view} is restored to {@code original} by boxing its arguments ({@link #box}): a
   * view made here.
   */
  static boolean boxesArguments(String original, String view) {
    return !original.equals(view) && Type.getArgumentTypes(original).length > 0
        && Type.getArgumentTypes(original)[0].getDescriptor().equals(OBJECT) && Type.getArgumentTypes(view)[0].equals(Type.DOUBLE_TYPE);
  }

  /**
   * Boxes the one or two {@code double} arguments on the stack before {@code call} ({@code Double.valueOf}), the first
   * under the second: {@code valueOf; dup_x2; pop; valueOf; swap}.
   */
  static void box(InsnList code, MethodInsnNode call, int count) {
    InsnList before = new InsnList();
    before.add(valueOf());
    if (count == 2) {
      before.add(new InsnNode(Opcodes.DUP_X2));
      before.add(new InsnNode(Opcodes.POP));
      before.add(valueOf());
      before.add(new InsnNode(Opcodes.SWAP));
    }
    code.insertBefore(call, before);
  }

  private static MethodInsnNode valueOf() {
    return new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
  }
}

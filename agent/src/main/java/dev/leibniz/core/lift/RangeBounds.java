package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * A range built where it is used, {@code a until b}, {@code a to b}, an array's {@code xs.indices}
 * ({@code 0 until xs.length}), any {@code by c} ({@code RichInt$.MODULE$.until$extension(a, b)},
 * then {@code Range.by(c)}): its bounds go into
 * locals instead of a {@code Range} object, and the loop counts the elements as {@code Range}
 * defines them (in {@code long}: a range may have more than {@code Int.MaxValue} elements; a step
 * of 0 throws {@code IllegalArgumentException} as {@code Range} does). No {@code Range} is made,
 * and no library code runs, in the companions.
 */
final class RangeBounds {
  private static final String RICH_INT = "scala/runtime/RichInt$";
  private static final String PREDEF = "scala/Predef$";
  private static final String ARRAY_OPS = "scala/collection/ArrayOps$";

  private final AbstractInsnNode module;
  private final MethodInsnNode extension;
  /** The {@code by} call, or null (step 1). */
  private final MethodInsnNode by;
  private final boolean inclusive;
  /** {@code xs.indices}: the extension is given the array, the range is {@code 0 until xs.length}. */
  private final boolean indices;
  /** {@code Predef$.MODULE$} and its {@code intWrapper(a)} (the identity), when the start is wrapped so; else null. */
  private AbstractInsnNode predef, intWrapper;
  private int start, end, step;

  private RangeBounds(AbstractInsnNode module, MethodInsnNode extension, MethodInsnNode by) {
    this.module = module;
    this.extension = extension;
    this.by = by;
    this.inclusive = extension.name.equals("to$extension");
    this.indices = extension.owner.equals(ARRAY_OPS);
  }

  /**
   * The bounds of the range {@code made} pushed (the instruction that made the value the {@code
   * foreach} is called on), or null when it is not built right there.
   */
  static RangeBounds of(AbstractInsnNode made, AbstractInsnNode[] code, Frame<SourceValue>[] frames) {
    MethodInsnNode by = null;
    if (made instanceof MethodInsnNode && ((MethodInsnNode) made).owner.startsWith(ScalaRanges.RANGE)
        && ((MethodInsnNode) made).name.equals("by") && ((MethodInsnNode) made).desc.endsWith("(I)L" + ScalaRanges.RANGE + ";")) {
      by = (MethodInsnNode) made;
      made = source(by, 2, code, frames);
    }
    if (!(made instanceof MethodInsnNode)) return null;
    MethodInsnNode e = (MethodInsnNode) made;
    if (e.owner.equals(ARRAY_OPS)) return indices(e, by, code, frames);
    if (!e.owner.equals(RICH_INT) || !(e.name.equals("until$extension") || e.name.equals("to$extension"))
        || !e.desc.startsWith("(II)")) {
      return null;
    }
    AbstractInsnNode module = source(e, 3, code, frames);
    if (!(module instanceof FieldInsnNode) || module.getOpcode() != GETSTATIC || !((FieldInsnNode) module).owner.equals(RICH_INT)) {
      return null;
    }
    RangeBounds b = new RangeBounds(module, e, by);
    AbstractInsnNode wrap = source(e, 2, code, frames); // Predef$.MODULE$.intWrapper(a): a itself
    if (wrap instanceof MethodInsnNode && ((MethodInsnNode) wrap).owner.equals(PREDEF) && ((MethodInsnNode) wrap).name.equals("intWrapper")
        && ((MethodInsnNode) wrap).desc.equals("(I)I")) {
      AbstractInsnNode predef = source(wrap, 2, code, frames);
      if (predef instanceof FieldInsnNode && predef.getOpcode() == GETSTATIC && ((FieldInsnNode) predef).owner.equals(PREDEF)) {
        b.intWrapper = wrap;
        b.predef = predef;
      }
    }
    return b;
  }

  /**
   * {@code xs.indices} of an array: {@code ArrayOps$.MODULE$.indices$extension(Predef$.MODULE$.
   * doubleArrayOps(xs))} ({@code intArrayOps}...), the range {@code 0 until xs.length}. Without this
   * the library's {@code indices} runs with the array (its {@code Array.getLength} has no derivative rule).
   */
  private static RangeBounds indices(MethodInsnNode e, MethodInsnNode by, AbstractInsnNode[] code, Frame<SourceValue>[] frames) {
    if (!e.name.equals("indices$extension") || !e.desc.equals("(Ljava/lang/Object;)L" + ScalaRanges.RANGE + ";")) return null;
    AbstractInsnNode module = source(e, 2, code, frames);
    if (!(module instanceof FieldInsnNode) || module.getOpcode() != GETSTATIC || !((FieldInsnNode) module).owner.equals(ARRAY_OPS)) {
      return null;
    }
    AbstractInsnNode ops = throughLocal(source(e, 1, code, frames), code, frames); // Predef$.MODULE$.doubleArrayOps(xs): xs itself
    if (!(ops instanceof MethodInsnNode) || !((MethodInsnNode) ops).owner.equals(PREDEF) || !((MethodInsnNode) ops).name.endsWith("ArrayOps")
        || !((MethodInsnNode) ops).desc.matches("\\(\\[+[A-Za-z/;$]+\\)Ljava/lang/Object;")) {
      return null;
    }
    AbstractInsnNode predef = source(ops, 2, code, frames);
    if (!(predef instanceof FieldInsnNode) || predef.getOpcode() != GETSTATIC || !((FieldInsnNode) predef).owner.equals(PREDEF)) return null;
    RangeBounds b = new RangeBounds(module, e, by);
    b.predef = predef;
    b.intWrapper = ops;
    return b;
  }

  /**
   * For a load of a local that one store wrote (Scala 3 keeps {@code doubleArrayOps(xs)} in a local),
   * the instruction that pushed the value stored; else {@code v}.
   */
  private static AbstractInsnNode throughLocal(AbstractInsnNode v, AbstractInsnNode[] code, Frame<SourceValue>[] frames) {
    if (!(v instanceof VarInsnNode) || v.getOpcode() != ALOAD) return v;
    for (int i = 0; i < code.length; i++) {
      if (code[i] != v || frames[i] == null) continue;
      SourceValue local = frames[i].getLocal(((VarInsnNode) v).var);
      if (local.insns.size() != 1) return v;
      AbstractInsnNode store = local.insns.iterator().next();
      return store.getOpcode() == ASTORE ? source(store, 1, code, frames) : v;
    }
    return v;
  }

  /** The one instruction that pushed the value {@code depth} entries down the stack at {@code at}, or null. */
  private static AbstractInsnNode source(AbstractInsnNode at, int depth, AbstractInsnNode[] code, Frame<SourceValue>[] frames) {
    for (int i = 0; i < code.length; i++) {
      if (code[i] != at) continue;
      Frame<SourceValue> f = frames[i];
      if (f == null || f.getStackSize() < depth) return null;
      SourceValue v = f.getStack(f.getStackSize() - depth);
      return v.insns.size() == 1 ? v.insns.iterator().next() : null;
    }
    return null;
  }

  /** The bounds into fresh locals where the range was made: no module, no {@code Range}. */
  void storeBounds(MethodNode m) {
    start = m.maxLocals++;
    end = m.maxLocals++;
    step = m.maxLocals++;
    m.instructions.remove(module);
    if (intWrapper != null) {
      m.instructions.remove(predef);
      m.instructions.remove(intWrapper);
    }
    InsnList bounds = new InsnList();
    if (indices) {
      bounds.add(new InsnNode(ARRAYLENGTH));
      bounds.add(new VarInsnNode(ISTORE, end));
      bounds.add(new InsnNode(ICONST_0));
      bounds.add(new VarInsnNode(ISTORE, start));
    } else {
      bounds.add(new VarInsnNode(ISTORE, end));
      bounds.add(new VarInsnNode(ISTORE, start));
    }
    if (by == null) {
      bounds.add(new InsnNode(ICONST_1));
      bounds.add(new VarInsnNode(ISTORE, step));
    } else {
      m.instructions.set(by, new VarInsnNode(ISTORE, step));
    }
    m.instructions.insert(extension, bounds);
    m.instructions.remove(extension);
  }

  /**
   * Sets {@code element} to the first element and {@code count} (a {@code long}) to the number of
   * elements, jumping to {@code empty} when there are none.
   */
  InsnList prologue(int element, int count, LabelNode empty) {
    InsnList l = new InsnList();
    LabelNode stepOk = new LabelNode(), negative = new LabelNode(), counted = new LabelNode();
    l.add(new VarInsnNode(ILOAD, step));
    l.add(new JumpInsnNode(IFNE, stepOk));
    l.add(new TypeInsnNode(NEW, "java/lang/IllegalArgumentException"));
    l.add(new InsnNode(DUP));
    l.add(new LdcInsnNode("step cannot be 0."));
    l.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false));
    l.add(new InsnNode(ATHROW));
    l.add(stepOk);
    // span = (long) end - start; count = span / step + 1 (inclusive), (span -+ 1) / step + 1 (exclusive)
    l.add(new VarInsnNode(ILOAD, end));
    l.add(new InsnNode(I2L));
    l.add(new VarInsnNode(ILOAD, start));
    l.add(new InsnNode(I2L));
    l.add(new InsnNode(LSUB));
    l.add(new VarInsnNode(LSTORE, count));
    l.add(new VarInsnNode(ILOAD, step));
    l.add(new JumpInsnNode(IFLT, negative));
    l.add(countFor(count, true, empty));
    l.add(new JumpInsnNode(GOTO, counted));
    l.add(negative);
    l.add(countFor(count, false, empty));
    l.add(counted);
    l.add(new VarInsnNode(ILOAD, start));
    l.add(new VarInsnNode(ISTORE, element));
    return l;
  }

  /** From the span in {@code count}, the number of elements for a positive (or negative) step. */
  private InsnList countFor(int count, boolean positive, LabelNode empty) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(LLOAD, count));
    l.add(new InsnNode(LCONST_0));
    l.add(new InsnNode(LCMP));
    // empty when the span has the wrong sign (or is 0, for an exclusive range)
    l.add(new JumpInsnNode(positive ? (inclusive ? IFLT : IFLE) : (inclusive ? IFGT : IFGE), empty));
    l.add(new VarInsnNode(LLOAD, count));
    if (!inclusive) {
      l.add(new InsnNode(LCONST_1));
      l.add(new InsnNode(positive ? LSUB : LADD));
    }
    l.add(new VarInsnNode(ILOAD, step));
    l.add(new InsnNode(I2L));
    l.add(new InsnNode(LDIV));
    l.add(new InsnNode(LCONST_1));
    l.add(new InsnNode(LADD));
    l.add(new VarInsnNode(LSTORE, count));
    return l;
  }

  /** Adds the step to {@code element}. */
  InsnList advance(int element) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ILOAD, element));
    l.add(new VarInsnNode(ILOAD, step));
    l.add(new InsnNode(IADD));
    l.add(new VarInsnNode(ISTORE, element));
    return l;
  }
}

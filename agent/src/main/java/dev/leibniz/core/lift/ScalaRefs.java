package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Scala's boxes for assigned captured variables ({@code scala.runtime.DoubleRef}, {@code IntRef},
 * {@code ObjectRef}...: {@code var s = 0.0} captured by a closure) as plain locals, once {@link
 * ScalaRanges} has inlined the closures: a local that holds the box made by {@code XRef.create}
 * (its only store) and is only read to get or set {@code elem} becomes a local of {@code elem}'s
 * type. Any other use (the box passed on, stored, compared) leaves that box as it is.
 */
final class ScalaRefs {
  private static final String RUNTIME = "scala/runtime/";

  private ScalaRefs() {}

  static void replace(MethodNode m) {
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze("java/lang/Object", m);
    } catch (AnalyzerException e) {
      return;
    }
    AbstractInsnNode[] code = m.instructions.toArray();
    Map<AbstractInsnNode, Integer> index = new HashMap<>();
    for (int i = 0; i < code.length; i++) index.put(code[i], i);
    // per box load, the elem access that consumes it
    Map<AbstractInsnNode, FieldInsnNode> consumer = new HashMap<>();
    for (int i = 0; i < code.length; i++) {
      if (frames[i] == null) continue;
      if (isElem(code[i], GETFIELD) || isElem(code[i], PUTFIELD)) {
        FieldInsnNode f = (FieldInsnNode) code[i];
        int depth = f.getOpcode() == GETFIELD ? 1 : 2; // a double value is one stack entry
        SourceValue box = frames[i].getStack(frames[i].getStackSize() - depth);
        if (box.insns.size() == 1) consumer.put(box.insns.iterator().next(), f);
      }
    }
    for (int slot = 0; slot < m.maxLocals; slot++) {
      List<AbstractInsnNode> loads = new ArrayList<>();
      MethodInsnNode create = creation(code, slot, loads);
      if (create == null) continue;
      String box = Type.getReturnType(create.desc).getInternalName();
      boolean onlyElem = true;
      for (AbstractInsnNode load : loads) {
        FieldInsnNode f = consumer.get(load);
        onlyElem &= f != null && f.owner.equals(box) && (f.getOpcode() == GETFIELD ? f == next(load) : !duplicated(code, frames, load));
      }
      if (onlyElem) replace(m, create, loads, consumer, Type.getArgumentTypes(create.desc)[0]);
    }
  }

  /** The {@code XRef.create} stored into {@code slot} when that is its only store; its loads into {@code loads}. */
  private static MethodInsnNode creation(AbstractInsnNode[] code, int slot, List<AbstractInsnNode> loads) {
    MethodInsnNode create = null;
    int stores = 0;
    for (AbstractInsnNode n : code) {
      if (!(n instanceof VarInsnNode) || ((VarInsnNode) n).var != slot) continue;
      if (n.getOpcode() == ALOAD) {
        loads.add(n);
      } else if (n.getOpcode() == ASTORE) {
        stores++;
        AbstractInsnNode p = n.getPrevious();
        if (p instanceof MethodInsnNode && isCreate((MethodInsnNode) p)) create = (MethodInsnNode) p;
      } else {
        return null; // the slot holds other values too
      }
    }
    return stores == 1 ? create : null;
  }

  private static boolean isCreate(MethodInsnNode c) {
    return c.getOpcode() == INVOKESTATIC && c.owner.startsWith(RUNTIME) && c.owner.endsWith("Ref") && c.name.equals("create")
        && Type.getArgumentTypes(c.desc).length == 1 && Type.getReturnType(c.desc).getInternalName().equals(c.owner);
  }

  private static boolean isElem(AbstractInsnNode n, int opcode) {
    return n.getOpcode() == opcode && ((FieldInsnNode) n).owner.startsWith(RUNTIME) && ((FieldInsnNode) n).name.equals("elem");
  }

  private static AbstractInsnNode next(AbstractInsnNode n) {
    AbstractInsnNode x = n.getNext();
    while (x != null && x.getOpcode() < 0) x = x.getNext();
    return x;
  }

  /** Whether a DUP or SWAP copies or moves the value {@code load} pushed before its putfield takes it. */
  private static boolean duplicated(AbstractInsnNode[] code, Frame<SourceValue>[] frames, AbstractInsnNode load) {
    for (int i = 0; i < code.length; i++) {
      int op = code[i].getOpcode();
      if (frames[i] == null || op < DUP || op > SWAP) continue;
      for (int k = 0; k < frames[i].getStackSize(); k++) {
        if (frames[i].getStack(k).insns.contains(load)) return true;
      }
    }
    return false;
  }

  private static void replace(MethodNode m, MethodInsnNode create, List<AbstractInsnNode> loads,
      Map<AbstractInsnNode, FieldInsnNode> consumer, Type elem) {
    int local = m.maxLocals;
    m.maxLocals += elem.getSize();
    m.instructions.set(create.getNext(), new VarInsnNode(elem.getOpcode(ISTORE), local));
    m.instructions.remove(create);
    for (AbstractInsnNode load : loads) {
      FieldInsnNode f = consumer.get(load);
      m.instructions.set(f, new VarInsnNode(elem.getOpcode(f.getOpcode() == GETFIELD ? ILOAD : ISTORE), local));
      m.instructions.remove(load);
    }
  }
}

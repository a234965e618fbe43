package dev.leibniz.core.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Which of a checkpointed loop's reference arguments it may write (an element stored into them or
 * into a row of them, or passed to a call): joint reversal copies those arrays whole with each
 * checkpoint, so their sizes count in the schedule's bytes per checkpoint ({@link Schedule}). The
 * array a store goes to is traced back through the instructions that produced it ({@code aload},
 * {@code aaload}, {@code checkcast}, a local the loop assigned); an array made inside the loop is no
 * argument; anything else makes every argument count (an over-estimate only makes segments longer).
 */
final class WrittenRefs {
  private final InsnList code;
  private final Frame<SourceValue>[] frames;

  private WrittenRefs(InsnList code, Frame<SourceValue>[] frames) {
    this.code = code;
    this.frames = frames;
  }

  /** The slots of {@code refs} that the code in {@code [from, to]} of {@code m} may write, in the order of {@code refs}. */
  static List<Integer> of(String owner, MethodNode m, int from, int to, List<Integer> refs) throws AnalyzerException {
    if (refs.isEmpty()) return List.of();
    WrittenRefs w = new WrittenRefs(m.instructions, new Analyzer<>(new SourceInterpreter()).analyze(owner, m));
    Set<Integer> written = new HashSet<>();
    for (int i = from; i <= to; i++) {
      AbstractInsnNode x = m.instructions.get(i);
      Frame<SourceValue> f = w.frames[i];
      if (f == null) continue; // unreachable
      int op = x.getOpcode();
      if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
        if (!w.roots(f.getStack(f.getStackSize() - 3), refs, written)) return refs;
      } else if (x instanceof MethodInsnNode) {
        Type[] args = Type.getArgumentTypes(((MethodInsnNode) x).desc);
        for (int a = 0; a < args.length; a++) {
          if (args[a].getSort() != Type.ARRAY) continue;
          if (!w.roots(f.getStack(f.getStackSize() - args.length + a), refs, written)) return refs;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int r : refs) {
      if (written.contains(r)) out.add(r);
    }
    return out;
  }

  /** Adds to {@code written} the arguments {@code v} may be (or be a row of); false when it may be something else. */
  private boolean roots(SourceValue v, List<Integer> refs, Set<Integer> written) {
    Deque<AbstractInsnNode> todo = new ArrayDeque<>(v.insns);
    Set<AbstractInsnNode> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      AbstractInsnNode x = todo.pop();
      if (!seen.add(x)) continue;
      Frame<SourceValue> f = frames[code.indexOf(x)];
      if (f == null) continue;
      int op = x.getOpcode();
      if (op == Opcodes.ALOAD) {
        int var = ((VarInsnNode) x).var;
        if (refs.contains(var)) {
          written.add(var);
          continue;
        }
        SourceValue local = f.getLocal(var);
        if (local.insns.isEmpty()) return false; // a parameter that is no argument of the segment
        todo.addAll(local.insns);
      } else if (op == Opcodes.ASTORE || op == Opcodes.CHECKCAST) {
        todo.addAll(f.getStack(f.getStackSize() - 1).insns);
      } else if (op == Opcodes.AALOAD) {
        todo.addAll(f.getStack(f.getStackSize() - 2).insns);
      } else if (op != Opcodes.NEWARRAY && op != Opcodes.ANEWARRAY && op != Opcodes.MULTIANEWARRAY && op != Opcodes.ACONST_NULL) {
        return false;
      }
    }
    return true;
  }
}

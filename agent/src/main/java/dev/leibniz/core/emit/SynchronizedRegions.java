package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.MONITOREXIT;

import dev.leibniz.core.ir.Block;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The release of a companion's monitor where an exception leaves a {@code synchronized} block,
 * as javac's own handler does for the original (which the lifter leaves out, as every handler that
 * ends by throwing): the code from the {@code MONITORENTER} to each {@code MONITOREXIT} reached
 * from it gets an exception-table entry for any exception, whose handler releases the monitor
 * held in the local the entry stored it in, and throws the exception on.
 */
final class SynchronizedRegions {
  private SynchronizedRegions() {}

  /** One monitor taken: in {@code block}, the code after {@code start}; the lock in local {@code lock}. */
  record Entered(Block block, LabelNode start, int lock) {}

  static void emit(Emitter e, MethodNode mn, List<Entered> entered) {
    InsnList code = e.code();
    for (Entered m : entered) {
      LabelNode handler = new LabelNode();
      LabelNode firstEnd = null;
      for (LabelNode x : e.monitorExits(m.block())) {
        if (code.indexOf(x) > code.indexOf(m.start())) {
          firstEnd = x;
          break;
        }
      }
      if (firstEnd != null) {
        cover(mn, m.start(), firstEnd, handler);
      } else {
        cover(mn, m.start(), e.blockEnd(m.block()), handler);
        Set<Block> seen = new HashSet<>();
        Deque<Block> open = new ArrayDeque<>(m.block().successors());
        while (!open.isEmpty()) {
          Block b = open.pop();
          if (e.label(b) == null || !seen.add(b)) continue;
          List<LabelNode> exits = e.monitorExits(b);
          if (!exits.isEmpty()) {
            cover(mn, e.label(b), exits.get(0), handler);
            continue;
          }
          cover(mn, e.label(b), e.blockEnd(b), handler);
          open.addAll(b.successors());
        }
      }
      code.add(handler);
      code.add(new VarInsnNode(ALOAD, m.lock()));
      code.add(new InsnNode(MONITOREXIT));
      code.add(new InsnNode(ATHROW));
    }
  }

  private static void cover(MethodNode mn, LabelNode start, LabelNode end, LabelNode handler) {
    for (AbstractInsnNode n = start; n != null && n != end; n = n.getNext()) {
      if (n.getOpcode() >= 0) {
        mn.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
        return;
      }
    }
  }
}

package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INSTANCEOF;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.POP;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.TryRegion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The run-time half of a recovering {@code try} ({@code lift.RecoveringHandlers}): the graph holds
 * the handler as a branch from the try's entry that is never taken ({@code TRY_ENTER} is 0); here
 * the code of the body — the blocks reached from the entry before a {@code TRY_EXIT} — gets
 * exception-table entries for the caught classes, whose landing pads drop the exception, set every
 * tape back to its position at the entry (values the body pushed before the throw are not reversed:
 * the reverse sweep replays the handler's path from the entry's state), reload the tapes from a
 * workspace (a callee may have grown one), and take that branch. A {@code VirtualMachineError} (a
 * stack overflow the companion's deeper frames may cause) is rethrown, never taken for that branch.
 */
final class RecoveringTrys {
  private RecoveringTrys() {}

  static void emit(Emitter e, MethodNode mn) {
    Map<Insn, Set<Block>> bodies = new HashMap<>();
    for (Map.Entry<Insn, Block> r : e.tryBlocks().entrySet()) {
      bodies.put(r.getKey(), body(e, r.getValue()));
    }
    // Inner trys (an inlined callee's) first: the JVM takes the first matching entry.
    List<Insn> order = new ArrayList<>(e.tryBlocks().keySet());
    order.sort(Comparator.comparingLong(r -> -bodies.values().stream().filter(b -> b.contains(e.tryBlocks().get(r))).count()));
    for (Insn r : order) {
      Map<Character, Integer> saved = new HashMap<>();
      InsnList save = new InsnList();
      for (Map.Entry<Character, int[]> t : e.tapeSlots().entrySet()) {
        int slot = e.newIntSlot();
        saved.put(t.getKey(), slot);
        save.add(new VarInsnNode(ILOAD, t.getValue()[1]));
        save.add(new VarInsnNode(ISTORE, slot));
      }
      e.code().insert(e.trySave(r), save);
      TryRegion region = (TryRegion) r.attr;
      for (String type : region.caughtTypes()) {
        LabelNode landing = new LabelNode();
        InsnList pad = new InsnList();
        pad.add(landing);
        if (mayCatchVmError(type)) pad.add(rethrowVmError());
        if (mayCatchOwnRefusal(type)) pad.add(CompanionRefusals.rethrow());
        pad.add(new InsnNode(POP));
        for (Map.Entry<Character, int[]> t : e.tapeSlots().entrySet()) {
          pad.add(new VarInsnNode(ILOAD, saved.get(t.getKey())));
          pad.add(new VarInsnNode(ISTORE, t.getValue()[1]));
          if (e.hasWorkspace()) pad.add(e.reloadTape(t.getKey()));
        }
        pad.add(new JumpInsnNode(GOTO, e.tryHandler(r)));
        e.code().add(pad);
        for (Block b : bodies.get(r)) {
          LabelNode exit = e.tryExit(b, region);
          LabelNode end = exit != null ? exit : e.blockEnd(b);
          if (hasCode(e.label(b), end)) mn.tryCatchBlocks.add(new TryCatchBlockNode(e.label(b), end, landing, type));
        }
      }
    }
  }

  /** The errors the JVM throws where it cannot go on (VirtualMachineError), and the classes a catch of them names. */
  private static final Set<String> VM_ERROR_CATCHERS = Set.of("java/lang/Throwable", "java/lang/Error",
      "java/lang/VirtualMachineError", "java/lang/StackOverflowError", "java/lang/OutOfMemoryError",
      "java/lang/InternalError", "java/lang/UnknownError");

  /** The classes whose catch may catch a companion's own run-time refusal ({@link CompanionRefusals}). */
  private static final Set<String> REFUSAL_CATCHERS = Set.of("java/lang/Throwable", "java/lang/Exception",
      "java/lang/RuntimeException", "java/lang/IllegalStateException", "java/lang/IllegalArgumentException");

  /** True when a catch of {@code type} (null: any) may catch a companion's own refusal. */
  static boolean mayCatchOwnRefusal(String type) {
    return type == null || REFUSAL_CATCHERS.contains(type);
  }

  /** True when a catch of {@code type} (null: any) may catch a {@code VirtualMachineError}. */
  static boolean mayCatchVmError(String type) {
    return type == null || VM_ERROR_CATCHERS.contains(type);
  }

  /**
   * {@code if (e instanceof VirtualMachineError) throw e;} at the top of a landing pad: a companion
   * runs deeper and allocates tapes, so a StackOverflowError or OutOfMemoryError in its try body may
   * be its own, where the primal would have completed the body; taking the catch's path would then
   * give the fallback's derivative at a point where the method computes the body's value. Such an
   * error propagates out of the companion instead (also where the primal catches it as well: never a
   * silent other path). A companion's own run-time refusal ({@link CompanionRefusals}) likewise.
   */
  private static InsnList rethrowVmError() {
    InsnList out = new InsnList();
    LabelNode other = new LabelNode();
    out.add(new InsnNode(DUP));
    out.add(new TypeInsnNode(INSTANCEOF, "java/lang/VirtualMachineError"));
    out.add(new JumpInsnNode(IFEQ, other));
    out.add(new InsnNode(ATHROW));
    out.add(other);
    return out;
  }

  private static boolean hasCode(LabelNode start, LabelNode end) {
    for (org.objectweb.asm.tree.AbstractInsnNode n = start; n != null && n != end; n = n.getNext()) {
      if (n.getOpcode() >= 0) return true;
    }
    return false;
  }

  /** The blocks of the body: reached from the entry's body branch, up to (and with) those that leave it. */
  private static Set<Block> body(Emitter e, Block entry) {
    Insn branch = entry.terminator;
    Set<Block> seen = new LinkedHashSet<>();
    Deque<Block> open = new ArrayDeque<>();
    open.push(branch.targets[1]);
    TryRegion r = (TryRegion) ((Insn) branch.arg(0)).attr;
    while (!open.isEmpty()) {
      Block b = open.pop();
      if (e.label(b) == null || !seen.add(b)) continue;
      if (e.tryExit(b, r) != null) continue;
      for (Block s : b.successors()) open.push(s);
    }
    return seen;
  }
}

package dev.leibniz.core.lift;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.TryRegion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A {@code catch} that recovers (a path from its handler completes the method normally) made into
 * a second path of the graph: before the {@code try} body, a marker ({@code TRY_ENTER}, always 0)
 * and a branch on it to the handler, entered with the state at the {@code try}'s entry; a marker
 * ({@code TRY_EXIT}) where control leaves the body. The emitter makes an exception thrown in the
 * body take that branch at run time, and an adjoint cuts its tapes back to where they stood at the
 * entry, so the reverse sweep reverses only the path that ran: the handler's.
 *
 * <p>This is exact when the handler starts from the state at entry: refused (located, with advice)
 * where the body writes memory (an array element, a field, or through a call given an array or an
 * object: a throw midway would leave part of its writes, which the reverse sweep would not see),
 * where the handler reads a local the body may have changed before the throw, or reads the exception,
 * and for nested or overlapping recovering {@code try}s. The method's bytecode is not changed: the
 * markers go into a copy.
 */
final class RecoveringHandlers {
  private RecoveringHandlers() {}

  /** The owner of the marker calls: never loaded, the lifter turns them into the IR's markers. */
  static final String MARKER = "dev/leibniz/core/lift/RecoveringHandlers$Marker";

  /** The copy with markers, the handlers it made paths of, and the regions by marker name. */
  record Rewritten(MethodNode method, Set<LabelNode> handlers, Map<String, TryRegion> regions) {}

  private record Group(LabelNode start, LabelNode end, LabelNode handler, List<String> caught) {}

  /** Null when {@code method} has no recovering catch. */
  static Rewritten rewrite(MethodNode original) throws NotDifferentiable {
    boolean any = false;
    for (TryCatchBlockNode t : original.tryCatchBlocks) any |= ExceptionHandlers.normalExit(original, t.handler) != null;
    if (!any) return null;
    MethodNode m = new MethodNode(Opcodes.ASM9, original.access, original.name, original.desc, original.signature,
        original.exceptions.toArray(new String[0]));
    original.accept(m);
    Map<List<LabelNode>, Group> groups = new LinkedHashMap<>();
    for (TryCatchBlockNode t : m.tryCatchBlocks) {
      if (ExceptionHandlers.normalExit(m, t.handler) == null) continue;
      Group g = groups.computeIfAbsent(List.of(t.start, t.end, t.handler), k -> new Group(t.start, t.end, t.handler, new ArrayList<>()));
      g.caught.add(t.type);
    }
    List<Group> list = new ArrayList<>(groups.values());
    InsnList code = m.instructions;
    for (int a = 0; a < list.size(); a++) {
      Group g = list.get(a);
      check(m, g);
      for (int b = a + 1; b < list.size(); b++) {
        Group h = list.get(b);
        if (code.indexOf(g.start) < code.indexOf(h.end) && code.indexOf(h.start) < code.indexOf(g.end)) {
          throw refusal(h.handler, "a try with a recovering catch inside (or overlapping) another is not supported;"
              + " move the inner try into a method of its own");
        }
      }
    }
    Map<String, TryRegion> regions = new HashMap<>();
    Set<LabelNode> handlers = new HashSet<>();
    for (int k = 0; k < list.size(); k++) {
      Group g = list.get(k);
      regions.put("enter" + k, new TryRegion(k, g.caught));
      regions.put("exit" + k, regions.get("enter" + k));
      handlers.add(g.handler);
      markExits(m, g, k);
    }
    for (int k = 0; k < list.size(); k++) markEntry(m, list.get(k), k);
    return new Rewritten(m, handlers, regions);
  }

  /**
   * Marks where control leaves the body of {@code g}: before its returns, at its end where the last
   * instruction falls through, and on each jump out of it (through a stub {@code exit; goto target}
   * at the end of the method, so the marker lies on that edge only, even where the target is the start
   * of the next try). Done for every region before {@link #markEntry}, which sends the stubs' jumps
   * into a following try through its entry.
   */
  private static void markExits(MethodNode m, Group g, int k) {
    InsnList code = m.instructions;
    int from = code.indexOf(g.start), to = code.indexOf(g.end);
    Map<LabelNode, LabelNode> stubs = new HashMap<>();
    List<AbstractInsnNode> returns = new ArrayList<>();
    AbstractInsnNode last = null;
    for (int i = from; i < to; i++) {
      AbstractInsnNode n = code.get(i);
      if (n.getOpcode() < 0) continue;
      last = n;
      for (LabelNode l : targets(n)) {
        int at = code.indexOf(l);
        if (at >= from && at < to) continue;
        LabelNode stub = stubs.computeIfAbsent(l, x -> new LabelNode());
        retarget(n, Set.of(l), stub);
      }
      if (n.getOpcode() >= Opcodes.IRETURN && n.getOpcode() <= Opcodes.RETURN) returns.add(n);
    }
    for (Map.Entry<LabelNode, LabelNode> e : stubs.entrySet()) {
      code.add(e.getValue());
      code.add(exitMarker(k));
      code.add(new JumpInsnNode(Opcodes.GOTO, e.getKey()));
    }
    for (AbstractInsnNode n : returns) code.insertBefore(n, exitMarker(k));
    if (last != null && fallsThrough(last)) code.insertBefore(g.end, exitMarker(k));
  }

  /** Before the body of {@code g}: its entry marker and the branch to its handler; entries from outside go through them. */
  private static void markEntry(MethodNode m, Group g, int k) {
    InsnList code = m.instructions;
    int from = code.indexOf(g.start), to = code.indexOf(g.end);
    Set<LabelNode> startLabels = new HashSet<>();
    for (AbstractInsnNode n = g.start; n != null && n.getOpcode() < 0; n = n.getNext()) {
      if (n instanceof LabelNode l) startLabels.add(l);
    }
    // Entries from outside the body go through the marker first; jumps inside it (a loop) do not.
    LabelNode entry = new LabelNode();
    LabelNode landing = new LabelNode();
    for (int i = 0; i < code.size(); i++) {
      if (i >= from && i < to) continue;
      retarget(code.get(i), startLabels, entry);
    }
    InsnList before = new InsnList();
    before.add(entry);
    before.add(new MethodInsnNode(Opcodes.INVOKESTATIC, MARKER, "enter" + k, "()I", false));
    before.add(new JumpInsnNode(Opcodes.IFNE, landing));
    code.insertBefore(g.start, before);
    code.add(landing);
    code.add(new InsnNode(Opcodes.ACONST_NULL)); // the exception: the handler must not read it
    code.add(new JumpInsnNode(Opcodes.GOTO, g.handler));
  }

  private static MethodInsnNode exitMarker(int k) {
    return new MethodInsnNode(Opcodes.INVOKESTATIC, MARKER, "exit" + k, "()V", false);
  }

  private static void retarget(AbstractInsnNode n, Set<LabelNode> from, LabelNode to) {
    if (n instanceof JumpInsnNode j && from.contains(j.label)) j.label = to;
    if (n instanceof TableSwitchInsnNode s) {
      if (from.contains(s.dflt)) s.dflt = to;
      s.labels.replaceAll(l -> from.contains(l) ? to : l);
    }
    if (n instanceof LookupSwitchInsnNode s) {
      if (from.contains(s.dflt)) s.dflt = to;
      s.labels.replaceAll(l -> from.contains(l) ? to : l);
    }
  }

  /** The labels {@code n} may jump to (a jump's or a switch's); empty for any other instruction. */
  static List<LabelNode> targets(AbstractInsnNode n) {
    List<LabelNode> out = new ArrayList<>();
    if (n instanceof JumpInsnNode j) out.add(j.label);
    if (n instanceof TableSwitchInsnNode s) {
      out.add(s.dflt);
      out.addAll(s.labels);
    }
    if (n instanceof LookupSwitchInsnNode s) {
      out.add(s.dflt);
      out.addAll(s.labels);
    }
    return out;
  }

  private static boolean fallsThrough(AbstractInsnNode n) {
    int op = n.getOpcode();
    return op != Opcodes.GOTO && op != Opcodes.ATHROW && !(op >= Opcodes.IRETURN && op <= Opcodes.RETURN)
        && !(n instanceof TableSwitchInsnNode) && !(n instanceof LookupSwitchInsnNode);
  }

  private static AbstractInsnNode firstReal(AbstractInsnNode n) {
    while (n.getOpcode() < 0) n = n.getNext();
    return n;
  }

  /** The refusals: writes in the body, a handler reading what the body changed, or the exception. */
  private static void check(MethodNode m, Group g) throws NotDifferentiable {
    InsnList code = m.instructions;
    int from = code.indexOf(g.start), to = code.indexOf(g.end);
    if (code.indexOf(g.handler) >= from && code.indexOf(g.handler) < to) {
      throw refusal(g.handler, "a catch inside its own try is not supported");
    }
    Set<Integer> changed = new HashSet<>();
    for (int i = from; i < to; i++) {
      AbstractInsnNode n = code.get(i);
      String write = writes(n);
      if (write != null) {
        throw refusal(n, "inside a try whose catch recovers, " + write + " is not supported: an exception thrown after it"
            + " would leave the write done without its derivative undone. Compute into locals inside the try and write"
            + " after it, or move the try into a method of scalars");
      }
      int slot = n instanceof VarInsnNode v && v.getOpcode() >= Opcodes.ISTORE && v.getOpcode() <= Opcodes.ASTORE ? v.var
          : n instanceof IincInsnNode inc ? inc.var : -1;
      if (slot >= 0 && !onlySafeAfter(code, i + 1, to)) changed.add(slot);
    }
    AbstractInsnNode first = firstReal(g.handler);
    if (first instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE) {
      AbstractInsnNode read = firstRead(code, first.getNext(), v.var);
      if (read != null) {
        throw refusal(read, "the catch reads the exception, which a companion does not have: catch it without using it"
            + " (or rethrow it)");
      }
    } else if (first.getOpcode() != Opcodes.POP) {
      throw refusal(first, "the catch uses the exception, which a companion does not have");
    }
    for (int slot : changed) {
      AbstractInsnNode read = firstRead(code, first.getNext(), slot);
      if (read != null) {
        throw refusal(read, "the catch reads local " + slot + ", which the try body may have changed before it threw:"
            + " the derivative would start from the wrong value. Assign it only as the last step of the try body");
      }
    }
  }

  /** Null, or what {@code n} writes beyond locals (an array element, a field, through a call). */
  private static String writes(AbstractInsnNode n) {
    int op = n.getOpcode();
    if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) return "a write into an array element";
    if (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC) return "a write into a field";
    if (n instanceof MethodInsnNode c) {
      if (c.owner.equals(MARKER)) return null;
      if (op != Opcodes.INVOKESTATIC && !c.name.equals("<init>") && !isValue(Type.getObjectType(c.owner))) {
        return "a call of an instance method (" + c.owner.replace('/', '.') + "." + c.name + ", which may write its receiver)";
      }
      for (Type t : Type.getArgumentTypes(c.desc)) {
        if (!isValue(t)) return "a call given an array or object (" + c.owner.replace('/', '.') + "." + c.name + ", which may write it)";
      }
    }
    if (n instanceof InvokeDynamicInsnNode d && !d.name.equals("makeConcatWithConstants")) {
      return "an invokedynamic call (" + d.name + ")";
    }
    return null;
  }

  static boolean isValue(Type t) {
    if (t.getSort() != Type.OBJECT) return t.getSort() != Type.ARRAY;
    String n = t.getInternalName();
    return n.equals("java/lang/String") || n.equals("java/lang/Double") || n.equals("java/lang/Float") || n.equals("java/lang/Integer")
        || n.equals("java/lang/Long") || n.equals("java/lang/Short") || n.equals("java/lang/Byte") || n.equals("java/lang/Boolean")
        || n.equals("java/lang/Character") || n.equals("java/lang/Math") || n.equals("java/lang/StrictMath");
  }

  /** True when nothing from {@code i} to the end of the body can throw or branch back (a store there is final). */
  private static boolean onlySafeAfter(InsnList code, int i, int to) {
    for (; i < to; i++) {
      AbstractInsnNode n = code.get(i);
      int op = n.getOpcode();
      if (op < 0 || n instanceof VarInsnNode || n instanceof IincInsnNode) continue;
      boolean safe = (op >= Opcodes.ACONST_NULL && op <= Opcodes.LDC) || op == Opcodes.NOP
          || (op >= Opcodes.POP && op <= Opcodes.SWAP)
          || (op >= Opcodes.IADD && op <= Opcodes.DNEG && op != Opcodes.IDIV && op != Opcodes.LDIV && op != Opcodes.IREM && op != Opcodes.LREM)
          || (op >= Opcodes.ISHL && op <= Opcodes.I2S);
      if (!safe) return false;
    }
    return true;
  }

  /** A load of {@code slot} reachable from {@code from} before a store into it, or null. */
  private static AbstractInsnNode firstRead(InsnList code, AbstractInsnNode from, int slot) {
    Set<AbstractInsnNode> seen = new HashSet<>();
    Deque<AbstractInsnNode> open = new ArrayDeque<>();
    open.push(from);
    while (!open.isEmpty()) {
      AbstractInsnNode n = open.pop();
      if (n == null || !seen.add(n)) continue;
      int op = n.getOpcode();
      if (n instanceof VarInsnNode v && v.var == slot) {
        if (op >= Opcodes.ILOAD && op <= Opcodes.ALOAD || op == Opcodes.RET) return n;
        continue; // a store: the value read later is a new one
      }
      if (n instanceof IincInsnNode inc && inc.var == slot) return n;
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.ATHROW) continue;
      open.addAll(targets(n));
      if (n.getOpcode() >= 0 && !fallsThrough(n)) continue;
      open.push(n.getNext());
    }
    return null;
  }

  private static NotDifferentiable refusal(AbstractInsnNode at, String reason) {
    return new NotDifferentiable(lineOf(at), InsnText.of(at), reason);
  }

  private static int lineOf(AbstractInsnNode n) {
    for (AbstractInsnNode x = n; x != null; x = x.getPrevious()) {
      if (x instanceof org.objectweb.asm.tree.LineNumberNode l) return l.line;
    }
    return -1;
  }
}

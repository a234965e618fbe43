package dev.leibniz.core.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.objectweb.asm.tree.analysis.SourceInterpreter;

/**
 * A {@code List<Double>} the method makes by {@code new ArrayList<>()} (or with a capacity), keeps in one local and
 * gives only to its own {@code add}, {@code get}, {@code set}, {@code size}, {@code isEmpty} and {@code iterator}
 * (whose iterator, in one local, only answers {@code hasNext} and {@code next}), holding only boxes made there by
 * {@code Double.valueOf} and read back only by unboxing, becomes before lifting a growing {@code double[]} and an
 * {@code int} size in locals: the code {@code ArrayList} runs, with its exceptions ({@code Objects.checkIndex}, the
 * iterator's {@code ConcurrentModificationException} and {@code NoSuchElementException}), so both modes get it from
 * array support. Anything else about such a list leaves the method as it is (the box is refused, as before, by
 * {@code analysis.PassiveCallCheck}). Runs on a copy; the class's method is not touched.
 */
final class LocalDoubleLists {
  private static final Set<String> LIST_OWNERS =
      Set.of("java/util/List", "java/util/ArrayList", "java/util/Collection", "java/util/AbstractList", "java/lang/Iterable");
  private static final String OBJ = "Ljava/lang/Object;";

  private final String owner;
  private final MethodNode m;
  private Frame<SourceValue>[] frames;

  private LocalDoubleLists(String owner, MethodNode m) {
    this.owner = owner;
    this.m = m;
  }

  /** {@code method}, or a copy of it with its local lists of numbers lowered; never changes {@code method}. */
  static MethodNode rewrite(String owner, MethodNode method) {
    boolean any = false;
    for (AbstractInsnNode n : method.instructions) {
      any |= n.getOpcode() == NEW && ((TypeInsnNode) n).desc.equals("java/util/ArrayList");
    }
    if (!any) return method;
    MethodNode copy = new MethodNode(ASM9, method.access, method.name, method.desc, method.signature,
        method.exceptions.toArray(new String[0]));
    method.accept(copy);
    LocalDoubleLists pass = new LocalDoubleLists(owner, copy);
    return pass.run() ? copy : method;
  }

  /** One list found lowerable: its calls, and the reads whose box is only unboxed. */
  private record Plan(AbstractInsnNode made, AbstractInsnNode dup, MethodInsnNode init, VarInsnNode store,
      List<MethodInsnNode> calls, List<VarInsnNode> receivers, Map<MethodInsnNode, Iter> iterators) {}

  /** An iterator of a lowered list: where it is stored and its calls. */
  private record Iter(VarInsnNode store, List<VarInsnNode> loads, List<MethodInsnNode> calls) {}

  private boolean run() {
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, m);
    } catch (AnalyzerException e) {
      return false;
    }
    List<Plan> plans = new ArrayList<>();
    for (AbstractInsnNode n : m.instructions.toArray()) {
      if (n.getOpcode() == NEW && ((TypeInsnNode) n).desc.equals("java/util/ArrayList")) {
        Plan p = plan(n);
        if (p != null) plans.add(p);
      }
    }
    if (plans.isEmpty()) return false;
    for (Plan p : plans) lower(p);
    m.maxStack += 6;
    return true;
  }

  private int index(AbstractInsnNode n) {
    return m.instructions.indexOf(n);
  }

  private static AbstractInsnNode next(AbstractInsnNode n) {
    AbstractInsnNode x = n.getNext();
    while (x != null && x.getOpcode() < 0 && !(x instanceof LabelNode)) x = x.getNext();
    return x;
  }

  private static AbstractInsnNode previous(AbstractInsnNode n) {
    AbstractInsnNode x = n.getPrevious();
    while (x != null && x.getOpcode() < 0 && !(x instanceof LabelNode)) x = x.getPrevious();
    return x;
  }

  /** The stack operand {@code depth} below the top where {@code n} runs (0: the top). */
  private SourceValue operand(AbstractInsnNode n, int depth) {
    Frame<SourceValue> f = frames[index(n)];
    return f == null ? null : f.getStack(f.getStackSize() - 1 - depth);
  }

  private static AbstractInsnNode only(SourceValue v) {
    return v != null && v.insns.size() == 1 ? v.insns.iterator().next() : null;
  }

  /** True when control runs straight from {@code from} to {@code to}: no jump, switch, or label targeted between. */
  private boolean straight(AbstractInsnNode from, AbstractInsnNode to) {
    Set<LabelNode> targets = new java.util.HashSet<>();
    for (AbstractInsnNode n : m.instructions) targets.addAll(RecoveringHandlers.targets(n));
    for (TryCatchBlockNode t : m.tryCatchBlocks) targets.add(t.handler);
    for (AbstractInsnNode x = from.getNext(); x != to; x = x.getNext()) {
      if (x == null || x instanceof JumpInsnNode || x instanceof TableSwitchInsnNode || x instanceof LookupSwitchInsnNode
          || x.getOpcode() == ATHROW || x.getOpcode() >= IRETURN && x.getOpcode() <= RETURN) return false;
      if (x instanceof LabelNode l && targets.contains(l)) return false;
    }
    return true;
  }

  /** The loads of a local whose value may be the one {@code store} wrote; null when one may also see another store. */
  private List<VarInsnNode> loadsOf(VarInsnNode store) {
    List<VarInsnNode> loads = new ArrayList<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof VarInsnNode v && v.var == store.var && v.getOpcode() >= ILOAD && v.getOpcode() <= ALOAD) {
        Frame<SourceValue> f = frames[index(n)];
        if (f == null) continue;
        Set<AbstractInsnNode> sources = f.getLocal(v.var).insns;
        if (!sources.contains(store)) continue;
        if (sources.size() != 1 || v.getOpcode() != ALOAD) return null;
        loads.add(v);
      }
    }
    return loads;
  }

  private Plan plan(AbstractInsnNode made) {
    AbstractInsnNode dup = next(made);
    if (dup == null || dup.getOpcode() != DUP) return null;
    MethodInsnNode init = null;
    for (AbstractInsnNode x = dup.getNext(); x != null; x = x.getNext()) {
      if (x instanceof MethodInsnNode c && c.getOpcode() == INVOKESPECIAL && c.owner.equals("java/util/ArrayList")
          && c.name.equals("<init>")) {
        init = c;
        break;
      }
    }
    if (init == null || !(init.desc.equals("()V") || init.desc.equals("(I)V")) || !straight(dup, init)) return null;
    AbstractInsnNode constructed = only(operand(init, init.desc.equals("()V") ? 0 : 1));
    if (!(next(init) instanceof VarInsnNode store) || store.getOpcode() != ASTORE) return null;
    AbstractInsnNode stored = only(operand(store, 0));
    // the two copies DUP leaves (the analyzer names both DUP's), one constructed and one stored, straight after it
    if (!Set.of(made, dup).contains(constructed) || !Set.of(made, dup).contains(stored)) return null;
    List<VarInsnNode> receivers = loadsOf(store);
    if (receivers == null) return null;
    List<MethodInsnNode> calls = new ArrayList<>();
    Map<MethodInsnNode, Iter> iterators = new HashMap<>();
    for (VarInsnNode load : receivers) {
      MethodInsnNode call = callOn(load, LIST_OWNERS);
      if (call == null || !listCall(call, iterators)) return null;
      calls.add(call);
    }
    return new Plan(made, dup, init, store, calls, receivers, iterators);
  }

  /** The call of a method of {@code owners} whose receiver is {@code load}, reached straight; or null. */
  private MethodInsnNode callOn(VarInsnNode load, Set<String> owners) {
    for (AbstractInsnNode x = load.getNext(); x != null; x = x.getNext()) {
      if (x instanceof MethodInsnNode c && owners.contains(c.owner) && c.getOpcode() != INVOKESTATIC) {
        int args = org.objectweb.asm.Type.getArgumentTypes(c.desc).length;
        if (only(operand(c, args)) == load && straight(load, c)) return c;
      }
      if (x instanceof JumpInsnNode || x.getOpcode() == ATHROW) return null;
    }
    return null;
  }

  /** True when {@code call} on the list is one lowered, with its arguments and result as that needs. */
  private boolean listCall(MethodInsnNode call, Map<MethodInsnNode, Iter> iterators) {
    String sig = call.name + call.desc;
    switch (sig) {
      case "add(" + OBJ + ")Z", "set(I" + OBJ + ")" + OBJ -> {
        AbstractInsnNode box = only(operand(call, 0));
        if (!isValueOf(box) || previous(call) != box) return false;
        return !sig.startsWith("set") || (next(call) != null && next(call).getOpcode() == POP);
      }
      case "get(I)" + OBJ -> {
        return onlyUnboxed(call);
      }
      case "size()I", "isEmpty()Z" -> {
        return true;
      }
      case "iterator()Ljava/util/Iterator;" -> {
        if (!(next(call) instanceof VarInsnNode store) || store.getOpcode() != ASTORE) return false;
        List<VarInsnNode> loads = loadsOf(store);
        if (loads == null) return false;
        List<MethodInsnNode> calls = new ArrayList<>();
        for (VarInsnNode load : loads) {
          MethodInsnNode c = callOn(load, Set.of("java/util/Iterator"));
          if (c == null || previous(c) != load) return false;
          boolean ok = (c.name + c.desc).equals("hasNext()Z") || (c.name + c.desc).equals("next()" + OBJ) && onlyUnboxed(c);
          if (!ok) return false;
          calls.add(c);
        }
        iterators.put(call, new Iter(store, loads, calls));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isValueOf(AbstractInsnNode n) {
    return n instanceof MethodInsnNode c && c.getOpcode() == INVOKESTATIC && c.owner.equals("java/lang/Double")
        && c.name.equals("valueOf") && c.desc.equals("(D)Ljava/lang/Double;");
  }

  private static boolean isUnboxing(AbstractInsnNode n) {
    return n instanceof MethodInsnNode c && c.getOpcode() == INVOKEVIRTUAL && c.owner.equals("java/lang/Double")
        && c.name.equals("doubleValue") && c.desc.equals("()D");
  }

  private static boolean isDoubleCast(AbstractInsnNode n) {
    return n != null && n.getOpcode() == CHECKCAST && ((TypeInsnNode) n).desc.equals("java/lang/Double");
  }

  /**
   * True when the element {@code read} returns is cast to {@code Double} and then only unboxed: at once, or kept in
   * a local whose every load is unboxed at once (a box never compared, kept or passed on, so a new box is the same).
   */
  private boolean onlyUnboxed(MethodInsnNode read) {
    AbstractInsnNode cast = next(read);
    if (!isDoubleCast(cast)) return false;
    AbstractInsnNode use = next(cast);
    if (isUnboxing(use)) return true;
    if (!(use instanceof VarInsnNode store) || store.getOpcode() != ASTORE) return false;
    List<VarInsnNode> loads = loadsOf(store);
    if (loads == null) return false;
    for (VarInsnNode load : loads) {
      if (!isUnboxing(next(load))) return false;
    }
    return true;
  }

  private void lower(Plan p) {
    InsnList code = m.instructions;
    int data = m.maxLocals;
    int size = data + 1;
    int temp = data + 2; // a double: two slots
    int index = data + 4;
    m.maxLocals += 5;
    InsnList made = new InsnList();
    if (p.init.desc.equals("()V")) made.add(new IntInsnNode(BIPUSH, 10)); // ArrayList's default capacity
    made.add(new IntInsnNode(NEWARRAY, T_DOUBLE));
    made.add(new VarInsnNode(ASTORE, data));
    made.add(new InsnNode(ICONST_0));
    made.add(new VarInsnNode(ISTORE, size));
    code.insert(p.store, made);
    code.remove(p.made);
    code.remove(p.dup);
    code.remove(p.init);
    code.remove(p.store);
    for (int k = 0; k < p.calls.size(); k++) {
      MethodInsnNode call = p.calls.get(k);
      code.remove(p.receivers.get(k));
      InsnList with = switch (call.name) {
        case "add" -> add(data, size, temp);
        case "get" -> element(data, size, index, next(call));
        case "set" -> set(data, size, temp, index);
        case "size" -> single(new VarInsnNode(ILOAD, size));
        case "isEmpty" -> isEmpty(size);
        default -> iterator(p.iterators.get(call), data, size);
      };
      if (call.name.equals("add") || call.name.equals("set")) code.remove(previous(call)); // its Double.valueOf
      if (call.name.equals("set")) code.remove(next(call)); // its POP
      if (call.name.equals("get")) dropCast(call);
      code.insert(call, with);
      code.remove(call);
    }
  }

  private static InsnList single(AbstractInsnNode n) {
    InsnList l = new InsnList();
    l.add(n);
    return l;
  }

  /** The stack holds the number; ArrayList grows its array by half, here to twice plus one (the same elements). */
  private static InsnList add(int data, int size, int temp) {
    InsnList l = new InsnList();
    LabelNode room = new LabelNode();
    l.add(new VarInsnNode(DSTORE, temp));
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new InsnNode(ARRAYLENGTH));
    l.add(new JumpInsnNode(IF_ICMPLT, room));
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new InsnNode(ARRAYLENGTH));
    l.add(new InsnNode(ICONST_2));
    l.add(new InsnNode(IMUL));
    l.add(new InsnNode(ICONST_1));
    l.add(new InsnNode(IADD));
    l.add(new MethodInsnNode(INVOKESTATIC, "java/util/Arrays", "copyOf", "([DI)[D", false));
    l.add(new VarInsnNode(ASTORE, data));
    l.add(room);
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new VarInsnNode(DLOAD, temp));
    l.add(new InsnNode(DASTORE));
    l.add(new IincInsnNode(size, 1));
    l.add(new InsnNode(ICONST_1));
    return l;
  }

  /** The stack holds the index: checked as ArrayList.get checks it, then the element, boxed unless unboxed at once. */
  private InsnList element(int data, int size, int index, AbstractInsnNode cast) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "checkIndex", "(II)I", false));
    l.add(new VarInsnNode(ISTORE, index));
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new VarInsnNode(ILOAD, index));
    l.add(new InsnNode(DALOAD));
    boxUnlessUnboxed(l, cast);
    return l;
  }

  private static void boxUnlessUnboxed(InsnList l, AbstractInsnNode cast) {
    if (!isUnboxing(next(cast))) l.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false));
  }

  /** The cast after a read, and the unboxing right after it when there is one: the read gives the number then. */
  private void dropCast(MethodInsnNode read) {
    AbstractInsnNode cast = next(read);
    AbstractInsnNode use = next(cast);
    if (isUnboxing(use)) m.instructions.remove(use);
    m.instructions.remove(cast);
  }

  /** The stack holds the index and the number (the old element, only popped, is not read). */
  private static InsnList set(int data, int size, int temp, int index) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(DSTORE, temp));
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "checkIndex", "(II)I", false));
    l.add(new VarInsnNode(ISTORE, index));
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new VarInsnNode(ILOAD, index));
    l.add(new VarInsnNode(DLOAD, temp));
    l.add(new InsnNode(DASTORE));
    return l;
  }

  /** {@code size == 0} without a branch: the size is never negative. */
  private static InsnList isEmpty(int size) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new InsnNode(ICONST_1));
    l.add(new InsnNode(ISUB));
    l.add(new IntInsnNode(BIPUSH, 31));
    l.add(new InsnNode(IUSHR));
    return l;
  }

  /**
   * The iterator becomes a cursor and the size it expects (ArrayList's modCount changes exactly when an add
   * changes the size); its hasNext and next are lowered here, the call {@code iterator()} itself to their start.
   */
  private InsnList iterator(Iter it, int data, int size) {
    int cursor = m.maxLocals;
    int expected = cursor + 1;
    m.maxLocals += 2;
    InsnList code = m.instructions;
    for (int k = 0; k < it.calls().size(); k++) {
      MethodInsnNode c = it.calls().get(k);
      code.remove(it.loads().get(k));
      InsnList with = c.name.equals("hasNext") ? hasNext(cursor, size) : next(c, data, size, cursor, expected);
      if (c.name.equals("next")) dropCast(c);
      code.insert(c, with);
      code.remove(c);
    }
    InsnList start = new InsnList();
    start.add(new InsnNode(ICONST_0));
    start.add(new VarInsnNode(ISTORE, cursor));
    start.add(new VarInsnNode(ILOAD, size));
    start.add(new VarInsnNode(ISTORE, expected));
    code.remove(it.store());
    return start;
  }

  private static InsnList hasNext(int cursor, int size) {
    InsnList l = new InsnList();
    LabelNode end = new LabelNode();
    LabelNode no = new LabelNode();
    l.add(new VarInsnNode(ILOAD, cursor));
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new JumpInsnNode(IF_ICMPEQ, no));
    l.add(new InsnNode(ICONST_1));
    l.add(new JumpInsnNode(GOTO, end));
    l.add(no);
    l.add(new InsnNode(ICONST_0));
    l.add(end);
    return l;
  }

  private InsnList next(MethodInsnNode c, int data, int size, int cursor, int expected) {
    AbstractInsnNode cast = next(c);
    InsnList l = new InsnList();
    LabelNode unchanged = new LabelNode();
    LabelNode within = new LabelNode();
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new VarInsnNode(ILOAD, expected));
    l.add(new JumpInsnNode(IF_ICMPEQ, unchanged));
    throwNew(l, "java/util/ConcurrentModificationException");
    l.add(unchanged);
    l.add(new VarInsnNode(ILOAD, cursor));
    l.add(new VarInsnNode(ILOAD, size));
    l.add(new JumpInsnNode(IF_ICMPLT, within));
    throwNew(l, "java/util/NoSuchElementException");
    l.add(within);
    l.add(new VarInsnNode(ALOAD, data));
    l.add(new VarInsnNode(ILOAD, cursor));
    l.add(new InsnNode(DALOAD));
    l.add(new IincInsnNode(cursor, 1));
    boxUnlessUnboxed(l, cast);
    return l;
  }

  private static void throwNew(InsnList l, String type) {
    l.add(new TypeInsnNode(NEW, type));
    l.add(new InsnNode(DUP));
    l.add(new MethodInsnNode(INVOKESPECIAL, type, "<init>", "()V", false));
    l.add(new InsnNode(ATHROW));
  }
}

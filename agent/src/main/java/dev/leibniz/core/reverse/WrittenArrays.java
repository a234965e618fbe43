package dev.leibniz.core.reverse;

import dev.leibniz.core.Companions;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrays a method may overwrite, by alias class. In joint mode the reverse sweep calls a
 * callee's adjoint with the arguments of the original call; an array argument needs a snapshot
 * when it may hold something else by then: when the callee writes arrays, or when the caller
 * writes into that array's alias class anywhere.
 */
final class WrittenArrays {
  private final Activity activity;
  private final Graph graph;
  /** The method's array parameters are known to be distinct arrays (its callers prove it). */
  private final boolean distinctParams;
  private final Callees callees;
  private final List<Value> written = new ArrayList<>();
  /** The instruction that writes each entry of {@link #written}, with its block. */
  private final List<Insn> writers = new ArrayList<>();
  private final List<Block> writerBlocks = new ArrayList<>();
  private final Map<Block, Set<Block>> reach = new HashMap<>();
  /** The instructions that write a field or static a callee may read (not an object with a shadow), with their blocks. */
  private final List<Insn> fieldWriters = new ArrayList<>();
  private final List<Block> fieldWriterBlocks = new ArrayList<>();
  /** The block of each {@code NEW}, for {@link #unbornAt}. */
  private final Map<Insn, Block> allocationBlocks = new HashMap<>();
  private int maxScalars;

  WrittenArrays(Graph g, Activity activity, Callees callees, boolean distinctParams) {
    this.graph = g;
    this.activity = activity;
    this.callees = callees;
    this.distinctParams = distinctParams;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        int before = written.size();
        if (i.op == Op.NEW) allocationBlocks.put(i, b);
        if (i.op == Op.ASTORE) {
          written.add(i.arg(0));
        } else if (i.op == Op.PUTFIELD && callees.shadows().has(i.arg(0).type)) {
          written.add(i.arg(0)); // a field of an object with a shadow: a cell of its alias class
        } else if (i.op == Op.INVOKE && i.attr instanceof MethodRef) {
          MethodRef m = i.method();
          ArrayIntrinsic k = ArrayIntrinsic.of(m);
          if (k == ArrayIntrinsic.ARRAYCOPY) {
            written.add(i.arg(2));
          } else if (k != null && k.writesFirst()) {
            written.add(i.arg(0));
          } else if (k == null) {
            for (int a = 0; a < i.args.length; a++) {
              if (Types.isReference(i.arg(a).type) && callees.writesArgument(m, a)) written.add(i.arg(a));
            }
          }
          if (k == null && callees.isDifferentiable(m) && anyActive(i)) {
            maxScalars = Math.max(maxScalars, Companions.scalarCount(m.desc()));
          }
        }
        if (writesFieldOrStatic(i) || writesHeldArray(g, before)) {
          fieldWriters.add(i);
          fieldWriterBlocks.add(b);
        }
        while (writers.size() < written.size()) {
          writers.add(i);
          writerBlocks.add(b);
        }
      }
    }
  }

  /** Blocks reachable from {@code from} through at least one edge. */
  private Set<Block> reachable(Block from) {
    return reach.computeIfAbsent(from, f -> {
      Set<Block> seen = new HashSet<>();
      Deque<Block> work = new ArrayDeque<>(f.successors());
      while (!work.isEmpty()) {
        Block x = work.pop();
        if (seen.add(x)) work.addAll(x.successors());
      }
      return seen;
    });
  }

  /** True when something may write into {@code array}'s alias class after {@code call} (in {@code block}) ran. */
  private boolean writtenAfter(Insn call, Block block, Value array) {
    return writtenAfter(call, block, array, false);
  }

  private boolean writtenAfter(Insn call, Block block, Value array, boolean byClass) {
    for (int w = 0; w < written.size(); w++) {
      if (!mayAlias(written.get(w), array) || byClass && unrelated(writers.get(w), written.get(w), array)) continue;
      if (unbornAt(call, block, written.get(w))) continue;
      Block wb = writerBlocks.get(w);
      if (reachable(block).contains(wb)) return true;
      if (wb == block && block.insns.indexOf(writers.get(w)) > block.insns.indexOf(call)) return true;
    }
    return false;
  }

  /**
   * True when {@code written} names an object that does not exist yet where {@code call} (in {@code block}) runs, made by
   * a {@code NEW} that runs after the call on every path: later in the call's block, or before it with its constructor
   * after it (javac's {@code new Translation2d(getTranslation().x(), ...)}: the {@code NEW} comes before the arguments
   * are computed, the constructor after them; Team 254's {@code Pose2d.mirror}), or in a block the call's block reaches
   * that cannot reach it back ({@code Pose2d.intersection}'s {@code translateBy} after {@code a_t.x()}). An object not yet
   * constructed has been given to nothing but its constructor (the verifier sees to it), and one made after the call
   * cannot have been given to it: the value names the object that {@code NEW} made last, so writes through it cannot
   * change what the callee read. A value reached through a merge or a cast is not judged (a loop may bring back an older
   * object), nor a {@code NEW} in a block that can run before the call.
   */
  private boolean unbornAt(Insn call, Block block, Value written) {
    if (!(written instanceof Insn made) || made.op != Op.NEW) return false;
    Block home = allocationBlocks.get(made);
    if (home == null) return false;
    if (home != block) return !reachable(home).contains(block);
    int at = block.insns.indexOf(call), born = block.insns.indexOf(made);
    return at >= 0 && born >= 0 && (born > at || constructedAfter(block, at, made));
  }

  /** True when the constructor of {@code made} runs later in {@code block} than the instruction at {@code at}. */
  private static boolean constructedAfter(Block block, int at, Insn made) {
    for (int k = at + 1; k < block.insns.size(); k++) {
      Insn i = block.insns.get(k);
      if (i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.name().equals("<init>") && i.args.length > 0
          && i.arg(0) == made) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when nothing may write into the alias class of the array {@code load} (in {@code block})
   * reads once it has read it: no store, no call writing such an array, and for an array from outside
   * the method no field or static write (a callee may reach the array through the field that holds it)
   * in a block run later. The cell then holds the value loaded until the reverse sweep, which writes
   * no primal array.
   */
  boolean unwrittenAfter(Insn load, Block block) {
    Value array = load.arg(0);
    if (writtenAfter(load, block, array)) return false;
    if (!fromOutside(array)) return true;
    for (int w = 0; w < fieldWriters.size(); w++) {
      Block wb = fieldWriterBlocks.get(w);
      if (reachable(block).contains(wb) || wb == block && block.insns.indexOf(fieldWriters.get(w)) > block.insns.indexOf(load)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when an entry of {@link #written} from {@code from} on is an array held in a field or
   * static (or of unknown origin): an element store into {@code Tbl.sw} writes what a callee
   * reading {@code Tbl.sw} sees, as a {@code PUTSTATIC} would.
   */
  private boolean writesHeldArray(Graph g, int from) {
    for (int w = from; w < written.size(); w++) {
      Value a = written.get(w);
      if (isScratch(a)) continue; // the method's own for the call: see fieldWrittenAfter
      if (a.type.getSort() == org.objectweb.asm.Type.ARRAY && ParamWrites.heldOutside(g, a, this::freshResult)) return true;
    }
    return false;
  }

  /** A write of a static, of a field of an object without a shadow, or a call whose analysed code writes one. */
  private boolean writesFieldOrStatic(Insn i) {
    if (i.op == Op.PUTSTATIC) return true;
    if (i.op == Op.PUTFIELD) return !callees.shadows().has(i.arg(0).type);
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef) || ArrayIntrinsic.of(i.method()) != null) return false;
    MethodRef m = i.method();
    return (callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.FOUND_CALLEE_FIELDS))
        && !callees.writesArgument(m, ParamWrites.UNKNOWN);
  }

  /**
   * True when a field or static may be written after {@code call} (in {@code block}) ran: a
   * jointly reversed callee that reads it would see the new value when its adjoint runs it again.
   */
  boolean fieldWrittenAfter(Insn call, Block block) {
    for (int w = 0; w < fieldWriters.size(); w++) {
      Block wb = fieldWriterBlocks.get(w);
      if (reachable(block).contains(wb)) return true;
      if (wb == block && block.insns.indexOf(fieldWriters.get(w)) > block.insns.indexOf(call)) return true;
    }
    // a parameter array written after the call may be a field's that the callee reads (a caller passed Tbl.sw);
    // so may a scratch field's array (core.objects.ScratchFields), when the callee reads arrays from fields:
    // it is given as an argument (snapshotted), but a callee reading the field itself would see it changed
    for (int w = 0; w < written.size() && call.attr instanceof MethodRef; w++) {
      Value a = written.get(w);
      Block wb = writerBlocks.get(w);
      boolean after = reachable(block).contains(wb) || wb == block && block.insns.indexOf(writers.get(w)) > block.insns.indexOf(call);
      if (after && a.type.getSort() == org.objectweb.asm.Type.ARRAY && (ParamWrites.mayBeParameter(graph, a, this::freshResult) || isScratch(a))
          && callees.mayReadHeldArray(call.method(), a.type.getDescriptor())) {
        return true;
      }
    }
    return false;
  }

  /** The summary bit {@link ParamWrites#RETURNS_FRESH_ARRAY} of a callee, the only one the roots of an array ask. */
  private boolean freshResult(MethodRef m, int bit) {
    return bit == ParamWrites.RETURNS_FRESH_ARRAY && callees.returnsFreshArray(m);
  }

  /** The one read of a scratch array field ({@code Activity.isScratchRead}). */
  private boolean isScratch(Value a) {
    return a instanceof Insn && activity.isScratchRead((Insn) a);
  }

  private boolean anyActive(Insn i) {
    for (Value a : i.args) {
      if (activity.isActive(a)) return true;
    }
    return false;
  }

  int maxCalleeScalars() {
    return maxScalars;
  }

  /** True when the method (or a callee) may write into {@code array}'s alias class. */
  boolean isWritten(Value array) {
    for (Value w : written) {
      if (mayAlias(w, array)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the method (or a callee) may write into {@code array}'s alias class in a block of
   * {@code blocks}; a write of a field or static there counts for an array from outside the method
   * (a callee may write it through the field that holds it).
   */
  boolean isWrittenIn(Value array, java.util.function.Predicate<Block> blocks) {
    for (int w = 0; w < written.size(); w++) {
      if (blocks.test(writerBlocks.get(w)) && mayAlias(written.get(w), array)) return true;
    }
    if (fromOutside(array)) {
      for (Block b : fieldWriterBlocks) {
        if (blocks.test(b)) return true;
      }
    }
    return false;
  }

  /**
   * Two arrays may be one: same alias class, or both come from outside the method (parameters,
   * fields, callees' results), where the caller may pass one array twice.
   */
  boolean mayAlias(Value a, Value b) {
    return (activity.sameClass(a, b) || fromOutside(a) && fromOutside(b)) && !madeApart(a, b);
  }

  /**
   * True when {@code a} and {@code b} are each, through merges and casts, only objects or arrays made here ({@code NEW},
   * {@code NEWARRAY}, null) and no allocation is both's: two allocations never give one object, whatever callees were
   * given them and however the alias classes (coarser: a merge of both joins them) put them together (Commons Numbers' {@code positivePolarForm()}: the negated quaternion given to its norm's lambda, then the
   * unit quaternion made after it written, merged with the other results).
   */
  private boolean madeApart(Value a, Value b) {
    Set<Value> from = allocations(a);
    if (from == null) return false;
    Set<Value> other = allocations(b);
    return other != null && java.util.Collections.disjoint(from, other);
  }

  /** The allocations {@code v} may be (through phis and casts), or null when it may be anything else. */
  private static Set<Value> allocations(Value v) {
    Set<Value> seen = new HashSet<>(), made = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    work.push(v);
    while (!work.isEmpty()) {
      Value x = work.pop();
      if (!seen.add(x)) continue;
      if (x instanceof dev.leibniz.core.ir.Phi p) {
        p.inputs.forEach(work::push);
      } else if (x instanceof Insn i && i.op == Op.CHECKCAST) {
        work.push(i.arg(0));
      } else if (x instanceof Insn i && (i.op == Op.NEW || i.op == Op.NEWARRAY)) {
        made.add(i);
      } else if (!(x instanceof Insn i && i.op == Op.CONST)) {
        return null;
      }
    }
    return made;
  }

  private final Map<Value, Boolean> outside = new HashMap<>();

  private boolean fromOutside(Value array) {
    return outside.computeIfAbsent(array, v -> {
      Deque<Value> work = new ArrayDeque<>();
      Set<Value> seen = new HashSet<>();
      work.push(v);
      while (!work.isEmpty()) {
        Value x = work.pop();
        if (!seen.add(x)) continue;
        if (x instanceof dev.leibniz.core.ir.Phi) {
          ((dev.leibniz.core.ir.Phi) x).inputs.forEach(work::push);
        } else if (x instanceof Insn) {
          Insn i = (Insn) x;
          switch (i.op) {
            case CHECKCAST: case ALOAD:
              work.push(i.arg(0));
              break;
            case NEWARRAY: case CONST:
              break;
            case NEW:
              if (keptHere(i)) break;
              return true;
            case PARAM:
              if (distinctParams) break;
              return true;
            case INVOKE:
              if (i.attr instanceof MethodRef && ArrayIntrinsic.of(i.method()) != null) break;
              return true;
            default:
              return true;
          }
        }
      }
      return false;
    });
  }

  /**
   * True when the object {@code made} here is only constructed (by a constructor keeping {@code this} to itself), has its
   * fields read and written and is returned (Commons Numbers' {@code new Angle.Deg(0.0); o.value = v; return o} after
   * {@code this.getAsDouble()}): no other value of the method, nor any callee, can hold it, so it is no object from
   * outside the method (a parameter, a call's result).
   */
  private boolean keptHere(Insn made) {
    for (Block b : graph.blocks) {
      for (dev.leibniz.core.ir.Phi p : b.phis) {
        if (p.inputs.contains(made)) return false;
      }
      for (Insn i : b.insns) {
        for (int a = 0; a < i.args.length; a++) {
          if (i.args[a] != made) continue;
          boolean kept = a == 0 && (i.op == Op.GETFIELD || i.op == Op.PUTFIELD || madeByLeakFreeConstructor(i))
              || i.op == Op.RETURN;
          if (!kept) return false;
        }
      }
    }
    return true;
  }

  /**
   * True when {@code i} calls a constructor that cannot hand its {@code this} to anything (a plain or blank one: it only
   * stores its arguments or constants into the object's fields), so no static or other object can hold the new object
   * for a callee to read.
   */
  private boolean madeByLeakFreeConstructor(Insn i) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || !m.name().equals("<init>")) return false;
    // a refilled construction (ValuedConstructions.refilled): its contained constructor writes its own fields only on
    // every path that returns (geohash-java's WGS84Point, whose check names `this` in a message only where it throws)
    return callees.plainConstructor(m) || callees.blankConstructor(m) != null || dev.leibniz.core.objects.ValuedConstructions.refilled(i) != null;
  }

  /**
   * For a call whose callee reads nothing but primitive fields of its receiver ({@code Callees.readsOnlyReceiverNumbers}):
   * true when such a field may be written after the call — by a field store into a value that may be the receiver, or
   * anything else that may write its alias class (a callee given it, an element store of an array that holds it). A
   * field store into an object of a class unrelated to the receiver's ({@link #unrelated}: geohash-java's {@code
   * BoundingBox.expandToInclude(point)} writing the box's own fields after {@code point.getLatitude()}) cannot.
   */
  boolean receiverFieldsWrittenAfter(Insn call, Block block) {
    return needsSnapshot(call, block, 0, true);
  }

  /**
   * True when argument {@code argIndex} of {@code call} may not hold its contents until the reverse
   * sweep: the callee writes it, or writes another argument that may be the same array, or
   * something writes it after the call.
   */
  boolean needsSnapshot(Insn call, Block block, int argIndex) {
    return needsSnapshot(call, block, argIndex, false);
  }

  private boolean needsSnapshot(Insn call, Block block, int argIndex, boolean byClass) {
    Value array = call.arg(argIndex);
    for (int w = 0; w < call.args.length; w++) {
      if (Types.isReference(call.arg(w).type) && callees.writesArgument(call.method(), w)
          && (w == argIndex || mayAlias(call.arg(w), array))) {
        return true;
      }
    }
    return writtenAfter(call, block, array, byClass);
  }

  /**
   * True when {@code writer} is a field store into {@code written}, an object of a class that neither is nor extends the
   * class of {@code arg}, nor is extended by it, so it is never {@code arg}'s object. Both classes declare instance fields,
   * so both are classes (an object has one superclass chain, and the verifier holds a value to its class type), and a
   * class extending another holds the other's fields in its {@link Shadows.Layout}: each lacking a field of the other,
   * they are unrelated; otherwise the answer is no.
   */
  private boolean unrelated(Insn writer, Value written, Value arg) {
    if (writer.op != Op.PUTFIELD || written.type.getSort() != org.objectweb.asm.Type.OBJECT
        || arg.type.getSort() != org.objectweb.asm.Type.OBJECT) return false;
    Shadows shadows = callees.shadows();
    Shadows.Layout a = shadows.layout(arg.type.getInternalName()), w = shadows.layout(written.type.getInternalName());
    return a != null && w != null && lacksFieldsOf(w, arg.type.getInternalName(), a) && lacksFieldsOf(a, written.type.getInternalName(), w);
  }

  /** True when class {@code owner} declares an instance field (in its {@code layout}) that {@code other} does not hold. */
  private static boolean lacksFieldsOf(Shadows.Layout other, String owner, Shadows.Layout layout) {
    return layout.fields().stream().anyMatch(f -> f.owner().equals(owner) && !other.fields().contains(f));
  }
}

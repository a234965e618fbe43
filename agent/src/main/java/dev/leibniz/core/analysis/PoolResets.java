package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;

/**
 * The pool's side of a pooled object (Ardor3D's {@code VEC_POOL.fetch().zero()} in {@code Vector3.fetchTempInstance()}):
 * whether a method, run on an object of exactly class {@code C}, writes constants into the fields named on every path
 * and returns its receiver. The code is the class's (a call on the receiver resolved on {@code C}, with the constants it
 * is given: {@code zero()} = {@code set(0, 0, 0)} = {@code setX(0); setY(0); setZ(0); return this}); a must-write flow,
 * intersected where control merges, a non-constant write of a field killing it. A call on another object, or a field
 * write through one, could write the receiver's fields through an alias: not proven. What an object taken so holds when
 * it is handed out is then constants, whatever an earlier call (or this one, through another take) left in it.
 */
public final class PoolResets {
  private final Function<MethodRef, Graph> graphs;
  private final Map<String, Reset> known = new HashMap<>();

  /** What a method run on the receiver leaves: the fields (name and descriptor) it writes constants into, and whether it returns it. */
  private record Reset(Set<String> written, Set<String> touched, boolean returnsSelf) {}

  public PoolResets(Function<MethodRef, Graph> graphs) {
    this.graphs = graphs;
  }

  /** True when {@code name desc}, called on an object of exactly {@code cls} with no argument, writes constants into all {@code fields} and returns it. */
  public boolean resets(String cls, String name, String desc, Set<String> fields) {
    Reset r = summary(cls, name, desc, new boolean[0]);
    return r != null && r.returnsSelf() && r.written().containsAll(fields);
  }

  /** The field's key in {@link #resets}' set. */
  public static String key(FieldRef f) {
    return f.name() + ":" + f.desc();
  }

  private Reset summary(String cls, String name, String desc, boolean[] constant) {
    String key = cls + "." + name + desc + java.util.Arrays.toString(constant);
    if (known.containsKey(key)) return known.get(key);
    known.put(key, null); // a recursive call proves nothing
    Graph g = graphs.apply(new MethodRef(Opcodes.INVOKEVIRTUAL, cls, name, desc, false));
    Reset r = g == null || g.params.isEmpty() ? null : new Flow(g, cls, constant).run();
    known.put(key, r);
    return r;
  }

  /** The must-write flow over one method's blocks. */
  private final class Flow {
    private final Graph g;
    private final String cls;
    private final boolean[] constant;
    private final Set<Value> self = new HashSet<>();
    private boolean returnsSelf = true;
    private Set<String> atReturns;
    private final Set<String> touched = new HashSet<>();

    Flow(Graph g, String cls, boolean[] constant) {
      this.g = g;
      this.cls = cls;
      this.constant = constant;
      self.add(g.params.get(0));
    }

    Reset run() {
      Map<Block, Set<String>> out = new HashMap<>(); // absent: not reached yet (everything, for an intersection)
      boolean changed = true;
      for (int round = 0; changed && round < 100; round++) {
        changed = false;
        atReturns = null;
        returnsSelf = true;
        for (Block b : g.blocks) {
          Set<String> in = in(b, out);
          if (in == null) continue;
          Set<String> after = through(b, in);
          if (after == null) return null;
          if (!after.equals(out.get(b))) {
            out.put(b, after);
            changed = true;
          }
        }
      }
      if (changed || atReturns == null) return null;
      return new Reset(atReturns, touched, returnsSelf);
    }

    /** The fields written on every path into {@code b}; null when no predecessor is reached yet. */
    private Set<String> in(Block b, Map<Block, Set<String>> out) {
      if (b == g.entry()) return new HashSet<>();
      Set<String> in = null;
      for (Block p : b.preds) {
        Set<String> o = out.get(p);
        if (o == null) continue;
        if (in == null) {
          in = new HashSet<>(o);
        } else {
          in.retainAll(o);
        }
      }
      return in;
    }

    /** The fields written after {@code b}, from {@code in}; null when the block does what the proof cannot follow. */
    private Set<String> through(Block b, Set<String> in) {
      Set<String> w = new HashSet<>(in);
      for (Insn i : b.insns) {
        if (i.op == Op.CHECKCAST && self.contains(i.arg(0))) self.add(i);
        if (i.op == Op.PUTFIELD) {
          if (!self.contains(i.arg(0))) return null; // another object may be this one
          String f = key((FieldRef) i.attr);
          touched.add(f);
          if (constant(i.arg(1))) {
            w.add(f);
          } else {
            w.remove(f);
          }
        } else if (i.op == Op.INVOKE) {
          if (!call(i, w)) return null;
        }
      }
      Insn t = b.terminator;
      if (t != null && t.op == Op.RETURN) {
        returnsSelf &= t.args.length == 1 && self.contains(t.arg(0));
        if (atReturns == null) {
          atReturns = new HashSet<>(w);
        } else {
          atReturns.retainAll(w);
        }
      }
      return w;
    }

    /** A call on the receiver, resolved on the class, given constants or not: its writes added to {@code w}. */
    private boolean call(Insn i, Set<String> w) {
      MethodRef m = i.method();
      if (m.isStatic() || m.name().startsWith("<") || !self.contains(i.arg(0))) return false;
      for (int k = 1; k < i.args.length; k++) {
        if (self.contains(i.arg(k))) return false;
      }
      boolean[] given = new boolean[i.args.length];
      for (int k = 1; k < i.args.length; k++) given[k] = constant(i.arg(k));
      String owner = m.opcode() == Opcodes.INVOKESPECIAL ? m.owner() : cls;
      Reset r = summary(owner, m.name(), m.desc(), given);
      if (r == null) return false;
      touched.addAll(r.touched());
      w.removeAll(r.touched()); // what it may write with other values
      w.addAll(r.written());
      if (r.returnsSelf()) self.add(i);
      return true;
    }

    private boolean constant(Value v) {
      if (!(v instanceof Insn i)) return false;
      if (i.op == Op.CONST) return i.attr instanceof Number;
      if (i.op == Op.PARAM) {
        int k = g.params.indexOf(i);
        return k > 0 && k < constant.length && constant[k];
      }
      return false;
    }
  }
}

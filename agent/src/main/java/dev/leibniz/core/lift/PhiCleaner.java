package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Finishes the lifter's SSA: removes trivial phis (all inputs the same value or the phi itself,
 * Braun et al. 2013 §3.2) and phis no instruction needs, and gives reference phis the precise type
 * of their inputs (the analyzer only knows "some reference").
 */
public final class PhiCleaner {
  private PhiCleaner() {}

  public static void clean(Graph g) {
    Map<Value, Value> replaced = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : g.blocks) {
        for (Phi p : b.phis) {
          if (replaced.containsKey(p)) {
            continue;
          }
          Value same = null;
          boolean trivial = true;
          for (Value in : p.inputs) {
            Value v = resolve(replaced, in);
            if (v == p || v == same) {
              continue;
            }
            if (same != null) {
              trivial = false;
              break;
            }
            same = v;
          }
          if (trivial && same != null) {
            replaced.put(p, same);
            changed = true;
          }
        }
      }
    }
    for (Block b : g.blocks) {
      b.phis.removeIf(replaced::containsKey);
      for (Phi p : b.phis) {
        p.inputs.replaceAll(v -> resolve(replaced, v));
      }
      for (Insn i : b.insns) {
        rewrite(replaced, i);
      }
      rewrite(replaced, b.terminator);
    }
    removeUnused(g);
    refineTypes(g);
  }

  private static Value resolve(Map<Value, Value> replaced, Value v) {
    Value r = v;
    while (replaced.containsKey(r)) {
      r = replaced.get(r);
    }
    return r;
  }

  private static void rewrite(Map<Value, Value> replaced, Insn i) {
    for (int k = 0; k < i.args.length; k++) {
      i.args[k] = resolve(replaced, i.args[k]);
    }
  }

  private static void removeUnused(Graph g) {
    Set<Phi> live = new HashSet<>();
    Deque<Phi> work = new ArrayDeque<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        markArgs(i, live, work);
      }
      markArgs(b.terminator, live, work);
    }
    while (!work.isEmpty()) {
      for (Value in : work.pop().inputs) {
        if (in instanceof Phi && live.add((Phi) in)) {
          work.push((Phi) in);
        }
      }
    }
    for (Block b : g.blocks) {
      b.phis.removeIf(p -> !live.contains(p));
    }
  }

  private static void markArgs(Insn i, Set<Phi> live, Deque<Phi> work) {
    for (Value a : i.args) {
      if (a instanceof Phi && live.add((Phi) a)) {
        work.push((Phi) a);
      }
    }
  }

  private static void refineTypes(Graph g) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : g.blocks) {
        for (Insn i : b.insns) {
          // A row load typed while its array was still a phi of unknown reference type.
          if (i.op == dev.leibniz.core.ir.Op.ALOAD && Types.isReference(i.type) && i.arg(0).type.getSort() == Type.ARRAY) {
            Type t = Types.component(i.arg(0).type);
            if (!t.equals(i.type)) {
              i.type = t;
              changed = true;
            }
          }
        }
        for (Phi p : b.phis) {
          if (!Types.isReference(p.type)) {
            continue;
          }
          Type t = null;
          for (Value in : p.inputs) {
            if (in == p || in.type.equals(Types.NULL) || in.type.equals(Types.OBJECT) && in instanceof Phi) {
              continue;
            }
            t = t == null || t.equals(in.type) ? in.type : Types.OBJECT;
          }
          if (t != null && !t.equals(p.type)) {
            p.type = t;
            changed = true;
          }
        }
      }
    }
  }
}

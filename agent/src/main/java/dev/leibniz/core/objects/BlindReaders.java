package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.Lifter;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.MethodNode;

/**
 * Methods of a class that read an array field without seeing any number a call left in it, so that a scratch array
 * field ({@link ScratchFields}) stays scratch although they read it. JOrbis' {@code Drft} keeps its work array in
 * {@code trigcache}, which {@code clear()} tests ({@code if (trigcache != null) trigcache = null;}) and {@code init(n)}
 * replaces before it fills it ({@code trigcache = new float[3 * n]; fdrffti(n, trigcache, splitcache);}): neither reads
 * what {@code backward} left there, so the derivative that call drops reaches no one. A read of the field is blind when
 * (a) its value is only tested against {@code null} or asked its length, or (b) it reads the receiver's field (or the
 * static) right after the method stored a new array there, in the same block with no call between, so it is that new
 * array and not the one a call left. A method none of whose reads is proven blind, or whose code cannot be lifted, is a
 * reader as before.
 */
final class BlindReaders {
  private final String owner;
  private final Map<String, Boolean> verdicts = new HashMap<>();

  BlindReaders(String owner) {
    this.owner = owner;
  }

  /** True when every read of array field {@code f} in {@code m} is blind. */
  boolean blind(MethodNode m, FieldRef f) {
    return verdicts.computeIfAbsent(m.name + m.desc + " " + f.name() + ":" + f.desc(), k -> decide(m, f));
  }

  private boolean decide(MethodNode m, FieldRef f) {
    Graph g;
    try {
      g = Lifter.lift(owner, m);
    } catch (dev.leibniz.core.NotDifferentiable | RuntimeException e) {
      return false;
    }
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        boolean read = (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) && f.equals(i.attr);
        if (read && !testedOnly(g, i) && !freshlyStored(g, b, j, f)) return false;
      }
    }
    return true;
  }

  /** (a) True when {@code read}'s only uses are {@code null} tests and {@code .length}. */
  private static boolean testedOnly(Graph g, Insn read) {
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(read)) return false;
      }
      for (Insn i : b.insns) {
        if (i.op != Op.ALENGTH && uses(i, read)) return false;
      }
      Insn t = b.terminator;
      if (t != null && uses(t, read) && !(t.op == Op.IF && (t.attr == Cond.NULL || t.attr == Cond.NONNULL))) return false;
    }
    return true;
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) {
      if (a == v) return true;
    }
    return false;
  }

  /** (b) True when instruction {@code j} of {@code b} reads the new array this method stored into {@code f} just before. */
  private static boolean freshlyStored(Graph g, Block b, int j, FieldRef f) {
    Insn read = b.insns.get(j);
    boolean onThis = read.op == Op.GETSTATIC || !g.isStatic() && read.arg(0) == g.params.get(0);
    if (!onThis) return false;
    for (int k = j - 1; k >= 0; k--) {
      Insn i = b.insns.get(k);
      if (i.op == Op.INVOKE) return false; // a call may store another array there
      boolean store = (i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC) && f.equals(i.attr);
      if (store) {
        Value stored = i.args[i.args.length - 1];
        boolean sameHolder = i.op == Op.PUTSTATIC || i.arg(0) == g.params.get(0);
        return sameHolder && stored instanceof Insn s && s.op == Op.NEWARRAY;
      }
    }
    return false;
  }
}

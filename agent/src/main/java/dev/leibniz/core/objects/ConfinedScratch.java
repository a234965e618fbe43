package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.Lifter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A private static object used as scratch by several methods of its class (JBox2D's {@code Transform.pool}, written by
 * {@code pool.set(B.p).subLocal(A.p)} and read by {@code Rot.mulTrans(A.q, pool, out.p)} in three methods):
 * {@link ScratchFields} admits it although other methods read it when this class proves that no value crosses from one
 * call to another through it, so the shadow each companion makes for it at entry holds every derivative its reads need.
 * For every method of the class that reads the field: (1) its contents are dead on entry: each read of one of the
 * object's fields (in the method or in a callee given the object) follows a write of that field in the same call, on
 * every path; (2) the object is confined: only read from the field, never stored, returned, merged with another
 * object or given to code that is not read here (so no parameter, field or result can be it, and no caller sees it);
 * (3) a callee that reads the field itself (its companion makes a shadow of its own) reads nothing the caller left
 * there, and what it leaves is not read after it: the caller writes a field again before reading it. The field is
 * private, and its class in no nest (nested or enclosing classes could read it), so only the class's code can read it.
 * Callees' code is read through {@link ObjectCode#body}, up to {@link #MAX_DEPTH} calls deep; what cannot be read is not
 * proven. The companions keep the original's use of the static (its primal values written into the object as the
 * original writes them, so its contents after a call are the original's) and make only the shadow, per call.
 */
public final class ConfinedScratch {
  static final int MAX_DEPTH = 6;
  private final ClassNode cn;
  private final ObjectCode code;
  private final Map<FieldRef, String> verdicts = new HashMap<>();

  public ConfinedScratch(ClassNode cn, ObjectCode code) {
    this.cn = cn;
    this.code = code;
  }

  /** Null when static object field {@code f} of the class is proven confined scratch; else why not, in Java terms. */
  public String whyNot(FieldRef f) {
    return verdicts.computeIfAbsent(f, this::decide);
  }

  private String decide(FieldRef f) {
    FieldNode node = null;
    for (FieldNode n : cn.fields) if (n.name.equals(f.name()) && n.desc.equals(f.desc())) node = n;
    if (node == null || (node.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) {
      return "it is not private, so code of other classes may read what a call leaves in it";
    }
    if (code == null) return "the code of its readers cannot be read";
    if ((cn.nestMembers != null && !cn.nestMembers.isEmpty()) || cn.nestHostClass != null) {
      return "the classes of its nest (nested classes, the enclosing one) may read it";
    }
    for (MethodNode m : cn.methods) {
      if (!reads(m, f) || m.name.equals("<clinit>")) continue; // the static initialiser makes it, before any call
      Graph g;
      try {
        g = Lifter.lift(cn.name, m);
      } catch (dev.leibniz.core.NotDifferentiable | RuntimeException e) {
        return m.name + "() reads it, and its code cannot be lifted";
      }
      Summary s = new Run(f, 0).of(g, Set.of());
      String where = JavaSignature.method(cn.name, m.name, m.desc);
      String why = s.failure != null ? s.failure : s.exposed.isEmpty() ? null
          : s.exposed.values().iterator().next() + " before the call writes it, so it may see an earlier call's value";
      if (why != null) return why.startsWith(where) ? why : "in " + where + ", " + why; // a callee's line: say whose call

    }
    return null;
  }

  private static boolean reads(MethodNode m, FieldRef f) {
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() == Opcodes.GETSTATIC && n instanceof FieldInsnNode x && x.name.equals(f.name()) && x.desc.equals(f.desc())
          && x.owner.equals(f.owner())) return true;
    }
    return false;
  }

  /**
   * What a method does with the object: the fields it may read before writing them (with where), those it writes on every
   * path, whether it reads the field itself, whether it returns the object given (on every path); or why it is not proven
   * ({@code failure}).
   */
  private record Summary(Map<String, String> exposed, Set<String> written, boolean direct, boolean returnsIt, String failure) {
    static Summary failed(String why) {
      return new Summary(Map.of(), Set.of(), false, false, why);
    }
  }

  /** A callee that may read the field itself: its reads are proven where it is a reader; this call's writes end there. */
  private static final Summary KILL = new Summary(Map.of(), Set.of(), true, false, null);

  /** One analysis of static field {@code f}, with summaries by callee and positions. */
  private final class Run {
    private final FieldRef f;
    private final int depth;
    private final Map<String, Summary> known;

    Run(FieldRef f, int depth) {
      this(f, depth, new HashMap<>());
    }

    private Run(FieldRef f, int depth, Map<String, Summary> known) {
      this.f = f;
      this.depth = depth;
      this.known = known;
    }

    private boolean isRead(Insn i) {
      return i.op == Op.GETSTATIC && i.attr instanceof FieldRef r && r.name().equals(f.name()) && r.desc().equals(f.desc())
          && (r.owner().equals(f.owner()) || r.owner().equals(cn.name));
    }

    /** The summary of {@code g} given the object at parameter positions {@code at} (none: it reads the field itself). */
    Summary of(Graph g, Set<Integer> at) {
      Set<Value> object = new HashSet<>();
      for (int k : at) object.add(g.params.get(k));
      boolean direct = false;
      for (Block b : g.blocks) {
        for (Insn i : b.insns) {
          if (isRead(i)) {
            if (!at.isEmpty()) return Summary.failed(where(g, i) + " reads the field while also given its object");
            object.add(i);
            direct = true;
          }
        }
      }
      Map<Insn, Summary> calls = new HashMap<>();
      for (boolean changed = true; changed; ) { // casts of it, merges of it alone and calls returning it are it
        changed = false;
        for (Block b : g.blocks) {
          for (Phi p : b.phis) {
            if (!object.contains(p) && p.inputs.stream().anyMatch(object::contains)) {
              if (!p.inputs.stream().allMatch(object::contains)) return Summary.failed(where(g, null) + " merges it with another object");
              changed |= object.add(p);
            }
          }
          for (Insn i : b.insns) {
            if (i.op == Op.CHECKCAST && object.contains(i.arg(0))) changed |= object.add(i);
            if (i.op != Op.INVOKE || calls.containsKey(i) || java.util.Arrays.stream(i.args).noneMatch(object::contains)) continue;
            Summary s = callee(g, i, object);
            if (s.failure != null) return s;
            calls.put(i, s);
            if (s.returnsIt) changed |= object.add(i); // a setter's {@code return this}: the same object, its shadow passed through
          }
        }
      }
      boolean returnsIt = false;
      for (Block b : g.blocks) {
        for (Insn i : b.insns) {
          String bad = use(g, i, object, calls);
          if (bad != null) return Summary.failed(bad);
        }
        Insn t = b.terminator;
        if (t == null || t.op == Op.IF || t.args == null) continue;
        for (Value a : t.args) {
          if (!object.contains(a)) continue;
          if (t.op != Op.RETURN || at.isEmpty()) return Summary.failed(where(g, t) + (t.op == Op.RETURN ? " returns it" : " passes it on"));
          returnsIt = true;
        }
        if (returnsIt && t.op == Op.RETURN && !object.contains(t.arg(0))) return Summary.failed(where(g, t) + " returns it on some paths only");
      }
      Summary s = flow(g, object, calls, direct);
      return new Summary(s.exposed, s.written, s.direct, returnsIt, null);
    }

    /** Why instruction {@code i} of {@code g} lets the object out or cannot be followed; null when it is a read, write or call followed. */
    private String use(Graph g, Insn i, Set<Value> object, Map<Insn, Summary> calls) {
      boolean uses = false;
      for (Value a : i.args) uses |= object.contains(a);
      switch (i.op) {
        case GETFIELD: case CHECKCAST:
          return null;
        case PUTFIELD:
          return object.contains(i.arg(1)) ? where(g, i) + " stores it into field " + JavaSignature.field((FieldRef) i.attr) : null;
        case INVOKE: {
          if (calls.containsKey(i)) return null; // given the object: followed above
          Summary s = callee(g, i, object);
          if (s == null) return null;
          if (s.failure != null) return s.failure;
          calls.put(i, s);
          return null;
        }
        default:
          return uses ? where(g, i) + " stores or passes it on" : null;
      }
    }

    /**
     * The summary of call {@code i} with respect to the object: null when the callee cannot reach it. A callee given the
     * object must be followed (its code known, the object kept to itself). One not given it can reach it only through a
     * method of the class reading the field (private, and never let out), each of which is proven on its own; so what
     * cannot be followed there is taken to read it itself ({@link #KILL}: a shadow of its own, nothing left to read after).
     */
    private Summary callee(Graph g, Insn i, Set<Value> object) {
      Set<Integer> at = new java.util.TreeSet<>();
      boolean userObjects = false;
      for (int k = 0; k < i.args.length; k++) {
        if (object.contains(i.args[k])) at.add(k);
        Type t = i.args[k].type;
        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        userObjects |= e.getSort() == Type.OBJECT && !e.getInternalName().startsWith("java/");
      }
      MethodRef m = i.attr instanceof MethodRef r ? r : null;
      boolean jdk = m == null || m.owner().startsWith("java/") || m.owner().startsWith("javax/") || m.owner().startsWith("[");
      if (at.isEmpty()) {
        if (m != null && m.owner().equals("java/lang/Object") && m.name().equals("<init>")) return null; // runs nothing
        if (jdk) return m != null && m.isStatic() && !userObjects ? null : KILL; // may run the program's code
        Summary s = follow(g, i, m, at);
        return s.failure != null ? KILL : s.direct ? KILL : null;
      }
      if (jdk) {
        return Summary.failed(where(g, i) + " gives it to " + (m == null ? "a dynamic call" : JavaSignature.method(m))
            + ", whose code is not followed");
      }
      return follow(g, i, m, at);
    }

    /** The summary of {@code m}'s code given the object at positions {@code at}, or a failure saying why it is not known. */
    private Summary follow(Graph g, Insn i, MethodRef m, Set<Integer> at) {
      String key = m.owner() + "." + m.name() + m.desc() + at;
      if (known.containsKey(key)) {
        Summary s = known.get(key);
        return s != null ? s : Summary.failed(where(g, i) + " calls " + JavaSignature.method(m) + " recursively");
      }
      if (depth >= MAX_DEPTH) return Summary.failed(where(g, i) + " calls " + JavaSignature.method(m) + " more than " + MAX_DEPTH + " calls deep");
      Graph body = code.body(m, null);
      if (body == null) {
        return Summary.failed(where(g, i) + " calls " + JavaSignature.method(m) + ", whose code is not known here (" + code.whyNoBody(m, null) + ")");
      }
      known.put(key, null);
      Summary s = new Run(f, depth + 1, known).of(body, at);
      known.put(key, s);
      return s;
    }

    /** The must-write flow of the object's fields over {@code g}: reads before writes, writes on every path. */
    private Summary flow(Graph g, Set<Value> object, Map<Insn, Summary> calls, boolean direct) {
      Map<String, String> exposed = new java.util.LinkedHashMap<>();
      Map<Block, Set<String>> out = new HashMap<>();
      List<Block> order = dev.leibniz.core.analysis.Dominators.reversePostOrder(g);
      Set<String> atExit = null;
      boolean anyDirect = direct;
      for (boolean changed = true; changed; ) {
        changed = false;
        atExit = null;
        for (Block b : order) {
          Set<String> w = null;
          for (Block p : b.preds) {
            Set<String> o = out.get(p);
            if (o == null) continue; // not reached yet: the meet over the others
            if (w == null) w = new HashSet<>(o); else w.retainAll(o);
          }
          if (w == null) w = new HashSet<>();
          for (Insn i : b.insns) {
            if (i.op == Op.GETFIELD && object.contains(i.arg(0))) {
              String name = ((FieldRef) i.attr).name();
              if (!w.contains(name)) exposed.putIfAbsent(name, where(g, i) + " reads field " + name + " of it");
            } else if (i.op == Op.PUTFIELD && object.contains(i.arg(0))) {
              w.add(((FieldRef) i.attr).name());
            } else if (calls.containsKey(i)) {
              Summary s = calls.get(i);
              // a callee reading the field itself has a shadow of its own: it sees nothing this call wrote, and what it
              // leaves is not this call's to read (the fields are written again before any read)
              for (Map.Entry<String, String> e : s.exposed.entrySet()) {
                if (s.direct || !w.contains(e.getKey())) exposed.putIfAbsent(e.getKey(), e.getValue());
              }
              if (s.direct) {
                anyDirect = true;
                w.clear();
              } else {
                w.addAll(s.written);
              }
            }
          }
          if (!w.equals(out.get(b))) {
            out.put(b, w);
            changed = true;
          }
          if (b.terminator != null && b.terminator.op == Op.RETURN) {
            if (atExit == null) atExit = new HashSet<>(w); else atExit.retainAll(w);
          }
        }
      }
      return new Summary(exposed, atExit == null ? Set.of() : atExit, anyDirect, false, null);
    }

    private String where(Graph g, Insn i) {
      String m = JavaSignature.method(g.owner, g.name, g.desc);
      return i == null || i.line <= 0 ? m : m + " at line " + i.line;
    }
  }
}

package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.rules.MathRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Which values carry derivatives. A scalar is active when it is a {@code double}/{@code float}
 * that depends on a differentiable parameter. Arrays are grouped into alias classes (values that
 * may name the same array or its rows: phis, row loads, stores of rows, copies, arrays passed to
 * one call); a class is active when it holds a differentiable parameter or an active value is
 * stored into it. Everything else is passive and gets no derivative code, shadow or tape traffic.
 *
 * <p>Also rejects what would lose a derivative silently: active values written to fields, passed
 * to unknown callees or into objects, active arrays read from fields.
 */
public final class Activity {
  private final Graph graph;
  private final Callees callees;
  private final Set<Value> activeScalars = new HashSet<>();
  private final Map<Value, Value> parent = new HashMap<>();
  private final Set<Value> activeRoots = new HashSet<>();
  /** Calls with active arguments that carry no derivative and keep their primal call. */
  private final Set<Insn> passiveCalls = new HashSet<>();
  /** Blank constructors of new objects with shadows (see {@link #blankFields}), by call, with the fields to zero. */
  private final Map<Insn, java.util.List<dev.leibniz.core.ir.FieldPath>> blankConstructions = new HashMap<>();

  /** Reads of static fields holding immutable objects that carry derivatives here (see {@link #immutableConstant}). */
  private final Map<Insn, dev.leibniz.core.objects.ValuedConstructions.Layout> immutableConstants = new HashMap<>();
  /** Passive calls of overridable methods, with the code they were judged by. */
  private final Map<Insn, DispatchedCode> dispatchChecks = new HashMap<>();
  private final PassiveCallCheck passiveCheck;
  /** Reference types with shadows (README, "Objects"): objects of @Differentiable classes and arrays of them. */
  private final dev.leibniz.core.ir.Shadows shadows;

  /**
   * Which of the graph's parameters (by position in {@link Graph#params}, the receiver first for an
   * instance method) are inputs whose derivative is wanted: every differentiable one in {@link #of}.
   */
  private final java.util.function.IntPredicate inputs;

  private Activity(Graph graph, Callees callees, java.util.function.IntPredicate inputs) {
    this.graph = graph;
    this.callees = callees;
    this.inputs = inputs;
    this.shadows = callees.shadows();
    this.passiveCheck = new PassiveCallCheck(graph, callees);
  }

  public static Activity of(Graph graph, Callees callees) throws NotDifferentiable {
    return of(graph, callees, p -> true);
  }

  /**
   * The activity seeded from the differentiable parameters {@code inputs} accepts (positions in
   * {@link Graph#params}, the receiver at 0 for an instance method) instead of all of them; the
   * others are passive, and so is everything computed from them alone. For a derivative in some
   * inputs only: a tangent of a generated adjoint in its seeds (vector adjoints), whose primal
   * parameters, primal values and taped partials then carry no lanes.
   */
  public static Activity of(Graph graph, Callees callees, java.util.function.IntPredicate inputs) throws NotDifferentiable {
    Activity a = new Activity(graph, callees, inputs);
    a.run();
    return a;
  }

  /** What this analysis knows about the graph's callees. */
  Callees callees() {
    return callees;
  }

  /** True when {@code v} carries a derivative: an active scalar, or an array of an active class. */
  public boolean isActive(Value v) {
    if (Types.isReference(v.type) || v.type.equals(Types.NULL)) {
      return activeRoots.contains(find(v));
    }
    return activeScalars.contains(v);
  }

  /**
   * True when call {@code i} keeps its primal call and gets no derivative code although it may
   * take active values: a safe library call ({@link PassiveCalls}), a boxing that only becomes
   * text, or a callee whose result cannot carry a derivative and that writes no memory a
   * derivative could live in.
   */
  public boolean isPassiveCall(Insn i) {
    return i.op == Op.INVOKE && (PassiveCalls.isSafe(i.attr) || passiveCalls.contains(i) || blankConstructions.containsKey(i));
  }

  /**
   * For the constructor call of a new object that carries derivatives, given passive arguments, whose
   * constructor is blank ({@link dev.leibniz.core.objects.BlankConstructors}: a store made when none is
   * given): the floating fields to zero in its shadow, which both modes make by running the same call again
   * (so it counts as a passive call: its primal call is kept, it has no derivative of its own); else null.
   */
  public java.util.List<dev.leibniz.core.ir.FieldPath> blankFields(Insn i) {
    return blankConstructions.get(i);
  }

  /**
   * True when {@code read}, an object, is an input of a phi that carries derivatives or is returned by a method whose
   * result does: the sweeps ask for its shadow there.
   */
  private boolean mergedOrReturned(Insn read) {
    for (Block b : graph.blocks) {
      for (dev.leibniz.core.ir.Phi p : b.phis) {
        if (p.inputs.contains(read) && isActive(p)) return true;
      }
      Insn t = b.terminator;
      if (t != null && t.op == Op.RETURN && t.args.length == 1 && t.arg(0) == read && shadows.has(Type.getReturnType(graph.desc))) return true;
    }
    return false;
  }

  /**
   * For a read of a {@code static final} field always holding an immutable object that carries derivatives here
   * (merged with or used as objects that do: Commons Numbers' {@code return NAN;} beside {@code return new
   * Complex(x, y);}), how a zero object of its class is made: its shadow, made afresh at the read in both modes (the
   * constant's derivative is 0, and nothing can write it); else null.
   */
  public dev.leibniz.core.objects.ValuedConstructions.Layout immutableConstant(Insn i) {
    return immutableConstants.get(i);
  }

  /** Reads of static fields holding an object without fields (see {@link #fieldlessConstant}). */
  private final java.util.Set<Insn> fieldlessConstants = new java.util.HashSet<>();

  /**
   * True for a read of a {@code static final} field always holding an object of a class without instance fields that
   * carries derivatives here (ta4j's {@code return NaN;} beside {@code return new DoubleNum(x);}, declared {@code Num}):
   * the object is its own shadow in both modes, as an empty array is (no number to carry, nothing to write).
   */
  public boolean fieldlessConstant(Insn i) {
    return fieldlessConstants.contains(i);
  }

  /**
   * For a passive call of an overridable method: the code it was judged by, which the receiver's
   * class must run (checked before the call, {@code Sweep.copy}); null for any other instruction.
   */
  public DispatchedCode dispatchCheck(Insn i) {
    return dispatchChecks.get(i);
  }

  /** True when two array values may alias (share an alias class). */
  public boolean sameClass(Value a, Value b) {
    return find(a) == find(b);
  }

  private Value find(Value v) {
    Value p = parent.get(v);
    if (p == null || p == v) {
      return v;
    }
    Value r = find(p);
    parent.put(v, r);
    return r;
  }

  private boolean union(Value a, Value b) {
    Value ra = find(a), rb = find(b);
    if (ra == rb) {
      return false;
    }
    boolean active = activeRoots.remove(ra) | activeRoots.remove(rb);
    parent.put(ra, rb);
    if (active) {
      activeRoots.add(rb);
    }
    return active;
  }

  private boolean markArray(Value v) {
    return activeRoots.add(find(v));
  }

  private static boolean isArrayLike(Value v) {
    return v.type.getSort() == Type.ARRAY || v.type.equals(Types.OBJECT) || v.type.equals(Types.NULL);
  }

  private void run() throws NotDifferentiable {
    for (int n = 0; n < graph.params.size(); n++) {
      Insn p = graph.params.get(n);
      if (!inputs.test(n)) continue;
      if (Types.isScalar(p.type)) {
        activeScalars.add(p);
      } else if (Types.isDifferentiableArray(p.type) || shadows.has(p.type)) {
        markArray(p);
      }
    }
    if (inputs.test(0) && dev.leibniz.core.Companions.receiverShadow(graph.owner, graph.isStatic(), shadows)) {
      markArray(graph.params.get(0));
    }
    unions();
    returnedBlanks();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        for (Phi p : b.phis) {
          if (Types.isScalar(p.type) && !activeScalars.contains(p)) {
            for (Value in : p.inputs) {
              if (activeScalars.contains(in)) {
                changed |= activeScalars.add(p);
                break;
              }
            }
          }
        }
        for (Insn i : b.insns) {
          changed |= propagate(i);
        }
      }
    }
    check();
    DerivativeCuts.check(graph, this);
  }

  /**
   * A new object returned where the result has a shadow, made by a blank constructor given no floating argument
   * ({@code return new Dense(n);}: an abstract factory's implementation, la4j's {@code blankOfLength}), is active even when
   * nothing active is written into it: its derivative is 0, and its shadow, a zero object made by the same construction
   * ({@link #blankFields}), is what the tangent returns and what a split adjoint leaves its caller, which writes the
   * object's derivatives into it (before, the tangent found no shadow and the split left null). The same for the result
   * of a call returning such an object made in its callee ({@link #freshObject}, {@code return BasicVector.zero(n);}).
   */
  private void returnedBlanks() {
    Type result = Type.getReturnType(graph.desc);
    if (result.getSort() != Type.OBJECT || !shadows.has(result)) return;
    for (Block b : graph.blocks) {
      Insn t = b.terminator;
      if (t != null && t.op == Op.RETURN && t.args.length == 1 && t.arg(0) instanceof Insn call && call.op == Op.INVOKE
          && freshObject(call) != null && shadows.has(call.type)) {
        markArray(call); // a helper's new blank object (la4j's BasicVector.zero(n)), recorded by freshObjectWritten
        continue;
      }
      if (t == null || t.op != Op.RETURN || t.args.length != 1 || !(t.arg(0) instanceof Insn made) || made.op != Op.NEW
          || !shadows.has(made.type)) continue;
      for (Block c : graph.blocks) {
        for (Insn i : c.insns) {
          if (i.op == Op.INVOKE && i.args.length > 0 && i.arg(0) == made && i.method().name().equals("<init>")
              && java.util.Arrays.stream(Type.getArgumentTypes(i.method().desc())).allMatch(a -> a.getSort() < Type.FLOAT)
              && callees.blankConstructor(i.method()) != null) {
            markArray(made);
          }
        }
      }
    }
  }

  /** Floating arrays taken from a pool and given back in the call ({@link PooledArrays}), decided before the other checks. */
  private PooledArrays pooled;

  private void pooledArrays() throws NotDifferentiable {
    pooled = new PooledArrays(graph, this::isActive, callees::keepsOnlyReference, u -> passiveCheck.whyNot(u) != null);
    Cycles cycles = null;
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (!pooled.candidate(i)) continue;
        if (cycles == null) cycles = new Cycles(graph);
        PooledArrays.Refusal no = pooled.whyNot(i, cycles);
        if (no != null) throw fail(no.at(), no.why());
      }
    }
    if (cycles != null) {
      PooledArrays.Refusal no = pooled.overlaps(new Dominators(graph));
      if (no != null) throw fail(no.at(), no.why());
    }
    admitReleases(pooled::isRelease, "array");
  }

  /** Objects taken from a pool and given back in the call ({@link PooledObjects}), decided before the other checks. */
  private PooledObjects pooledObjects;

  private void pooledObjects() throws NotDifferentiable {
    pooledObjects = new PooledObjects(graph, this::isActive, callees::keepsOnlyReference, callees::pooledObject, this::mayBeOf);
    Cycles cycles = null;
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        FreshObjects.Made made = shadows.has(i.type) ? pooledObjects.candidate(i) : null;
        // a helper making a new blank object and writing nothing stays with freshObjectWritten (in loops too)
        if (made == null || callees.freshObject(i.method()) != null) continue;
        if (cycles == null) cycles = new Cycles(graph);
        PooledObjects.Refusal no = pooledObjects.whyNot(i, made, cycles);
        if (no != null) throw fail(no.at(), no.why());
        Insn escape = BlankStoreUses.escape(graph, i, null, callees::writesOnlyReceiver, callees::confinesArgument, this::storedInHeld,
            this::carriesShadow, pooledObjects::isRelease);
        if (escape != null) {
          throw fail(escape, "the " + javaType(i) + " taken from a pool by " + PooledObjects.shown(i) + (i.line > 0 ? " at line " + i.line : "")
              + " carries derivatives and is " + (escape.op == Op.INVOKE ? "given to a call that may keep it" : "stored or passed on")
              + " here; such an object must only have its fields read and written (directly, by setters of its own class, or by"
              + " calls whose code, or the code of every class with shadows implementing them, keeps it to itself), be returned"
              + " by such calls, and be given back to its pool: its shadow is made here, per call");
        }
        passiveCalls.add(i);
      }
    }
    admitReleases(pooledObjects::isRelease, "object");
  }

  /**
   * The releases of pooled arrays or objects ({@code isRelease}) keep their primal call; one whose code a receiver may
   * override is judged by its named class's code, which the receiver must run (a dispatch check), or refused.
   */
  private void admitReleases(java.util.function.Predicate<Insn> isRelease, String what) throws NotDifferentiable {
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (!isRelease.test(i)) continue;
        passiveCalls.add(i);
        MethodRef m = i.method();
        if (FreshObjects.boundStatically(m)) continue;
        DispatchedCode code = callees.codeRun(m);
        if (code == null) {
          throw fail(i, "the " + what + " taken from a pool is given back by " + dev.leibniz.core.JavaSignature.method(m)
              + ", whose code a receiver may override; " + callees.bindingAdvice(m));
        }
        dispatchChecks.put(i, code);
      }
    }
  }

  /**
   * Whether a value of type {@code r} may be an object of class {@code c}: not when {@code r} is another class with shadows
   * that declares instance fields, none of which {@code c}'s layout holds (so it is no superclass of {@code c}); a
   * pooled object's use after its release is sought through what may be it ({@link PooledObjects}).
   */
  private boolean mayBeOf(Type r, Type c) {
    if (r.equals(c) || r.getSort() != Type.OBJECT || c.getSort() != Type.OBJECT || !shadows.has(r)) return true;
    dev.leibniz.core.ir.Shadows.Layout lr = shadows.layout(r.getInternalName()), lc = shadows.layout(c.getInternalName());
    if (lr == null || lc == null) return true;
    String name = r.getInternalName();
    boolean declares = lr.fields().stream().anyMatch(f -> f.owner().equals(name));
    return !declares || lc.fields().stream().anyMatch(f -> f.owner().equals(name));
  }

  /**
   * For the take of a pooled object ({@link PooledObjects}): its class and the floating fields its shadow, made per call by
   * the class's blank no-argument constructor, zeroes; else null.
   */
  public FreshObjects.Made pooledObject(Insn i) {
    return pooledObjects == null ? null : pooledObjects.take(i);
  }

  /** True for the take of a pooled array ({@link PooledArrays}): its shadow is a zero array of the same length, made per call. */
  public boolean isPooledTake(Insn i) {
    return pooled != null && pooled.isTake(i);
  }

  /** The pooled takes held when {@code take} runs, whose arrays the companions check it is not ({@link PooledArrays#overlaps}). */
  public java.util.List<Insn> pooledHeldAt(Insn take) {
    return pooled == null ? java.util.List.of() : pooled.heldAt(take);
  }

  /**
   * True for a call the adjoint leaves out: the release of a pooled array ({@link PooledArrays}), whose reverse sweep still
   * reads the array after the original gives it back.
   */
  public boolean isLeftOut(Insn i) {
    return !callees.tangentMode() && (pooled != null && pooled.isRelease(i) || pooledObjects != null && pooledObjects.isRelease(i));
  }

  /** Alias classes do not depend on activity: build them once. */
  private void unions() {
    unionResults();
    for (Block b : graph.blocks) {
      for (Phi p : b.phis) {
        if (Types.isReference(p.type)) {
          for (Value in : p.inputs) {
            union(p, in);
          }
        }
      }
      for (Insn i : b.insns) {
        switch (i.op) {
          case ALOAD:
            if (Types.isReference(i.type)) union(i, i.arg(0));
            break;
          case ASTORE:
            if (Types.isReference(i.arg(2).type)) union(i.arg(0), i.arg(2));
            break;
          case CHECKCAST:
            // An object with a shadow cast to a class outside the JDK without shadows (an interface's other
            // implementation: Flink ML's (SparseVector) x where only DenseVector has shadows) holds passive
            // numbers by the contract (README, "Objects"): the cast value carries none.
            if (!castToPassiveClass(i)) union(i, i.arg(0));
            break;
          case GETFIELD:
            // An object's differentiable fields share its class: its shadow holds their shadows.
            if (holdsShadow(i.type) && shadows.has(i.arg(0).type)) union(i, i.arg(0));
            break;
          case PUTFIELD:
            if (holdsShadow(i.arg(1).type) && shadows.has(i.arg(0).type)) union(i.arg(0), i.arg(1));
            break;
          case INVOKE: {
            // A call's array result may be (a row of) any array argument; arrays passed side by side
            // stay apart (a callee writing one of them does not make the others change).
            if (!Types.isReference(i.type) && !isArraycopy(i)) break;
            // A new object the callee made and returned (FreshObjects) is none of the arguments.
            if (freshObject(i) != null) break;
            // So is a new array it made and returned (FreshArrays): SPA's calculateLBRTerms(jme, TERMS_B) returns
            // new double[6] filled from the static table, which the result's derivatives then do not reach.
            if (freshArray(i)) break;
            // A fresh zero array shaped like its argument holds none of its values: its own class.
            if (i.attr instanceof MethodRef && HelperIntrinsic.of((MethodRef) i.attr) == HelperIntrinsic.ZEROS) break;
            Value first = Types.isReference(i.type) ? i : null;
            for (Value a : i.args) {
              if (Types.isDifferentiableArray(a.type) || shadows.has(a.type) || (isArrayLike(a) && isIntrinsic(i))) {
                if (first != null) union(first, a); else first = a;
              }
            }
            break;
          }
          default:
        }
      }
    }
  }

  /**
   * The objects a method returns at its several returns are one result with one shadow: they share a class. A return of
   * constants only ({@code return lat1 > lat2 ? Angle.POS180 : Angle.ZERO;} beside {@code return Angle.fromRadians(a);})
   * then carries derivatives like the others, and its constants get zero shadows ({@link #immutableConstant}).
   */
  private void unionResults() {
    Type result = Type.getReturnType(graph.desc);
    if (result.getSort() != Type.OBJECT || !shadows.has(result)) return;
    Value first = null;
    for (Block b : graph.blocks) {
      Insn t = b.terminator; // a null returned carries nothing: it stays apart
      if (t == null || t.op != Op.RETURN || t.args.length != 1 || t.arg(0).type.getSort() != Type.OBJECT
          || t.arg(0).type.equals(Types.NULL)) continue;
      if (first != null) union(first, t.arg(0)); else first = t.arg(0);
    }
  }

  /** A field value that lives in the shadow of its object: a differentiable array or a shadow type. */
  private boolean holdsShadow(Type t) {
    return Types.isDifferentiableArray(t) || shadows.has(t);
  }

  /**
   * True when every field of {@code layout} that is not floating carries no derivative: a zero object made by its
   * constructor leaves them 0 or null (core.objects.PassiveFields), which only a shadow's passive fields may be.
   */
  private boolean passiveBeside(dev.leibniz.core.objects.ValuedConstructions.Layout layout) {
    return dev.leibniz.core.objects.PassiveFields.carryNothing(layout.fields().stream().map(f -> Type.getType(f.desc())).toList(), shadows);
  }

  /** A field of a shadowed object whose value carries a derivative: {@code double}, {@code float}. */
  private boolean shadowField(Insn i) {
    return shadows.has(i.arg(0).type) && isActive(i.arg(0));
  }

  /** A call that moves values between its array arguments (their classes are joined). */
  private static boolean isArraycopy(Insn i) {
    if (!(i.attr instanceof MethodRef)) return false;
    HelperIntrinsic h = HelperIntrinsic.of((MethodRef) i.attr);
    return ArrayIntrinsic.of((MethodRef) i.attr) == ArrayIntrinsic.ARRAYCOPY
        || h == HelperIntrinsic.ADD || h == HelperIntrinsic.ADD_ROWS || h == HelperIntrinsic.ARRAYCOPY_ADJOINT;
  }

  private static boolean isIntrinsic(Insn i) {
    return i.attr instanceof MethodRef
        && (ArrayIntrinsic.of((MethodRef) i.attr) != null || HelperIntrinsic.of((MethodRef) i.attr) != null);
  }

  private boolean anyActive(Insn i) {
    for (Value a : i.args) {
      if (isActive(a)) {
        return true;
      }
    }
    return false;
  }

  private boolean propagate(Insn i) {
    boolean floating = Types.isScalar(i.type);
    switch (i.op) {
      case ADD: case SUB: case MUL: case DIV: case REM: case NEG: case SELECT:
        return floating && anyActive(i) && activeScalars.add(i);
      case CONV:
        return floating && Types.isScalar(i.arg(0).type) && isActive(i.arg(0)) && activeScalars.add(i);
      case MATH:
        return floating
            && !MathRules.find(i.method()).isZero()
            && anyActive(i)
            && activeScalars.add(i);
      case ALOAD:
        return floating && isActive(i.arg(0)) && activeScalars.add(i);
      case GETFIELD:
        return floating && shadowField(i) && activeScalars.add(i);
      case PUTFIELD:
        return Types.isScalar(i.arg(1).type) && isActive(i.arg(1)) && shadows.has(i.arg(0).type) && markArray(i.arg(0));
      case ASTORE:
        return Types.isScalar(i.arg(2).type) && isActive(i.arg(2)) && markArray(i.arg(0));
      case INVOKE:
        if (i.attr instanceof MethodRef && anyActive(i)) {
          MethodRef m = i.method();
          HelperIntrinsic h = HelperIntrinsic.of(m);
          if (h != null) {
            // The others move values between arrays whose classes are joined (second order).
            return h == HelperIntrinsic.DRAIN && floating && isActive(i.arg(0)) && activeScalars.add(i);
          }
          ArrayIntrinsic k = ArrayIntrinsic.of(m);
          if (k == ArrayIntrinsic.FILL || k == ArrayIntrinsic.FILL_RANGE) {
            return markArray(i.arg(0));
          }
          if (k == null && callees.isDifferentiable(m)) {
            // An array argument the callee only reads keeps the activity it has here (a table in
            // a field stays passive); one it may write may receive active values.
            boolean changed = false;
            for (int a = 0; a < i.args.length; a++) {
              Value v = i.args[a];
              if ((Types.isDifferentiableArray(v.type) && callees.writesArgument(m, a)) || shadows.has(v.type) && !givenAsObject(m, a)) {
                changed |= markArray(v);
              }
            }
            if (!m.isStatic() && dev.leibniz.core.Companions.receiverShadow(m.owner(), false, shadows)) {
              changed |= markArray(i.arg(0));
            }
            if (floating) changed |= activeScalars.add(i);
            else if (Types.isDifferentiableArray(i.type) || shadows.has(i.type)) changed |= markArray(i);
            return changed;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * True when argument {@code a} of {@code m} (the receiver 0) is declared {@code Object} in {@code equals(Object)}: its
   * companions take no shadow for it (Ardor3D's {@code axis.equals(Vector3.ZERO)}), so the object given carries nothing
   * into the call and stays as active as it is.
   */
  private static boolean givenAsObject(MethodRef m, int a) {
    return a == 1 && !m.isStatic() && m.name().equals("equals") && m.desc().equals("(Ljava/lang/Object;)Z");
  }

  /** The field {@code i} reads or writes, as {@code double Body.vx}. */
  private static String javaField(Insn i) {
    return dev.leibniz.core.JavaSignature.field((dev.leibniz.core.ir.FieldRef) i.attr);
  }

  /** The type of {@code v} as Java source names it ({@code Vector2}, {@code double[]}). */
  private static String javaType(Value v) {
    return dev.leibniz.core.JavaSignature.type(v.type);
  }

  private void check() throws NotDifferentiable {
    pooledArrays();
    pooledObjects();
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        switch (i.op) {
          case PUTFIELD:
            if (isScratchWrite(i)) break;
            if (isActive(i.arg(1)) && !shadows.has(i.arg(0).type) && keptObject(i.arg(0)) != null) {
              throw fail(i, "writes an active value into field " + ((dev.leibniz.core.ir.FieldRef) i.attr).name() + " of " + keptObject(i.arg(0)));
            }
            if (isActive(i.arg(1)) && !shadows.has(i.arg(0).type)) {
              String notScratch = graph.notScratch.get((dev.leibniz.core.ir.FieldRef) i.attr);
              throw fail(i, "writes an active value into field " + javaField(i) + "; fields are passive (pass the value as a parameter"
                  + " or return it instead, or annotate class " + javaType(i.arg(0)) + " @Differentiable: its fields"
                  + " then carry derivatives in shadows)" + SCRATCH_ADVICE + (notScratch == null ? "" : "; this field is not scratch: "
                  + notScratch) + LIBRARY_CLASS);
            }
            break;
          case PUTSTATIC:
            if (isScratchWrite(i)) break;
            if (isActive(i.args[i.args.length - 1]) && dev.leibniz.core.ir.TryBodies.of(graph).inBody(b)) {
              throw fail(i, "writes an active value into field " + javaField(i) + " inside a try whose catch recovers; fields"
                  + " are passive (pass the value as a parameter or return it instead)" + SCRATCH_ADVICE + ", and not read in"
                  + " the catch or after the try: an exception thrown after the write leaves the field written, and the"
                  + " catch's path would read it without its derivative");
            }
            if (isActive(i.args[i.args.length - 1])) {
              String notScratch = graph.notScratch.get((dev.leibniz.core.ir.FieldRef) i.attr);
              throw fail(i, "writes an active value into field " + javaField(i) + "; fields are passive (pass the value as a parameter or return it instead)"
                  + SCRATCH_ADVICE + (notScratch == null ? "" : "; this field is not scratch: " + notScratch));
            }
            break;
          case GETFIELD:
            if (Types.isReference(i.type) && isActive(i) && !(shadows.has(i.arg(0).type) && isActive(i.arg(0)))) {
              if (isScratchRead(i)) {
                checkScratch(i);
                break;
              }
              if (i.type.getSort() == Type.OBJECT) { // an object held in a passive object: it may be what a call returned
                throw fail(i, "the object in field " + javaField(i) + " may receive active values (a value written here may"
                    + " be written into it: a call given it may return it, as a " + javaType(i) + " returned by a helper may be"
                    + " its receiver); objects held in fields of a class without shadows are passive (pass the object as a"
                    + " parameter, or annotate " + javaType(i.arg(0)) + " @Differentiable and pass it; a helper that returns"
                    + " new " + javaType(i) + "() on every path, writing nothing, gives an object of its own)" + LIBRARY_CLASS);
              }
              String notScratch = graph.notScratch.get((dev.leibniz.core.ir.FieldRef) i.attr);
              throw fail(i, "the array in field " + javaField(i) + " receives active values; arrays held in fields are passive"
                  + " (pass the array as a parameter, or annotate " + javaType(i.arg(0)) + " @Differentiable and pass the object)"
                  + (notScratch == null ? SCRATCH_ADVICE : SCRATCH_ADVICE + "; this field is not scratch: " + notScratch
                      + " (return the arrays, or take them as double[] parameters, to have their derivatives)") + LIBRARY_CLASS);
            }
            break;
          case GETSTATIC:
            if (shadows.has(i.type) && (isActive(i) || mergedOrReturned(i))
                && callees.fieldlessConstant((dev.leibniz.core.ir.FieldRef) i.attr)) {
              fieldlessConstants.add(i); // ta4j's NaN.NaN: its own shadow (forward.Sweep)
              break;
            }
            if (shadows.has(i.type) && (isActive(i) || mergedOrReturned(i))) {
              dev.leibniz.core.objects.ValuedConstructions.Layout zero = callees.immutableConstant((dev.leibniz.core.ir.FieldRef) i.attr);
              if (zero != null && passiveBeside(zero)) { // Complex.NAN: nothing may change it, its derivative is 0 (forward.Sweep makes a zero shadow)
                immutableConstants.put(i, zero);
                // its zero shadow may need a constructor private to the constant's class: linked as inlined code's are
                if (!i.type.getInternalName().equals(graph.owner)) graph.hasForeignCode = true;
                break;
              }
            }
            if (shadows.has(i.type) && isActive(i) && isScratchRead(i)) {
              checkScratch(i);
              break;
            }
            if (shadows.has(i.type) && isActive(i)) {
              String notScratch = graph.notScratch.get((dev.leibniz.core.ir.FieldRef) i.attr);
              throw fail(i, "the object in static field " + javaField(i) + " receives or passes on derivatives; static fields are passive"
                  + " and nobody gives its shadow: pass it in as a parameter (or the receiver) together with its shadow"
                  + (notScratch == null ? "" : "; it is not scratch here: " + notScratch) + SCRATCH_OBJECT_ADVICE);
            }
            // an array of length 0 holds nothing: it is its own shadow (forward.Sweep)
            if (Types.isReference(i.type) && isActive(i) && isScratchRead(i)) {
              checkScratch(i);
              break;
            }
            if (Types.isReference(i.type) && isActive(i) && !callees.isEmptyArrayConstant((dev.leibniz.core.ir.FieldRef) i.attr)) {
              throw fail(i, "the array in field " + javaField(i) + " receives active values; arrays held in fields are passive (pass the array as a parameter)"
                  + SCRATCH_ADVICE);
            }
            break;
          case INVOKE:
            if (pooled.isTakeCall(i) || pooled.isRelease(i)) break; // a per-call temporary from a pool (PooledArrays)
            if (pooledObjects.take(i) != null || pooledObjects.isRelease(i)) break; // the same for an object (PooledObjects)
            if (freshObjectWritten(i)) break;
            checkHandedOutArray(i);
            checkWritesBeforeRecovery(i, b);
            checkCall(i);
            checkNewStoreResult(i);
            break;
          case CHECKCAST:
            if (pooled.isTake(i)) break; // a generic pool's take, cast to the array (PooledArrays)
            checkErasedField(i);
            break;
          default:
        }
      }
      checkReturnedShadow(b.terminator);
    }
  }

  /**
   * An object with a shadow returned as a declared type without one (LWJGL's {@code Vector scale(float)} returning
   * {@code this} as its abstract, fieldless superclass, which keeps no shadow slot: core.SlotTypes): the contract makes
   * such a result passive (the tangent returns nothing, the adjoint takes no seed), so a caller continuing with the
   * result would lose its derivatives silently. Refused at the return instead (README, "Objects").
   */
  private void checkReturnedShadow(Insn ret) throws NotDifferentiable {
    if (ret == null || ret.op != Op.RETURN || ret.args.length != 1) return;
    Value v = ret.arg(0);
    Type declared = Type.getReturnType(graph.desc);
    if (!Types.isReference(v.type) || !shadows.has(v.type) || shadows.has(declared)) return;
    Type e = declared.getSort() == Type.ARRAY ? declared.getElementType() : declared;
    if (e.getSort() != Type.OBJECT || e.getInternalName().startsWith("java/") || e.getInternalName().startsWith("javax/")) return;
    throw fail(ret, "returns an object with a shadow (" + javaType(v) + ") declared as "
        + dev.leibniz.core.JavaSignature.type(declared) + ", a type without shadows here: its companions would return no"
        + " shadow for it (and the adjoint take no seed), so a caller continuing with the result would lose its"
        + " derivatives; declare the result as " + javaType(v) + " (a fluent method may return its own class), or return"
        + " nothing and use the object");
  }

  /**
   * The one read of an array field the method uses as scratch ({@code core.objects.ScratchFields}):
   * at entry, so once per call; its shadow is a zero array made there (the builders).
   */
  public boolean isScratchRead(Insn i) {
    return (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) && Types.isReference(i.type)
        && graph.scratchFields.contains(i.attr) && graph.entry().insns.contains(i);
  }

  /** A write of a scalar scratch field ({@code core.objects.ScratchFields}): no read of it follows, its derivative goes nowhere. */
  private boolean isScratchWrite(Insn i) {
    return Types.isScalar(i.args[i.args.length - 1].type) && graph.scratchFields.contains(i.attr)
        && (i.op == Op.PUTSTATIC || i.arg(0) == graph.params.get(0));
  }

  private static final String SCRATCH_OBJECT_ADVICE = ". An object field used as scratch is supported (README, \"Objects\":"
      + " scratch fields): a static field (or one of the receiver, in a class without shadows) holding an object of a class"
      + " with a blank no-argument constructor, written and read back in the call, not reassigned in it, read by no other"
      + " method of the class; the method called by no other method of the class";

  /** Scratch objects read at entry ({@link ScratchObjects}), with the floating fields to zero in the shadow made there. */
  final Map<Insn, java.util.List<dev.leibniz.core.ir.FieldPath>> scratchObjects = new HashMap<>();

  /**
   * For the one read at entry of an object field used as scratch: the floating fields to zero in its shadow, which both modes
   * make there by the class's blank no-argument constructor ({@code Sweep}); else null.
   */
  public java.util.List<dev.leibniz.core.ir.FieldPath> scratchObjectFields(Insn read) {
    return scratchObjects.get(read);
  }

  private static final String SCRATCH_ADVICE = ". A field of the method's own class used as scratch is supported (README,"
      + " \"Objects\": scratch fields): an array field written and read back in the call, not reassigned in it, read by no"
      + " other method of the class; a double field written and read back only after the write, read by no other method;"
      + " the method called by no other method of the class";

  /**
   * A scratch array must be the method's own: an array a parameter reaches (a row of a {@code double[][]}, an
   * array in an object with shadows) or another field holds could be the same array, and the
   * derivative written through one name would be lost through the other. Parameters themselves are tested
   * with {@code ==} at run time ({@code objects.FieldAliasGuards}).
   */
  private void checkScratch(Insn read) throws NotDifferentiable {
    if (read.type.getSort() == Type.OBJECT) {
      ScratchObjects.check(this, graph, read);
      return;
    }
    Type elem = read.type.getElementType();
    for (Insn p : graph.params) {
      boolean rows = p.type.getSort() == Type.ARRAY && p.type.getDimensions() > 1 && p.type.getElementType().equals(elem);
      if (rows || (p != graph.params.get(0) || graph.isStatic()) && shadows.has(p.type)) {
        throw fail(read, "the array in field " + javaField(read) + " is used as scratch (written with active values), but"
            + " parameter " + javaType(p) + " may hold the same array, where its derivative would be lost; copy the"
            + " parameter's arrays, or keep the scratch array in a local variable (new " + javaType(read).replace("[]", "") + "[n])");
      }
    }
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        boolean fromField = i.op == Op.GETFIELD || i.op == Op.GETSTATIC || (i.op == Op.INVOKE && i.attr instanceof MethodRef && !takesArray(i));
        if (i != read && fromField && i.type.getSort() == Type.ARRAY && i.type.getElementType().equals(elem)) {
          String what = i.op == Op.INVOKE ? "the array returned by " + i.method().name() + "()" : "the array in field " + javaField(i);
          throw fail(read, "the array in field " + javaField(read) + " is used as scratch (written with active values), but "
              + what + " (line " + i.line + ") may be the same array, where its derivative would be lost; use one"
              + " array field per method, or keep the scratch array in a local variable");
        }
      }
    }
  }

  private static boolean takesArray(Insn call) {
    for (Value a : call.args) {
      if (a.type.getSort() == Type.ARRAY) return true;
    }
    return false;
  }

  /**
   * A value read from a field of an active object with shadows whose declared type holds no shadow
   * ({@code Object}: a type variable {@code T} of {@code class Box<T>}, erased) and cast to a type
   * that carries derivatives ({@code (double[]) box.v}): the shadow class has no field for it, so its
   * derivative would be dropped without a word (a reviewer's finding, R7-F1: tangent 0, adjoint
   * nothing); the same for a method of such an object returning it ({@code T get()}). Refused with the
   * field's declared type to change.
   */
  private void checkErasedField(Insn cast) throws NotDifferentiable {
    if (!holdsShadow(cast.type) || !(cast.arg(0) instanceof Insn read) || holdsShadow(read.type)) return;
    boolean ofReceiver = read.op == Op.GETFIELD || (read.op == Op.INVOKE && read.attr instanceof MethodRef m && !m.isStatic());
    if (!ofReceiver || !shadows.has(read.arg(0).type) || !isActive(read.arg(0))) return;
    boolean field = read.op == Op.GETFIELD;
    String what = field ? "field " + ((dev.leibniz.core.ir.FieldRef) read.attr).name() : "the result of " + read.method().name() + "()";
    throw fail(cast, "the " + javaType(cast) + " in " + what + " of " + javaType(read.arg(0))
        + " is declared " + javaType(read) + " (a type variable, erased): only " + (field ? "fields" : "results")
        + " declared double, float, an array of them or a class with shadows get a shadow, so its derivative would be lost"
        + " (the cast here does not reach the companion). " + (field ? "Declare the field with the type it holds (" + javaType(cast) + ")"
        : erasedResultAdvice(read.method(), javaType(cast))));
  }

  /**
   * For a generic method's result cast by the caller ({@code T get()}, {@code <V> V getComponent(...)}): the declared
   * result is what to change, not a field (a getter's field too).
   */
  private static String erasedResultAdvice(MethodRef m, String held) {
    return "Declare the result of " + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc()) + " with the type the"
        + " cast gives it (" + held + ") instead of a type variable: a method, or an overload, for " + held
        + " (and a field it returns declared " + held + " too)";
  }

  /**
   * An array that a call without derivative hands out (its arguments passive, or a passive call)
   * and that then receives active values: its tangent would be a zero array made for this one value,
   * so a write into it and a read of the same array obtained again (a record's {@code p.b()} called
   * twice, a getter of an array field) would not meet, and the derivative left in the object would be
   * lost — a wrong derivative without a word. Refused; a fresh array is made with {@code new} here.
   */
  private void checkHandedOutArray(Insn i) throws NotDifferentiable {
    if (!(i.attr instanceof MethodRef) || !Types.isDifferentiableArray(i.type) || !isActive(i)) return;
    MethodRef m = i.method();
    if (ArrayIntrinsic.of(m) != null || HelperIntrinsic.of(m) != null || (anyActive(i) && !isPassiveCall(i))) return;
    throw fail(i, "the array returned by " + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc())
        + " receives active values, but the call carries no derivative (no argument is active): an array a call hands out may"
        + " be held by an object (a record's component, an array field a getter returns), where the derivative written into"
        + " it would be lost; pass the array as a double[] parameter, or give the object's class shadows (annotate it"
        + " @Differentiable, or annotate the parameter @Differentiable) so that the call is differentiated");
  }

  /**
   * A call in the body of a recovering {@code try} given an active value, of a callee with companions that may write a
   * field or a static that is not a whole number (itself or through a method it calls): a companion may keep such a write
   * where no return follows it in the callee ({@link ThrowOnlyCode}: its check's message helper keeps {@code x} in a
   * static, then throws), and the catch's path here would read what it wrote without its derivative. Refused, as the
   * method's own write of an active value into a static there is.
   */
  private void checkWritesBeforeRecovery(Insn i, Block b) throws NotDifferentiable {
    if (!(i.attr instanceof MethodRef m) || m.name().startsWith("<") || !anyActive(i) || PassiveCalls.isSafe(m)) return;
    if (tryBodies == null) tryBodies = dev.leibniz.core.ir.TryBodies.of(graph);
    if (!tryBodies.inBody(b) || !callees.isDifferentiable(m)) return;
    boolean fields = callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.CALLEE_FIELDS);
    boolean onlyWhole = !callees.writesArgument(m, ParamWrites.NON_WHOLE_FIELDS) && !callees.writesArgument(m, ParamWrites.UNKNOWN)
        && !callees.writesArgument(m, ParamWrites.BIT_PATTERNS);
    // a dispatched callee's code is not read here (its summary is unknown): each implementation's companion is judged
    // at its own class, and one that writes is warned there (it may run twice)
    boolean found = callees.writesArgument(m, ParamWrites.NON_WHOLE_FIELDS);
    // what it writes only before it throws is in no other bit (ParamWrites.THROWING_WRITES): here the catch goes on after it
    boolean beforeThrow = callees.writesArgument(m, ParamWrites.THROWING_WRITES);
    if (!beforeThrow && (!fields || onlyWhole || !found && !callees.bindsStatically(m))) return;
    throw fail(i, "inside a try whose catch recovers, " + dev.leibniz.core.JavaSignature.method(m) + " is given an active value"
        + " and may write a field or a static (itself or through a method it calls) before it throws, which the catch's path"
        + " would read without its derivative; call it before the try, or keep the write out of it");
  }

  private dev.leibniz.core.ir.TryBodies tryBodies;

  private ThrowOnlyCode throwOnly;

  /** The code no return follows ({@link ThrowOnlyCode}), made when a call first needs it. */
  private ThrowOnlyCode throwOnly() {
    if (throwOnly == null) throwOnly = ThrowOnlyCode.of(graph);
    return throwOnly;
  }

  private void checkCall(Insn i) throws NotDifferentiable {
    if (!anyActive(i) || PassiveCalls.isSafe(i.attr)) {
      return;
    }
    if (i.attr instanceof MethodRef) {
      MethodRef m = i.method();
      if (ArrayIntrinsic.of(m) != null || HelperIntrinsic.of(m) != null) {
        return;
      }
      if (blankConstruction(i)) {
        return;
      }
      String notPassive = passiveCheck.whyNot(i);
      if (notPassive == null) {
        passiveCalls.add(i);
        if (!m.isStatic() && m.opcode() != org.objectweb.asm.Opcodes.INVOKESPECIAL && !PassiveCalls.isBoxing(m)) {
          DispatchedCode code = callees.dispatchedCode(m);
          if (code != null) dispatchChecks.put(i, code);
        }
        return;
      }
      if (dev.leibniz.contract.CompanionContract.isBoxedScalar(Type.getReturnType(m.desc()).getDescriptor()) && !PassiveCalls.isBoxing(m)
          && callees.isDifferentiable(m)) {
        // its companions box the tangent of its Double result, which call sites do not unbox yet
        throw fail(i, "calls " + dev.leibniz.core.JavaSignature.method(m) + " with an active value, and its result is a boxed Double,"
            + " whose derivative a call does not carry; let it return double (a Double method of a generic interface can call"
            + " a double overload, marked too), or call the double method directly");
      }
      if (callees.isDifferentiable(m)) {
        String lost = lostShadow(i, m);
        if (lost != null) throw fail(i, lost);
        String aliased = ReturnedArguments.whyNot(graph, i, callees);
        if (aliased != null) throw fail(i, aliased);
        return;
      }
      if (!m.name().startsWith("<") && throwOnly().contains(i)) {
        // an argument check's message (Logging.getMessage(key, eye, center) before a throw): no return follows, so
        // nothing the call computes or writes reaches a derivative of this method; its primal call is kept
        passiveCalls.add(i);
        return;
      }
      String noRule = MathRules.whyNoRule(m);
      String kept = m.name().equals("<init>") ? keptObject(i.arg(0)) : null;
      String which = m.name().equals("<init>") && shadows.has(i.arg(0).type) ? newShadowed(i)
          : kept != null ? "an active value is passed to the constructor of " + kept
          : m.name().equals("<init>") ? "an active value is passed to a constructor of " + dev.leibniz.core.JavaSignature.className(m.owner()) + "; objects are passive"
              + (dev.leibniz.core.objects.FieldlessBases.isJdk(m.owner()) ? " (a JDK class never gets a shadow, so nothing carries the"
                  + " derivative into the object: compute with double values, and build the object from them outside the"
                  + " differentiated method)" : "")
          : !notPassive.isEmpty() ? ownFailureOr(m, notPassive)
          : noRule != null ? noRule : streamOr(i, callees.whyNot(m));
      boolean calleeFailed = !m.name().equals("<init>") && notPassive.isEmpty() && noRule == null;
      if (calleeFailed && callees.notYet(m)) { // a same-class callee whose companion is not built yet: so is ours (a warning)
        throw new dev.leibniz.core.ObjectRefusals.NotYet(i.line, InsnText.of(i.origin), which);
      }
      throw fail(i, which);
    }
    String scala = i.attr instanceof InvokeDynamicInsnNode && ((InvokeDynamicInsnNode) i.attr).desc.contains("Lscala/")
        ? scalaClosure(i) : "";
    throw fail(i, dev.leibniz.core.objects.LambdaEscapes.why(graph, i) + scala);
  }

  /**
   * For a call that is not passive ({@code notPassive}, {@link PassiveCallCheck}) of a callee the core differentiates
   * itself (a method of this class, a part it split off, another class's code hosted here) whose differentiation failed:
   * that failure, located at the callee's line, which is what stops the call (the passive-call advice, to keep the callee
   * from writing fields, is for a callee the core would not differentiate). Otherwise {@code notPassive}
   * ({@link CalleeOwnFailures}, the rule both modes share).
   */
  private String ownFailureOr(MethodRef m, String notPassive) {
    return CalleeOwnFailures.ownFailureOr(callees, m, notPassive);
  }

  /**
   * Why a Scala closure made from active values is refused, and the rewrite: a {@code for} over a
   * range is rewritten into a loop before lifting ({@code ScalaRanges}); a closure left here is given
   * to some other library method ({@code map}, {@code sum}...).
   */
  private String scalaClosure(Insn i) {
    java.util.List<String> captured = new java.util.ArrayList<>();
    for (Value a : i.args) {
      if (isActive(a)) captured.add(a.type.getClassName().replace("scala.runtime.", ""));
    }
    return " (a Scala closure capturing " + String.join(", ", captured) + " with derivatives, given to a library method"
        + " (map, sum, foreach over a collection...), which is not differentiated; a for over a range built right there"
        + " (for (i <- a until b), to, by) is: write the loop as one, or with while: var i = a; while i < b do { ...; i += 1 })";
  }

  /**
   * For a call of a stream's operation given an active value, the operation that is not
   * differentiated ({@code core.objects.StreamPipelines}) in front of {@code why}.
   */
  private String streamOr(Insn call, String why) {
    String stream = dev.leibniz.core.objects.StreamPipelines.whyNot(graph, call);
    return stream == null ? why : "an active value is given to a stream: " + stream;
  }

  /**
   * True when call {@code i} returns an array its callee allocated on every path and that nothing else holds ({@link
   * Callees#returnsFreshArray}), and the code it runs is the one summarised (bound statically): its result shares no
   * memory with the arguments, so an active result leaves a table passed in passive.
   */
  private boolean freshArray(Insn i) {
    return i.attr instanceof MethodRef m && i.type.getSort() == Type.ARRAY && FreshObjects.boundStatically(m)
        && callees.returnsFreshArray(m);
  }

  /**
   * What call {@code i} makes and returns when it is a new object made blank in its callee ({@link
   * FreshObjects}, {@link Callees#freshObject}) and the code the call runs is known: bound statically,
   * or an overridable method whose named class's code a receiver is checked to run ({@link
   * Callees#codeRun}); else null.
   */
  private FreshObjects.Made freshObject(Insn i) {
    if (!(i.attr instanceof MethodRef m) || m.name().equals("<init>") || i.type.getSort() != Type.OBJECT) return null;
    FreshObjects.Made made = callees.freshObject(m);
    if (made == null || !made.cls().equals(i.type.getInternalName())) return null;
    return FreshObjects.boundStatically(m) || callees.codeRun(m) != null ? made : null;
  }

  /**
   * Records call {@code i}, given passive arguments (or active ones it does not write), when it returns a new object made blank in its
   * callee ({@link #freshObject}: JTS' {@code Coordinate coord = p0.create();}) into which active values
   * are written: as for a blank constructor here, both modes keep the call and make the object's shadow
   * by the same call again, its floating fields set to 0 ({@link #blankFields}); an overridable callee
   * behind the check that the receiver runs the code judged. The object must stay where its shadow's
   * derivatives reach it ({@link BlankStoreUses}).
   */
  private boolean freshObjectWritten(Insn i) throws NotDifferentiable {
    FreshObjects.Made made = freshObject(i);
    if (made == null || !isActive(i) || !shadows.has(i.type)) return false;
    MethodRef m = i.method();
    // the new object's numbers come from no argument (made blank, only returned): an active argument matters only if
    // the call may write into it (JTS' p0.create() on a p0 with a shadow, LineSegment holding its points)
    for (int k = 0; k < i.args.length; k++) {
      if (isActive(i.args[k]) && callees.writesArgument(m, k)) return false;
    }
    Insn escape = BlankStoreUses.escape(graph, i, null, callees::writesOnlyReceiver, callees::confinesArgument, this::storedInHeld, this::carriesShadow);
    if (escape != null) {
      throw fail(escape, "the new " + javaType(i) + " returned by " + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc())
          + (i.line > 0 ? " at line " + i.line : "") + " carries derivatives and is "
          + (escape.op == Op.INVOKE ? "given to a call that may keep it" : "stored or passed on") + " here; such an object must only"
          + " have its fields read and written (directly or by setters of its own class) and be returned: its shadow is made"
          + " here, where only the result's seed reaches it");
    }
    blankConstructions.put(i, made.zeroed());
    if (!FreshObjects.boundStatically(m)) dispatchChecks.put(i, callees.codeRun(m));
    return true;
  }

  /** Records {@code init} when it is a blank constructor of a new object with a shadow, given passive arguments. */
  private boolean blankConstruction(Insn init) throws NotDifferentiable {
    MethodRef m = init.method();
    if (!m.name().equals("<init>") || !(init.arg(0) instanceof Insn) || ((Insn) init.arg(0)).op != Op.NEW
        || !shadows.has(init.arg(0).type)) return false;
    // a construction run again on the same arguments, every field then refilled (core.objects.ValuedConstructions)
    java.util.List<dev.leibniz.core.ir.FieldPath> refilled = dev.leibniz.core.objects.ValuedConstructions.refilled(init);
    for (int k = 1; k < init.args.length && refilled == null; k++) {
      if (isActive(init.args[k])) return false;
    }
    java.util.List<dev.leibniz.core.ir.FieldPath> fields = refilled != null ? refilled : callees.blankConstructor(m);
    if (fields == null && dev.leibniz.core.objects.ValuedConstructions.allZero(init) && callees.plainConstructor(m)) {
      // new State(0.0, 0.0) (core.objects.ValuedConstructions): every floating field 0, but those of the sub-objects
      // it makes from constants (core.objects.MadeFields: Suncalc's Vector making its Polar), zeroed in the shadow
      fields = callees.madeFieldsToZero(m);
    }
    if (fields == null) return false;
    String made = init.arg(0).type.getInternalName(); // new C(...): of exactly class C, whose code its calls run
    Insn escape = BlankStoreUses.escape(graph, (Insn) init.arg(0), init, callees::writesOnlyReceiver, callees::confinesArgument,
        this::storedInHeld, this::carriesShadow, call -> false, (callee, k) -> callees.confinesExact(callee, k, made));
    if (escape != null) {
      throw fail(escape, "the new " + javaType(init.arg(0)) + (init.line > 0 ? " made at line " + init.line : "")
          + (allZeroPlain(init) ? " from values (its constructor's writes are field writes here)" : " by a blank constructor")
          + " carries derivatives and is " + (escape.op == Op.INVOKE ? "given to a call that may keep it" : "stored or passed on")
          + " here; such an object must only have its fields read and written (directly, by setters of its own class, or by"
          + " helpers bound statically — static, private or final — that only read and write its fields and return no"
          + " object) and be returned (its shadow is made inside, where only the result's seed reaches it): create the"
          + " object outside the method and pass it in with its shadow, or return it");
    }
    blankConstructions.put(init, fields);
    return true;
  }

  /** An array, or an object of a class with shadows (or a slot type): what a field of a new object may hold of its shadow. */
  private boolean carriesShadow(Type t) {
    return t.getSort() != Type.OBJECT || shadows.has(t);
  }

  /**
   * A new object (made here, or by a call that may return one it made) stored into a field of another object with a
   * shadow whose field holds shadows of its class ({@code sum = sum.add(value)}, Flink's Kahan sum held by an
   * aggregator; {@code h.v = w}): in tangent mode the holder's shadow takes the object's shadow (forward.Sweep.copyFieldOp),
   * mirroring the primal as every tangent shadow does, so the store is admitted there. In adjoint mode too when the
   * holder is an object the caller gave with its shadow (the receiver, an object parameter): the adjoint builder
   * reseats the caller's seeds of that field into the new object's shadow between the sweeps and puts the shadow the
   * caller gave back into the field in the reverse sweep, where it takes the adjoints of the object replaced
   * (reverse.ReplacedHeldArrays, which refuses the builds that cannot: split, vector and workspace-free adjoints). In
   * both modes when the holder is made here ({@code new LatLon(lat, lon)} of WorldWind, its construction refilled,
   * core.objects.ValuedConstructions): its shadow, made here too, holds the object's shadow, no caller's shadow is
   * replaced, and the holder is itself held to these rules where it is made (an active new object is refused unless its
   * construction is blank and its uses are these), so the object goes where its holder goes: a read of the field is
   * followed as the holder, the holder's seed reaches it through the holder's shadow.
   */
  private boolean storedInHeld(Insn store) {
    return heldStore(store) && (callees.tangentMode()
        || store.arg(0) instanceof Insn holder && (holder.op == Op.NEW || holder.op == Op.PARAM));
  }

  private boolean heldStore(Insn i) {
    return i.op == Op.PUTFIELD && shadows.has(i.arg(0).type)
        && shadows.has(Type.getType(((dev.leibniz.core.ir.FieldRef) i.attr).desc()));
  }

  /** True for {@code new C(0.0, ...)} of a plain constructor: a construction from values rewritten ({@code ValuedConstructions}). */
  private boolean allZeroPlain(Insn init) {
    return init.args.length > 1 && dev.leibniz.core.objects.ValuedConstructions.allZero(init) && callees.plainConstructor(init.method());
  }

  /**
   * The result of a call that may return a store it made (its shadow made inside the callee) stays where the
   * derivatives reach it, as one made here does ({@link BlankStoreUses}). A *chain of value objects* ({@code
   * log().multiply(x).exp()}): an object of a class whose instance fields are all final ({@link Callees#immutable})
   * may also be given to a call that keeps it to itself while merging it ({@link Callees#confinesImmutable}: {@code
   * exp()} returning {@code this} or {@code NAN}). The shadow the first call returns goes with it in both modes: the
   * tangent's, and in reverse mode the adjoint shadow the split callee made and left on the tape (a callee returning
   * an object with a shadow is split, {@code ObjectRefusals}), into which the second call's reverse adds and from which
   * the first call's reverse takes its result's seed. Returned {@code this}, a parameter or a constant instead, that
   * shadow is theirs: no number depends on which object it is.
   */
  private void checkNewStoreResult(Insn call) throws NotDifferentiable {
    if (!(call.attr instanceof MethodRef m) || m.name().equals("<init>") || !shadows.has(call.type) || !isActive(call)
        || !callees.mayReturnNewStore(m)) return;
    java.util.function.BiPredicate<MethodRef, Integer> keeps = callees.immutable(call.type)
        ? (callee, k) -> callees.confinesArgument(callee, k) || callees.confinesImmutable(callee, k) : callees::confinesArgument;
    Insn escape = BlankStoreUses.escape(graph, call, null, callees::writesOnlyReceiver, keeps, this::storedInHeld, this::carriesShadow);
    if (escape == null) return;
    throw fail(escape, "the " + javaType(call) + " returned by " + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc())
        + (call.line > 0 ? " at line " + call.line : "") + " may be a new object that call made, and is "
        + (escape.op == Op.INVOKE ? "given to a call" : "stored or passed on") + " here; its shadow is made inside the call,"
        + " where only the result's seed reaches it: read and write its fields and return it, or pass a store in");
  }

  /** A constructor of a class with shadows, on an object that carries derivatives (README, "Objects"). */
  private String newShadowed(Insn init) {
    String cls = init.arg(0).type.getClassName();
    boolean activeArgs = false;
    for (int k = 1; k < init.args.length; k++) activeArgs |= isActive(init.args[k]);
    return (activeArgs ? "an active value is passed to a constructor of " + cls : "the new " + cls + " made here receives or passes on derivatives")
        + "; its shadow would have to be made by a constructor, which is never run on tangents (a shadow is made by"
        + " Derivatives.zeroShadow): create the object outside the method and pass it in with its shadow, or make it"
        + " with a blank constructor given passive arguments (one that only stores constants or its primitive arguments"
        + " into the object's non-final fields, itself or through methods of the object that do only that, as new Vector3f()"
        + " and LWJGL's new Matrix3f() calling setIdentity() do: README, \"Objects\", a store made when none is given; it may make its own"
        + " sub-objects and arrays, each by such a constructor or a new double[n], stored once into a field of its own before any"
        + " branch and never replaced, as Sunflow's OrthoNormalBasis() does with u = new Vector3()); a constructor that computes, validates or chains is differentiated here as the method's own code when"
        + " the class also has such a blank constructor or one that only stores each field from a parameter, and its fields"
        + " are all primitive or passive (an enum, a String: no array, no Object), declared in it and writable here (final ones"
        + " too; README, \"Objects\": objects built new from values)";
  }

  /**
   * For an object created here that scalar replacement left: "new C(...) (line n), which is not
   * replaced by its fields because ..." with the advice; else null.
   */
  private String keptObject(Value o) {
    String why = graph.keptObjects.get(o);
    if (why == null) return null;
    int line = o instanceof Insn ? ((Insn) o).line : -1;
    return "new " + javaType(o) + "(...)" + (line > 0 ? " (line " + line + ")" : "")
        + ", which cannot be replaced by its fields because " + why
        + "; objects that carry derivatives must stay inside the differentiated code (created, used and dropped there,"
        + " their methods inlinable); an object of a class that is not @Differentiable cannot carry derivatives out of it:"
        + " return the numbers (a double[]) and build the object from them outside the differentiated method"
        + (why.equals("it is returned") ? ", or return it as new " + javaType(o) + "(...) of a class that has a constructor that"
            + " only stores each of its fields from a double parameter of its own, unchanged (" + javaType(o) + "(double x, double y)"
            + " { this.x = x; this.y = y; }; all its fields double or float (or an int or boolean status stored from a parameter of its type), declared in it, and that constructor callable here, or private to its class when its factory makes the result;"
            + " a method of the class itself needs no such constructor when the class extends Object and all its fields are double or float):"
            + " the companions then make the result and its shadow with it, from the fields your constructor computes (README,"
            + " \"Objects\": object results built new)" : "");
  }

  /**
   * The advice when a class would have to be annotated: only its author can, and a library's class
   * (EJML's DMatrixRMaj, a Benchmarks Game Body from a jar) is not the user's.
   */
  private static final String LIBRARY_CLASS = "; a class of a library cannot be annotated: copy the numbers it holds into"
      + " double[] parameters (or fields of a @Differentiable class of yours) for the differentiated code, and write the"
      + " results back into the library's objects outside it";

  private boolean castToPassiveClass(Insn i) {
    return i.type.getSort() == Type.OBJECT && shadows.has(i.arg(0).type) && !shadows.has(i.type)
        && !i.type.getInternalName().startsWith("java/") && !i.type.getInternalName().startsWith("javax/");
  }

  /**
   * Why a differentiated call would drop the shadow of an object argument, or null: the callee's
   * companions lay their parameters out by the declared types (README, "Objects"), so an object with
   * a shadow given to a parameter declared with a type outside the JDK that has no shadow slot (an
   * interface only an annotated class implements), or the receiver of a method of an interface or
   * abstract class that has slots only as a supertype of several classes with shadows, for a method other than
   * a double/float getter (which one's code a call runs is not known here; with one, or for a getter,
   * core.CalleeOracle.implementationsOf runs the receiver's class's code),
   * would lose the derivative along its numbers without a word.
   */
  private static boolean returnsNumber(MethodRef m) {
    int r = Type.getReturnType(m.desc()).getSort();
    return r == Type.DOUBLE || r == Type.FLOAT;
  }

  private String lostShadow(Insn i, MethodRef m) {
    int self = m.isStatic() ? 0 : 1;
    if (self == 1 && isActive(i.arg(0)) && shadows.has(i.arg(0).type) && shadows.isSlotOnly(m.owner())
        && shadows.implementations(m.owner()).size() != 1 && !returnsNumber(m)) {
      // with one class with shadows below the type, the call runs that class's code behind a check of the
      // receiver's class (core.CalleeOracle.implementationsOf); so does an own double/float getter with several
      // (the type kept its slot as each of them has code for it: core.SlotTypes), each class its own code;
      // for any other method, which one is not known here
      return "calls " + dev.leibniz.core.JavaSignature.method(m) + " on an object with a shadow declared with "
          + dev.leibniz.core.JavaSignature.className(m.owner()) + ", an interface or abstract class implemented by several"
          + " classes with shadows here, whose code for it is not known before the call, so the derivative along the object's"
          + " numbers could be lost; cast the object to its class before the call (" + String.join(", ",
              shadows.implementations(m.owner()).stream().map(dev.leibniz.core.JavaSignature::className).toList())
          + "), or read its fields";
    }
    Type[] params = Type.getArgumentTypes(m.desc());
    for (int k = 0; k < params.length; k++) {
      Value a = i.arg(k + self);
      Type declared = params[k];
      if (!isActive(a) || !Types.isReference(a.type) || !shadows.has(a.type) || shadows.has(declared)) continue;
      Type e = declared.getSort() == Type.ARRAY ? declared.getElementType() : declared;
      if (e.getSort() != Type.OBJECT || e.getInternalName().startsWith("java/") || e.getInternalName().startsWith("javax/")) continue;
      return "passes an object with a shadow (" + dev.leibniz.core.JavaSignature.type(a.type) + ") to parameter " + k + " of "
          + dev.leibniz.core.JavaSignature.method(m) + ", declared " + dev.leibniz.core.JavaSignature.type(declared)
          + ", a type without shadows: the callee's companions take no shadow for it, so the derivative along the object's"
          + " numbers would be lost; declare the parameter with the object's class"
          + (m.isStatic() ? ", or pass an object declared with a final class (a static method is then differentiated for"
              + " that class, when the methods it calls on the object are that class's own, known code)" : "")
          + ", or give that type's classes shadows"
          + " where this class is transformed (a class nobody annotated whose fields the marked code writes gives its"
          + " interfaces shadow slots)";
    }
    return null;
  }

  static NotDifferentiable fail(Insn i, String reason) {
    return new NotDifferentiable(i.line, InsnText.of(i.origin), reason);
  }
}

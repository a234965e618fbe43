package dev.leibniz.core.forward;

import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.DispatchedCode;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * What both modes share: a copy of the primal graph, block for block, with a shadow array next to
 * every active array value. Tangent mode adds tangents to the copy; adjoint mode uses the copy as
 * its forward sweep. Blocks are copied in reverse post-order so that every value is mapped before
 * its non-phi uses.
 */
public abstract class Sweep {
  protected final Graph src;
  protected final Graph dst;
  protected final Activity activity;
  protected final Callees callees;
  protected final Builder b;
  protected final Map<Value, Value> primal = new HashMap<>();
  protected final Map<Value, Value> shadow = new HashMap<>();
  /** The src value of each dst primal value (the inverse of {@link #primal}). */
  protected final Map<Value, Value> source = new HashMap<>();
  protected final Map<Block, Block> blocks = new HashMap<>();
  /** The src block in which a dst forward value is defined (for tape decisions). */
  protected final Map<Value, Block> home = new HashMap<>();
  protected Block current;
  /** The tangent or adjoint array the caller gave for each array parameter (null: passive). */
  protected final Map<Insn, Value> givenArrays = new java.util.LinkedHashMap<>();
  /** The src instruction being copied (locates a missing shadow). */
  protected Insn at;

  protected Sweep(Graph src, Activity activity, Callees callees, String name, String desc) {
    this.src = src;
    this.activity = activity;
    this.callees = callees;
    this.dst = new Graph(src.owner, name, desc, src.access);
    this.dst.ownerIsInterface = src.ownerIsInterface;
    this.b = new Builder(dst, dst.newBlock());
  }

  private dev.leibniz.core.analysis.Dominators srcDominators;
  private Map<Value, Block> srcBlocks;

  /**
   * What a rule of the math call {@code call} (its first argument given to the rule as
   * {@code ruleArg}) may reuse from the primal, shared by both modes: another {@code Math}/{@code
   * StrictMath} call with the same descriptor on the same argument, in a block that dominates the
   * call's (in its own block: before it, unless {@code wholeBlock}, when the whole block has run
   * first, as in a reverse sweep), as {@code use} gives it. So {@code sin}'s partial reads the
   * primal's {@code cos(x)} instead of calling {@code cos} again. Without {@code wholeBlock} (a
   * tangent, built where the call is), a call of the function later in the same block on the same
   * value is copied here instead ({@link #earlyCall}): {@code cos θ; sin θ} calls {@code sin} once.
   */
  protected Builder.Known primalCalls(Insn call, Value ruleArg, boolean wholeBlock, java.util.function.Function<Value, Value> use) {
    if (call.args.length != 1) return null;
    if (srcBlocks == null) {
      srcBlocks = new HashMap<>();
      for (Block blk : src.blocks) {
        for (Insn i : blk.insns) srcBlocks.put(i, blk);
      }
      srcDominators = new dev.leibniz.core.analysis.Dominators(src);
    }
    Block home = srcBlocks.get(call);
    return (name, desc, args) -> {
      if (args.length != 1 || args[0] != ruleArg || home == null) return null;
      for (Block blk : src.blocks) {
        if (!srcDominators.dominates(blk, home)) continue;
        int end = blk == home && !wholeBlock ? blk.insns.indexOf(call) : blk.insns.size();
        for (int k = 0; k < end; k++) {
          Insn j = blk.insns.get(k);
          if (j != call && j.op == Op.MATH && sameValue(j.arg(0), call.arg(0)) && sameFunction(j, name, desc) && primal.containsKey(j)) {
            return use.apply(primal.get(j));
          }
        }
      }
      return wholeBlock ? null : later(call, home, name, desc, ruleArg);
    };
  }

  /**
   * The primal copies made ahead of their place by {@link #later}: a pure {@code Math} call on a
   * value already computed, so copying it earlier in its block changes no value (only when it runs,
   * and it has no effect); the builder takes the copy from here when it reaches the call.
   */
  private final java.util.Set<Insn> early = new java.util.HashSet<>();

  /**
   * The copy of a call of {@code name} on the same value as {@code call}'s argument after {@code
   * call} in its block {@code home}, made now on {@code ruleArg} (that value's copy) with the later
   * call's own method (Math or StrictMath); null when there is none.
   */
  private Value later(Insn call, Block home, String name, String desc, Value ruleArg) {
    for (int k = home.insns.indexOf(call) + 1; k < home.insns.size(); k++) {
      Insn j = home.insns.get(k);
      if (j.op != Op.MATH || j.args.length != 1 || !sameFunction(j, name, desc) || !sameValue(j.arg(0), call.arg(0))) continue;
      if (early.contains(j)) return primal.get(j);
      if (primal.containsKey(j)) return null;
      Insn c = b.add(Op.MATH, j.type, j.attr, ruleArg);
      c.line = j.line;
      c.origin = j.origin;
      define(j, c);
      early.add(j);
      return c;
    }
    return null;
  }

  /** The copy of {@code i} made ahead of its place ({@link #later}), or null. */
  protected Insn earlyCall(Insn i) {
    return early.contains(i) ? (Insn) primal.get(i) : null;
  }

  /**
   * One value, or two loads of one array cell in one block with no store or call between them
   * ({@code sin(x[i]) * cos(x[i])} reads {@code x[i]} twice).
   */
  private boolean sameValue(Value u, Value v) {
    if (u == v) return true;
    if (!(u instanceof Insn) || !(v instanceof Insn)) return false;
    Insn a = (Insn) u, c = (Insn) v;
    Block blk = srcBlocks.get(a);
    if (a.op != Op.ALOAD || c.op != Op.ALOAD || blk == null || blk != srcBlocks.get(c) || a.arg(0) != c.arg(0) || a.arg(1) != c.arg(1)) {
      return false;
    }
    int from = Math.min(blk.insns.indexOf(a), blk.insns.indexOf(c)), to = Math.max(blk.insns.indexOf(a), blk.insns.indexOf(c));
    for (int k = from + 1; k < to; k++) {
      Op op = blk.insns.get(k).op;
      if (op == Op.ASTORE || op == Op.INVOKE || op == Op.PUTFIELD || op == Op.PUTSTATIC) return false;
    }
    return true;
  }

  private static boolean sameFunction(Insn j, String name, String desc) {
    dev.leibniz.core.ir.MethodRef m = j.method();
    return m.name().equals(name) && m.desc().equals(desc)
        && (m.owner().equals("java/lang/Math") || m.owner().equals("java/lang/StrictMath"));
  }

  /** Src blocks in reverse post-order from the entry. */
  protected List<Block> order() {
    return dev.leibniz.core.analysis.Dominators.reversePostOrder(src);
  }

  protected Value p(Value v) {
    Value m = primal.get(v);
    if (m == null) {
      throw new IllegalStateException("unmapped " + v + " in " + src.name);
    }
    return m;
  }

  protected void define(Value srcValue, Value dstValue) {
    primal.put(srcValue, dstValue);
    source.put(dstValue, srcValue);
    home.put(dstValue, current);
  }

  protected void defineShadow(Value srcValue, Value dstShadow) {
    shadow.put(srcValue, dstShadow);
    home.put(dstShadow, current);
  }

  /** The shadow of an array value; for a passive array, a fresh zero array (or null for null). */
  protected Value shadowOf(Value v) {
    Value s = shadow.get(v);
    if (s != null) {
      return s;
    }
    if (v.type.equals(Types.NULL)) {
      return b.add(Op.CONST, Types.NULL, null);
    }
    if (callees.shadows().has(v.type)) {
      throw new MissingShadow(at, v);
    }
    Value z = b.add(Op.SHADOW, p(v).type, null, p(v), b.add(Op.CONST, Types.NULL, null));
    home.put(z, current);
    return z;
  }

  /**
   * The shadow of an array field used as scratch, read once at entry ({@code objects.ScratchFields}): a zero
   * array of its length, made here once per call; what an earlier call left in the array is passive.
   */
  protected Value scratchShadow(Value primalArray) {
    return b.add(Op.SHADOW, primalArray.type, null, primalArray, b.add(Op.CONST, Types.NULL, null));
  }

  /** The shadow to pass for an array argument: the shadow when active, else null. */
  protected Value shadowOrNull(Value v) {
    return activity.isActive(v) ? shadowOf(v) : b.add(Op.CONST, Types.NULL, null);
  }

  protected Insn copy(Insn i) {
    Value[] args = new Value[i.args.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = p(i.args[k]);
    }
    DispatchedCode checked = activity.dispatchCheck(i);
    if (checked != null) { // a passive call judged by the code its named class runs: the receiver must run it
      Insn check = b.add(Op.INVOKE, Type.VOID_TYPE, dispatchCheck(checked), args[0]);
      check.line = i.line;
    }
    if (activity.isLeftOut(i)) return null; // a pool's release the adjoint leaves out (analysis.PooledArrays)
    Insn c = b.add(i.op, i.type, i.attr, args);
    c.line = i.line;
    c.origin = i.origin;
    if (c.hasResult()) {
      define(i, c);
    }
    return c;
  }

  /** Name of the bootstrap helper of the check before a passive call of an overridable method. */
  public static final String RUNS_SITE = "runsSite";

  /**
   * The receiver check before a kept call of an overridable method (Helpers.runsSite, once per
   * receiver class); its bootstrap is the class's helper, wherever the code moves (Relocation).
   */
  private InvokeDynamicInsnNode dispatchCheck(DispatchedCode code) {
    Handle bsm = new Handle(org.objectweb.asm.Opcodes.H_INVOKESTATIC, src.owner,
        dev.leibniz.core.Companions.HELPER_PREFIX + RUNS_SITE, "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/invoke/CallSite;", src.ownerIsInterface);
    return new InvokeDynamicInsnNode("runs", "(Ljava/lang/Object;)V", bsm, code.owner(), code.overridableList());
  }

  /** Shadow phis for active array phis of {@code blk} (inputs filled later). */
  protected void shadowPhis(Block blk, Block to) {
    for (Phi ph : blk.phis) {
      if (Types.isReference(ph.type) && activity.isActive(ph)) {
        Phi s = dst.newPhi(to, ph.type);
        defineShadow(ph, s);
      }
    }
  }

  /**
   * Copies one non-terminator instruction with its shadow bookkeeping. Returns false when the
   * subclass must handle it (active scalar arithmetic, calls with active arguments).
   */
  protected boolean copyArrayOp(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case INVOKE:
        if (activity.isPooledTake(i)) { // a temporary from a pool (analysis.PooledArrays): its shadow, a zero array, made per call
          pooledShadow(i, copy(i));
          return true;
        }
        if (activity.pooledObject(i) != null) { // an object from a pool (analysis.PooledObjects): its shadow made per call
          pooledObjectShadow(i, copy(i));
          return true;
        }
        return blankShadow(i);
      case NEWARRAY: {
        Insn c = copy(i);
        if (activity.isActive(i)) {
          Value[] dims = new Value[i.args.length];
          for (int k = 0; k < dims.length; k++) dims[k] = p(i.args[k]);
          defineShadow(i, b.add(Op.NEWARRAY, i.type, null, dims));
        }
        return true;
      }
      case GETFIELD:
        if (!activity.isScratchRead(i) || !activity.isActive(i)) return false;
        defineShadow(i, scratchShadowOf(i));
        return true;
      case GETSTATIC: {
        if (activity.immutableConstant(i) != null) {
          defineShadow(i, constantShadow(copy(i), activity.immutableConstant(i)));
          return true;
        }
        if (activity.fieldlessConstant(i)) { // no number in it: the object is its own shadow (Activity)
          defineShadow(i, copy(i));
          return true;
        }
        if (activity.isScratchRead(i) && activity.isActive(i)) {
          defineShadow(i, scratchShadowOf(i));
          return true;
        }
        // a static final array always of length 0 (SIS's ArraysExt.EMPTY_DOUBLE returned when there is no root) holds
        // nothing, so it is its own tangent and adjoint; Activity lets only such a field's array be active
        if (!Types.isReference(i.type) || !activity.isActive(i)
            || !callees.isEmptyArrayConstant((dev.leibniz.core.ir.FieldRef) i.attr)) return false;
        defineShadow(i, copy(i));
        return true;
      }
      case CHECKCAST: {
        if (activity.isPooledTake(i)) { // a generic pool's take, cast to the array (analysis.PooledArrays)
          pooledShadow(i, copy(i));
          return true;
        }
        copy(i);
        if (activity.isActive(i) && Types.isReference(i.arg(0).type)) {
          defineShadow(i, b.add(Op.CHECKCAST, i.type, i.attr, shadowOf(i.arg(0))));
        }
        return true;
      }
      case ALOAD:
        if (Types.isReference(i.type)) {
          copy(i);
          if (activity.isActive(i)) {
            defineShadow(i, b.add(Op.ALOAD, i.type, i.attr, shadowOf(i.arg(0)), p(i.arg(1))));
          }
          return true;
        }
        return false;
      case ASTORE:
        if (Types.isReference(i.arg(2).type)) {
          copy(i);
          if (activity.isActive(i.arg(0))) {
            b.add(Op.ASTORE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), p(i.arg(1)), shadowOf(i.arg(2)));
          }
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * The constructor call of a new object with a shadow whose constructor is blank ({@link
   * Activity#blankFields}, a store made when none is given), both modes: the call, then its shadow made
   * the same way (the same passive arguments) with its floating fields set to 0, the shadow of the
   * {@code new}; the same for a call returning a new object its callee made blank ({@code
   * analysis.FreshObjects}), whose shadow is made by the call again. False for any other instruction.
   */
  /**
   * The shadow of an array taken from a pool (analysis.PooledArrays): a zero array of its length, made per call; and the
   * check that the pool handed out an array that is none of the array parameters of its type nor of the takes still held
   * (a "pool" that is not one would make them one array with two shadows: the copied sameShadow throws).
   */
  private void pooledShadow(Insn take, Insn copied) {
    Value shadow = b.add(Op.NEWARRAY, take.type, null, b.add(Op.ALENGTH, Type.INT_TYPE, null, copied));
    defineShadow(take, shadow);
    java.util.List<Insn> others = new java.util.ArrayList<>(activity.pooledHeldAt(take));
    for (Insn param : src.params) {
      if (param.type.equals(take.type) && activity.isActive(param)) others.add(param);
    }
    for (Insn o : others) {
      b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("sameShadow"), p(o), shadowOf(o), copied, shadow);
    }
  }

  /**
   * The shadow of an object taken from a pool ({@code analysis.PooledObjects}): a zero object made by its class's blank
   * no-argument constructor, never one from the pool. The object must be of exactly the class whose reset was proven
   * ({@code requireClass}), and none of the object parameters (which the pool, handing out only what nobody holds, never
   * gives): {@code sameShadow} throws for one passed in with another shadow.
   */
  private void pooledObjectShadow(Insn take, Insn copied) {
    dev.leibniz.core.analysis.FreshObjects.Made made = activity.pooledObject(take);
    Insn name = b.add(Op.CONST, Type.getObjectType("java/lang/String"), made.cls().replace('/', '.'));
    b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("requireClass"), copied, name).line = take.line;
    dev.leibniz.core.ir.MethodRef init = new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESPECIAL, made.cls(), "<init>",
        "()V", false);
    Insn shadow = blankObject(take.type, init, new Value[1], made.zeroed(), take.line);
    defineShadow(take, shadow);
    for (Insn param : src.params) {
      if (param.type.getSort() == Type.OBJECT && activity.isActive(param) && callees.shadows().has(param.type)) {
        b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("sameShadow"), p(param), shadowOf(param), copied, shadow);
      }
    }
  }

  private boolean blankShadow(Insn i) {
    java.util.List<dev.leibniz.core.ir.FieldPath> zeroed = activity.blankFields(i);
    if (zeroed == null) return false;
    Insn c = copy(i);
    if (!i.method().name().equals("<init>")) { // a call returning a new object made blank (analysis.FreshObjects): again
      Insn again = b.add(Op.INVOKE, i.type, i.attr, c.args);
      again.line = i.line;
      zeroPaths(again, zeroed);
      defineShadow(i, again);
      return true;
    }
    defineShadow(i.arg(0), blankObject(i.arg(0).type, i.attr, c.args, zeroed, i.line));
    return true;
  }

  /**
   * The shadow of an immutable object read from a static final field ({@link Activity#immutableConstant}): a zero
   * object of its class, made by its layout constructor given zeros (or its blank one, its floating fields then set to
   * 0); no constructor sees a tangent, and the constant's derivative is 0 in both modes.
   */
  private Insn constantShadow(Insn read, dev.leibniz.core.objects.ValuedConstructions.Layout layout) {
    Type[] types = Type.getArgumentTypes(layout.constructor());
    Value[] args = new Value[types.length + 1];
    for (int k = 0; k < types.length; k++) { // a passive field's parameter (core.objects.PassiveFields) given null
      args[k + 1] = Types.isReference(types[k]) ? b.add(Op.CONST, Types.NULL, null) : zero(b, types[k]);
    }
    java.util.List<dev.leibniz.core.ir.FieldPath> zeroed = new java.util.ArrayList<>();
    if (types.length == 0) {
      for (dev.leibniz.core.ir.FieldRef f : layout.fields()) {
        int sort = Type.getType(f.desc()).getSort();
        if (sort == Type.DOUBLE || sort == Type.FLOAT) zeroed.add(dev.leibniz.core.ir.FieldPath.of(f));
      }
    }
    return blankObject(read.type, new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESPECIAL,
        read.type.getInternalName(), "<init>", layout.constructor(), false), args, zeroed, read.line);
  }

  /**
   * A new object made by blank constructor {@code init} on the arguments {@code args} after the receiver (passive), its
   * floating fields {@code zeroed} set to 0: the shadow of a blank construction, or of a scratch object.
   */
  private Insn blankObject(Type type, Object init, Value[] args, java.util.List<dev.leibniz.core.ir.FieldPath> zeroed, int line) {
    Insn made = b.add(Op.NEW, type, null);
    made.line = line;
    Value[] with = args.clone();
    with[0] = made;
    b.add(Op.INVOKE, Type.VOID_TYPE, init, with).line = line;
    zeroPaths(made, zeroed);
    return made;
  }

  /**
   * Sets to 0 the floating fields {@code zeroed} of the new shadow {@code made}: a field of its own, one of a sub-object
   * its constructor made and stored in a field (read through the path: the constructor stores it on every path,
   * objects.BlankCode), or a floating array it made, filled with 0 by {@code Arrays.fill} (java.base), each row of one of
   * several dimensions by the copied {@code zeroRows}.
   */
  private void zeroPaths(Value made, java.util.List<dev.leibniz.core.ir.FieldPath> zeroed) {
    for (dev.leibniz.core.ir.FieldPath path : zeroed) {
      Value holder = made;
      for (dev.leibniz.core.ir.FieldRef f : path.via()) holder = b.add(Op.GETFIELD, Type.getType(f.desc()), f, holder);
      dev.leibniz.core.ir.FieldRef last = path.last();
      Type t = Type.getType(last.desc());
      if (!path.isArray()) {
        b.add(Op.PUTFIELD, Type.VOID_TYPE, last, holder, zero(b, t));
        continue;
      }
      Insn array = b.add(Op.GETFIELD, t, last, holder);
      if (t.getDimensions() > 1) { // a new double[m][n]: each row filled (Helpers.zeroRows)
        b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("zeroRows"), array);
        continue;
      }
      b.add(Op.INVOKE, Type.VOID_TYPE, new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC,
          "java/util/Arrays", "fill", "(" + t.getDescriptor() + t.getElementType().getDescriptor() + ")V", false),
          array, zero(b, t.getElementType()));
    }
  }

  /**
   * The shadow of the one read at entry of a field used as scratch ({@code objects.ScratchFields}): a zero array of its
   * array's length, or for an object a new one made by its class's blank no-argument constructor, floating fields 0.
   */
  private Value scratchShadowOf(Insn i) {
    Insn c = copy(i);
    java.util.List<dev.leibniz.core.ir.FieldPath> zeroed = activity.scratchObjectFields(i);
    if (zeroed == null) return scratchShadow(c);
    dev.leibniz.core.ir.MethodRef init = new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESPECIAL,
        i.type.getInternalName(), "<init>", "()V", false);
    return blankObject(i.type, init, new Value[1], zeroed, i.line);
  }

  /** What a builder does with a parameter of the contract's layout that {@link #contractParams} leaves to it. */
  @FunctionalInterface
  protected interface DerivativeParam {
    /**
     * {@code param}, just created for the contract's parameter {@code role}: the tangent or adjoint
     * array of the method's parameter {@code primal} (a differentiable scalar or array), or (with
     * {@code primal} null) the seed or the scalar adjoints' array.
     */
    void created(Param role, Insn primal, Insn param);
  }

  /**
   * Creates the companion's parameters in the order and with the roles of {@code layout}, the
   * contract's signature ({@link dev.leibniz.core.Companions#signature}), after the receiver of an
   * instance method: defines each of the method's parameters as its copy, and each object's shadow
   * (the receiver's too), given by the caller, never made here (making one would run a
   * constructor; README, "Objects"). Tangents and adjoints of scalars and arrays, the seed and the
   * scalar adjoints are the builder's ({@code derivative}). Returns the objects with shadows, in
   * order, for {@link #checkShadows}.
   */
  protected List<Insn> contractParams(Signature layout, DerivativeParam derivative) {
    int self = src.isStatic() ? 0 : 1;
    List<Insn> objects = new ArrayList<>();
    if (self == 1) {
      define(src.params.get(0), param(src.params.get(0).type));
    }
    for (Param p : layout.params) {
      switch (p.role) {
        case RECEIVER_SHADOW: {
          // typed as the highest annotated superclass (Shadows.root): a shadow of this class here
          Insn receiver = src.params.get(0);
          Insn s = param(Type.getType(p.descriptor));
          defineShadow(receiver, s.type.equals(receiver.type) ? s : b.add(Op.CHECKCAST, receiver.type, receiver.type, s));
          objects.add(receiver);
          break;
        }
        case INPUT:
        case PASSIVE:
          define(src.params.get(p.primal + self), param(src.params.get(p.primal + self).type));
          break;
        case TANGENT:
        case ADJOINT: {
          Insn prm = src.params.get(p.of.primal + self);
          Insn d = param(prm.type);
          if (callees.shadows().has(prm.type)) {
            defineShadow(prm, d);
            objects.add(prm);
          } else {
            derivative.created(p, prm, d);
          }
          break;
        }
        default:
          derivative.created(p, null, param(Type.getType(p.descriptor)));
      }
    }
    return objects;
  }

  /** A new parameter of the companion, of type {@code type}, after those already created. */
  protected Insn param(Type type) {
    Insn c = b.add(Op.PARAM, type, dst.params.size());
    dst.params.add(c);
    return c;
  }

  /**
   * At entry: each object parameter's shadow is given, two parameters that are the same object
   * have the same shadow, and an array parameter that is the array held in a field of an object
   * parameter ({@code m.loss(m.w)}) has that field's shadow as its tangent or adjoint array (else a
   * derivative would silently be lost or split).
   */
  protected void checkShadows(List<Insn> objects, boolean receiverShadow) {
    for (Map.Entry<Insn, Value> e : givenArrays.entrySet()) {
      Insn arr = e.getKey();
      Value given = e.getValue(); // the caller's array: null means passive
      for (Insn field : arrayFieldsOf(objects)) {
        Value o = field.arg(0);
        if (!field.type.equals(arr.type)) continue;
        Value primalField = b.add(Op.GETFIELD, field.type, field.attr, p(o));
        Value shadowField = b.add(Op.GETFIELD, field.type, field.attr, shadow.get(o));
        b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("sameShadow"), p(arr), given, primalField, shadowField);
      }
    }
    for (int k = 0; k < objects.size(); k++) {
      Insn o = objects.get(k);
      int index = receiverShadow && o == src.params.get(0) ? -1 : src.params.indexOf(o) - (src.isStatic() ? 0 : 1);
      b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("requireShadow"), p(o), shadow.get(o), b.constant(Type.INT_TYPE, index));
      for (int j = 0; j < k; j++) {
        Insn q = objects.get(j);
        b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("sameShadow"), p(q), shadow.get(q), p(o), shadow.get(o));
      }
    }
  }

  /** The array fields the method reads directly from its object parameters (one per field and object). */
  private List<Insn> arrayFieldsOf(List<Insn> objects) {
    List<Insn> out = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Block blk : src.blocks) {
      for (Insn i : blk.insns) {
        if (i.op == Op.GETFIELD && Types.isDifferentiableArray(i.type) && objects.contains(i.arg(0))
            && seen.add(i.attr + "@" + objects.indexOf(i.arg(0)))) {
          out.add(i);
        }
      }
    }
    return out;
  }

  protected MethodRef shadowHelper(String name) {
    return new MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, src.owner, dev.leibniz.core.Companions.HELPER_PREFIX + name,
        dev.leibniz.core.emit.HelperCopier.desc(name), src.ownerIsInterface);
  }

  /**
   * A field access on an object with a shadow, both modes: the copy, and for a field holding an
   * array or an object with a shadow, the same access on the shadows (a shadow's field holds the
   * field's shadow). False when the object has no shadow. The derivative of a {@code double} or
   * {@code float} field is each mode's own (tangent: read or write it in the shadow; adjoint: +=).
   */
  protected boolean copyFieldOp(Insn i) {
    if ((i.op != Op.GETFIELD && i.op != Op.PUTFIELD) || !callees.shadows().has(i.arg(0).type) || !activity.isActive(i.arg(0))) {
      return false;
    }
    copy(i);
    Type declared = Type.getType(((dev.leibniz.core.ir.FieldRef) i.attr).desc());
    if (Types.isDifferentiableArray(declared) || callees.shadows().has(declared)) {
      Value s = shadowOf(i.arg(0));
      if (i.op == Op.GETFIELD) {
        defineShadow(i, b.add(Op.GETFIELD, i.type, i.attr, s));
      } else {
        b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, s, shadowOf(i.arg(1)));
      }
    }
    return true;
  }

  protected static boolean anyActive(Activity a, Insn i) {
    for (Value v : i.args) {
      if (a.isActive(v)) {
        return true;
      }
    }
    return false;
  }

  protected ArrayIntrinsic intrinsic(Insn i) {
    return i.attr instanceof MethodRef ? ArrayIntrinsic.of(i.method()) : null;
  }

  /**
   * An object of a {@code @Differentiable} class that needs a shadow and has none: made here
   * ({@code new}), read from a static field or returned by a call without companions. Shadows are
   * never made by running a constructor (README, "Objects"), so this is refused.
   */
  protected static final class MissingShadow extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Insn at;
    final transient Value object;

    MissingShadow(Insn at, Value object) {
      super(null, null, false, false);
      this.at = at;
      this.object = object;
    }

    public NotDifferentiable diagnostic() {
      String cls = dev.leibniz.core.JavaSignature.type(object.type);
      String origin = object instanceof Insn && ((Insn) object).op == Op.NEW ? "is created in the method (new " + cls + "(...))"
          : object instanceof Insn && ((Insn) object).op == Op.GETSTATIC ? "is read from static field "
              + dev.leibniz.core.JavaSignature.field((dev.leibniz.core.ir.FieldRef) ((Insn) object).attr)
          : "comes from a place without a shadow (a call without companions, or a passive value)";
      // asked outside an instruction (the adjoint's entry or the reverse sweep): located at the object itself when it is one
      Insn where = at != null ? at : object instanceof Insn ? (Insn) object : null;
      // the class may carry derivatives because it is annotated or because the agent gave it shadows (README, "Objects")
      String reason = "an object of class " + cls + " (a class with shadows) receives or passes on derivatives, but it " + origin
          + "; shadows are never made by running a constructor: create the object outside, and pass it in as a parameter"
          + " (or the receiver) together with its shadow (Derivatives.zeroShadow)";
      if (where == null) return new NotDifferentiable(-1, "", reason);
      return fail(where, reason);
    }
  }

  protected static NotDifferentiable fail(Insn i, String reason) {
    return new NotDifferentiable(i.line, InsnText.of(i.origin), reason);
  }

  protected static Value zero(Builder b, Type t) {
    return b.constant(t, 0);
  }
}

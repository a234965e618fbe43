package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.Inliner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lambdas created and called inside the graph become their bodies: a call
 * of the function on such a lambda is replaced by the body (the {@code lambda$} method or the
 * referenced method, with the captured values as its first arguments, adapted as {@code
 * LambdaMetafactory} adapts them) and inlined; for a lambda that captures numbers, a method it is
 * passed to is inlined first
 * when its code is known exactly (a static, private or final method outside the JDK), so that the
 * calls it makes are in the graph too. A captured value then is an ordinary operand, and its
 * derivative flows in both modes like any other (a lambda given to {@code invokedynamic} from an
 * active value would otherwise be a constant for whoever calls it). A box the body returns only to
 * be unboxed ({@code DoubleFunction<Double>}) is forwarded, and a lambda left without uses is
 * dropped. A lambda that still escapes (stored, returned, given to code that is not known exactly)
 * stays, and the activity analysis refuses it when what it captures is active. A call of the
 * function on a read of a {@code static final} field that always holds one lambda ({@link
 * ObjectCode#lambdaOfConstant}) becomes its implementation in the same way.
 */
public final class LambdaCalls {
  private static final int MAX_GRAPH = 8000;

  private final Graph g;
  private final ObjectCode code;

  private LambdaCalls(Graph g, ObjectCode code) {
    this.g = g;
    this.code = code;
  }

  /** Rewrites {@code g} as above; true when something changed. */
  static boolean run(Graph g, ObjectCode code) {
    LambdaCalls l = new LambdaCalls(g, code);
    boolean changed = false;
    for (int round = 0; round < 32 && l.step(); round++) changed = true;
    // boxes also meet their unboxing in code inlined by ObjectInliner (a constant's generic method given a Double)
    return l.forwardBoxes() | changed;
  }

  /**
   * True when {@code g} creates a lambda this pass takes apart, or calls the function of one it
   * creates or of one a {@code static final} field holds ({@link ObjectCode#lambdaOfConstant}).
   */
  static boolean hasCandidates(Graph g, ObjectCode code) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (isCandidate(i) || makesObjects(i)) return true;
        boolean call = i.op == Op.INVOKE && i.attr instanceof MethodRef && i.args.length > 0;
        if (call && i.arg(0) instanceof Insn && isLambda((Insn) i.arg(0)) && isFunctionCall(i, (InvokeDynamicInsnNode) ((Insn) i.arg(0)).attr)) return true;
        if (call && constantLambda(i, code) != null) return true;
      }
    }
    return false;
  }

  /**
   * The lambda site whose implementation the call {@code use} runs when it calls the function of
   * the lambda a {@code static final} field holds (its receiver is a read of that field), else null.
   */
  private static InvokeDynamicInsnNode constantLambda(Insn use, ObjectCode code) {
    if (use.method().isStatic() || !(use.arg(0) instanceof Insn) || ((Insn) use.arg(0)).op != Op.GETSTATIC) return null;
    InvokeDynamicInsnNode d = code.lambdaOfConstant((FieldRef) ((Insn) use.arg(0)).attr);
    return d != null && isFunctionCall(use, d) ? d : null;
  }

  /**
   * A {@code LambdaMetafactory} site (also {@code altMetafactory}) whose implementation is a
   * method or a constructor ({@code Vector3D::new}). Calls of its function in the graph become its body, whatever it
   * captures: a constructor's, {@code new C(...)} ({@link #constructs}).
   */
  public static boolean isLambda(InvokeDynamicInsnNode d) {
    if (!d.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") || d.bsmArgs.length < 3
        || !(d.bsmArgs[0] instanceof Type) || !(d.bsmArgs[1] instanceof Handle)) {
      return false;
    }
    int tag = ((Handle) d.bsmArgs[1]).getTag();
    return tag == Opcodes.H_INVOKESTATIC || tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKESPECIAL
        || tag == Opcodes.H_INVOKEINTERFACE || tag == Opcodes.H_NEWINVOKESPECIAL;
  }

  /** A constructor reference ({@code C::new}): its implementation handle is {@code REF_newInvokeSpecial}. */
  public static boolean constructs(Handle h) {
    return h.getTag() == Opcodes.H_NEWINVOKESPECIAL;
  }

  private static boolean isLambda(Insn i) {
    return i.op == Op.INVOKE && i.attr instanceof InvokeDynamicInsnNode && isLambda((InvokeDynamicInsnNode) i.attr);
  }

  /**
   * A lambda ({@link #isLambda}) that captures a {@code double} or {@code float} or an array of
   * them, a value that may carry a derivative: the methods it is given to are inlined too.
   */
  public static boolean isCandidate(InvokeDynamicInsnNode d) {
    if (!isLambda(d)) return false;
    for (Type t : Type.getArgumentTypes(d.desc)) {
      Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (e.getSort() == Type.DOUBLE || e.getSort() == Type.FLOAT) return true;
    }
    return false;
  }

  private static boolean isCandidate(Insn i) {
    return i.op == Op.INVOKE && i.attr instanceof InvokeDynamicInsnNode && isCandidate((InvokeDynamicInsnNode) i.attr);
  }

  /**
   * A lambda ({@link #isLambda}) whose function returns an object of a class outside the JDK: a factory of value
   * objects (Commons Numbers' {@code log(Math::log, ..., Complex::ofCartesian)}). Called in the method it is given to,
   * it would be a dispatched call returning an object, whose shadow no companion gives; the method is inlined too, so
   * the call becomes the factory's code.
   */
  private static boolean makesObjects(Insn i) {
    if (!isLambda(i)) return false;
    InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) i.attr;
    Type r = d.bsmArgs.length > 2 && d.bsmArgs[2] instanceof Type t ? t.getReturnType() : null;
    return r != null && r.getSort() == Type.OBJECT && !TrackedObjects.isJdk(r.getInternalName());
  }

  /** One rewrite: a function call on a lambda made into its body, or a method it is passed to inlined. */
  private boolean step() {
    boolean changed = foldNullTests() | dropUnused();
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn use = b.insns.get(j);
        if (use.op != Op.INVOKE || !(use.attr instanceof MethodRef)) continue;
        InvokeDynamicInsnNode constant = use.args.length > 0 ? constantLambda(use, code) : null;
        if (constant != null && devirtualize(b, j, use, constant, new Value[0])) return true;
        for (int k = 0; k < use.args.length; k++) {
          if (!(use.args[k] instanceof Insn) || !isLambda((Insn) use.args[k])) continue;
          Insn lambda = (Insn) use.args[k];
          if (k == 0 && isFunctionCall(use, (InvokeDynamicInsnNode) lambda.attr)) {
            if (devirtualize(b, j, use, (InvokeDynamicInsnNode) lambda.attr, lambda.args)) return true;
          } else if ((isCandidate(lambda) || makesObjects(lambda)) && (inlineCallee(b, j, use) || JdkLambdaCalls.splice(g, b, j, use, MAX_GRAPH))) {
            return true;
          }
        }
      }
    }
    return changed;
  }

  /**
   * A null test of a lambda (a library's argument check, {@code MathUtils.checkNotNull(f)}, once
   * inlined) tests a constant: a lambda is never null. Left alone, the test would be a use that
   * keeps the lambda.
   */
  private boolean foldNullTests() {
    boolean changed = false;
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.IF || t.args.length != 1 || !(t.arg(0) instanceof Insn) || !isLambda((Insn) t.arg(0))) continue;
      Insn k = g.newInsn(Op.CONST, Type.INT_TYPE, t.cond() == Cond.NONNULL ? 1 : 0);
      k.line = t.line;
      b.insns.add(k);
      Insn n = g.newInsn(Op.IF, Type.VOID_TYPE, Cond.NE, k);
      n.targets = t.targets;
      n.line = t.line;
      b.terminator = n;
      changed = true;
    }
    return changed;
  }

  private static boolean isFunctionCall(Insn use, InvokeDynamicInsnNode d) {
    MethodRef m = use.method();
    return !m.isStatic() && m.name().equals(d.name) && m.desc().equals(((Type) d.bsmArgs[0]).getDescriptor())
        && m.owner().equals(Type.getReturnType(d.desc).getInternalName());
  }

  /** Inlines the method a lambda is passed to, when its code is known exactly. */
  private boolean inlineCallee(Block b, int j, Insn call) {
    MethodRef m = call.method();
    if (m.name().startsWith("<") || TrackedObjects.isJdk(m.owner())) return false;
    Graph callee = code.body(m, null);
    if (callee == null && !m.isStatic()) {
      String exact = TrackedObjects.of(g, code).exact.get(call.arg(0)); // new T(...) here: its method runs
      if (exact != null) callee = code.body(m, exact);
    }
    if (callee == null || Inliner.size(g) + Inliner.size(callee) > MAX_GRAPH) return false;
    g.hasForeignCode |= !callee.owner.equals(g.owner);
    Inliner.spliceCall(g, b, j, callee);
    return true;
  }

  /**
   * Replaces the function call {@code call} (index {@code j} of {@code b}) on the lambda that site
   * {@code d} made from {@code captured} by a call of the lambda's implementation, then inlines that
   * when its code is known (else, only a method of the JDK stays a call: its rules apply).
   */
  private boolean devirtualize(Block b, int j, Insn call, InvokeDynamicInsnNode d, Value[] captured) {
    Handle h = (Handle) d.bsmArgs[1];
    if (constructs(h)) return construct(b, j, call, d, captured);
    boolean isStatic = h.getTag() == Opcodes.H_INVOKESTATIC;
    int opcode = isStatic ? Opcodes.INVOKESTATIC : h.getTag() == Opcodes.H_INVOKESPECIAL ? Opcodes.INVOKESPECIAL
        : h.getTag() == Opcodes.H_INVOKEINTERFACE ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
    MethodRef impl = new MethodRef(opcode, h.getOwner(), h.getName(), h.getDesc(), h.isInterface());
    Graph body = TrackedObjects.isJdk(h.getOwner()) ? null : code.body(impl, null);
    if (body == null && !TrackedObjects.isJdk(h.getOwner())) return false;
    if (body != null && Inliner.size(g) + Inliner.size(body) > MAX_GRAPH) return false;
    if (body != null && !returns(body)) return false; // only throws (Hipparchus' Incrementor callback): stays a call, as the inliner leaves it
    List<Type> to = new ArrayList<>();
    if (!isStatic) to.add(Type.getObjectType(h.getOwner()));
    to.addAll(List.of(Type.getArgumentTypes(h.getDesc())));
    List<Type> from = givenTypes(d);
    List<Value> given = given(call, captured);
    if (to.size() != from.size() || given.size() != from.size()) return false;
    List<Insn> before = new ArrayList<>();
    Value[] args = new Value[to.size()];
    for (int k = 0; k < args.length; k++) {
      args[k] = adapt(given.get(k), from.get(k), to.get(k), before, call);
      if (args[k] == null) return false;
    }
    Type samResult = Type.getReturnType(call.method().desc());
    Type implResult = Type.getReturnType(h.getDesc());
    if (!returnFits(implResult, samResult)) return false;
    MethodRef math = dev.leibniz.core.rules.MathRules.asMath(impl); // Double::max is Math.max
    Op op = dev.leibniz.core.rules.MathRules.isSum(impl) ? Op.ADD : dev.leibniz.core.rules.MathRules.find(math) != null ? Op.MATH
        : Op.INVOKE; // Math::exp: as the lifter lifts its call
    Insn direct = g.newInsn(op, Types.stackType(implResult), op == Op.ADD ? null : math, args);
    direct.line = call.line;
    direct.origin = call.origin;
    b.insns.remove(j);
    b.insns.addAll(j, before);
    int at = j + before.size();
    b.insns.add(at, direct);
    List<Insn> after = new ArrayList<>();
    Value result = samResult.getSort() == Type.VOID ? null : adapt(direct, implResult, samResult, after, call);
    b.insns.addAll(at + 1, after);
    if (result != null) GraphEdits.replaceUses(g, Map.of(call, result));
    if (body != null) {
      g.hasForeignCode |= !body.owner.equals(g.owner);
      Inliner.spliceCall(g, b, at, body);
    }
    return true;
  }

  /**
   * The function call {@code call} on the constructor reference {@code C::new} that site {@code d} made from {@code
   * captured}: {@code new C(captured..., args...)}, as javac writes it ({@code NEW} then the constructor's call, the
   * arguments adapted as {@code LambdaMetafactory} adapts them), whose result is the new object. From there it is any
   * other {@code new}: its constructor inlined and the object taken apart, or the object kept, as the rules for objects
   * say. The {@code NEW} has the function call's bytecode instruction as its origin, the allocation site that is the
   * same each time the method is lifted ({@link ObjectsToValues}).
   */
  private boolean construct(Block b, int j, Insn call, InvokeDynamicInsnNode d, Value[] captured) {
    Handle h = (Handle) d.bsmArgs[1];
    Type made = Type.getObjectType(h.getOwner());
    List<Type> to = List.of(Type.getArgumentTypes(h.getDesc()));
    List<Type> from = givenTypes(d);
    List<Value> given = given(call, captured);
    if (to.size() != from.size() || given.size() != from.size()) return false;
    Type samResult = Type.getReturnType(call.method().desc());
    if (!returnFits(made, samResult)) return false;
    List<Insn> before = new ArrayList<>();
    Insn object = emit(before, call, Op.NEW, made, null);
    Value[] args = new Value[to.size() + 1];
    args[0] = object;
    for (int k = 0; k < to.size(); k++) {
      args[k + 1] = adapt(given.get(k), from.get(k), to.get(k), before, call);
      if (args[k + 1] == null) return false;
    }
    emit(before, call, Op.INVOKE, Type.VOID_TYPE, new MethodRef(Opcodes.INVOKESPECIAL, h.getOwner(), "<init>", h.getDesc(), false), args);
    Value result = samResult.getSort() == Type.VOID ? null : adapt(object, made, samResult, before, call);
    b.insns.remove(j);
    b.insns.addAll(j, before);
    if (result != null) GraphEdits.replaceUses(g, Map.of(call, result));
    return true;
  }

  /** The types of what the implementation is given, as site {@code d} declares them: the captured values, then the function's parameters. */
  private static List<Type> givenTypes(InvokeDynamicInsnNode d) {
    List<Type> from = new ArrayList<>(List.of(Type.getArgumentTypes(d.desc)));
    from.addAll(List.of(Type.getArgumentTypes(((Type) d.bsmArgs[0]).getDescriptor())));
    return from;
  }

  /** What the implementation is given at the function call {@code call}: the values {@code captured}, then the call's arguments. */
  private static List<Value> given(Insn call, Value[] captured) {
    List<Value> given = new ArrayList<>(List.of(captured));
    for (int k = 1; k < call.args.length; k++) given.add(call.args[k]);
    return given;
  }

  private static boolean returns(Graph body) {
    for (Block b : body.blocks) {
      if (b.terminator != null && b.terminator.op == Op.RETURN) return true;
    }
    return false;
  }

  private static boolean returnFits(Type impl, Type sam) {
    if (sam.getSort() == Type.VOID) return true;
    if (impl.getSort() == Type.VOID) return false;
    return impl.equals(sam) || Types.isReference(impl) || Types.isReference(sam) || impl.getSort() == sam.getSort();
  }

  /**
   * {@code v} of type {@code from} as {@code to}, as {@code LambdaMetafactory} converts it (a cast,
   * a box or an unbox); instructions needed go to {@code out}. Null when the conversion is one
   * this pass does not make (a widening of primitives).
   */
  private Value adapt(Value v, Type from, Type to, List<Insn> out, Insn at) {
    if (from.equals(to)) return v;
    boolean fromRef = Types.isReference(from);
    boolean toRef = Types.isReference(to);
    if (fromRef && toRef) {
      if (to.getInternalName().equals("java/lang/Object")) return v;
      return emit(out, at, Op.CHECKCAST, to, to, v);
    }
    if (!fromRef && toRef) {
      Type box = box(from);
      if (box == null) return null;
      Insn boxed = emit(out, at, Op.INVOKE, box, new MethodRef(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
          Type.getMethodDescriptor(box, from), false), v);
      return to.equals(box) || to.getInternalName().equals("java/lang/Object") || to.getInternalName().equals("java/lang/Number")
          ? boxed : null;
    }
    if (fromRef && !toRef) {
      Type box = box(to);
      if (box == null) return null;
      Value cast = from.equals(box) ? v : emit(out, at, Op.CHECKCAST, box, box, v);
      return emit(out, at, Op.INVOKE, Types.stackType(to), new MethodRef(Opcodes.INVOKEVIRTUAL, box.getInternalName(),
          to.getClassName() + "Value", Type.getMethodDescriptor(to), false), cast);
    }
    return Types.stackType(from).equals(Types.stackType(to)) ? v : null; // boolean/byte/short/char are ints
  }

  private Insn emit(List<Insn> out, Insn at, Op op, Type type, Object attr, Value... args) {
    Insn i = g.newInsn(op, type, attr, args);
    i.line = at.line;
    i.origin = at.origin;
    out.add(i);
    return i;
  }

  private static Type box(Type primitive) {
    switch (primitive.getSort()) {
      case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
      case Type.FLOAT: return Type.getObjectType("java/lang/Float");
      case Type.INT: return Type.getObjectType("java/lang/Integer");
      case Type.LONG: return Type.getObjectType("java/lang/Long");
      case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
      default: return null;
    }
  }

  /**
   * {@code Double.valueOf(x)} (through casts) unboxed with {@code doubleValue()} is {@code x}
   * (likewise for floats); boxes and casts left without uses are dropped.
   */
  private boolean forwardBoxes() {
    boolean any = dev.leibniz.core.lift.Unboxing.rewrite(g); // boxes the inlined lambdas made (generic signatures)
    if (any) dropUnused();
    return any;
  }

  /** {@code Objects.requireNonNull(box, ...)} of a {@code Double.valueOf} or {@code Float.valueOf}: a box is never null. */
  private static boolean isNullCheckOfBox(Insn i) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || !m.owner().equals("java/util/Objects")
        || !m.name().equals("requireNonNull") || i.args.length == 0) return false;
    Value src = i.arg(0);
    while (src instanceof Insn && ((Insn) src).op == Op.CHECKCAST) src = ((Insn) src).arg(0);
    return src instanceof Insn && (isBox((Insn) src, "java/lang/Double") || isBox((Insn) src, "java/lang/Float"));
  }

  private static boolean isBox(Insn i, String owner) {
    return i.op == Op.INVOKE && i.attr instanceof MethodRef && i.method().owner().equals(owner)
        && i.method().name().equals("valueOf") && i.args.length == 1 && !Types.isReference(i.arg(0).type);
  }

  /** Drops lambdas, boxes, casts of them and unboxings that nothing uses (none has an effect). */
  private boolean dropUnused() {
    java.util.Set<Value> used = new java.util.HashSet<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) used.addAll(p.inputs);
      for (Insn i : b.insns) used.addAll(List.of(i.args));
      if (b.terminator != null) used.addAll(List.of(b.terminator.args));
    }
    boolean dropped = false;
    for (Block b : g.blocks) {
      dropped |= b.insns.removeIf(i -> !used.contains(i) && pure(i));
    }
    return dropped;
  }

  private static boolean pure(Insn i) {
    if (isLambda(i)) return true;
    if (isNullCheckOfBox(i)) return true;
    if (i.op == Op.CHECKCAST) {
      Value src = i.arg(0);
      while (src instanceof Insn && ((Insn) src).op == Op.CHECKCAST) src = ((Insn) src).arg(0);
      if (!(src instanceof Insn) || !(isBox((Insn) src, "java/lang/Double") || isBox((Insn) src, "java/lang/Float"))) return false;
      String to = ((Type) i.attr).getInternalName();
      return to.equals("java/lang/Object") || to.equals("java/lang/Number") || to.equals(src.type.getInternalName());
    }
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef) || i.args.length != 1) return false;
    MethodRef m = i.method();
    boolean boxes = m.owner().equals("java/lang/Double") || m.owner().equals("java/lang/Float");
    return boxes && (isBox(i, m.owner()) || m.name().endsWith("Value") && i.arg(0) instanceof Insn
        && isBox((Insn) i.arg(0), m.owner()));
  }
}

package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.outline.OutlinedNames;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Whether a call with active arguments carries no derivative, so that keeping its primal call is
 * exact: its result cannot carry one ({@code void}, {@code boolean}, integers, or a {@code String}
 * used only in messages) or is a reference dropped unused (an argument check such as Guava's or Sceneform's {@code
 * Preconditions.checkNotNull(v, "v")}, which returns the object it checks), the code read is the code run (static or private; for an overridable
 * callee, the code its named class resolves to, checked against the receiver's class at run time:
 * {@link DispatchedCode}), and its bytecode, with its callees', writes no field, static or floating array and,
 * unless its result is a {@code boolean} or {@code void}, reads no bit pattern ({@link ParamWrites}); or it boxes a value that only ends in messages
 * ({@link MessageUses}); or it constructs an exception that is then thrown, or a static or private method writing no
 * field makes one that is. Text and integers
 * parsed back into numbers would silently lose the derivative, hence the conditions on strings and
 * bit patterns.
 */
final class PassiveCallCheck {
  /** The call is not passive, and nothing more specific than the callee's own diagnosis applies. */
  static final String NOT_A_CANDIDATE = "";

  private final Graph graph;
  private final Callees callees;
  private MessageUses messages;

  PassiveCallCheck(Graph graph, Callees callees) {
    this.graph = graph;
    this.callees = callees;
  }

  /** Null when {@code call} carries no derivative; else why not, or {@link #NOT_A_CANDIDATE}. */
  String whyNot(Insn call) {
    MethodRef m = call.method();
    if (PassiveCalls.isBoxing(m)) {
      if (messageUses().onlyInMessages(call) || BoxedResults.onlyReturned(graph, call)) return null;
      MethodRef function = BoxedResults.givenToFunction(graph, call);
      if (function != null) return givenToFunction(m, function);
      return javaSignature(m)
          + " boxes an active value that is used other than in a message (formatting, concatenation, printing, an exception) or a comparison (equals, compareTo); a boxed value carries no derivative: keep it a "
          + dev.leibniz.core.JavaSignature.type(Type.getArgumentTypes(m.desc())[0])
          + " (a collection such as List<Double> cannot hold derivatives: use a " + dev.leibniz.core.JavaSignature.type(Type.getArgumentTypes(m.desc())[0])
          + "[], or a field of a class annotated @Differentiable)";
    }
    if (m.name().equals("<init>") && messageUses().isThrownExceptionConstructor(call)) {
      return null; // throw new DomainError(x): only thrown, and differentiated code cannot catch it
    }
    if (makesThrownException(call)) return null; // throw illegalNorm(x): the same, built by a helper
    Type result = Type.getReturnType(m.desc());
    // Preconditions.checkNotNull(v, "v is null") returns v, and the caller drops it: a dropped reference carries nothing
    // (a dropped double stays a differentiated call: Commons Geometry's checkElementForInverse(det) has companions)
    boolean dropped = Types.isReference(result) && messageUses().isUnused(call);
    boolean text = result.getDescriptor().equals("Ljava/lang/String;");
    if (m.name().startsWith("<") || !(text || dropped || cannotCarryDerivative(result))) {
      return NOT_A_CANDIDATE;
    }
    // An overridable callee: the code it runs for receivers that override nothing on the way,
    // kept behind a check of the receiver's class (Sweep.copy).
    boolean bound = callees.bindsStatically(m);
    DispatchedCode dispatched = bound ? null : callees.dispatchedCode(m);
    if (!bound && dispatched == null) {
      return NOT_A_CANDIDATE;
    }
    java.util.function.IntPredicate writes = dispatched == null ? k -> callees.writesArgument(m, k) : dispatched.writes()::get;
    boolean fields = (writes.test(ParamWrites.FIELDS) || writes.test(ParamWrites.CALLEE_FIELDS)) && !writesOnlyWholeFields(writes);
    if (fields && bound && !(m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL)) {
      // A final or private method called through invokevirtual: bound here only to keep its whole-number writes; one
      // writing other fields is differentiated (or refused) as a callee, whose own diagnosis says more than this one.
      return NOT_A_CANDIDATE;
    }
    if (fields && OutlinedNames.userMethod(m.name()) != null) {
      return OutlinedNames.part(m.owner(), m.name(), call.line) + " returns no derivative, but it (or a method it calls) may"
          + " write a field, a static or an array held in one, where an active argument would lose its derivative; "
          + OutlinedNames.advice(m.owner(), m.name());
    }
    if (fields) {
      return javaSignature(m) + " returns no derivative, but it (or a method it calls) may write a field, a static or an array held in one,"
          + " where an active argument would lose its derivative; such a call is kept as is only when the callee writes none of them"
          + " but whole numbers and booleans (an index cached for the next search, a counter)";
    }
    // A yes/no answer about bits (Precision.equals comparing ulps) gives no number to rebuild a value
    // from; an integer or text could hold the bits themselves.
    if (writes.test(ParamWrites.BIT_PATTERNS) && !dropped && !answersOnlyYesOrNo(result)) {
      return javaSignature(m) + " returns no derivative, but it (or a method it calls) reads the bit pattern of a floating value"
          + " (Double.doubleToLongBits...), which would cut the derivative of its result's later uses";
    }
    if (text && !messageUses().onlyInMessages(call)) {
      return javaSignature(m) + " returns text made from an active value that is used other than in a message (formatting,"
          + " concatenation, printing, an exception); a number parsed back from it would have no derivative";
    }
    for (int k = 0; k < call.args.length; k++) {
      Type t = call.arg(k).type;
      boolean integralArray = t.getSort() == Type.ARRAY && t.getDimensions() == 1 && !Types.isDifferentiable(t)
          && t.getElementType().getSort() != Type.OBJECT;
      if (Types.isReference(t) && !integralArray && writes.test(k)) {
        return NOT_A_CANDIDATE; // it writes a floating array: it needs a derivative
      }
    }
    return null;
  }

  /**
   * {@code throw Vectors.illegalNorm(norm)}: a static or private helper (the code read is the code run) whose result
   * is only thrown here, that writes no field, static or array held in one, and whose every parameter given a number
   * only ends in messages or in the exception it returns ({@link MessageUses#paramOnlyInMessages}). Its arguments then
   * only become the message of an exception differentiated code does not catch, as for {@code throw new
   * IllegalArgumentException("norm " + norm)} written in place.
   */
  private boolean makesThrownException(Insn call) {
    MethodRef m = call.method();
    if (m.name().startsWith("<") || !(m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL)
        || !Types.isReference(Type.getReturnType(m.desc())) || !messageUses().onlyThrown(call)) {
      return false;
    }
    if (callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.CALLEE_FIELDS)) return false;
    for (int k = 0; k < call.args.length; k++) {
      int sort = call.arg(k).type.getSort();
      if ((sort == Type.DOUBLE || sort == Type.FLOAT) && !callees.usesOnlyInMessages(m, k)) return false;
    }
    for (int k = 0; k < call.args.length; k++) {
      if (Types.isReference(call.arg(k).type) && callees.writesArgument(m, k)) return false;
    }
    return true;
  }

  /**
   * A callee whose field and static writes are all of whole numbers or booleans (an interval index cached for the next
   * search, a call counter: {@link ParamWrites#NON_WHOLE_FIELDS} clear, analysed code), reading no bit pattern, which
   * could carry a floating value's bits into such a field. Such writes carry no derivative (piecewise constant at most),
   * so the call is kept once as in the primal: the tangent calls it once and uses its result, the adjoint runs it in its
   * forward sweep only, the reverse sweep reading the kept result.
   */
  private static boolean writesOnlyWholeFields(java.util.function.IntPredicate writes) {
    return !writes.test(ParamWrites.NON_WHOLE_FIELDS) && !writes.test(ParamWrites.UNKNOWN) && !writes.test(ParamWrites.BIT_PATTERNS);
  }

  private MessageUses messageUses() {
    if (messages == null) messages = new MessageUses(graph, callees);
    return messages;
  }

  private static boolean answersOnlyYesOrNo(Type t) {
    return t.getSort() == Type.BOOLEAN || t.getSort() == Type.VOID;
  }

  private static boolean cannotCarryDerivative(Type t) {
    switch (t.getSort()) {
      case Type.VOID: case Type.BOOLEAN: case Type.CHAR: case Type.BYTE: case Type.SHORT: case Type.INT: case Type.LONG:
        return true;
      default:
        return false;
    }
  }

  /**
   * {@code f.apply(x)} on a {@code Function<Double, Double>}: the box crosses a generic interface, and which
   * implementation runs (one that may keep the box, compare it by identity or return another) is known only at run
   * time, so no derivative can be carried through it soundly (README, "Lambdas"); the primitive interface can.
   */
  private static String givenToFunction(MethodRef boxing, MethodRef function) {
    int arity = Type.getArgumentTypes(function.desc()).length;
    String primitive = arity == 1 ? "a java.util.function.DoubleUnaryOperator" : arity == 2 ? "a java.util.function.DoubleBinaryOperator"
        : "a functional interface of your own whose method takes and returns double";
    return javaSignature(boxing) + " boxes an active value given to " + javaSignature(function) + " of a generic"
        + " functional interface (Function<Double, Double> and the like) whose result is not only unboxed as a Double"
        + " (it is kept, tested, compared or passed on as an object, or the function takes or returns other types): a box"
        + " carries no derivative through the interface, and the box the implementation returns (which may be one it kept)"
        + " is known only at run time; unbox the result where you call it (double y = f.apply(x)), or declare the"
        + " parameter " + primitive + " (applyAsDouble) and pass the same lambda or method reference";
  }

  /** {@code boolean Helpers.inRange(double, double, double)}. */
  static String javaSignature(MethodRef m) {
    return dev.leibniz.core.JavaSignature.method(m);
  }
}

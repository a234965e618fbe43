package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;

/** What the phases need to know about the methods a graph calls. */
public interface Callees {
  /** True when {@code m} has (or will get) companions that the generated code may call. */
  boolean isDifferentiable(MethodRef m);

  /**
   * True when {@code m} is an {@code equals} or {@code hashCode} on an object with a shadow whose every implementation the
   * core knows writes nothing (others are named at run time): a yes/no or integer answer with no derivative, the same from
   * any state, so reverse mode need not keep the objects it reads as they were at the call.
   */
  default boolean isReadOnlyQuery(MethodRef m) {
    return false;
  }

  /**
   * True when a partial of {@code m} may be infinite where {@code m} is finite (it calls, maybe
   * through other methods, {@code sqrt}, {@code asin}... : {@code MathRules.infiniteAtFinitePoint}):
   * a tangent or adjoint that crosses the call may then become infinite while every value is
   * finite ({@link NonFiniteDerivatives}). True when not known.
   */
  default boolean mayHaveInfinitePartial(MethodRef m) {
    return true;
  }

  /**
   * True when {@code m}'s integer result may be a floating value rounded (a conversion to an integer or {@code
   * Math.round} in its code, or in a callee's whose integer result it uses): called with an active value, it gives
   * an index with derivative 0 ({@link DerivativeCuts#tableLookups}). False when not known.
   */
  default boolean mayReturnRounded(MethodRef m) {
    return false;
  }

  /**
   * For a method returning a {@code boolean}: the positions of its arguments (receiver first) that a true result implies
   * are within a small tolerance of 0 ({@code FloatUtil.isZero(a)}: {@code Math.abs(a) < EPSILON}; {@link
   * ToleranceTests#impliedParameters}), read from its code and its callees'; empty when not known.
   */
  default java.util.BitSet toleranceTested(MethodRef m) {
    return new java.util.BitSet();
  }

  /** True when {@code m} writes no array argument, field or static (calling it twice is harmless). */
  boolean isPure(MethodRef m);

  /**
   * True when {@code m} is dispatched at run time to implementations whose code is not known here
   * (an abstract or interface method): like every implementation reached by dispatch (README,
   * "Dispatch"), they are taken to write no field, and one generated at its first dispatch is
   * checked for it ({@code OnDemand}).
   */
  default boolean dispatchedWithoutCode(MethodRef m) {
    return false;
  }

  /** True when {@code m} may write into (the rows of) its {@code argIndex}-th argument (receiver first). */
  boolean writesArgument(MethodRef m, int argIndex);

  /**
   * True when {@code m}'s analysed code, or a callee's, stores rows into an array of references it was given ({@code
   * v[1] = v[0]}: {@link ParamWrites#MOVES_ROWS}); a finding, so false where the code cannot be read.
   */
  default boolean movesRows(MethodRef m) {
    return false;
  }

  /** True when {@code m} has a private adjoint variant assuming distinct array arguments. */
  default boolean hasDistinctVariant(MethodRef m) {
    return false;
  }

  /**
   * True when {@code m} is a method of the class being differentiated whose adjoint has a private
   * body taking the caller's tape workspace ({@code m$adjoint$body}): a method no subclass can
   * override (a call of an overridable one dispatches to the receiver's {@code m$adjoint}).
   */
  default boolean hasAdjointBody(MethodRef m) {
    return false;
  }

  /**
   * True when {@code m} is a method of the class being differentiated whose vector tangent has a
   * private body taking the caller's workspace ({@code m$tangents$body}): a method no subclass can
   * override.
   */
  default boolean hasTangentsBody(MethodRef m) {
    return false;
  }

  /**
   * True when {@code m} has a private split adjoint (of the class being differentiated, or hosted
   * there for a callee of another class that takes objects with shadows): its forward records on
   * the caller's tape, its reverse runs in the caller's reverse sweep.
   */
  default boolean hasSplitAdjoint(MethodRef m) {
    return false;
  }

  /**
   * For a split callee or a callee with a pair tangent that a subclass may override (its split
   * adjoint or pair tangent is the declaring class's code): the binary name of that class, whose
   * code a receiver must run (checked before the call, Helpers.checkRuns); null when the call binds
   * statically.
   */
  default String splitGuard(MethodRef m) {
    return null;
  }

  /**
   * A call of an abstract factory whose split adjoint is dispatched on the receiver's class (core.CalleeOracle's
   * dispatchedFactory): the caller checks the adjoint shadow the implementation's forward sweep left for the object it
   * returned (Helpers.requireMadeShadow), which code the caller never saw made.
   */
  default boolean dispatchedFactory(MethodRef m) {
    return false;
  }

  /**
   * For a call of an overridable method: the code it runs for receivers that override nothing it
   * calls, read from its class file, or null when that code is not known (abstract, native, a JDK
   * class) or the call gets companions (a marked or own method, or a call dispatched at run time to
   * the receiver's own companion, which covers overrides too). Passive calls of such a
   * method are kept behind a check of the receiver's class ({@link DispatchedCode}).
   */
  default DispatchedCode dispatchedCode(MethodRef m) {
    return null;
  }

  /**
   * Asks for a split adjoint of {@code m} for a call after which the caller writes a field or
   * static: joint reversal would run the callee again in the reverse sweep, reading the fields as
   * they are then; split reversal runs its forward once, at the call. True when it exists or will be
   * built (a callee of another class differentiated here from its bytecode); from then on {@link
   * #hasSplitAdjoint} holds for it.
   */
  default boolean splitOnRequest(MethodRef m) {
    return false;
  }

  /** The split adjoint of a callee for which {@link #hasSplitAdjoint} holds. */
  default MethodRef splitAdjoint(MethodRef m) {
    return new MethodRef(m.isStatic() ? org.objectweb.asm.Opcodes.INVOKESTATIC : org.objectweb.asm.Opcodes.INVOKESPECIAL, m.owner(),
        dev.leibniz.core.Companions.splitBodyName(m.name()),
        dev.leibniz.core.Companions.splitBodyDesc(m.owner(), m.isStatic(), m.desc(), shadows()), m.itf());
  }

  /**
   * Whether the split adjoint of {@code m} has (or, asked now, will get) a variant that reads the
   * arrays of the arguments in {@code stable} (bit {@code a}: argument {@code a}, receiver first)
   * again in its reverse sweep ({@link dev.leibniz.core.Companions#stableSplitName}); false when
   * building that variant failed (callers then call the ordinary split adjoint).
   */
  default boolean hasStableSplit(MethodRef m, long stable) {
    return false;
  }

  /**
   * True when {@code m} (of the class being differentiated, with a {@code double} or {@code float}
   * result) has a private pair tangent ({@link dev.leibniz.core.Companions#pairTangentName}).
   */
  default boolean hasPairTangent(MethodRef m) {
    return false;
  }

  /** Why {@code m}'s pair tangent could not be built ({@link #hasPairTangent} then false), for a caller's refusal; or null. */
  default String pairRefusal(MethodRef m) {
    return null;
  }

  /**
   * The method that holds the companion {@code name}{@code desc} of {@code m} (a name and
   * descriptor from {@link dev.leibniz.core.Companions}): by default next to {@code m}; the
   * companions of a method of a class that cannot gain methods live elsewhere.
   */
  default MethodRef companion(MethodRef m, String name, String desc) {
    return new MethodRef(m.opcode(), m.owner(), name, desc, m.itf());
  }

  /**
   * True when static field {@code f} always holds an array of length 0 (see {@link
   * dev.leibniz.core.objects.ObjectCode#isEmptyArrayConstant}): it may be active, as its own
   * shadow. False by default (refused).
   */
  default boolean isEmptyArrayConstant(dev.leibniz.core.ir.FieldRef f) {
    return false;
  }

  /**
   * For a {@code static final} field always holding an immutable object (see {@link
   * dev.leibniz.core.objects.ObjectCode#immutableConstant}), how a zero object of its class is made here: its shadow,
   * as a constant's derivative is 0; null by default (refused).
   */
  default dev.leibniz.core.objects.ValuedConstructions.Layout immutableConstant(dev.leibniz.core.ir.FieldRef f) {
    return null;
  }

  /**
   * True for a {@code static final} field always holding an object of a class without instance fields (see {@link
   * dev.leibniz.core.objects.ObjectCode#fieldlessConstant}): the object is its own shadow; false by default (refused).
   */
  default boolean fieldlessConstant(dev.leibniz.core.ir.FieldRef f) {
    return false;
  }

  /**
   * The floating fields to zero in the shadow of an object of a class with shadows made by
   * constructor {@code init}, when that constructor is blank (see {@link
   * dev.leibniz.core.objects.ObjectCode#blankConstructor}); null by default (refused).
   */
  default java.util.List<dev.leibniz.core.ir.FieldPath> blankConstructor(MethodRef init) {
    return null;
  }

  /**
   * True when {@code init} is a plain constructor ({@link dev.leibniz.core.objects.ValuedConstructions}): given
   * zeros, it makes an object whose floating fields are all 0, touching nothing else, so it is blank too. False by
   * default.
   */
  default boolean plainConstructor(MethodRef init) {
    return false;
  }

  /**
   * For a plain constructor {@code init} that makes sub-objects from nothing given ({@link
   * dev.leibniz.core.objects.MadeFields}): the floating fields of those sub-objects to zero in the shadow of an object it
   * makes given zeros (the object's own floating fields are 0 already); empty by default.
   */
  default java.util.List<dev.leibniz.core.ir.FieldPath> madeFieldsToZero(MethodRef init) {
    return java.util.List.of();
  }

  /** True when these answers are the tangent's (the companions built are forward ones); false for the adjoint's. */
  default boolean tangentMode() {
    return false;
  }

  /**
   * True when a call of {@code m} binds statically (static, private, final, {@code invokespecial}, or a method of a
   * final class) and its code keeps argument {@code k} (the receiver at 0), an object, to itself: it reads and writes
   * that object's fields, passes it only to callees that do the same, and neither stores nor returns it
   * ({@link ConfinedArguments}). False by default.
   */
  default boolean confinesArgument(MethodRef m, int k) {
    return false;
  }

  /**
   * As {@link #confinesArgument}, for an object of exactly class {@code exact} (made by {@code new} where it is given): a
   * call on it as the receiver runs that class's code, which is judged whoever else may override the method. As {@link
   * #confinesArgument} by default.
   */
  default boolean confinesExact(MethodRef m, int k, String exact) {
    return confinesArgument(m, k);
  }

  /**
   * As {@link #confinesArgument}, the object also allowed to be merged with others in the callee (a phi, a select),
   * for an object of a class whose instance fields are all final ({@link #immutable}). False by default.
   */
  default boolean confinesImmutable(MethodRef m, int k) {
    return false;
  }

  /**
   * True when {@code t} is a class extending {@code Object} whose instance fields are all final (an immutable value:
   * Commons Numbers' {@code Complex}): only a new object's fields are ever written, so which object a value is does
   * not change any number. False by default.
   */
  default boolean immutable(org.objectweb.asm.Type t) {
    return false;
  }

  /**
   * True when a call of {@code m} may return an object with a shadow that it made (a store made when
   * none is given): the caller keeps such a result where its derivatives reach it. False by default.
   */
  default boolean mayReturnNewStore(MethodRef m) {
    return false;
  }

  /** Which reference types carry derivatives in shadows (tangent mode with objects; none by default). */
  default dev.leibniz.core.ir.Shadows shadows() {
    return dev.leibniz.core.ir.Shadows.NONE;
  }

  /**
   * True when {@code m} has no companion only because it was deliberately not generated yet
   * ({@code ObjectRefusals.NotYet}): its callers' failures are then not-yet too (reported as
   * warnings when the other mode exists).
   */
  default boolean notYet(MethodRef m) {
    return false;
  }

  /** Why a call of {@code m} with active arguments cannot be differentiated, with the fix. */
  /**
   * Whether {@code m} (or what it calls) may read an array of type {@code arrayDesc} from a field or
   * static, which a parameter of the method may alias (a caller passing {@code Tbl.sw}).
   */
  default boolean mayReadHeldArray(MethodRef m, String arrayDesc) {
    return true;
  }

  /**
   * Whether {@code m} (or what it calls) may read a field or static ({@code dev.leibniz.core.FieldReads}): a jointly
   * reversed callee that reads none sees, when the adjoint runs it again, only its snapshotted arguments. True (may) by default.
   */
  default boolean mayReadFields(MethodRef m) {
    return true;
  }

  /**
   * For an instance method {@code m} whose code, where {@code m} resolves, reads nothing but primitive fields of its receiver
   * (a getter: {@code core.ReceiverNumberReads}): the binary name of the class declaring that code, which a receiver must
   * run (checked before the call, Helpers.checkRuns), or "" when the call binds statically; null otherwise (by default).
   */
  default String readsOnlyReceiverNumbers(MethodRef m) {
    return null;
  }

  /**
   * For a {@link #readsOnlyReceiverNumbers} callee: the overridable getters of {@code this} its code calls (a getter
   * calling getters), each named by the class declaring the code judged, which the receiver must run too (checked before
   * the call, Helpers.checkRuns); empty otherwise (by default).
   */
  default java.util.List<MethodRef> receiverNumberGetters(MethodRef m) {
    return java.util.List.of();
  }

  /**
   * True when the code {@code m} runs (static or private: the code read is the code run) uses its
   * {@code argIndex}-th argument (receiver first) only to build messages ({@link MessageUses}):
   * {@code Validate.isTrue(ok, "x = %s", values)} formatting its varargs into a thrown exception.
   */
  default boolean usesOnlyInMessages(MethodRef m, int argIndex) {
    return false;
  }

  /**
   * True when the code {@code m} names uses its {@code argIndex}-th argument (receiver first) as a reference only ({@link
   * ReferenceOnlyUses}: a pool's release storing an array it is given); false by default.
   */
  default boolean keepsOnlyReference(MethodRef m, int argIndex) {
    return false;
  }

  String whyNot(MethodRef m);

  /**
   * Why the core could not differentiate {@code m}, a method it differentiates itself (of the class being
   * differentiated, a part it split off, another class's code hosted there): that failure, located at the callee's
   * line, as {@link #whyNot} words it; null when it did not try, or succeeded (by default).
   */
  default String failure(MethodRef m) {
    return null;
  }

  /** What the user can do so that a call of {@code m} binds statically ({@link dev.leibniz.core.OverrideAdvice}). */
  default String bindingAdvice(MethodRef m) {
    return dev.leibniz.core.OverrideAdvice.bindStatically(m, false);
  }

  /**
   * True when {@code m} returns, on every path, an array it allocated that nothing else holds
   * ({@link ParamWrites#RETURNS_FRESH_ARRAY}): a caller writing into it writes its own memory. False by default.
   */
  default boolean returnsFreshArray(MethodRef m) {
    return false;
  }

  /**
   * True when {@code m}'s code returns, on every path, an object it made that nothing else holds
   * ({@link ParamWrites#RETURNS_FRESH}). False by default.
   */
  default boolean returnsFreshObject(MethodRef m) {
    return false;
  }

  /**
   * For a call of {@code m}: the class of the new object that the code the call names returns on
   * every path, made there by a blank constructor and used for nothing else, when that code writes
   * nothing ({@link FreshObjects}); else null. The result aliases nothing a caller holds. For an
   * overridable {@code m} that is the named class's code: a caller relying on it keeps the call
   * behind the check of {@link #codeRun}. Null by default.
   */
  default FreshObjects.Made freshObject(MethodRef m) {
    return null;
  }

  /**
   * For a call of {@code m}, a pool's take bound statically: what its code hands out on every path, a blank new object or one
   * a reset of exactly its class fills with constants ({@link FreshObjects#ofPool}, {@link PooledObjects}); else null.
   */
  default FreshObjects.Made pooledObject(MethodRef m) {
    return null;
  }

  /**
   * True when the code of {@code m} writes fields of its receiver only and keeps the receiver to
   * itself ({@link ParamWrites#RECEIVER_ONLY}): a setter. False by default.
   */
  default boolean writesOnlyReceiver(MethodRef m) {
    return false;
  }

  /**
   * For a call of an overridable method kept as a primal call: the code it runs for receivers that
   * override nothing it calls, as {@link #dispatchedCode} gives it, also for a method whose calls with
   * active arguments get companions at their first dispatch (a result with a shadow: {@code create()});
   * null when not known or bound statically.
   */
  default DispatchedCode codeRun(MethodRef m) {
    return dispatchedCode(m);
  }

  /**
   * True when a call of {@code m} runs the code it names, whatever the receiver: static, {@code invokespecial}, or a
   * private or final method or one of a final class called through {@code invokevirtual} (javac calls a private method of
   * its own class so since nestmates). By default only the first two.
   */
  default boolean bindsStatically(MethodRef m) {
    return m.isStatic() || m.opcode() == org.objectweb.asm.Opcodes.INVOKESPECIAL;
  }
}

package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;

/**
 * What scalar replacement needs to know about classes other than the graph's (read from class
 * files, never loaded). Implemented by the core over its class library.
 */
public interface ObjectCode {
  /**
   * A fresh lifted graph of the method that a call of {@code m} runs when its receiver is exactly
   * of class {@code exactClass} (null: the call names its code exactly — static, private, final,
   * {@code invokespecial}, or a final class), or null when that code cannot be read or lifted.
   */
  Graph body(MethodRef m, String exactClass);

  /**
   * The exact class of every object the method a call of {@code m} runs (see {@link #body})
   * returns — all its results are new objects of one class or constants of it — or null.
   */
  String returnedClass(MethodRef m, String exactClass);

  /**
   * {@link #body} for an instance method declared {@code synchronized}, which {@link #body} does not give: for a call on an
   * object the graph creates, whose lock nobody else can hold while the object is taken apart ({@link ObjectInliner});
   * null for any other method, or when its code cannot be read or lifted.
   */
  default Graph lockedBody(MethodRef m, String exactClass) {
    return null;
  }

  /** Why {@link #body} gave null for {@code m}, for diagnostics. */
  String whyNoBody(MethodRef m, String exactClass);

  /** True when class {@code sub} is {@code sup} or a subtype of it; null when unknown. */
  Boolean isSubtype(String sub, String sup);

  /**
   * The exact class of the object a {@code static final} field always holds (its class's static
   * initialiser stores {@code new T(...)} into it and nothing else), or null.
   */
  String exactClassOfConstant(FieldRef f);

  /**
   * The lambda a {@code static final} field always holds: the {@code LambdaMetafactory} site,
   * capturing nothing, whose result its class's static initialiser stores into it, the one write of
   * the field in the class; null otherwise (no such site, several writes, unreadable). Once the
   * class is initialised the field holds that lambda for good, so a call of the lambda's function on
   * the field runs that site's implementation.
   */
  default org.objectweb.asm.tree.InvokeDynamicInsnNode lambdaOfConstant(FieldRef f) {
    return null;
  }

  /**
   * True when {@code static final} field {@code f} always holds an array of length 0: its class's
   * static initialiser stores {@code new T[0]} into it, the one write of the field in the class
   * (SIS's {@code ArraysExt.EMPTY_DOUBLE}); false otherwise (several writes, unreadable). Such an
   * array can hold nothing, so it can be its own shadow (its tangent and its adjoint).
   */
  default boolean isEmptyArrayConstant(FieldRef f) {
    return false;
  }

  /**
   * The floating fields to set to 0 in the shadow of an object made by constructor {@code init}
   * when it is blank ({@link BlankConstructors}), or null: the shadow of such a new object is the
   * constructor run again on the same passive arguments, those fields then zeroed.
   */
  default java.util.List<dev.leibniz.core.ir.FieldPath> blankConstructor(MethodRef init) {
    return null;
  }

  /** The static constants the blank constructor {@code init} copies ({@link BlankConstructors#constantsCopied}); else none. */
  default java.util.Set<dev.leibniz.core.ir.FieldRef> constantsCopied(MethodRef init) {
    return java.util.Set.of();
  }

  /**
   * For a plain constructor {@code init} of a class whose fields it stores are non-final and writable from class
   * {@code from}: the fields each parameter is stored into ({@link ValuedConstructions#fieldsOf}); else null.
   */
  default java.util.List<java.util.List<FieldRef>> plainConstructor(MethodRef init, String from) {
    return null;
  }

  /** The floating fields of the sub-objects plain constructor {@code init} makes, to zero in a shadow ({@link MadeFields}). */
  default java.util.List<dev.leibniz.core.ir.FieldPath> madeFieldsToZero(MethodRef init) {
    return java.util.List.of();
  }

  /**
   * True when constructor {@code init}, split with {@code layout} ({@link ValuedConstructions#splitComputed}), makes the
   * sub-objects the layout constructor makes ({@link ValuedConstructions.Layout#made}), alike, and gives its object to
   * nothing that could touch them ({@link MadeFields#keepsSelf}); always true for a layout that makes none.
   */
  default boolean leavesMadeAlike(MethodRef init, ValuedConstructions.Layout layout) {
    return layout.made().isEmpty();
  }

  /**
   * How objects of class {@code cls} built in class {@code from} are made blank and filled field by field
   * ({@link ValuedConstructions#layoutOf}); else null.
   */
  default ValuedConstructions.Layout layoutConstructor(String cls, String from) {
    return null;
  }

  /**
   * For constructor {@code init} of a class without a layout, one that runs {@code init} again on the same arguments
   * and refills every field ({@link ValuedConstructions#refillLayout}); else null.
   */
  default ValuedConstructions.Layout refillLayout(MethodRef init, String from) {
    return null;
  }

  /**
   * For a {@code static final} field {@code f} always holding an object of one class with only final primitive instance
   * fields (an immutable value: Commons Numbers' {@code Complex.NAN}), the layout ({@link ValuedConstructions#layoutOf})
   * by which code of class {@code from} makes a zero object of that class; else null.
   */
  default ValuedConstructions.Layout immutableConstant(FieldRef f, String from) {
    return null;
  }

  /**
   * True for a {@code static final} field always holding one object of a class that holds nothing: no instance field in
   * it nor in its superclasses (ta4j's {@code NaN.NaN}, a {@code Num} without numbers). Such an object is its own
   * shadow: it has no number to carry a derivative, and nothing can be written into it.
   */
  default boolean fieldlessConstant(FieldRef f) {
    return false;
  }

  /** True when {@code cls} extends {@code Object} and every instance field it declares is final; false when unknown. */
  default boolean immutable(String cls) {
    return false;
  }

  /** True when field {@code f} is final (or cannot be read: false). */
  boolean isFinal(FieldRef f);

  /** True when class {@code cls} is a record (its superclass is {@code java.lang.Record}); false when unknown. */
  default boolean isRecord(String cls) {
    return false;
  }

  /** The class that declares field {@code f} (its owner or a superclass of it), or f's owner when unknown. */
  String declaringClass(FieldRef f);
}

package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a new object made by a blank constructor (a store made when none is given) may go so that
 * its shadow stays where the derivatives reach it: its fields read and written, merged (phis, casts,
 * selects), tested, stored into an array of objects made here that stays here as the object does ({@link #localArray}),
 * a primitive array it made for itself given to a call as any array made here is ({@link #arrayGivenToCall}), given as the receiver to a setter of its own ({@link #setterOf}) or to a helper that keeps it
 * to itself ({@link #confinedBy}), and returned — the adjoint adds the result's seed into the returned object's
 * adjoint shadow; and anything where no return can follow ({@link ThrowOnlyCode}: an argument check's message listing it).
 * Anywhere else (stored into an array or another object's field, given to a call) a
 * caller would look for its derivatives where they never arrive: an adjoint's seed for an array's
 * final contents sits in the shadows the caller passed, never in the shadow made inside.
 */
final class BlankStoreUses {
  private BlankStoreUses() {}

  /** The first use of {@code made} (or of a merge of it) outside those, or null. */
  static Insn escape(Graph g, Insn made, Insn construction, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines) {
    return escape(g, made, construction, setter, confines, store -> false);
  }

  /**
   * As above, also admitting the stores {@code held} accepts of the object into a field of another object ({@code
   * Activity}: a field of an object with a shadow holding shadows, where the shadow follows the object: in tangent mode,
   * and in both modes for a holder made here).
   */
  static Insn escape(Graph g, Insn made, Insn construction, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines, java.util.function.Predicate<Insn> held) {
    return escape(g, made, construction, setter, confines, held, t -> true);
  }

  /**
   * As above, a read of one of the object's fields followed as the object ({@link #madeInside}) only when {@code carries}
   * says its type may hold derivatives ({@code Activity}: a class with shadows). A field of another class (Commons
   * Numbers' {@code Quaternion.type}, an enum) holds a passive object, never a part of this object's shadow (the shadow
   * leaves it null: {@code core.objects.PassiveFields}), so what is done with it ({@code type.ordinal()} of a switch)
   * cannot lose a derivative of this object.
   */
  static Insn escape(Graph g, Insn made, Insn construction, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines, java.util.function.Predicate<Insn> held,
      java.util.function.Predicate<org.objectweb.asm.Type> carries) {
    return escape(g, made, construction, setter, confines, held, carries, call -> false);
  }

  /**
   * As above, also admitting the calls {@code released} names: an object taken from a pool given back to it ({@link
   * PooledObjects}), which uses it as a reference only and after which this code uses it no more.
   */
  static Insn escape(Graph g, Insn made, Insn construction, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines, java.util.function.Predicate<Insn> held,
      java.util.function.Predicate<org.objectweb.asm.Type> carries, java.util.function.Predicate<Insn> released) {
    return escape(g, made, construction, setter, confines, held, carries, released, confines);
  }

  /**
   * As above, a call given the object itself (or a cast of it: never a merge, a field's object or a call's result) judged
   * by {@code confinesItself}: for a new object ({@code Activity}: {@code new C(...)} here), which knows its exact class,
   * so that the calls the callee makes on it run that class's code (Team 254's {@code rotateBy(new Rotation2d(...))}
   * reading {@code rotation.cos()}, {@code Callees#confinesExact}).
   */
  static Insn escape(Graph g, Insn made, Insn construction, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines, java.util.function.Predicate<Insn> held,
      java.util.function.Predicate<org.objectweb.asm.Type> carries, java.util.function.Predicate<Insn> released,
      java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confinesItself) {
    Set<Value> reach = new HashSet<>();
    Set<Value> itself = new HashSet<>(); // made and its casts
    Deque<Value> work = new ArrayDeque<>();
    ThrowOnlyCode throwOnly = null;
    itself.add(made);
    reach.add(made);
    work.add(made);
    while (!work.isEmpty()) {
      Value v = work.poll();
      for (Block b : g.blocks) {
        for (Phi p : b.phis) {
          if (p.inputs.contains(v) && reach.add(p)) work.add(p);
        }
        for (Insn i : b.insns) {
          if (i == construction || !uses(i, v)) continue;
          boolean follows = i.op == Op.CHECKCAST || i.op == Op.SELECT || madeInside(i, v) && carries.test(i.type);
          if (follows) {
            if (i.op == Op.CHECKCAST && itself.contains(v)) itself.add(i);
            if (reach.add(i)) work.add(i);
          } else if (i.op == Op.ASTORE && i.arg(2) == v && localArray(i.arg(0)) && i.arg(0) != v && i.arg(1) != v) {
            if (reach.add(i.arg(0))) work.add(i.arg(0)); // its elements (and so this object) are read where it goes
          } else if (i.op == Op.ALOAD && i.arg(0) == v || i.op == Op.ALENGTH || i.op == Op.ASTORE && i.arg(0) == v && i.arg(2) != v) {
            if (i.op == Op.ALOAD && dev.leibniz.core.ir.Types.isReference(i.type) && reach.add(i)) work.add(i); // may be the object: followed
            // (a number read from an array the object made for itself, objects.BlankCode, is a number)
          } else if (i.op == Op.PUTFIELD && i.arg(1) == v && i.arg(0) != v && held.test(i)) {
            continue; // its shadow goes into the holder's shadow, as the object goes into the holder
          } else if (released.test(i)) {
            continue; // given back to its pool: nothing reads it there
          } else if (refilledWith(i, v)) {
            continue; // the holder's constructor run again on it, the field then written from the temporary's: above
          } else if (v != made && arrayGivenToCall(i, v)) {
            continue; // as an array made here given to a call: the callee's companions take it with its shadow, made here
          } else if (confinedBy(i, v, itself.contains(v) ? confinesItself : confines)) {
            if (dev.leibniz.core.ir.Types.isReference(i.type) && reach.add(i)) work.add(i); // may be the object: followed
          } else if (!kept(i, v) && !setterOf(i, v, setter)) {
            if (throwOnly == null) throwOnly = ThrowOnlyCode.of(g);
            if (throwOnly.contains(i)) continue; // a message's argument before a throw: no derivative leaves from there
            return i;
          }
        }
        Insn t = b.terminator;
        if (t != null && uses(t, v) && (t.op != Op.RETURN || v.type.getSort() == org.objectweb.asm.Type.ARRAY) && t.op != Op.IF
            && t.op != Op.GOTO) return t; // an array returned: the caller's seeds for its cells would replace the shadows made here
      }
    }
    return null;
  }

  /**
   * True for a one-dimensional array of objects made here ({@code new S2Point[] {a, b, c}} given to S2's varargs {@code
   * sum}): its shadow is an array made here too (forward.Sweep), whose cell holds the shadow of the object stored, so the
   * object may go into it when the array itself stays here as the object does (read, its cells read and followed as the
   * object, written, given to a helper that only reads it and its elements: ConfinedArguments), never returned or stored.
   */
  private static boolean localArray(Value a) {
    return a instanceof Insn n && n.op == Op.NEWARRAY && n.args.length == 1 && ConfinedArguments.objectArray(n.type);
  }

  /**
   * The object given to a construction refilled ({@code core.objects.ValuedConstructions.refilled}: the constructor,
   * contained, run again on the same primal arguments, every field of the object then written from the temporary's): the
   * constructor only reads it and stores it into the holder, a store overwritten by the refill's field writes.
   */
  private static boolean refilledWith(Insn i, Value v) {
    if (i.op != Op.INVOKE || i.arg(0) == v || dev.leibniz.core.objects.ValuedConstructions.refilled(i) == null) return false;
    for (int k = 1; k < i.args.length; k++) {
      if (i.arg(k) == v) return true;
    }
    return false;
  }

  /**
   * A read of a sub-object or array field of the object ({@code onb.w}, {@code m.m}): its constructor may have made it
   * (objects.BlankCode), and its shadow is then the shadow object's, made here too; so it goes only where the object may.
   */
  private static boolean madeInside(Insn i, Value v) {
    if (i.op != Op.GETFIELD || i.arg(0) != v) return false;
    int sort = i.type.getSort();
    return sort == org.objectweb.asm.Type.ARRAY
        || sort == org.objectweb.asm.Type.OBJECT && !dev.leibniz.core.objects.FieldlessBases.isJdk(i.type.getInternalName());
  }

  /**
   * A primitive array the object made for itself ({@code c._a} of the Mines Java Toolkit's {@code new DMatrix(m, n)}, or a
   * row of it) given to a call that returns no reference ({@code ArrayMath.neg(_a, c._a)}): the call sees an array, never
   * the object, and its companions take the array with the shadow given here (the shadow object's array, made here), as
   * they take any array the method makes; the call's own differentiation judges what it does with it. Its result is not
   * followed, so none is admitted that could be the array again.
   */
  private static boolean arrayGivenToCall(Insn i, Value v) {
    if (i.op != Op.INVOKE || !(i.attr instanceof dev.leibniz.core.ir.MethodRef m) || m.name().equals("<init>")) return false;
    org.objectweb.asm.Type t = v.type;
    return t.getSort() == org.objectweb.asm.Type.ARRAY && t.getElementType().getSort() < org.objectweb.asm.Type.ARRAY
        && !dev.leibniz.core.ir.Types.isReference(org.objectweb.asm.Type.getReturnType(m.desc()));
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) {
      if (a == v) return true;
    }
    return false;
  }

  /**
   * A call of a setter on the object ({@code coord.setX(x)}): it is the receiver only, and the callee
   * writes fields of its receiver only, keeps it, and returns no reference (its companions write the
   * shadow given with the receiver, which is this one's).
   */
  private static boolean setterOf(Insn i, Value v, java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> setter) {
    if (i.op != Op.INVOKE || !(i.attr instanceof dev.leibniz.core.ir.MethodRef m) || m.isStatic() || m.name().equals("<init>")
        || i.arg(0) != v || dev.leibniz.core.ir.Types.isReference(org.objectweb.asm.Type.getReturnType(m.desc()))) {
      return false;
    }
    for (int k = 1; k < i.args.length; k++) {
      if (i.arg(k) == v) return false;
    }
    return setter.test(m);
  }

  /**
   * A call of a helper that keeps the object to itself ({@link ConfinedArguments}: {@code advanceState(t, a, state)}
   * writing {@code state.position}; JOML-style {@code muli(c)} returning {@code this}, whose result is followed as the
   * object): its companions read and write the shadow given with it, which is this one's, and nothing holds it
   * afterwards but this method.
   */
  private static boolean confinedBy(Insn i, Value v, java.util.function.BiPredicate<dev.leibniz.core.ir.MethodRef, Integer> confines) {
    if (i.op != Op.INVOKE || !(i.attr instanceof dev.leibniz.core.ir.MethodRef m) || m.name().equals("<init>")) return false;
    boolean any = false;
    for (int k = 0; k < i.args.length; k++) {
      if (i.arg(k) != v) continue;
      if (!confines.test(m, k)) return false;
      any = true;
    }
    return any;
  }

  /** A use that keeps the object here: its own field accessed, a comparison or type test of it. */
  private static boolean kept(Insn i, Value v) {
    switch (i.op) {
      case GETFIELD:
        return true;
      case PUTFIELD:
        return i.arg(0) == v && i.arg(1) != v;
      case CMP:
      case INSTANCEOF:
        return true;
      default:
        return false;
    }
  }
}

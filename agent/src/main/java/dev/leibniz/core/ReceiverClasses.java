package dev.leibniz.core;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Calls bound by the class of their receiver's value (devirtualisation). javac names the receiver's declared type, so
 * {@code Advancer a = osc; a.advance(dt)} is an {@code invokeinterface Advancer.advance} even when {@code osc} is a
 * parameter of a final class {@code Osc}: a call the core would dispatch at run time (or refuse, when its result
 * carries no derivative). Where the receiver's value has one class on every path, and that class's method is the one
 * every such receiver runs, the call names that class instead ({@code invokevirtual Osc.advance}): the same call —
 * the JVM selects the same code for it — which every later phase of both modes sees as a call of known code
 * ({@link ClassLibrary#bindsStatically}), differentiated from that code as any statically bound call is.
 *
 * <p>A value's class is known when it is made by {@code new C}, or its type comes from a descriptor (a parameter, a
 * field, a call's result) or a cast and is a final class (a record, an enum without constant bodies), or it is a
 * cast or a merge (phi) of values of that one class. A merge of two classes, a {@code null} or anything else is not
 * known. A call is bound when the class is final, or the method it runs is final (a non-final class from {@code new}
 * whose method a subclass could override is left to dispatch); never for a method of this class, a package-private
 * method that the named one may not be (JVMS 5.4.5), or a class or method the graph's class may not name.
 *
 * <p>First, a call of {@code Object.equals} or {@code Object.hashCode} (javac names {@code Object} for them even on an
 * interface-typed receiver: Ardor3D's {@code axis.equals(Vector3.ZERO)} on a {@code ReadOnlyVector3}) is named on the
 * receiver's declared type when that type is outside the JDK and public ({@link #namedOnReceiverType}): the same call,
 * the JVM selects the same code, but now a call of that type's method like any other, so an active receiver or argument
 * gets what every call of the type's methods gets (bound here when the class is known, else companions at its first
 * dispatch), instead of a JDK method's refusal; its result, a {@code boolean} or an {@code int}, carries no derivative.
 */
final class ReceiverClasses {
  private final ClassLibrary library;
  /** The class being differentiated: its own methods are found by their own rules (SourceClass), not bound here. */
  private final String source;

  ReceiverClasses(ClassLibrary library, String source) {
    this.library = library;
    this.source = source;
  }

  /** Binds the calls of {@code g} whose receiver's class is known; true when one was bound. */
  boolean bind(Graph g) {
    Map<Value, String> classes = classes(g);
    boolean changed = false;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef named) || call.args.length == 0) continue;
        MethodRef m = namedOnReceiverType(named, call.arg(0).type, g.owner);
        if (m != named) {
          Insn renamed = g.newInsn(Op.INVOKE, call.type, m, call.args.clone());
          renamed.line = call.line;
          renamed.origin = call.origin;
          b.insns.set(j, renamed);
          if (call.hasResult()) g.replaceUses(Map.of(call, renamed));
          call = renamed;
          changed = true;
        }
        if (m.opcode() != Opcodes.INVOKEVIRTUAL && m.opcode() != Opcodes.INVOKEINTERFACE) continue;
        String c = classes.get(call.arg(0));
        MethodRef bound = c == null || m.name().startsWith("<") ? null : bound(m, c, g.owner);
        if (bound == null) continue;
        Value receiver = call.arg(0);
        Type exact = Type.getObjectType(c);
        if (!receiver.type.equals(exact)) { // the emitted call needs its receiver typed as the class it names
          if (!isPublic(library.classNode(c))) continue;
          Insn cast = g.newInsn(Op.CHECKCAST, exact, exact, receiver);
          cast.line = call.line;
          cast.origin = call.origin;
          b.insns.add(j++, cast);
          receiver = cast;
        }
        Value[] args = call.args.clone();
        args[0] = receiver;
        Insn direct = g.newInsn(Op.INVOKE, call.type, bound, args);
        direct.line = call.line;
        direct.origin = call.origin;
        b.insns.set(j, direct);
        if (call.hasResult()) g.replaceUses(Map.of(call, direct));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * {@code Object.equals(Object)} or {@code Object.hashCode()} named on {@code receiver}, the receiver's declared type,
   * when it is a public class or interface outside the JDK other than the graph's own; else {@code m} itself.
   */
  private MethodRef namedOnReceiverType(MethodRef m, Type receiver, String from) {
    boolean objectMethod = m.owner().equals("java/lang/Object") && m.opcode() == Opcodes.INVOKEVIRTUAL
        && (m.name().equals("equals") && m.desc().equals("(Ljava/lang/Object;)Z") || m.name().equals("hashCode") && m.desc().equals("()I"));
    if (!objectMethod || receiver.getSort() != Type.OBJECT) return m;
    String t = receiver.getInternalName();
    if (t.equals(from) || ClassLibrary.isJdk(t)) return m;
    ClassNode c = library.classNode(t);
    if (!isPublic(c)) return m;
    boolean itf = (c.access & Opcodes.ACC_INTERFACE) != 0;
    return new MethodRef(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, t, m.name(), m.desc(), itf);
  }

  /**
   * {@code m} named on class {@code c}, the exact class of its receiver, when that call runs the same code as {@code m}
   * for every such receiver and the code is known; else null.
   */
  private MethodRef bound(MethodRef m, String c, String from) {
    if (c.equals(source) || (c.equals(m.owner()) && !m.itf()) || ClassLibrary.isJdk(c)) return null;
    ClassNode cls = library.classNode(c);
    if (cls == null || (cls.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0) return null;
    MethodRef named = new MethodRef(Opcodes.INVOKEVIRTUAL, c, m.name(), m.desc(), false);
    ClassLibrary.Declaration runs = library.resolve(named);
    if (runs == null || !library.bindsStatically(named, runs)) return null;
    MethodNode code = runs.method();
    if ((code.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) != 0) return null;
    if (!overrides(m, runs) || !reachable(cls, from) || !(isPublic(code) || samePackage(runs.owner().name, from) && !isProtected(code))) {
      return null;
    }
    return named;
  }

  /**
   * True when the code {@code runs} is what {@code m} selects for a receiver of its class: {@code m}'s own declaration,
   * or one that overrides it whatever the packages (both public or protected; a JDK interface's methods are public).
   */
  private boolean overrides(MethodRef m, ClassLibrary.Declaration runs) {
    ClassLibrary.Declaration declared = ClassLibrary.isJdk(m.owner()) ? null : library.resolve(m);
    if (declared == null && !ClassLibrary.isJdk(m.owner())) return false;
    if (declared != null && declared.owner().name.equals(runs.owner().name) && declared.method().desc.equals(runs.method().desc)) return true;
    boolean namedOpen = declared == null || (declared.method().access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
    return namedOpen && (runs.method().access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
  }

  /**
   * The class of each reference value that has one class on every path (see the class comment), by an optimistic
   * fixed point: merges and casts start unknown-yet ({@code TOP}) and fall to a class or to none as their inputs
   * are known, so loops' merges of one class keep it.
   */
  private Map<Value, String> classes(Graph g) {
    Map<Value, String> known = new HashMap<>();
    java.util.List<Value> derived = new java.util.ArrayList<>();
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.type.getSort() == Type.OBJECT) {
          known.put(p, TOP);
          derived.add(p);
        }
      }
      for (Insn i : b.insns) {
        String c = classOf(i);
        if (c != null) known.put(i, c);
        else if (i.op == Op.CHECKCAST && i.type.getSort() == Type.OBJECT) {
          known.put(i, TOP);
          derived.add(i);
        }
      }
    }
    for (Insn p : g.params) {
      String c = classOf(p);
      if (c != null) known.put(p, c);
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (Value v : derived) {
        String before = known.get(v);
        if (before == null) continue;
        String after = TOP;
        for (Value in : v instanceof Phi ? ((Phi) v).inputs : java.util.List.of(((Insn) v).arg(0))) {
          if (in == v) continue;
          String c = known.get(in);
          after = c == null || (!after.equals(TOP) && !c.equals(TOP) && !c.equals(after)) ? null : c.equals(TOP) ? after : c;
          if (after == null) break;
        }
        if (!java.util.Objects.equals(before, after)) {
          if (after == null) known.remove(v);
          else known.put(v, after);
          changed = true;
        }
      }
    }
    known.values().removeIf(TOP::equals);
    return known;
  }

  /** Stands for a merge or cast whose inputs are not all known yet. */
  private static final String TOP = "";

  /**
   * The class of a value by itself: {@code new C}, or a final class as the type of a parameter, a field, a call's result
   * or a cast (a descriptor's class type, which the verifier holds the value to); else null.
   */
  private String classOf(Insn i) {
    if (i.type.getSort() != Type.OBJECT) return null;
    String c = i.type.getInternalName();
    if (i.op == Op.NEW) return c;
    boolean typedByDescriptor = i.op == Op.PARAM || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.CHECKCAST
        || (i.op == Op.INVOKE && i.attr instanceof MethodRef);
    if (!typedByDescriptor || ClassLibrary.isJdk(c)) return null;
    ClassNode n = library.classNode(c);
    return n != null && (n.access & Opcodes.ACC_FINAL) != 0 ? c : null;
  }

  private static boolean reachable(ClassNode c, String from) {
    return isPublic(c) || samePackage(c.name, from);
  }

  private static boolean isPublic(ClassNode c) {
    return c != null && (c.access & Opcodes.ACC_PUBLIC) != 0;
  }

  private static boolean isPublic(MethodNode m) {
    return (m.access & Opcodes.ACC_PUBLIC) != 0;
  }

  private static boolean isProtected(MethodNode m) {
    return (m.access & Opcodes.ACC_PROTECTED) != 0;
  }

  private static boolean samePackage(String a, String b) {
    int i = a.lastIndexOf('/'), j = b.lastIndexOf('/');
    return a.substring(0, Math.max(i, 0)).equals(b.substring(0, Math.max(j, 0)));
  }
}

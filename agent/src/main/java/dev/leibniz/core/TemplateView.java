package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A template method that receiver class {@code R} inherits from a superclass {@code D}, seen as a method of {@code R}:
 * LWJGL's final {@code Vector.length()} calls the abstract {@code lengthSquared()} that {@code Vector3f} implements on
 * its numbers. Judged from {@code D}, whose objects carry no derivatives, the companion would take no receiver shadow and
 * the numbers {@code lengthSquared()} reads would reach the result with derivative 0. Seen from {@code R} (a
 * specialisation per receiver class: {@code R.length()F} is its own key, its companions take {@code R}'s shadow), it is
 * ordinary code of {@code R}: each overridable call on {@code this} that names {@code D} or a class above it names
 * {@code R} instead ({@code invokevirtual R.m}, which the JVM selects exactly as the original for every receiver of
 * class {@code R} or below), so it is judged, dispatched or guarded as a call on a receiver of class {@code R}.
 *
 * <p>Used only for calls that run the inherited code whatever their receiver below {@code R} (the method final, or
 * {@code R} final: {@link ClassLibrary#bindsStatically}), so the specialisation is exactly the code that runs; and only
 * when the view differs (a call on {@code this} runs other code from {@code R}, directly or in a template it calls).
 * None where the copy could not run as code of {@code R}: a private member of another class, or a package-private one
 * of another package. The classes keep their code: the copy is only differentiated ({@link DefaultMethodView}).
 */
final class TemplateView {
  private TemplateView() {}

  /**
   * The view of {@code method} (declared in {@code declaring}, a strict superclass of {@code receiver}) as a method of
   * {@code receiver}, or null when the inherited code serves every receiver as it is, when it may be overridden below
   * {@code receiver}, or when it cannot be seen from there.
   */
  static ClassLibrary.Declaration of(ClassLibrary library, ClassNode receiver, ClassNode declaring, MethodNode method) {
    return of(library, receiver, declaring, method, false);
  }

  /**
   * As above; with {@code guarded}, also for a method that a class below {@code receiver} may override: the view is then
   * a method of the class being transformed, whose companions are members of {@code receiver} that dispatch as the
   * primal does and check their receiver ({@link OverrideGuards}: a receiver that runs the inherited code — {@code
   * receiver} itself or a subclass that does not override it, such as Commons Geometry's {@code Vector3D.Unit} for {@code
   * getCheckedNorm()} — runs the view, whose calls on {@code this} are dispatched on it; an override is named or gets its
   * own companions at its first call).
   */
  static ClassLibrary.Declaration of(ClassLibrary library, ClassNode receiver, ClassNode declaring, MethodNode method, boolean guarded) {
    MethodNode copy = retargeted(library, receiver, declaring, method, new HashSet<>(), guarded);
    return copy == null ? null : DefaultMethodView.in(receiver, declaring.sourceFile, copy); // lines are the declaring class's
  }

  /** Whether a call on a receiver of class {@code receiver} runs {@code method} of {@code declaring} whatever its class. */
  static boolean boundBelow(ClassNode receiver, MethodNode method) {
    return (method.access & Opcodes.ACC_FINAL) != 0 || (receiver.access & Opcodes.ACC_FINAL) != 0;
  }

  private static MethodNode retargeted(ClassLibrary library, ClassNode receiver, ClassNode declaring, MethodNode method, Set<String> seen,
      boolean guarded) {
    if (receiver == null || declaring == null || receiver.name.equals(declaring.name) || ClassLibrary.isJdk(declaring.name)
        || (receiver.access & Opcodes.ACC_INTERFACE) != 0 || (declaring.access & Opcodes.ACC_INTERFACE) != 0
        || (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
        || method.name.startsWith("<") || (!guarded && !boundBelow(receiver, method)) || !seen.add(declaring.name + "." + method.name + method.desc)) {
      return null;
    }
    // a guarded view's companions override where the method does: only a method the receiver's class overrides by name
    if (guarded && !boundBelow(receiver, method) && (method.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0
        && !ClassLibrary.packageOf(declaring.name).equals(ClassLibrary.packageOf(receiver.name))) {
      return null;
    }
    // passing this on (Vectors.checkedNorm(this)) differs too: in the view it is an object of the receiver's class
    boolean handsOnThis = SlotCalls.passesOn(declaring.name, method, 0);
    return SlotCalls.rewrite(declaring.name, method, java.util.Set.of(0), (n, onSlot) -> {
      if (!seenFrom(library, receiver, n)) return SlotCalls.Step.ABANDON;
      if (n.getOpcode() != Opcodes.INVOKEVIRTUAL || onSlot != 0) return SlotCalls.Step.KEEP;
      MethodInsnNode call = (MethodInsnNode) n;
      if (!above(library, receiver, call.owner)) return SlotCalls.Step.KEEP;
      ClassLibrary.Declaration named = library.declaration(new MethodRef(Opcodes.INVOKEVIRTUAL, call.owner, call.name, call.desc, false));
      ClassLibrary.Declaration runs = resolveFrom(library, receiver, call.name, call.desc);
      if (named == null || runs == null || (runs.method().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) return SlotCalls.Step.KEEP;
      call.owner = receiver.name;
      boolean differs = !runs.owner().name.equals(named.owner().name)
          || (!runs.owner().name.equals(receiver.name) && retargeted(library, receiver, runs.owner(), runs.method(), seen, guarded) != null);
      return differs ? SlotCalls.Step.CHANGED : SlotCalls.Step.KEEP;
    }, handsOnThis);
  }

  /**
   * The declaration a call {@code receiver.name+desc} resolves to, searched from the superclass (receiver: not read again).
   * A bridge of the same name and descriptor in the receiver is javac's visibility bridge (a public class below a
   * package-private one gets a public copy of each public method it inherits from it, forwarding to it with {@code
   * invokespecial}): it runs the inherited method, so the search goes on above it (LIBLINEAR's public {@code
   * L2R_L2_SvrFunction} and its bridge {@code get_nr_variable()} made every template calling it look overridden there).
   */
  private static ClassLibrary.Declaration resolveFrom(ClassLibrary library, ClassNode receiver, String name, String desc) {
    for (MethodNode mn : receiver.methods) {
      if (mn.name.equals(name) && mn.desc.equals(desc) && !isVisibilityBridge(receiver, mn)) {
        return new ClassLibrary.Declaration(receiver, mn);
      }
    }
    return receiver.superName == null ? null : library.declaration(new MethodRef(Opcodes.INVOKEVIRTUAL, receiver.superName, name, desc, false));
  }

  /**
   * A bridge that only calls the superclass's method of its own name and descriptor ({@code invokespecial}): javac's
   * visibility bridge. A generic bridge ({@code m(Object)} forwarding to the class's own {@code m(Double)}) runs the
   * class's code and is not one.
   */
  static boolean isVisibilityBridge(ClassNode receiver, MethodNode mn) {
    if ((mn.access & Opcodes.ACC_BRIDGE) == 0) return false;
    boolean forwards = false;
    for (AbstractInsnNode n : mn.instructions) {
      if (!(n instanceof MethodInsnNode c)) continue;
      if (c.getOpcode() != Opcodes.INVOKESPECIAL || !c.owner.equals(receiver.superName) || !c.name.equals(mn.name)
          || !c.desc.equals(mn.desc) || forwards) {
        return false;
      }
      forwards = true;
    }
    return forwards;
  }

  /** Whether {@code named} is a strict superclass of {@code receiver}. */
  private static boolean above(ClassLibrary library, ClassNode receiver, String named) {
    for (ClassNode c = receiver.superName == null ? null : library.classNode(receiver.superName); c != null;
        c = c.superName == null ? null : library.classNode(c.superName)) {
      if (c.name.equals(named)) return true;
    }
    return false;
  }

  /**
   * Whether a field or method instruction of the copy may run as code of {@code receiver}: a member it names (of a
   * class outside the JDK other than the receiver's) is not private, and package-private only in the receiver's package.
   */
  private static boolean seenFrom(ClassLibrary library, ClassNode receiver, AbstractInsnNode n) {
    String owner, name, desc;
    if (n instanceof FieldInsnNode f) {
      owner = f.owner;
      name = f.name;
      desc = f.desc;
    } else if (n instanceof MethodInsnNode c) {
      owner = c.owner;
      name = c.name;
      desc = c.desc;
    } else {
      return true;
    }
    if (owner.startsWith("[") || owner.equals(receiver.name) || ClassLibrary.isJdk(owner)) return true;
    for (ClassNode c = library.classNode(owner); c != null; c = c.superName == null ? null : library.classNode(c.superName)) {
      Integer access = accessOf(c, name, desc, n instanceof FieldInsnNode);
      if (access == null) continue;
      if ((access & Opcodes.ACC_PRIVATE) != 0) return false;
      return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 || ClassLibrary.packageOf(c.name).equals(ClassLibrary.packageOf(receiver.name));
    }
    return true; // declared in an interface or the JDK: public
  }

  private static Integer accessOf(ClassNode c, String name, String desc, boolean field) {
    if (field) {
      for (org.objectweb.asm.tree.FieldNode f : c.fields) {
        if (f.name.equals(name) && f.desc.equals(desc)) return f.access;
      }
    } else {
      for (MethodNode m : c.methods) {
        if (m.name.equals(name) && m.desc.equals(desc)) return m.access;
      }
    }
    return null;
  }
}

package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method that receiver class {@code R} inherits from a superclass, seen as a method of {@code R}
 * for companions generated at a first dispatch on a receiver of exactly that class ({@link
 * OnDemand#ofReceiver}). Commons Math's {@code Min} inherits {@code evaluate(double[])}, which calls
 * {@code this.evaluate(values, 0, length)}: judged from the declaring class, that inner call's
 * fallback is the base version (through an abstract {@code increment}), which cannot be
 * differentiated, though a {@code Min} runs its own loop. In the copy, each overridable call on
 * {@code this} (slot 0, never overwritten) that resolves from {@code R} to another declaration than
 * from the class it names is retargeted to {@code R} ({@code invokevirtual R.m}, which the JVM
 * selects exactly as the original for a receiver of class {@code R}), so it is judged and
 * dispatched by the code {@code R} runs. Sound only because the companions are used for receivers
 * of exactly class {@code R}: the first-dispatch site links them behind a class comparison, and
 * the agent caches them per receiver class (a subclass of {@code R} gets its own view). Like {@link
 * DefaultMethodView}, the classes keep their code: the copy is only differentiated.
 */
final class ReceiverView {
  private ReceiverView() {}

  /**
   * The view of {@code method} (declared in {@code declaring}, a superclass of {@code receiver})
   * from {@code receiver}, or null when no call on {@code this} resolves differently from there
   * (the declaring class's companions then serve every receiver that inherits the method) or the
   * code cannot be analysed.
   */
  static ClassLibrary.Declaration of(ClassLibrary library, ClassNode receiver, ClassNode declaring, MethodNode method) {
    if (receiver == null || (receiver.access & Opcodes.ACC_INTERFACE) != 0 || (method.access & Opcodes.ACC_STATIC) != 0
        || !reachable(receiver.access, receiver.name, declaring.name)) {
      return null;
    }
    MethodNode copy = SlotCalls.rewrite(declaring.name, method, java.util.Set.of(0), (n, onSlot) -> {
      if (n.getOpcode() != Opcodes.INVOKEVIRTUAL || onSlot != 0) return SlotCalls.Step.KEEP;
      MethodInsnNode call = (MethodInsnNode) n;
      ClassLibrary.Declaration named = library.resolve(new MethodRef(Opcodes.INVOKEVIRTUAL, call.owner, call.name, call.desc, false));
      ClassLibrary.Declaration runs = library.resolve(new MethodRef(Opcodes.INVOKEVIRTUAL, receiver.name, call.name, call.desc, false));
      if (named == null || runs == null || runs.owner().name.equals(named.owner().name)) return SlotCalls.Step.KEEP;
      int access = runs.method().access;
      if ((access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0 || !reachable(access, runs.owner().name, declaring.name)) {
        return SlotCalls.Step.KEEP;
      }
      call.owner = receiver.name;
      return SlotCalls.Step.CHANGED;
    });
    if (copy == null) return null;
    return DefaultMethodView.in(receiver, declaring.sourceFile, copy); // the code's lines are the declaring class's
  }

  /** Whether code in {@code from}'s package may name a member or class with {@code access} of {@code owner}. */
  private static boolean reachable(int access, String owner, String from) {
    return (access & Opcodes.ACC_PUBLIC) != 0 || ClassLibrary.packageOf(owner).equals(ClassLibrary.packageOf(from));
  }
}

package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Methods and companions the core refuses before doing any work, because the class could not be
 * defined with them: a companion of a constructor or static initialiser (an illegal method name),
 * a companion with more than 255 parameter slots (a JVM limit); and, for a class that already
 * declares companions (left as it is), the marked methods that lack one. Each refusal is a reason
 * for a {@link Diagnostic}; the class then loads with its original code.
 */
final class Refusals {
  /** The JVM's limit on the parameter slots of a method, the receiver included (JVMS 4.3.3). */
  static final int MAX_PARAMETER_SLOTS = 255;

  private Refusals() {}

  /** Why marked method {@code m} gets no companion in any mode, or null. */
  static String ofMethod(MethodNode m) {
    if (m.name.equals("<init>")) {
      return "@Differentiable on a constructor: constructors cannot have companions; move the"
          + " computation into a static method that the constructor calls, and mark that method";
    }
    if (m.name.equals("<clinit>")) {
      return "@Differentiable on a static initialiser: it cannot have companions; move the"
          + " computation into a static method and mark that method";
    }
    return null;
  }

  /**
   * For a class that already declares companions ({@link ClassDifferentiator#hasCompanions}: it was
   * transformed at build time, or a method is named like a companion) and is left as it is: one
   * diagnostic per marked method that lacks a companion, so that nothing is missing silently.
   */
  static List<Diagnostic> alreadyDeclared(SourceClass source, dev.leibniz.core.ir.Shadows shadows) {
    List<Diagnostic> out = new ArrayList<>();
    String example = null;
    for (MethodNode m : source.cn.methods) {
      if (example == null && (m.name.endsWith(Companions.TANGENT) || m.name.endsWith(Companions.ADJOINT))) {
        example = m.name + m.desc;
      }
    }
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      boolean isStatic = (m.access & org.objectweb.asm.Opcodes.ACC_STATIC) != 0;
      boolean tangent = declares(source.cn, Companions.tangentName(m.name), Companions.tangentDesc(source.cn.name, isStatic, m.desc, shadows));
      boolean adjoint = declares(source.cn, Companions.adjointName(m.name), Companions.adjointDesc(source.cn.name, isStatic, m.desc, shadows));
      if (tangent && adjoint) continue;
      String mode = tangent ? "adjoint" : adjoint ? "tangent" : "both";
      out.add(new Diagnostic(source.className, key, source.firstLine(key), "", mode, "the class already declares "
          + example + ", named like a companion, so Leibniz leaves it as it is (it counts as transformed before, at"
          + " build time) and this method gets no " + (mode.equals("both") ? "companions" : mode + " companion")
          + "; rename a hand-written method that is named like a companion"));
    }
    return out;
  }

  private static boolean declares(ClassNode cn, String name, String desc) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(desc)) return true;
    }
    return false;
  }

  /** Removes the marked methods that can have no companion at all from {@code source}; their diagnostics. */
  static List<Diagnostic> refuseMembers(SourceClass source, dev.leibniz.core.ir.Shadows shadows) {
    return refuseMembers(source, shadows, name -> false);
  }

  /** As above; {@code isInterface} tells an interface type apart, for the advice of a parameter declared with one. */
  static List<Diagnostic> refuseMembers(SourceClass source, dev.leibniz.core.ir.Shadows shadows,
      java.util.function.Predicate<String> isInterface) {
    List<Diagnostic> out = new ArrayList<>();
    for (String key : new ArrayList<>(source.marked)) {
      MethodNode m = source.methods.get(key);
      String reason = ofMethod(m);
      if (reason == null && !source.overrides.contains(key)) reason = withoutInput(source.cn.name, m, shadows, isInterface);
      if (reason != null) {
        out.add(new Diagnostic(source.className, key, source.firstLine(key), "", "both", reason));
        source.marked.remove(key);
      }
    }
    return out;
  }

  /**
   * Why annotated method {@code m} of class {@code owner} gets no companion because nothing it
   * reads can carry a derivative, or null: no parameter is differentiable, the receiver (if any)
   * has no shadow, and no object parameter of a class outside the JDK got shadows — the classes of
   * a method whose only inputs are objects get them when they hold floating values ({@code
   * ShadowClasses.objectOnlyInputs}: JTS {@code Distance.pointToSegment(Coordinate, Coordinate,
   * Coordinate)}), so what remains is an interface type or a class holding no {@code double} or
   * {@code float}. Its derivative would be zero whatever the objects hold, and companions would
   * drop the one the user asked for without a word. Parameters of JDK classes ({@code Double} boxes,
   * collections) never get shadows, so a method whose only inputs are those is refused too.
   */
  static String withoutInput(String owner, MethodNode m, dev.leibniz.core.ir.Shadows shadows,
      java.util.function.Predicate<String> isInterface) {
    if (!SourceClass.isMarked(m) || m.instructions.size() == 0) return null;
    if (Companions.receiverShadow(owner, (m.access & Opcodes.ACC_STATIC) != 0, shadows)) return null;
    String passive = null, jdk = null, itf = null;
    for (Type t : Type.getArgumentTypes(m.desc)) {
      if (shadows.carries(t)) return null;
      Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (e.getSort() != Type.OBJECT) continue;
      if (e.getInternalName().startsWith("java/")) {
        if (jdk == null) jdk = JavaSignature.type(t);
      } else if (passive == null) {
        passive = JavaSignature.type(t);
        if (isInterface.test(e.getInternalName())) itf = passive;
      }
    }
    if (passive == null && jdk != null) { // a box (Double) or a JDK object: Leibniz gives JDK classes no shadow
      return "no differentiable input: the " + jdk + " parameter (like every parameter here) is passive: Leibniz gives"
          + " JDK classes (boxes such as Double, collections, functional interfaces) no shadow, so the derivative would be 0"
          + " whatever it holds (README, \"Objects\"). Pass the values as double parameters (or a double[])";
    }
    if (passive == null) return (m.access & Opcodes.ACC_STATIC) == 0 ? passiveReceiver(owner) : null;
    if (itf != null) return interfaceOnly(itf);
    return "no differentiable input: the " + passive + " parameter (like every parameter here) is passive: its class"
        + " (read from its class file) declares no double or float field, nor an array of them, that Leibniz could give a"
        + " shadow (an interface type, a class of integers, or a class it cannot read), so the derivative would be 0"
        + " whatever it holds (README, \"Objects\"). Declare the parameter with the class that holds the numbers, annotate"
        + " that class @Differentiable if it is yours, or pass the values as double parameters (or a double[])";
  }

  /**
   * A method whose first object parameter is declared with an interface that no class with shadows of this transformation
   * implements (ta4j's {@code CashFlow.getIntermediateRatio(boolean, Num, Num)}): which class's numbers flow is decided at
   * run time, so nothing here gives their shadows (core.SlotTypes gives the interface a slot only below such a class).
   */
  private static String interfaceOnly(String itf) {
    return "no differentiable input: the " + itf + " parameter (like every parameter here) is passive: " + itf + " is an"
        + " interface that no class with shadows here implements, so which class's numbers flow through it is decided at"
        + " run time and nothing gives their shadows; the derivative would be 0 whatever it holds (README, \"Objects\":"
        + " interface-typed parameters). Declare the parameter with the class that holds the numbers, mark the operations"
        + " of that class itself (its methods taking " + itf + " get companions, the argument's shadow of its class), or"
        + " pass the values as double parameters";
  }

  /**
   * An instance method with no differentiable parameter of a class that has no shadow although its
   * receiver is its only possible input ({@code ShadowClasses.objectOnlyInputs} gives a class holding
   * {@code double}/{@code float} values shadows then): the class holds no such value, so its companions
   * would give 0 whatever it holds (a reviewer's finding, R7-F2, was that silent 0).
   */
  private static String passiveReceiver(String owner) {
    String simple = JavaSignature.className(owner);
    return "no differentiable input: no parameter is a double, a float, an array of them or an object with a shadow,"
        + " and the receiver (this " + simple + ") holds no double or float field, nor an array of them (read from its"
        + " class file), so the derivative would be 0 whatever it holds (README, \"Objects\"). Pass the values as double"
        + " parameters";
  }

  /**
   * Why companion {@code name}{@code desc} of {@code src} cannot be added to its class, or null:
   * too many parameter slots.
   */
  static String ofCompanion(MethodNode src, String name, String desc, String mode) {
    boolean isStatic = (src.access & Opcodes.ACC_STATIC) != 0;
    int slots = (Type.getArgumentsAndReturnSizes(desc) >> 2) - (isStatic ? 1 : 0);
    if (slots > MAX_PARAMETER_SLOTS) {
      return "the " + mode + " companion " + name + " would need " + slots + " parameter slots, over the JVM's limit of "
          + MAX_PARAMETER_SLOTS + " (a double or long takes two, and each differentiable parameter is followed by its "
          + mode + "); pass the values in a double[] instead";
    }
    return null;
  }
}

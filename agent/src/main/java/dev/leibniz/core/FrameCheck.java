package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * The check of generated code whose stack map frames had to guess a merge: where a class file
 * could not be read ({@link TypeHierarchy#knows}), two references of different classes merge to
 * {@code Object}, and a use of the merged value as one of them (a call, a field, an argument)
 * fails the JVM's verification, which rejects the whole class, primal included. ASM's {@link
 * SimpleVerifier}, answering subtype questions from the same class files (never loading a class),
 * finds those uses before the class is handed out: it merges as the frames did, and an unknown
 * class is a subtype of nothing but itself and {@code Object}. Run only when a merge was guessed
 * ({@code FrameWriter.unknown}): the common case costs nothing.
 */
final class FrameCheck {
  private FrameCheck() {}

  /** One line per method of {@code classBytes} whose references do not check, naming it and the reason. */
  static List<String> failures(byte[] classBytes, TypeHierarchy hierarchy) {
    ClassNode cn = new ClassNode();
    new ClassReader(classBytes).accept(cn, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    List<String> failures = new ArrayList<>();
    for (MethodNode mn : cn.methods) {
      if (mn.instructions.size() == 0) continue;
      try {
        new Analyzer<>(new HierarchyVerifier(hierarchy, cn)).analyze(cn.name, mn);
      } catch (AnalyzerException | RuntimeException e) {
        failures.add(mn.name + mn.desc + ": " + e.getMessage());
      }
    }
    return failures;
  }

  /** A {@link SimpleVerifier} whose subtype questions {@link TypeHierarchy} answers. */
  private static final class HierarchyVerifier extends SimpleVerifier {
    private final TypeHierarchy hierarchy;
    private final String current;
    private final String currentSuper;

    HierarchyVerifier(TypeHierarchy hierarchy, ClassNode cn) {
      super(Opcodes.ASM9, Type.getObjectType(cn.name), cn.superName == null ? null : Type.getObjectType(cn.superName),
          null, (cn.access & Opcodes.ACC_INTERFACE) != 0);
      this.hierarchy = hierarchy;
      this.current = cn.name;
      this.currentSuper = cn.superName;
    }

    @Override
    protected boolean isInterface(Type type) {
      return type.getSort() == Type.OBJECT && hierarchy.isInterface(type.getInternalName());
    }

    @Override
    protected Type getSuperClass(Type type) {
      if (type.getSort() != Type.OBJECT) return null;
      String s = superOf(type.getInternalName());
      return s == null ? null : Type.getObjectType(s);
    }

    @Override
    protected boolean isAssignableFrom(Type to, Type from) {
      if (to == null || from == null) return false; // a superclass not known (SimpleVerifier.merge asks so)
      if (to.equals(from)) return true;
      if (to.getSort() == Type.OBJECT) {
        String name = to.getInternalName();
        if (name.equals("java/lang/Object")) return true;
        if (from.getSort() == Type.ARRAY) return name.equals("java/lang/Cloneable") || name.equals("java/io/Serializable");
        if (hierarchy.isInterface(name)) return true; // the JVM's verifier takes any reference for an interface
        for (String s = from.getInternalName(); s != null; s = superOf(s)) {
          if (s.equals(name)) return true;
        }
        return false;
      }
      if (to.getSort() != Type.ARRAY || from.getSort() != Type.ARRAY) return false;
      Type toElement = elementOf(to);
      Type fromElement = elementOf(from);
      boolean references = toElement.getSort() >= Type.ARRAY && fromElement.getSort() >= Type.ARRAY;
      return references ? isAssignableFrom(toElement, fromElement) : toElement.equals(fromElement);
    }

    /** Never load a class: an answer not in the class files is a failure of the check. */
    @Override
    protected Class<?> getClass(Type type) {
      throw new IllegalStateException("the class hierarchy of " + type.getClassName() + " is not known");
    }

    private String superOf(String c) {
      return c.equals(current) ? currentSuper : hierarchy.superClass(c);
    }

    /** The type of an array's elements: {@code int[][]} gives {@code int[]}. */
    private static Type elementOf(Type array) {
      return Type.getType(array.getDescriptor().substring(1));
    }
  }
}

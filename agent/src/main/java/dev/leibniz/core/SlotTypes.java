package dev.leibniz.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The interfaces and abstract classes outside the JDK that the classes with shadows of one
 * transformation implement or extend, at any depth (nobody annotated them: {@code written}; and the
 * class itself when annotated), each with those classes. A parameter declared with one may be given
 * such an object (Flink ML's {@code BLAS.dot(Vector, Vector)}), so it carries a shadow slot
 * ({@code Shadows.hasSlot}). Supertypes of annotated classes elsewhere are not searched (any class may
 * be annotated): an object with a shadow passed to a parameter declared with one is refused instead
 * ({@code analysis.Activity}, "no shadow slot").
 */
final class SlotTypes {
  /** How many supertypes of one class, and how many reachable methods, are looked at at most. */
  private static final int MAX_SUPERTYPES = 256, MAX_METHODS = 3000;

  private SlotTypes() {}

  static Map<String, List<String>> of(ClassNode cn, Set<String> written, ClassLibrary library) {
    Map<String, List<String>> all = supertypesOfShadowClasses(cn, written, library);
    if (all.isEmpty()) return all;
    Map<String, Set<String>> read = readThroughOwnMethods(cn, all.keySet(), library);
    read.forEach((type, methods) -> {
      if (!throughKnownImplementations(cn.name, all.get(type), methods, library)) all.remove(type);
    });
    return all;
  }

  /**
   * True when each of {@code methods} ({@code name+desc}) called on the type runs code in each class with
   * shadows below it ({@code below}), declared by a class other than the transformed one ({@code self}): such a
   * call is differentiated as the code of the receiver's class, behind an exact check of that class
   * (CalleeOracle.implementationsOf, Helpers.relinkOr), so the type keeps its slot.
   */
  private static boolean throughKnownImplementations(String self, List<String> below, Set<String> methods, ClassLibrary library) {
    if (below == null || below.isEmpty()) return false;
    for (String m : methods) {
      int paren = m.indexOf('(');
      for (String implementation : below) {
        ClassLibrary.Declaration d = library.resolve(new dev.leibniz.core.ir.MethodRef(Opcodes.INVOKEVIRTUAL, implementation,
            m.substring(0, paren), m.substring(paren), false));
        if (d == null || (d.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) != 0) return false;
        // the transformed class's own code is no hosted fallback (JOML's Vector3d.angle calling v.x() on Vector3dc v); an
        // interface's default method it inherits is (ta4j's Num.doubleValue() under DoubleNum: ClassLibrary's default
        // view is differentiated as another class's method, its companions hosted in the caller)
        if (d.owner().name.equals(self) && inClassChain(library, self, m.substring(0, paren), m.substring(paren))) return false;
      }
    }
    return true;
  }

  /**
   * True when class {@code self} or a superclass declares {@code name+desc} (its own code, an inherited template's too);
   * false only for a default method of an interface it inherits. True when a class on the way cannot be read.
   */
  private static boolean inClassChain(ClassLibrary library, String self, String name, String desc) {
    for (String c = self; c != null && !ClassLibrary.isJdk(c); ) {
      ClassNode node = library.classNode(c);
      if (node == null) return true;
      for (MethodNode mn : node.methods) {
        if (mn.name.equals(name) && mn.desc.equals(desc)) return true;
      }
      c = node.superName;
    }
    return false;
  }

  private static Map<String, List<String>> supertypesOfShadowClasses(ClassNode cn, Set<String> written,
      ClassLibrary library) {
    List<String> start = new ArrayList<>(new TreeSet<>(written));
    boolean marked = SourceClass.isMarked(cn);
    if (marked && !start.contains(cn.name)) start.add(cn.name);
    Map<String, List<String>> out = new TreeMap<>();
    for (String shadowClass : start) {
      Deque<String> todo = new ArrayDeque<>(List.of(shadowClass));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty() && seen.size() < MAX_SUPERTYPES) {
        String name = todo.poll();
        if (ClassLibrary.isJdk(name) || !seen.add(name)) continue;
        ClassNode c = name.equals(cn.name) ? cn : library.classNode(name);
        if (c == null) continue;
        boolean abstractType = (c.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0;
        if (abstractType && !name.equals(shadowClass) && !written.contains(name) && !(name.equals(cn.name) && marked)
            && !library.isShadowClass(name, written)) {
          out.computeIfAbsent(name, k -> new ArrayList<>()).add(shadowClass);
        }
        if (c.superName != null) todo.add(c.superName);
        if (c.interfaces != null) todo.addAll(c.interfaces);
      }
    }
    return out;
  }

  /**
   * Those of {@code types} whose own {@code double}/{@code float} methods the code reachable from the
   * marked methods calls ({@code v.x()} on JOML's {@code Vector3dc v}), each with those methods
   * ({@code name+desc}). Unless each class with shadows below the type runs code for each of them
   * ({@link #throughKnownImplementations}), the type keeps no slot, its objects passive as before (README,
   * "Objects"): with a slot, such a call would have no derivative to take. Calls are followed as named.
   */
  private static Map<String, Set<String>> readThroughOwnMethods(ClassNode cn, Set<String> types, ClassLibrary library) {
    Map<String, Set<String>> out = new TreeMap<>();
    Deque<MethodNode> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (MethodNode m : cn.methods) {
      if (SourceClass.isMarked(m) && seen.add(cn.name + "." + m.name + m.desc)) todo.add(m);
    }
    while (!todo.isEmpty() && seen.size() < MAX_METHODS) {
      MethodNode m = todo.poll();
      if (m.instructions == null) continue;
      for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
        if (!(i instanceof MethodInsnNode call) || ClassLibrary.isJdk(call.owner)) continue;
        int r = Type.getReturnType(call.desc).getSort();
        if (types.contains(call.owner) && call.getOpcode() != Opcodes.INVOKESTATIC && (r == Type.DOUBLE || r == Type.FLOAT)) {
          out.computeIfAbsent(call.owner, k -> new TreeSet<>()).add(call.name + call.desc);
        }
        ClassNode owner = call.owner.equals(cn.name) ? cn : library.classNode(call.owner);
        if (owner == null) continue;
        for (MethodNode c : owner.methods) {
          if (c.name.equals(call.name) && c.desc.equals(call.desc) && seen.add(owner.name + "." + c.name + c.desc)) todo.add(c);
        }
      }
    }
    return out;
  }
}

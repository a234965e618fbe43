package dev.leibniz.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * As the agent decides (core.SlotTypes): a parameter declared with an interface or abstract class
 * outside the JDK that a class with shadows of this class's transformation implements or extends
 * (the class itself when annotated; the classes of annotated parameters and of object-only inputs)
 * carries a shadow slot, unless the differentiated code calls that type's own {@code double}/{@code
 * float} methods (the companions of an interface's methods take no receiver's shadow), which the agent
 * reads from the bytecode. The processor sees no bytecode: a type that has such methods is {@link
 * Slot#UNKNOWN}, and its method gets no facade (a note says why; {@code Derivatives} reads the
 * layout back from the generated companion).
 */
final class SlotParameters {
  enum Slot { NONE, SLOT, UNKNOWN }

  private final Elements elements;
  /** The abstract types that get a slot or may, each with a class with shadows below it (for the note). */
  private final Map<TypeElement, TypeElement> supertypes = new LinkedHashMap<>();

  /** {@code shadowClasses}: the classes with shadows the processor knows; {@code isShadowClass}: whether a type has shadows itself. */
  SlotParameters(Elements elements, Set<TypeElement> shadowClasses, Predicate<TypeElement> isShadowClass) {
    this.elements = elements;
    for (TypeElement c : shadowClasses) {
      Deque<TypeElement> todo = new ArrayDeque<>();
      Set<TypeElement> seen = new HashSet<>();
      todo.add(c);
      while (!todo.isEmpty()) {
        TypeElement k = todo.poll();
        if (isJdk(k) || !seen.add(k)) continue;
        boolean abstractType = k.getKind().isInterface() || k.getModifiers().contains(Modifier.ABSTRACT);
        if (abstractType && !k.equals(c) && !isShadowClass.test(k)) supertypes.putIfAbsent(k, c);
        if (k.getSuperclass() instanceof DeclaredType d) todo.add((TypeElement) d.asElement());
        for (TypeMirror i : k.getInterfaces()) {
          if (i instanceof DeclaredType d) todo.add((TypeElement) d.asElement());
        }
      }
    }
  }

  /** Whether a parameter declared with {@code t} (or an array of it) carries a shadow slot. */
  Slot of(TypeMirror t) {
    TypeElement e = element(t);
    if (e == null || !supertypes.containsKey(e)) return Slot.NONE;
    return hasFloatingMethods(e) ? Slot.UNKNOWN : Slot.SLOT;
  }

  /** The class with shadows below the abstract type of {@code t}, for a note. */
  TypeElement implementation(TypeMirror t) {
    return supertypes.get(element(t));
  }

  static TypeElement element(TypeMirror t) {
    TypeMirror e = t;
    while (e instanceof ArrayType a) e = a.getComponentType();
    return e instanceof DeclaredType d && d.asElement() instanceof TypeElement c ? c : null;
  }

  /** True when code may call a {@code double}/{@code float} instance method on a receiver declared {@code e}. */
  private boolean hasFloatingMethods(TypeElement e) {
    for (Element m : elements.getAllMembers(e)) {
      if (m.getKind() != ElementKind.METHOD || m.getModifiers().contains(Modifier.STATIC)) continue;
      TypeKind r = ((ExecutableElement) m).getReturnType().getKind();
      if (r == TypeKind.DOUBLE || r == TypeKind.FLOAT) return true;
    }
    return false;
  }

  /** As the agent's ClassLibrary.isJdk. */
  private static boolean isJdk(TypeElement k) {
    String n = k.getQualifiedName().toString();
    return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("com.sun.");
  }
}

package dev.leibniz.processor;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Role;
import dev.leibniz.contract.CompanionContract.Signature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The source of one typed facade: for class {@code p.Model}, {@code p.ModelDerivatives} (a nested
 * {@code Outer.Inner} gives {@code Outer_InnerDerivatives}) with, per {@code @Differentiable}
 * method {@code f} and companion, a static method {@code fTangent}, {@code fAdjoint} (and {@code
 * fAdjointTangent} for {@code order = 2}) whose parameters, names and roles come from {@link
 * CompanionContract}, preceded by the receiver for an instance method. Each calls its companion
 * through a {@code static final MethodHandle} held by a nested class of its own (looked up on the
 * first call, so the facade loads without the agent; constant for the JIT, so the call inlines as
 * a direct one would), with {@code invokeExact}.
 */
final class FacadeWriter {
  /** The JVM's 255 parameter slots, less the handle itself that {@code invokeExact} passes. */
  private static final int MAX_SLOTS = 254;

  private final ProcessingEnvironment env;
  private final JavaTypes types;
  private final TypeElement owner;
  private final String pkg;
  private final String simpleName;
  private final List<String> notes = new ArrayList<>();
  private final List<String> methods = new ArrayList<>();
  private final List<String> holders = new ArrayList<>();
  private final Set<String> declared = new HashSet<>();
  private boolean waits;

  FacadeWriter(ProcessingEnvironment env, TypeElement owner, List<ExecutableElement> marked) {
    this.env = env;
    this.types = new JavaTypes(env.getTypeUtils(), env.getElementUtils());
    this.owner = owner;
    PackageElement p = env.getElementUtils().getPackageOf(owner);
    this.pkg = p.isUnnamed() ? "" : p.getQualifiedName().toString();
    this.simpleName = flatName(owner) + "Derivatives";
    if (!JavaTypes.accessible(owner)) {
      notes.add("no typed facade for " + owner.getQualifiedName() + ": the class is private or local");
      return;
    }
    for (ExecutableElement m : marked) { // a parameter marked @Differentiable gives its class shadows in the whole class
      for (javax.lang.model.element.VariableElement v : m.getParameters()) {
        if (v.getAnnotation(dev.leibniz.Differentiable.class) == null) continue;
        String d = types.descriptor(v.asType());
        if (d.endsWith(";")) markedParameterClasses.add(d.substring(d.lastIndexOf('[') + 2, d.length() - 1));
        TypeElement c = SlotParameters.element(env.getTypeUtils().erasure(v.asType()));
        if (c != null) knownShadowClasses.add(c);
      }
      objectOnlyInputs(m);
      resultHoldingArrays(m);
    }
    if (marked(owner)) knownShadowClasses.add(owner);
    holdersOfShadows(marked);
    slots = new SlotParameters(env.getElementUtils(), knownShadowClasses, this::isShadowClass);
    for (ExecutableElement m : marked) {
      method(m);
    }
  }

  /**
   * As the agent decides (core.objects.ShadowClasses.objectOnlyInputs): a marked method whose only
   * inputs are objects (no floating parameter, none annotated, no parameter or receiver of an
   * annotated class) gives shadows to the classes of those holding {@code double}/{@code float}
   * fields or arrays of them, in the whole class.
   */
  private void objectOnlyInputs(ExecutableElement m) {
    if (!m.getModifiers().contains(Modifier.STATIC) && annotatedChain(owner)) return;
    List<TypeElement> candidates = new ArrayList<>();
    for (VariableElement v : m.getParameters()) {
      if (v.getAnnotation(dev.leibniz.Differentiable.class) != null) return;
      TypeMirror e = v.asType();
      while (e instanceof javax.lang.model.type.ArrayType a) {
        e = a.getComponentType();
      }
      if (e.getKind() == javax.lang.model.type.TypeKind.DOUBLE || e.getKind() == javax.lang.model.type.TypeKind.FLOAT) return;
      if (!(e instanceof javax.lang.model.type.DeclaredType d) || !(d.asElement() instanceof TypeElement c)) continue;
      if (annotatedChain(c)) return;
      if (!c.getQualifiedName().toString().startsWith("java.") && holdsNumbers(c, new HashSet<>())) candidates.add(c);
    }
    if (!m.getModifiers().contains(Modifier.STATIC)) { // the receiver is an input too (its class's numbers)
      TypeElement top = topFloatingClass(owner);
      if (top != null) candidates.add(top);
    }
    for (TypeElement c : candidates) {
      markedParameterClasses.add(internalName(c));
      knownShadowClasses.add(c);
    }
  }

  /**
   * As the agent (core.objects.ShadowClasses.resultHoldingArrays): a marked method whose result class, nobody annotated,
   * holds a {@code double[]}/{@code float[]} in an instance field gives shadows to that class, from the highest class of
   * its chain declaring a floating field.
   */
  private void resultHoldingArrays(ExecutableElement m) {
    if (!(m.getReturnType() instanceof javax.lang.model.type.DeclaredType d) || !(d.asElement() instanceof TypeElement c)
        || c.getKind().isInterface() || c.getQualifiedName().toString().startsWith("java.") || annotatedChain(c)) return;
    boolean arrays = false;
    for (TypeElement k = c; k != null && !k.getQualifiedName().toString().startsWith("java."); k = superclass(k)) {
      for (Element e : k.getEnclosedElements()) {
        if (e.getKind() == javax.lang.model.element.ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)
            && e.asType() instanceof javax.lang.model.type.ArrayType a && (a.getComponentType().getKind()
                == javax.lang.model.type.TypeKind.DOUBLE || a.getComponentType().getKind() == javax.lang.model.type.TypeKind.FLOAT)) {
          arrays = true;
        }
      }
    }
    TypeElement top = arrays ? topFloatingClass(c) : null;
    if (top == null) return;
    markedParameterClasses.add(internalName(top));
    knownShadowClasses.add(top);
  }

  /**
   * As the agent (core.objects.ShadowClasses, holders of objects with shadows), as far as a signature shows it: a
   * parameter's class, or the owner (an instance method's receiver), declaring a field that holds objects of a class
   * with shadows here (JBox2D's {@code Mat22}: two {@code Vec2}), to a fixpoint. The agent marks it when the code
   * reads or assigns the field; the facade assumes a marked method taking the holder does.
   */
  private void holdersOfShadows(List<ExecutableElement> marked) {
    List<TypeElement> candidates = new ArrayList<>();
    if (!marked.isEmpty()) candidates.add(owner);
    for (ExecutableElement m : marked) {
      for (VariableElement v : m.getParameters()) {
        TypeElement c = SlotParameters.element(env.getTypeUtils().erasure(v.asType()));
        if (c != null && !c.getKind().isInterface() && !c.getQualifiedName().toString().startsWith("java.")) candidates.add(c);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TypeElement c : candidates) {
        if (isShadowClass(c) || !holdsShadowed(c)) continue;
        markedParameterClasses.add(internalName(c));
        knownShadowClasses.add(c);
        changed = true;
      }
    }
  }

  /** Whether {@code c} or a superclass declares an instance field holding objects (or arrays) of a class with shadows here. */
  private boolean holdsShadowed(TypeElement c) {
    for (TypeElement k = c; k != null && !k.getQualifiedName().toString().startsWith("java."); k = superclass(k)) {
      for (Element e : k.getEnclosedElements()) {
        if (e.getKind() != javax.lang.model.element.ElementKind.FIELD || e.getModifiers().contains(Modifier.STATIC)) continue;
        TypeMirror t = e.asType();
        while (t instanceof javax.lang.model.type.ArrayType a) {
          t = a.getComponentType();
        }
        if (t instanceof javax.lang.model.type.DeclaredType d && d.asElement() instanceof TypeElement h
            && !h.getKind().isInterface() && isShadowClass(h)) {
          return true;
        }
      }
    }
    return false;
  }

  /** As the agent's ClassLibrary.isShadowClass: a class of an annotated chain, or given shadows here, or below one. */
  private boolean isShadowClass(TypeElement c) {
    for (TypeElement k = c; k != null; k = superclass(k)) {
      if (marked(k) || markedParameterClasses.contains(internalName(k))) return true;
    }
    return false;
  }

  private String internalName(TypeElement c) {
    String d = types.descriptor(env.getTypeUtils().erasure(c.asType()));
    return d.substring(1, d.length() - 1);
  }

  /** As the agent (core.objects.ShadowClasses.topFloatingClass): the highest class of the chain declaring a floating field. */
  private static TypeElement topFloatingClass(TypeElement c) {
    TypeElement top = null;
    for (TypeElement k = c; k != null && !k.getQualifiedName().toString().startsWith("java."); k = superclass(k)) {
      for (Element e : k.getEnclosedElements()) {
        if (e.getKind() != javax.lang.model.element.ElementKind.FIELD || e.getModifiers().contains(Modifier.STATIC)) continue;
        if (holdsNumbers(e.asType(), new HashSet<>())) top = k;
      }
    }
    return top != null ? top : subclassNumbersTop(c);
  }

  /**
   * As the agent (core.objects.SubclassNumbers.top): for an abstract class (not an interface) whose chain outside the JDK
   * is all abstract, declares no instance field but integers and declares an abstract {@code double}/{@code float} method
   * (la4j's {@code Vector}: its numbers live in subclasses), the highest class of that chain; else null.
   */
  private static TypeElement subclassNumbersTop(TypeElement c) {
    if (c.getKind() != javax.lang.model.element.ElementKind.CLASS || !c.getModifiers().contains(Modifier.ABSTRACT)) return null;
    TypeElement top = null;
    boolean getter = false;
    for (TypeElement k = c; k != null && !k.getQualifiedName().toString().startsWith("java."); k = superclass(k)) {
      if (!k.getModifiers().contains(Modifier.ABSTRACT)) return null;
      for (Element e : k.getEnclosedElements()) {
        if (e.getModifiers().contains(Modifier.STATIC)) continue;
        if (e.getKind() == javax.lang.model.element.ElementKind.FIELD && !e.asType().getKind().isPrimitive()) return null;
        if (e.getKind() == javax.lang.model.element.ElementKind.FIELD && (e.asType().getKind() == javax.lang.model.type.TypeKind.DOUBLE
            || e.asType().getKind() == javax.lang.model.type.TypeKind.FLOAT)) return null;
        if (e instanceof ExecutableElement x && x.getModifiers().contains(Modifier.ABSTRACT)
            && (x.getReturnType().getKind() == javax.lang.model.type.TypeKind.DOUBLE
                || x.getReturnType().getKind() == javax.lang.model.type.TypeKind.FLOAT)) getter = true;
      }
      top = k;
    }
    return getter ? top : null;
  }

  /**
   * As the agent (core.objects.ShadowClasses.holdsNumbers): a {@code double}/{@code float} or an array of them, or an
   * object (or array of objects) of a class outside the JDK, not an interface, holding such a field itself or in the
   * objects it holds (JBox2D's {@code Mat22}: two {@code Vec2}).
   */
  private static boolean holdsNumbers(TypeMirror type, Set<String> seen) {
    TypeMirror t = type;
    while (t instanceof javax.lang.model.type.ArrayType a) {
      t = a.getComponentType();
    }
    if (t.getKind() == javax.lang.model.type.TypeKind.DOUBLE || t.getKind() == javax.lang.model.type.TypeKind.FLOAT) return true;
    return t instanceof javax.lang.model.type.DeclaredType d && d.asElement() instanceof TypeElement c && holdsNumbers(c, seen);
  }

  private static boolean holdsNumbers(TypeElement c, Set<String> seen) {
    if (c.getKind().isInterface() || c.getQualifiedName().toString().startsWith("java.") || !seen.add(c.getQualifiedName().toString())) {
      return false;
    }
    for (TypeElement k = c; k != null && !k.getQualifiedName().toString().startsWith("java."); k = superclass(k)) {
      for (Element e : k.getEnclosedElements()) {
        if (e.getKind() == javax.lang.model.element.ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)
            && holdsNumbers(e.asType(), seen)) {
          return true;
        }
      }
    }
    return subclassNumbersTop(c) != null;
  }

  /**
   * The type of the receiver's shadow of a class nobody annotated that got shadows here (its numbers
   * the only input of a marked method): the highest class of its chain given them, or null.
   */
  private TypeElement unannotatedReceiverShadow() {
    TypeElement root = null;
    for (TypeElement k = owner; k != null; k = superclass(k)) {
      if (markedParameterClasses.contains(internalName(k))) root = k;
    }
    return root;
  }

  private static boolean annotatedChain(TypeElement c) {
    for (TypeElement k = c; k != null; k = superclass(k)) {
      if (marked(k)) return true;
    }
    return false;
  }

  private static boolean holdsFloating(TypeElement c) {
    for (TypeElement k = c; k != null; k = superclass(k)) {
      for (Element e : k.getEnclosedElements()) {
        if (e.getKind() != javax.lang.model.element.ElementKind.FIELD || e.getModifiers().contains(Modifier.STATIC)) continue;
        TypeMirror t = e.asType();
        while (t instanceof javax.lang.model.type.ArrayType a) {
          t = a.getComponentType();
        }
        if (t.getKind() == javax.lang.model.type.TypeKind.DOUBLE || t.getKind() == javax.lang.model.type.TypeKind.FLOAT) return true;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement k) {
    TypeMirror up = k.getSuperclass();
    return up instanceof javax.lang.model.type.DeclaredType d ? (TypeElement) d.asElement() : null;
  }

  /** Internal names of the classes of parameters annotated {@code @Differentiable} (they carry shadows here). */
  private final Set<String> markedParameterClasses = new HashSet<>();

  /** The classes the processor knows have shadows in this class's transformation: the start of {@link SlotParameters}. */
  private final Set<TypeElement> knownShadowClasses = new java.util.LinkedHashSet<>();

  /** Which interface- and abstract-class-typed parameters carry shadow slots (core.SlotTypes). */
  private SlotParameters slots;

  String qualifiedName() {
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }

  boolean waitsForTypes() {
    return waits;
  }

  boolean hasMethods() {
    return !methods.isEmpty();
  }

  List<String> notes() {
    return notes;
  }

  private static String flatName(TypeElement e) {
    String name = e.getSimpleName().toString();
    for (Element x = e.getEnclosingElement(); x instanceof TypeElement t; x = t.getEnclosingElement()) {
      name = t.getSimpleName() + "_" + name;
    }
    return name;
  }

  // ------------------------------------------------------------------ one marked method

  private void method(ExecutableElement m) {
    String where = owner.getQualifiedName() + "." + m.getSimpleName();
    if (m.getModifiers().contains(Modifier.PRIVATE)) {
      notes.add("no typed facade for the private method " + where + " (its companions are public: Derivatives finds them)");
      return;
    }
    List<TypeMirror> all = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      all.add(p.asType());
    }
    all.add(m.getReturnType());
    for (TypeMirror t : all) {
      if (JavaTypes.erroneous(t)) {
        waits = true;
        return;
      }
      if (!types.accessible(t)) {
        notes.add("no typed facade for " + where + ": its type " + t + " cannot be named outside the class");
        return;
      }
    }
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
    TypeElement receiverShadow = isStatic ? null : marked(owner) ? shadowRoot(owner) : unannotatedReceiverShadow();
    Set<String> shadowClasses = new HashSet<>();
    for (TypeMirror t : all) {
      String d = types.descriptor(t);
      String element = d.endsWith(";") ? d.substring(d.lastIndexOf('[') + 2, d.length() - 1) : null;
      if (carriesShadow(t) || markedParameterClasses.contains(element)) shadowClasses.add(element);
    }
    for (VariableElement p : m.getParameters()) {
      TypeMirror erased = env.getTypeUtils().erasure(p.asType());
      SlotParameters.Slot slot = slots.of(erased);
      if (slot == SlotParameters.Slot.UNKNOWN) {
        TypeElement type = SlotParameters.element(erased);
        notes.add("no typed facade for " + where + ": its parameter " + p.getSimpleName() + " is declared with "
            + type.getSimpleName() + ", which " + slots.implementation(erased).getSimpleName() + " (a class with shadows here)"
            + " implements: the agent gives it a shadow slot unless the differentiated code calls " + type.getSimpleName()
            + "'s own double or float methods, which the processor cannot see (Derivatives.tangent/adjoint find the"
            + " companion whatever its layout)");
        return;
      }
      if (slot == SlotParameters.Slot.SLOT) {
        String d = types.descriptor(erased);
        shadowClasses.add(d.substring(d.lastIndexOf('[') + 2, d.length() - 1));
      }
    }
    String newResult = newObjectResult(m, shadowClasses);
    if (newResult != null) shadowClasses.add(newResult); // only the result has that class: it comes back as its shadow
    List<TypeParameterElement> typeParams = new ArrayList<>(m.getTypeParameters());
    if (!isStatic) {
      Set<String> names = new HashSet<>();
      for (TypeParameterElement t : m.getTypeParameters()) {
        names.add(t.getSimpleName().toString());
      }
      List<TypeParameterElement> classParams = receiverTypeParameters();
      for (TypeParameterElement t : classParams) {
        if (!names.add(t.getSimpleName().toString())) {
          notes.add("no typed facade for " + where + ": its type parameter " + t.getSimpleName() + " hides the class's");
          return;
        }
      }
      typeParams.addAll(0, classParams);
    }
    StringBuilder desc = new StringBuilder("(");
    for (VariableElement p : m.getParameters()) {
      desc.append(types.descriptor(p.asType()));
    }
    String primalDesc = desc.append(')').append(types.descriptor(m.getReturnType())).toString();
    for (Kind kind : Kind.values()) {
      if (kind != Kind.ADJOINT_TANGENT || order(m) >= 2 && newResult == null) {
        Signature s = kind.of(primalDesc, shadowClasses::contains, receiverShadow == null ? null : types.descriptor(
            env.getTypeUtils().erasure(receiverShadow.asType())).replaceAll("^L|;$", ""));
        companion(m, kind, s, isStatic, receiverShadow, typeParams);
      }
    }
  }

  /**
   * The internal name of {@code m}'s result class when the agent may build it as a new object
   * (README, "Objects": object results built new): a class of the user's holding floating fields,
   * without shadows, of no parameter and not the method's own class. Its companions then return
   * the result's shadow and take its seed; the agent decides from the bytecode whether they exist
   * (a constructor that is not plain is refused at load, which the facade's call then reports).
   * Those methods get no second order.
   */
  private String newObjectResult(ExecutableElement m, Set<String> shadowClasses) {
    if (!(m.getReturnType() instanceof javax.lang.model.type.DeclaredType d) || !(d.asElement() instanceof TypeElement c)) {
      return null;
    }
    if (c.getQualifiedName().toString().startsWith("java.") || c.equals(owner) || !holdsFloating(c)) return null;
    String name = types.descriptor(env.getTypeUtils().erasure(c.asType())).replaceAll("^L|;$", "");
    if (shadowClasses.contains(name)) return null;
    for (VariableElement p : m.getParameters()) {
      if (env.getTypeUtils().isSameType(env.getTypeUtils().erasure(p.asType()), env.getTypeUtils().erasure(c.asType()))) return null;
    }
    return name;
  }

  /**
   * The type of the receiver's shadow in the companions of an instance method of {@code c}: its
   * highest superclass annotated {@code @Differentiable} (README, "Objects": so that overrides'
   * companions override).
   */
  private static TypeElement shadowRoot(TypeElement c) {
    TypeElement root = c;
    for (TypeElement k = c; k != null; ) {
      if (marked(k)) {
        root = k;
      }
      TypeMirror up = k.getSuperclass();
      k = up instanceof javax.lang.model.type.DeclaredType d ? (TypeElement) d.asElement() : null;
    }
    return root;
  }

  /** A class annotated {@code @Differentiable} (README, "Objects"): its values carry shadows. */
  private static boolean marked(Element e) {
    return e.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(FacadeProcessor.ANNOTATION));
  }

  /** A type whose values carry shadows: a {@code @Differentiable} class or an array of such. */
  private static boolean carriesShadow(TypeMirror t) {
    TypeMirror e = t;
    while (e instanceof javax.lang.model.type.ArrayType a) {
      e = a.getComponentType();
    }
    return e instanceof javax.lang.model.type.DeclaredType d && marked(d.asElement());
  }

  /** The type parameters of the receiver's type: the class's, and those of the classes an inner class belongs to. */
  private List<TypeParameterElement> receiverTypeParameters() {
    List<TypeParameterElement> out = new ArrayList<>();
    for (Element x = owner; x instanceof TypeElement t; x = t.getEnclosingElement()) {
      out.addAll(0, t.getTypeParameters());
      if (t.getModifiers().contains(Modifier.STATIC) || t.getNestingKind() != javax.lang.model.element.NestingKind.MEMBER
          || t.getKind().isInterface() || t.getEnclosingElement().getKind().isInterface()) {
        break;
      }
    }
    return out;
  }

  private static int order(ExecutableElement m) {
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (a.getAnnotationType().toString().equals(FacadeProcessor.ANNOTATION)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : a.getElementValues().entrySet()) {
          if (v.getKey().getSimpleName().contentEquals("order")) {
            return (Integer) v.getValue().getValue();
          }
        }
      }
    }
    return 1;
  }

  // ------------------------------------------------------------------ one companion

  private void companion(ExecutableElement m, Kind kind, Signature s, boolean isStatic, TypeElement receiverShadow,
      List<TypeParameterElement> typeParams) {
    String name = m.getSimpleName() + kind.facadeSuffix;
    String companion = kind.companionName(m.getSimpleName().toString());
    int slots = (isStatic ? 0 : 1) + s.slots();
    if (slots > MAX_SLOTS) {
      notes.add("no typed facade method " + name + " for " + owner.getQualifiedName() + "." + m.getSimpleName()
          + ": its companion takes " + slots + " parameter slots, over what a method handle call can pass (" + MAX_SLOTS + ")");
      return;
    }
    List<String> primalNames = new ArrayList<>(), primalTypes = new ArrayList<>(), primalErasures = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      primalNames.add(p.getSimpleName().toString());
      primalTypes.add(types.source(p.asType()));
      primalErasures.add(types.classLiteral(p.asType()));
    }
    String result = types.source(m.getReturnType());
    String receiver = isStatic ? null : receiverName(primalNames);
    List<String> reserved = receiver == null ? List.of() : List.of(receiver);
    List<String> names = receiver == null ? s.names(primalNames) : s.namesWithReceiver(receiver, primalNames, receiver);
    StringBuilder erased = new StringBuilder(name);
    List<String> params = new ArrayList<>(), args = new ArrayList<>(), literals = new ArrayList<>();
    if (receiver != null) {
      params.add(types.source(owner.asType()) + " " + receiver);
      args.add(receiver);
      erased.append(types.classLiteral(owner.asType()));
    }
    TypeMirror shadowType = receiverShadow == null ? null : env.getTypeUtils().erasure(receiverShadow.asType());
    String shadowSource = shadowType == null ? null : types.source(shadowType);
    String shadowLiteral = shadowType == null ? null : types.classLiteral(shadowType);
    for (Param p : s.params) {
      params.add(s.typeOf(p, primalTypes, result, "double[]", shadowSource) + " " + names.get(p.index));
      args.add(names.get(p.index));
      String literal = s.typeOf(p, primalErasures, types.classLiteral(m.getReturnType()), "double[].class", shadowLiteral);
      literals.add(literal);
      erased.append(literal);
    }
    if (!declared.add(erased.toString())) {
      notes.add("no typed facade method " + name + " for " + owner.getQualifiedName() + "." + m.getSimpleName()
          + ": another method of the facade has the same name and parameter types");
      return;
    }
    String returns = s.returnTypeOf(result, "void");
    String holder = "H" + holders.size();
    String rtype = s.returnTypeOf(types.classLiteral(m.getReturnType()), "void.class");
    holders.add("  /** {@code " + companion + "}, looked up on the first call. */\n"
        + "  private static final class " + holder + " {\n"
        + "    static final MethodHandle HANDLE = dev.leibniz.Facades.companion(MethodHandles.lookup(), "
        + types.classLiteral(owner.asType()) + ", \"" + escape(companion) + "\", " + isStatic + ",\n"
        + "        MethodType.methodType(" + rtype + (literals.isEmpty() ? "" : ", " + String.join(", ", literals)) + "),\n"
        + "        \"" + escape(javaSignature(m)) + "\");\n"
        + "  }\n");
    StringBuilder b = new StringBuilder();
    b.append(javadoc(m, kind, s, names, receiver));
    b.append("  public static ").append(types.typeParameters(typeParams)).append(returns).append(' ').append(name)
        .append('(').append(String.join(", ", params)).append(')');
    if (!m.getThrownTypes().isEmpty()) {
      List<String> thrown = new ArrayList<>();
      for (TypeMirror t : m.getThrownTypes()) {
        thrown.add(types.source(t));
      }
      b.append(" throws ").append(String.join(", ", thrown));
    }
    b.append(" {\n");
    checks(b, owner.getSimpleName() + "Derivatives." + name, s, names);
    String thrown = "thrown";
    for (int k = 2; names.contains(thrown) || reserved.contains(thrown); k++) {
      thrown = "thrown" + k;
    }
    String call = holder + ".HANDLE.invokeExact(" + String.join(", ", args) + ")";
    b.append("    try {\n      ")
        .append(returns.equals("void") ? call : "return (" + returns + ") " + call).append(";\n")
        .append("    } catch (Throwable ").append(thrown).append(") {\n      throw dev.leibniz.Facades.rethrow(")
        .append(thrown).append(");\n    }\n  }\n");
    methods.add(b.toString());
  }

  /** Identity and length checks of tangent and adjoint arrays, and the scalar adjoints' length. */
  private static void checks(StringBuilder b, String method, Signature s, List<String> names) {
    for (Param p : s.params) {
      if ((p.role == Role.TANGENT || p.role == Role.ADJOINT) && p.isDifferentiableArray()) {
        b.append("    dev.leibniz.Facades.checkShadow(\"").append(method).append("\", \"").append(names.get(p.of.index))
            .append("\", ").append(names.get(p.of.index)).append(", \"").append(names.get(p.index)).append("\", ")
            .append(names.get(p.index)).append(");\n");
      } else if (p.role == Role.SCALAR_ADJOINTS) {
        List<String> of = new ArrayList<>();
        for (Param r : p.receives) {
          of.add(names.get(r.index));
        }
        b.append("    dev.leibniz.Facades.checkScalarAdjoints(\"").append(method).append("\", \"").append(names.get(p.index))
            .append("\", ").append(names.get(p.index)).append(", ").append(of.size()).append(", \"")
            .append(String.join(", ", of)).append("\");\n");
      }
    }
  }

  private String javadoc(ExecutableElement m, Kind kind, Signature s, List<String> names, String receiver) {
    StringBuilder d = new StringBuilder("  /**\n   * ");
    d.append(kind == Kind.TANGENT ? "Forward mode (one directional derivative)"
        : kind == Kind.ADJOINT ? "Reverse mode (the gradient in one sweep)" : "Second order (forward over reverse: Hessian-vector products)");
    d.append(" of {@link ").append(types.source(env.getTypeUtils().erasure(owner.asType()))).append('#')
        .append(m.getSimpleName()).append('(');
    List<String> erasures = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      erasures.add(types.source(env.getTypeUtils().erasure(p.asType())));
    }
    d.append(String.join(", ", erasures)).append(")}, through its companion {@code ")
        .append(kind.companionName(m.getSimpleName().toString())).append("}.\n");
    String summary = summary(env.getElementUtils().getDocComment(m));
    if (!summary.isEmpty()) {
      d.append("   *\n   * <p>").append(summary).append('\n');
    }
    d.append("   *\n");
    if (receiver != null) {
      d.append("   * @param ").append(receiver).append(" the receiver\n");
    }
    for (Param p : s.params) {
      d.append("   * @param ").append(names.get(p.index)).append(' ').append(escapeDoc(s.role(p, names))).append('\n');
    }
    if (!s.returnDescriptor.equals("V")) {
      d.append("   * @return ").append(s.returnRole()).append('\n');
    }
    d.append("   * @throws IllegalStateException when the companion does not exist (the agent is not running,\n")
        .append("   *     the class was loaded before it, or the method could not be differentiated)\n");
    if (s.params.stream().anyMatch(p -> p.role == Role.ADJOINT || p.role == Role.SCALAR_ADJOINTS
        || (p.role == Role.TANGENT && p.isDifferentiableArray()))) {
      d.append("   * @throws IllegalArgumentException when a tangent or adjoint array is its own primal array or\n")
          .append("   *     has another length, or the scalar adjoints' array is too short\n");
    }
    return d.append("   */\n").toString();
  }

  /** The first sentence of a doc comment, without tags. */
  private static String summary(String doc) {
    if (doc == null) {
      return "";
    }
    String text = doc.strip();
    int tag = text.indexOf("\n@");
    text = tag < 0 ? text : text.substring(0, tag);
    int end = text.indexOf(". ");
    int para = text.indexOf("\n\n");
    int cut = end < 0 ? para : para < 0 ? end + 1 : Math.min(end + 1, para);
    text = (cut < 0 ? text : text.substring(0, cut)).replaceAll("\\s+", " ").strip();
    return text.startsWith("@") ? "" : escapeDoc(text);
  }

  private String javaSignature(ExecutableElement m) {
    List<String> ps = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      ps.add(types.source(p.asType()) + " " + p.getSimpleName());
    }
    return types.source(m.getReturnType()) + " " + owner.getQualifiedName() + "." + m.getSimpleName()
        + "(" + String.join(", ", ps) + ")";
  }

  private String receiverName(List<String> primalNames) {
    String s = owner.getSimpleName().toString();
    String base = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    base = javax.lang.model.SourceVersion.isKeyword(base) ? base + "_" : base;
    String n = base;
    for (int k = 2; primalNames.contains(n); k++) {
      n = base + k;
    }
    return n;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String escapeDoc(String s) {
    return s.replace("*/", "*&#47;");
  }

  // ------------------------------------------------------------------ the file

  String source() {
    StringBuilder out = new StringBuilder();
    if (!pkg.isEmpty()) {
      out.append("package ").append(pkg).append(";\n\n");
    }
    out.append("import java.lang.invoke.MethodHandle;\nimport java.lang.invoke.MethodHandles;\nimport java.lang.invoke.MethodType;\n\n")
        .append("/**\n * Typed calls of the companions of {@link ").append(types.source(env.getTypeUtils().erasure(owner.asType())))
        .append("}'s {@code @Differentiable} methods, generated by the\n")
        .append(" * Leibniz annotation processor from the companion contract ({@code dev.leibniz.contract.CompanionContract}).\n")
        .append(" *\n * <p>The companions exist at run time only, in classes loaded after the Leibniz agent started (or\n")
        .append(" * written into the class files at build time): each method looks its companion up on its first\n")
        .append(" * call and throws {@link IllegalStateException} saying why when it is missing. Adjoints accumulate\n")
        .append(" * ({@code +=}); {@code null} in place of a tangent or adjoint array means that parameter is passive.\n */\n")
        .append("@javax.annotation.processing.Generated(\"dev.leibniz.processor.FacadeProcessor\")\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("public final class ").append(simpleName).append(" {\n  private ").append(simpleName).append("() {}\n\n");
    for (String m : methods) {
      out.append(m).append('\n');
    }
    for (String h : holders) {
      out.append(h).append('\n');
    }
    return out.append("}\n").toString();
  }
}

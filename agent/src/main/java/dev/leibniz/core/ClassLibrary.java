package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Other classes' methods, read through a {@link ClassFinder} (never loaded) and cached for the
 * work on one class. JDK classes are never read: their code is not differentiated.
 */
final class ClassLibrary {
  private final ClassFinder finder;
  private final Map<String, ClassNode> classes = new HashMap<>();
  /** The classes whose differentiation is under way, this one included (calls between marked classes may cycle). */
  private final Set<String> inProgress;
  /** The classes nobody annotated with shadows, found from each class's marked methods (ShadowClasses: computed once). */
  private final Map<String, Map<String, String>> unannotatedShadows = new HashMap<>();
  /** The companions ({@code name+desc}) that marked classes get, by class. */
  private final Map<String, Set<String>> companions = new HashMap<>();

  /** Other marked classes' differentiations, shared by the libraries of one transformation. */
  private final MarkedClassResults markedClasses;

  ClassLibrary(ClassFinder finder, Set<String> inProgress) {
    this(finder, inProgress, new MarkedClassResults());
  }

  ClassLibrary(ClassFinder finder, Set<String> inProgress, MarkedClassResults markedClasses) {
    this.finder = finder;
    this.inProgress = inProgress;
    this.markedClasses = markedClasses;
  }

  private TypeHierarchy hierarchy;

  /**
   * The class whose transformation this library serves, or null: an inherited method that its subclasses may override is
   * seen as this class's ({@link TemplateView}, guarded) only here, where its companions become guarded members.
   */
  private String transformed;

  /** Says which class this library's transformation differentiates (before anything is resolved). */
  ClassLibrary transforming(String cls) {
    this.transformed = cls;
    return this;
  }

  /** The superclass chains of classes found through this library's finder (JDK classes included). */
  TypeHierarchy hierarchy() {
    if (hierarchy == null) hierarchy = new TypeHierarchy(finder);
    return hierarchy;
  }

  /**
   * False when the class {@code owner}, differentiated as it will be when it loads, gets no
   * companion {@code name+desc} (its method, or a callee of it, cannot be differentiated). True
   * when it does, and when that is decided further up a cycle of calls between marked classes.
   */
  boolean mayHaveCompanion(String owner, String name, String desc) {
    markedClasses.asked(owner);
    if (inProgress.contains(owner)) return true;
    Set<String> made = companions.computeIfAbsent(owner, o -> {
      byte[] bytes = finder.find(o);
      if (bytes == null) return null;
      Set<String> names = declaredIfTransformed(bytes);
      if (names != null) return names;
      MarkedClassResults.Outcome outcome = markedClasses.of(o, inProgress, () -> {
        Result r = new ClassDifferentiator(finder, inProgress, markedClasses).differentiate(bytes);
        Set<String> generated = new HashSet<>();
        for (String g : r.generated()) {
          generated.add(g.substring(g.lastIndexOf('.') + 1));
        }
        return new MarkedClassResults.Outcome(generated, r.diagnostics());
      });
      failures.put(o, outcome.diagnostics());
      return outcome.companions(); // only read: the same set, in the same order, as when it was made
    });
    return made == null || made.contains(name + desc);
  }

  /**
   * The descriptors of the companions named {@code name} that class {@code owner} gets, as {@link #mayHaveCompanion}
   * found them (empty when it has none, or was not differentiated here).
   */
  java.util.List<String> companionDescs(String owner, String name) {
    Set<String> made = companions.get(owner);
    java.util.List<String> out = new java.util.ArrayList<>();
    if (made == null) return out;
    for (String m : made) {
      if (m.startsWith(name + "(")) out.add(m.substring(name.length()));
    }
    return out;
  }

  /** The diagnostics of each class {@link #mayHaveCompanion} differentiated, by class. */
  private final Map<String, java.util.List<Diagnostic>> failures = new HashMap<>();

  /**
   * Why class {@code owner}'s method {@code method} ({@code name+desc}) gets no companion of the
   * mode ({@code tangent}: its tangent, else its adjoint), as its own diagnostic says when its class
   * loads (without the {@code leibniz: } prefix); null when not known here (the class was not
   * differentiated by {@link #mayHaveCompanion}, or has its companions from the build).
   */
  String failureOf(String owner, String method, boolean tangent) {
    java.util.List<Diagnostic> found = failures.get(owner);
    if (found == null) return null;
    for (Diagnostic d : found) {
      boolean mode = d.mode().equals("both") || d.mode().equals(tangent ? "tangent" : "adjoint");
      if (!d.warning() && mode && d.method().equals(method)) return d.message().substring("leibniz: ".length());
    }
    return null;
  }

  /** The methods of a class that already has its companions (transformed at build time), else null. */
  private static Set<String> declaredIfTransformed(byte[] bytes) {
    try {
      ClassNode c = new ClassNode();
      new ClassReader(bytes).accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      if (!ClassDifferentiator.hasCompanions(c)) return null;
      Set<String> names = new HashSet<>();
      for (MethodNode m : c.methods) names.add(m.name + m.desc);
      return names;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code compute}'s answer for class {@code owner}, computed once per library (one class's transformation). */
  Map<String, String> unannotatedShadows(String owner, java.util.function.Supplier<Map<String, String>> compute) {
    Map<String, String> known = unannotatedShadows.get(owner);
    if (known == null) {
      known = compute.get();
      unannotatedShadows.put(owner, known);
    }
    return known;
  }

  /** The class node of {@code owner}, or null when unknown, unreadable or a JDK class. */
  ClassNode classNode(String owner) {
    if (isJdk(owner)) return null;
    return classes.computeIfAbsent(owner, o -> parse(finder.find(o)));
  }

  /** The class {@code bytes} hold, without frames; null when there are none or they cannot be parsed. */
  static ClassNode parse(byte[] bytes) {
    if (bytes == null) return null;
    try {
      ClassNode c = new ClassNode();
      new ClassReader(bytes).accept(c, ClassReader.SKIP_FRAMES);
      return c;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * True when class {@code owner} or a superclass is annotated {@code @Differentiable} (its
   * instances have shadows; the annotation is {@code @Inherited}, as {@code zeroShadow} sees it).
   */
  boolean isShadowClass(String owner) {
    return isShadowClass(owner, Set.of());
  }

  /** As above, or a class of {@code unannotated} (README, "Objects": written fields) or a subclass of one. */
  boolean isShadowClass(String owner, Set<String> unannotated) {
    int depth = 0;
    for (ClassNode c = classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : classNode(c.superName)) {
      if (SourceClass.isMarked(c) || unannotated.contains(c.name)) return true;
    }
    return false;
  }

  /**
   * The highest class in {@code owner}'s superclass chain that is annotated {@code @Differentiable}
   * ({@code owner} itself when none is, or when a class on the way cannot be read).
   */
  String shadowRoot(String owner) {
    return shadowRoot(owner, Set.of());
  }

  /** As above, classes of {@code unannotated} counting as annotated. */
  String shadowRoot(String owner, Set<String> unannotated) {
    String root = owner;
    int depth = 0;
    for (ClassNode c = classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : classNode(c.superName)) {
      if (SourceClass.isMarked(c) || unannotated.contains(c.name)) root = c.name;
    }
    return root;
  }

  /** A method and the class that declares it. */
  record Declaration(ClassNode owner, MethodNode method) {}

  /**
   * True when a call of {@code m}, which resolves to {@code d}, runs {@code d} whatever its receiver: a static, private
   * or final method, a constructor or super call, a final class's method, or a call naming a final class (its receiver
   * is of that class, from which resolution finds what selection finds: {@code invokevirtual FinalSub.inherited}, and
   * the calls {@link ReceiverClasses} binds by their receiver's class).
   */
  boolean bindsStatically(MethodRef m, Declaration d) {
    int access = d.method().access;
    if ((access & (org.objectweb.asm.Opcodes.ACC_STATIC | org.objectweb.asm.Opcodes.ACC_PRIVATE | org.objectweb.asm.Opcodes.ACC_FINAL)) != 0
        || m.opcode() == org.objectweb.asm.Opcodes.INVOKESPECIAL || (d.owner().access & org.objectweb.asm.Opcodes.ACC_FINAL) != 0) {
      return true;
    }
    if (m.itf() || m.opcode() != org.objectweb.asm.Opcodes.INVOKEVIRTUAL || isJdk(m.owner())) return false;
    ClassNode named = classNode(m.owner());
    return named != null && (named.access & org.objectweb.asm.Opcodes.ACC_FINAL) != 0;
  }

  /**
   * Where a call of {@code m} resolves, as the JVM resolves it (JVMS 5.4.3.3 and 5.4.3.4): the
   * method in {@code m}'s class or, for an inherited one, in its nearest superclass that declares
   * it; else the maximally-specific superinterface method (a default method the class inherits:
   * the only non-abstract one, or an abstract one). Null when nothing readable declares it or a
   * class on the way cannot be read. The platform's interfaces are not read (their code is never
   * differentiated), so a method only they declare resolves to null, as before.
   */
  Declaration resolve(MethodRef m) {
    return inheritedTemplate(m, declaration(m));
  }

  /** The specialisations of inherited template methods, by {@code receiver.name+desc} (empty: none). */
  private final Map<String, java.util.Optional<Declaration>> inheritedTemplates = new HashMap<>();

  /**
   * For a call naming class {@code R} that runs a template method {@code d} inherited from a superclass, whatever the
   * receiver's class below {@code R} (final, or {@code R} final), that method seen as {@code R}'s ({@link TemplateView}):
   * its calls on {@code this} are calls on an {@code R}, and its companions take {@code R}'s shadow; else {@code d}.
   */
  private Declaration inheritedTemplate(MethodRef m, Declaration d) {
    // any opcode: the core names a call's companions and summaries with invokespecial/invokestatic references too
    if (d == null || m.itf() || d.owner().name.equals(m.owner())
        || isJdk(d.owner().name) || isJdk(m.owner())) {
      return d;
    }
    java.util.Optional<Declaration> view = inheritedTemplates.computeIfAbsent(m.owner() + "." + m.name() + m.desc(),
        k -> java.util.Optional.ofNullable(TemplateView.of(this, classNode(m.owner()), d.owner(), d.method(), m.owner().equals(transformed))));
    return view.orElse(d);
  }

  /** Where a call of {@code m} resolves ({@link #resolve}), inherited templates as their declaring class has them. */
  Declaration declaration(MethodRef m) {
    Declaration view = argumentViews.get(m.owner() + "." + m.name() + m.desc());
    if (view != null) return view;
    java.util.List<String> supers = new java.util.ArrayList<>();
    for (ClassNode c = classNode(m.owner()); c != null; c = c.superName == null ? null : classNode(c.superName)) {
      MethodNode mn = declared(c, m.name(), m.desc());
      if (mn != null) return new Declaration(c, mn);
      supers.add(c.name);
      if (m.itf() || c.superName == null) {
        Declaration d = maximallySpecific(supers, m.name(), m.desc());
        return d == null && m.itf() ? implicitObjectMethod(c, m) : d;
      }
      if (isJdk(c.superName)) { // Object's methods are the JDK's: only interfaces remain
        if (!c.superName.equals("java/lang/Object")) return null;
        Declaration d = maximallySpecific(supers, m.name(), m.desc());
        return d == null || (d.method().access & org.objectweb.asm.Opcodes.ACC_ABSTRACT) != 0 ? d : inheritedDefault(m.owner(), d);
      }
    }
    return null;
  }

  /** The default methods classes inherit, seen from the class (by {@code class.name+desc}). */
  private final Map<String, Declaration> inheritedDefaults = new HashMap<>();

  /**
   * The default method {@code d} that class {@code owner} inherits, as a method of {@code owner}
   * ({@link DefaultMethodView}): its receiver is then an {@code owner} (with the class's shadow when
   * it has one), and its calls on {@code this} of the interfaces' methods are calls of
   * {@code owner}'s, resolved and dispatched as the class's own calls are.
   */
  private Declaration inheritedDefault(String owner, Declaration d) {
    Declaration view = inheritedDefaults.computeIfAbsent(owner + "." + d.method().name + d.method().desc,
        k -> DefaultMethodView.of(classNode(owner), d.owner(), d.method(), this::isSuperinterface));
    return view != null ? view : d;
  }

  /** True when {@code itf} is an interface that class {@code owner} implements (directly or not). */
  private boolean isSuperinterface(String owner, String itf) {
    for (ClassNode c = classNode(owner); c != null; c = c.superName == null ? null : classNode(c.superName)) {
      for (String i : c.interfaces) {
        ClassNode n = classNode(i);
        if (i.equals(itf) || (n != null && extendsInterface(n, itf))) return true;
      }
    }
    return false;
  }

  private static MethodNode declared(ClassNode c, String name, String desc) {
    for (MethodNode mn : c.methods) {
      if (mn.name.equals(name) && mn.desc.equals(desc)) return mn;
    }
    return null;
  }

  /**
   * The maximally-specific superinterface method {@code name+desc} of the classes {@code types}
   * (a class and its superclasses, or one interface): among the non-private, non-static
   * declarations in their superinterfaces, those whose interface no other one extends; the
   * non-abstract one when it is the only one, else one of them. Null when there is none, or a
   * superinterface outside the JDK cannot be read.
   */
  /** The implicit members of interfaces, by {@code interface.name+desc}: one node each, so that every answer is the same. */
  private final Map<String, Declaration> implicitMembers = new HashMap<>();

  /**
   * {@code equals(Object)} or {@code hashCode()} called on an interface that declares neither: the abstract member every
   * interface implicitly declares for {@code Object}'s public methods (JLS 9.2), so that the call is one of the
   * interface's methods, run by whichever implementation the receiver is (Ardor3D's {@code ReadOnlyVector3.equals},
   * {@link ReceiverClasses}); null for any other method.
   */
  private Declaration implicitObjectMethod(ClassNode itf, MethodRef m) {
    boolean member = m.name().equals("equals") && m.desc().equals("(Ljava/lang/Object;)Z")
        || m.name().equals("hashCode") && m.desc().equals("()I");
    if (!member || (itf.access & org.objectweb.asm.Opcodes.ACC_INTERFACE) == 0) return null;
    return implicitMembers.computeIfAbsent(itf.name + "." + m.name() + m.desc(), k -> new Declaration(itf,
        new MethodNode(org.objectweb.asm.Opcodes.ACC_PUBLIC | org.objectweb.asm.Opcodes.ACC_ABSTRACT, m.name(), m.desc(), null, null)));
  }

  private Declaration maximallySpecific(java.util.List<String> types, String name, String desc) {
    java.util.Map<String, ClassNode> interfaces = new java.util.LinkedHashMap<>();
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
    for (String t : types) {
      ClassNode c = classNode(t);
      if (c == null) return null;
      work.addAll(c.interfaces);
    }
    while (!work.isEmpty()) {
      String i = work.poll();
      if (interfaces.containsKey(i) || isJdk(i)) continue;
      ClassNode c = classNode(i);
      if (c == null) return null;
      interfaces.put(i, c);
      work.addAll(c.interfaces);
    }
    java.util.List<Declaration> found = new java.util.ArrayList<>();
    for (ClassNode c : interfaces.values()) {
      MethodNode mn = declared(c, name, desc);
      if (mn != null && (mn.access & (org.objectweb.asm.Opcodes.ACC_PRIVATE | org.objectweb.asm.Opcodes.ACC_STATIC)) == 0) {
        found.add(new Declaration(c, mn));
      }
    }
    found.removeIf(d -> found.stream().anyMatch(e -> e != d && extendsInterface(e.owner(), d.owner().name)));
    Declaration withCode = null;
    for (Declaration d : found) {
      if ((d.method().access & org.objectweb.asm.Opcodes.ACC_ABSTRACT) == 0) {
        if (withCode != null) return null; // two defaults: the JVM refuses such a call (javac makes the class override)
        withCode = d;
      }
    }
    return withCode != null ? withCode : found.isEmpty() ? null : found.get(0);
  }

  /** True when interface {@code c} extends {@code other}, directly or not. */
  private boolean extendsInterface(ClassNode c, String other) {
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(c.interfaces);
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty()) {
      String i = work.poll();
      if (i.equals(other)) return true;
      ClassNode s = seen.add(i) ? classNode(i) : null;
      if (s != null) work.addAll(s.interfaces);
    }
    return false;
  }

  /** True when a supertype of {@code c} (transitively) declares a marked, overridable {@code name+desc}. */
  boolean overridesMarked(ClassNode c, String name, String desc) {
    return nearestOverridden(c, name, desc, SourceClass::isMarked) != null;
  }

  /**
   * The supertype (class or interface) of {@code c} nearest up whose overridable method
   * {@code name desc} a method of {@code c} overrides or implements, or null: which methods a call
   * dispatched elsewhere may reach.
   */
  String overriddenOwner(ClassNode c, String name, String desc) {
    return nearestOverridden(c, name, desc, m -> true);
  }

  /** The nearest supertype of {@code c} declaring an overridable {@code name desc} that {@code which} accepts, or null. */
  private String nearestOverridden(ClassNode c, String name, String desc, java.util.function.Predicate<MethodNode> which) {
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (c.superName != null) work.add(c.superName);
    work.addAll(c.interfaces);
    while (!work.isEmpty()) {
      ClassNode s = classNode(work.poll());
      if (s == null || !seen.add(s.name)) continue;
      for (MethodNode m : s.methods) {
        if (m.name.equals(name) && m.desc.equals(desc) && which.test(m)
            && (m.access & (org.objectweb.asm.Opcodes.ACC_STATIC | org.objectweb.asm.Opcodes.ACC_PRIVATE)) == 0) {
          return s.name;
        }
      }
      if (s.superName != null) work.add(s.superName);
      work.addAll(s.interfaces);
    }
    return null;
  }

  /** Arrays and the platform's own classes, whose code is never differentiated. */
  static boolean isJdk(String owner) {
    return owner.startsWith("[") || owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
        || owner.startsWith("sun/") || owner.startsWith("com/sun/");
  }

  /** The package part of an internal class name ("" for the unnamed package): access checks compare it. */
  static String packageOf(String internalName) {
    return internalName.substring(0, Math.max(0, internalName.lastIndexOf('/')));
  }

  /** The views of static methods for their arguments' classes ({@link ArgumentView}), by {@code owner.name+desc}. */
  private final Map<String, Declaration> argumentViews = new HashMap<>();
  /** The views tried that cannot be made ({@code owner.name+desc} of the view, then the viewed descriptor). */
  private final Set<String> noArgumentViews = new HashSet<>();
  /** The descriptor of the method each view copies, by the view's {@code owner.name+desc}. */
  private final Map<String, String> viewedDescs = new HashMap<>();

  /**
   * The descriptor of the view of static method {@code m} with the parameters {@code retyped} (index to class)
   * declared with those classes ({@link ArgumentView}), made once; null when {@code m}'s code is not known, its class
   * declares a method of that descriptor already, or the view cannot be made.
   */
  String argumentView(MethodRef m, Map<Integer, org.objectweb.asm.Type> retyped) {
    org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(m.desc());
    for (Map.Entry<Integer, org.objectweb.asm.Type> e : retyped.entrySet()) params[e.getKey()] = e.getValue();
    String desc = org.objectweb.asm.Type.getMethodDescriptor(org.objectweb.asm.Type.getReturnType(m.desc()), params);
    String key = m.owner() + "." + m.name() + desc;
    // one view per descriptor: an overload whose parameters the same classes retype keeps its refusal
    if (argumentViews.containsKey(key)) return m.desc().equals(viewedDescs.get(key)) ? desc : null;
    if (!noArgumentViews.add(key + " " + m.desc())) return null; // asked of every graph: tried once
    ClassNode owner = classNode(m.owner());
    MethodNode declared = owner == null ? null : declared(owner, m.name(), m.desc());
    if (declared == null || declared(owner, m.name(), desc) != null) return null;
    Declaration view = ArgumentView.of(this, owner, declared, retyped);
    if (view == null) return null;
    noArgumentViews.remove(key + " " + m.desc());
    argumentViews.put(key, view);
    viewedDescs.put(key, m.desc());
    return desc;
  }

  /**
   * Records that calls of {@code m} seen with descriptor {@code desc} ({@link TypedFunctionCalls}: a functional
   * interface's type variable typed with its argument's class) are emitted as {@code m} ({@link #restoreArgumentViews}).
   */
  void viewedAs(MethodRef m, String desc) {
    viewedDescs.putIfAbsent(m.owner() + "." + m.name() + desc, m.desc());
  }

  /**
   * Registers the view of abstract method {@code m} (a user interface's {@code T apply(double[], double[])}, erased to
   * {@code Object}) with a {@code double} result ({@link BoxedResultCalls}); true when it is (or already was) made.
   * Only an abstract method of another class outside the JDK that nothing marks, or of this class when {@code
   * ownDispatched} (its receiver has a shadow, so the call is dispatched as another class's): the call dispatches at run
   * time to the implementation's companion of its {@code Double} result, unboxed there ({@code Helpers.companionOf}), or
   * to the companion of the unboxed view of an implementation returning {@code Object} ({@link UnboxedViews}, generated
   * at its first dispatch).
   */
  boolean resultView(MethodRef m, String desc, boolean ownDispatched) {
    String key = m.owner() + "." + m.name() + desc;
    if (argumentViews.containsKey(key)) return m.desc().equals(viewedDescs.get(key));
    Declaration d = declaration(m);
    ClassNode named = classNode(m.owner());
    // a method of the class being differentiated is its own dispatched helper (SourceClass), which has no such view; but
    // an abstract one on a receiver with a shadow is dispatched as another class's is (CalleeOracle.abstractOfShadowedClass)
    boolean own = m.owner().equals(transformed) || d != null && d.owner().name.equals(transformed);
    if (d == null || named == null || isJdk(d.owner().name) || own && !ownDispatched || (d.method().access & org.objectweb.asm.Opcodes.ACC_ABSTRACT) == 0
        || SourceClass.isMarked(d.method()) || declared(named, m.name(), desc) != null) return false;
    MethodNode copy = new MethodNode(d.method().access, m.name(), desc, null, null);
    argumentViews.put(key, new Declaration(d.owner(), copy));
    viewedDescs.put(key, m.desc());
    return true;
  }

  /** The argument view {@code owner.name+desc} made here ({@link #argumentView}), or null. */
  Declaration argumentViewOf(String owner, String name, String desc) {
    return argumentViews.get(owner + "." + name + desc);
  }

  /** Makes each call of an argument view in {@code mn} a call of the method it views, which its arguments fit. */
  void restoreArgumentViews(MethodNode mn) {
    if (viewedDescs.isEmpty()) return;
    for (org.objectweb.asm.tree.AbstractInsnNode n : mn.instructions.toArray()) {
      if (n instanceof org.objectweb.asm.tree.MethodInsnNode c) {
        String original = viewedDescs.get(c.owner + "." + c.name + c.desc);
        if (original == null) continue;
        boolean unboxed = !org.objectweb.asm.Type.getReturnType(original).equals(org.objectweb.asm.Type.getReturnType(c.desc));
        // a boxed function's view (BoxedFunctionCalls): the numbers it was given, boxed again
        if (BoxedFunctionCalls.boxesArguments(original, c.desc)) {
          BoxedFunctionCalls.box(mn.instructions, c, org.objectweb.asm.Type.getArgumentTypes(original).length);
        }
        c.desc = original;
        if (unboxed) BoxedResultCalls.unbox(mn.instructions, c); // a result view: the Double the call returns, unboxed
      }
    }
  }

  /** True when class {@code sub} is {@code sup}, extends it or implements it (directly or not). */
  boolean isSubtype(String sub, String sup) {
    if (sub.equals(sup)) return true;
    ClassNode s = classNode(sup);
    if (s == null) return false;
    if ((s.access & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0) {
      ClassNode c = classNode(sub);
      return c != null && ((c.access & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0 ? extendsInterface(c, sup) : isSuperinterface(sub, sup));
    }
    for (ClassNode c = classNode(sub); c != null; c = c.superName == null ? null : classNode(c.superName)) {
      if (c.name.equals(sup)) return true;
    }
    return false;
  }

  /** The declaration of {@code m} in its owner's class file, or null. */
  MethodNode method(MethodRef m) {
    Declaration view = argumentViews.get(m.owner() + "." + m.name() + m.desc());
    if (view != null) return view.method();
    ClassNode c = classNode(m.owner());
    if (c == null) return null;
    for (MethodNode mn : c.methods) {
      if (mn.name.equals(m.name()) && mn.desc.equals(m.desc())) return mn;
    }
    return null;
  }
}

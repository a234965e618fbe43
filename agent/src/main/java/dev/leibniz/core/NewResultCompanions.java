package dev.leibniz.core;

import dev.leibniz.core.objects.NewResults;
import dev.leibniz.core.objects.NewResults.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Companions of marked methods returning a new object (README, "Objects": object results;
 * {@link NewResults} says which methods and how the object is made). The class is differentiated
 * with each such {@code C m(...)} unmarked and a marked twin {@code double[] m$fields(...)} added;
 * then {@code m}'s mark is put back and {@code m}'s companions are made from the twin's:
 *
 * <pre>
 * C m$tangent(...)              { double[] t = m$fields$tangent(...); return new C(t[0], ...); }   // the result's shadow
 * C m$adjoint(..., C seed, ...) { double[] r = m$fields$adjoint(..., seed's fields per parameter, ...); return new C(r[0], ...); }
 * </pre>
 *
 * The constructor is plain (its parameters stored unchanged into fields), so running it on tangents
 * is its tangent, and the seed of parameter k is the sum of the seed's fields it is stored into.
 */
final class NewResultCompanions {
  private final byte[] input;
  private final String owner;
  private final Map<String, Plan> plans; // by the twin's name
  private final Map<String, List<AnnotationNode>[]> marks = new HashMap<>(); // m's name + desc -> its annotations
  private final Map<String, Integer> access = new HashMap<>(); // twin name -> m's access
  private final java.util.Set<String> overridable = new java.util.HashSet<>(); // twin names of m a subclass may override
  private final List<Diagnostic> refused = new ArrayList<>(); // what the marks ask for beyond m$tangent, m$adjoint

  private NewResultCompanions(byte[] input, String owner, Map<String, Plan> plans) {
    this.input = input;
    this.owner = owner;
    this.plans = plans;
  }

  /** The rewritten input for a class with qualifying methods, else null. */
  static NewResultCompanions of(byte[] classFile, Function<String, ClassNode> classes, TypeHierarchy hierarchy,
      java.util.function.Predicate<String> shadowed) {
    ClassNode cn = new ClassNode();
    try {
      ClassNode outline = new ClassNode();
      new ClassReader(classFile).accept(outline, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      if (!marksObjectResult(outline)) return null; // the common case: read once more, without code
      new ClassReader(classFile).accept(cn, ClassReader.EXPAND_FRAMES);
    } catch (RuntimeException e) {
      return null;
    }
    Map<String, Plan> plans = new HashMap<>();
    List<MethodNode> twins = new ArrayList<>();
    List<MethodNode> unmarked = new ArrayList<>();
    Map<String, Integer> overloads = new HashMap<>();
    Map<String, Integer> access = new HashMap<>(); // twin name -> m's access (the wrappers'; twin and its companions are private)
    java.util.Set<String> overridable = new java.util.HashSet<>();
    List<Diagnostic> refused = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      if (!SourceClass.isMarked(m) || (m.access & Opcodes.ACC_BRIDGE) != 0) continue;
      Plan plan;
      MethodNode twin;
      try {
        plan = NewResults.plan(cn, m, classes, shadowed);
        if (plan == null) continue;
        plan = plan.overload(overloads.merge(m.name, 1, Integer::sum) - 1); // one twin name per overload
        if (hasMethod(cn, plan.twinName())) continue;
        twin = withFrames(cn, NewResults.twin(cn.name, m, plan), hierarchy);
        if (twin == null) continue; // a merge of a class whose file cannot be read: refused as before
      } catch (RuntimeException e) {
        continue; // a shape the analysis did not foresee: the method is differentiated as it is (and refused as before)
      }
      unsupported(cn, m, refused);
      twin.visibleAnnotations = new ArrayList<>(List.of(new AnnotationNode(Companions.ANNOTATION)));
      twins.add(twin);
      unmarked.add(m);
      plans.put(plan.twinName(), plan);
      access.put(plan.twinName(), m.access & ~Opcodes.ACC_SYNTHETIC);
      if ((cn.access & Opcodes.ACC_FINAL) == 0 && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) == 0
          || plan.bindsSelfCalls()) {
        overridable.add(plan.twinName());
      }
    }
    if (plans.isEmpty()) return null;
    ClassWriter w = new ClassWriter(0);
    NewResultCompanions out;
    try {
      out = new NewResultCompanions(null, cn.name, plans);
      for (MethodNode m : unmarked) {
        @SuppressWarnings("unchecked")
        List<AnnotationNode>[] both = new List[] {m.visibleAnnotations, m.invisibleAnnotations};
        out.marks.put(m.name + m.desc, both);
        m.visibleAnnotations = without(m.visibleAnnotations);
        m.invisibleAnnotations = without(m.invisibleAnnotations);
      }
      cn.methods.addAll(twins);
      for (Plan p : plans.values()) { // a class returning new objects of itself made by a constructor that computes
        if (dev.leibniz.core.objects.MadeLayouts.made(p.constructorDesc()) && !hasConstructor(cn, p.constructorDesc())) {
          cn.methods.add(dev.leibniz.core.objects.MadeLayouts.constructor(cn, p.constructorDesc()));
        }
      }
      cn.accept(w);
    } catch (RuntimeException e) {
      return null; // a shape the rewrite did not foresee: the class is differentiated as it is (and refused as before)
    }
    NewResultCompanions r = new NewResultCompanions(w.toByteArray(), cn.name, plans);
    r.marks.putAll(out.marks);
    r.refused.addAll(refused);
    r.access.putAll(access);
    r.overridable.addAll(overridable);
    return r;
  }

  /**
   * {@code r} without the diagnostics of a class transformed before (at build time) about the methods whose
   * companions were made from a twin then ({@code m$fields} present): their companions are there.
   */
  static Result builtBefore(byte[] classFile, Result r) {
    if (r.transformed() != null || r.diagnostics().isEmpty()) return r;
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, ClassReader.SKIP_CODE);
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      int paren = d.method().indexOf('(');
      String name = paren < 0 ? d.method() : d.method().substring(0, paren);
      boolean made = hasMethod(cn, name + NewResults.TWIN + "$tangent") || hasMethod(cn, name + NewResults.TWIN + "$adjoint");
      if (!(made && d.reason().startsWith("the class already declares"))) kept.add(d);
    }
    return kept.size() == r.diagnostics().size() ? r : new Result(r.transformed(), r.companions(), r.generated(), kept, r.plans());
  }

  /**
   * One located diagnostic when {@code m}'s mark asks for companions its twin does not give (order 2, vector
   * tangents): only {@code m$tangent} and {@code m$adjoint} are made for a new-object result.
   */
  private static void unsupported(ClassNode cn, MethodNode m, List<Diagnostic> out) {
    List<String> asked = new ArrayList<>();
    if (SecondOrder.order(m) >= 2) asked.add("order = " + SecondOrder.order(m));
    if (VectorTangents.requested(m)) asked.add("tangents = true");
    if (asked.isEmpty()) return;
    int line = -1;
    for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
      if (n instanceof org.objectweb.asm.tree.LineNumberNode l) {
        line = l.line;
        break;
      }
    }
    String result = Type.getReturnType(m.desc).getClassName();
    out.add(new Diagnostic(cn.name.replace('/', '.'), m.name + m.desc, line, "", "both",
        "@Differentiable(" + String.join(", ", asked) + ") is not supported for a method returning a new " + result
            + " (README, \"Objects\": object results built new): only " + m.name + "$tangent and " + m.name
            + "$adjoint are made; return the numbers (a double[]) from a method of its own for second-order or vector"
            + " tangent companions", false, cn.sourceFile));
  }

  private static boolean marksObjectResult(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      Type r = Type.getReturnType(m.desc);
      if (r.getSort() == Type.OBJECT && !r.getInternalName().startsWith("java/") && SourceClass.isMarked(m)) return true;
    }
    return false;
  }

  byte[] input() {
    return input;
  }

  private static boolean hasMethod(ClassNode cn, String name) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name)) return true;
    }
    return false;
  }

  private static boolean hasConstructor(ClassNode cn, String desc) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc)) return true;
    }
    return false;
  }

  private static List<AnnotationNode> without(List<AnnotationNode> list) {
    if (list == null) return null;
    List<AnnotationNode> out = new ArrayList<>(list);
    out.removeIf(a -> a.desc.equals(Companions.ANNOTATION));
    return out;
  }

  /** {@code r} (of the rewritten input) with the marks put back, the wrappers added and the names mapped back. */
  Result finish(Result r) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) diagnostics.add(mapped(d));
    diagnostics.addAll(refused);
    if (r.transformed() == null) return new Result(null, null, r.generated(), diagnostics, r.plans());
    ClassNode made = new ClassNode();
    new ClassReader(r.transformed()).accept(made, ClassReader.SKIP_CODE);
    List<String> generated = new ArrayList<>(r.generated());
    List<MethodNode> wrappers = new ArrayList<>();
    for (Plan p : plans.values()) {
      MethodNode tangent = find(made, p.twinName() + "$tangent"), adjoint = find(made, p.twinName() + "$adjoint");
      if (tangent != null) wrappers.add(tangentWrapper(p, tangent));
      if (adjoint != null) wrappers.add(adjointWrapper(p, adjoint));
    }
    // m unmarked is still a callee of other marked methods, so the core may have made its companion as a helper's
    // (private; its new objects built from values): the wrapper, the contract's public form (a null seed adds
    // nothing), takes its place, and the core's calls of it reach the wrapper
    java.util.Set<String> replaced = new java.util.HashSet<>();
    wrappers.removeIf(w -> {
      MethodNode same = made.methods.stream().filter(m -> m.name.equals(w.name) && m.desc.equals(w.desc)).findFirst().orElse(null);
      if (same == null) return false;
      boolean bothStatic = ((same.access ^ w.access) & Opcodes.ACC_STATIC) == 0;
      if (bothStatic) replaced.add(w.name + w.desc);
      return !bothStatic;
    });
    for (MethodNode w : wrappers) {
      String name = owner.replace('/', '.') + "." + w.name + w.desc;
      if (!generated.contains(name)) generated.add(name);
    }
    byte[] transformed = withWrappers(r.transformed(), wrappers, replaced, true);
    byte[] companions = r.companions() == null ? null : withWrappers(r.companions(), wrappers, replaced, false);
    return new Result(transformed, companions, generated, diagnostics, r.plans());
  }

  private Diagnostic mapped(Diagnostic d) {
    List<Plan> longestFirst = new ArrayList<>(plans.values()); // m$fields$1 before m$fields, which it contains
    longestFirst.sort((a, b) -> b.twinName().length() - a.twinName().length());
    for (Plan p : longestFirst) {
      if (d.method().startsWith(p.twinName() + "(") || d.reason().contains(p.twinName())) {
        String method = d.method().startsWith(p.twinName() + "(") ? p.name() + p.desc() : d.method();
        return new Diagnostic(d.className(), method, d.line(), d.instruction(), d.mode(),
            d.reason().replace(p.twinName(), p.name()), d.warning(), d.sourceFile());
      }
    }
    return d;
  }

  private static MethodNode find(ClassNode cn, String name) {
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name)) return m;
    }
    return null;
  }

  private byte[] withWrappers(byte[] classFile, List<MethodNode> wrappers, java.util.Set<String> replaced, boolean restoreMarks) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter w = new ClassWriter(reader, 0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, w) {
      private boolean hasAccess; // the class has leibniz$access already (its companions link members through it)

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        hasAccess |= name.equals(Companions.HELPER_PREFIX + Relocation.ACCESS);
        if (replaced.contains(name + descriptor)) return null; // a wrapper takes its place
        if (restoreMarks && ofTwin(name)) access = (access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_PRIVATE;
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        List<AnnotationNode>[] both = restoreMarks ? marks.get(name + descriptor) : null;
        if (both != null) {
          mv = new MethodVisitor(Opcodes.ASM9, mv) {}; // not the writer's own: the reader must not copy the method as it was
          for (int v = 0; v < 2; v++) {
            if (both[v] == null) continue;
            for (AnnotationNode a : both[v]) {
              if (a.desc.equals(Companions.ANNOTATION)) a.accept(mv.visitAnnotation(a.desc, v == 0));
            }
          }
        }
        return mv;
      }


      @Override
      public void visitEnd() {
        for (MethodNode m : wrappers) m.accept(cv);
        if (!hasAccess && wrappers.stream().anyMatch(Relocation::linksDynamically)) { // a linked constructor's bootstrap
          dev.leibniz.core.emit.HelperCopier.copy(java.util.Set.of(Relocation.ACCESS), owner, false, cv);
        }
        super.visitEnd();
      }
    }, 0);
    return w.toByteArray();
  }

  /** A twin's companion ({@code m$fields$tangent}, ...): private, called only by {@code m}'s wrappers (no new API). */
  private boolean ofTwin(String name) {
    for (String twin : plans.keySet()) {
      if (name.startsWith(twin + "$")) return true;
    }
    return false;
  }

  /**
   * {@code twin} with its stack map frames (and sizes) computed from its code through the class files
   * ({@link ClassDifferentiator.FrameWriter}); null when a merge had to be guessed (its frames could fail).
   */
  private static MethodNode withFrames(ClassNode cn, MethodNode twin, TypeHierarchy hierarchy) {
    ClassDifferentiator.FrameWriter w = new ClassDifferentiator.FrameWriter(hierarchy);
    w.visit(Math.max(cn.version & 0xFFFF, Opcodes.V1_7), cn.access, cn.name, null, cn.superName, cn.interfaces.toArray(new String[0]));
    twin.accept(w);
    w.visitEnd();
    byte[] bytes = w.toByteArray();
    if (!w.unknown.isEmpty()) return null;
    ClassNode read = new ClassNode();
    new ClassReader(bytes).accept(read, ClassReader.EXPAND_FRAMES);
    MethodNode framed = read.methods.get(0);
    framed.visibleAnnotations = twin.visibleAnnotations;
    return framed;
  }

  /** {@code C m$tangent(args)}: the twin's tangent, its {@code double[]} made into the result's shadow. */
  private MethodNode tangentWrapper(Plan p, MethodNode twin) {
    Type[] args = Type.getArgumentTypes(twin.desc);
    String desc = Type.getMethodDescriptor(Type.getObjectType(p.resultClass()), args);
    MethodNode w = new MethodNode(Opcodes.ASM9, access.get(p.twinName()), p.name() + "$tangent", desc, null, null);
    receiverCheck(w, p);
    int next = loadAll(w, twin, args, -1, -1);
    call(w, twin);
    int t = next;
    w.visitVarInsn(Opcodes.ASTORE, t);
    Label made = new Label();
    w.visitVarInsn(Opcodes.ALOAD, t);
    w.visitJumpInsn(Opcodes.IFNONNULL, made);
    if (p.nullable()) { // where m returns null (no crossing, no solution), so does its tangent
      w.visitInsn(Opcodes.ACONST_NULL);
      w.visitInsn(Opcodes.ARETURN);
    } else {
      w.visitLdcInsn(p.arity()); // a passive result: a zero shadow
      w.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_DOUBLE);
      w.visitVarInsn(Opcodes.ASTORE, t);
    }
    w.visitLabel(made);
    w.visitFrame(Opcodes.F_APPEND, 1, new Object[] {"[D"}, 0, null);
    construct(w, p, t);
    w.maxLocals = t + 1;
    w.maxStack = Math.max(next + 2 * p.arity() + 4, 6);
    return w;
  }

  /** {@code C m$adjoint(..., C seed, ...)}: the seed's fields per constructor parameter, the primal result rebuilt. */
  private MethodNode adjointWrapper(Plan p, MethodNode twin) {
    Type[] args = Type.getArgumentTypes(twin.desc).clone();
    int seed = seedIndex(p, args.length);
    args[seed] = Type.getObjectType(p.resultClass());
    String desc = Type.getMethodDescriptor(Type.getObjectType(p.resultClass()), args);
    MethodNode w = new MethodNode(Opcodes.ASM9, access.get(p.twinName()), p.name() + "$adjoint", desc, null, null);
    int params = slots(twin, args);
    receiverCheck(w, p);
    seedArray(w, p, slotOf(twin, args, seed), params); // into local params, before anything is on the stack
    loadAll(w, twin, args, seed, params);
    call(w, twin);
    w.visitVarInsn(Opcodes.ASTORE, params + 1);
    if (p.nullable()) { // where m returns null, so does its adjoint (having added nothing: the seed is read as zeros)
      Label some = new Label();
      w.visitVarInsn(Opcodes.ALOAD, params + 1);
      w.visitJumpInsn(Opcodes.IFNONNULL, some);
      w.visitInsn(Opcodes.ACONST_NULL);
      w.visitInsn(Opcodes.ARETURN);
      w.visitLabel(some);
      w.visitFrame(Opcodes.F_APPEND, 1, new Object[] {"[D"}, 0, null);
    }
    construct(w, p, params + 1);
    w.maxLocals = params + 2;
    w.maxStack = Math.max(params + 2 * p.arity() + 4, 6);
    return w;
  }

  /**
   * For an {@code m} a subclass may override: the receiver must be of the class itself, else the wrapper throws naming
   * its class. The twin and its companions are private (no {@code OverrideGuards} check, no companion at first
   * dispatch for an override), and an override the agent never transformed inherits the wrappers, which would give the
   * base's derivative for the override's code; one comparison on the receiver's class.
   */
  private void receiverCheck(MethodNode w, Plan p) {
    if (!overridable.contains(p.twinName())) return;
    Label own = new Label();
    w.visitVarInsn(Opcodes.ALOAD, 0);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
    w.visitLdcInsn(Type.getObjectType(owner));
    w.visitJumpInsn(Opcodes.IF_ACMPEQ, own);
    String method = JavaSignature.className(owner) + "." + JavaSignature.member(p.name(), p.desc());
    w.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
    w.visitInsn(Opcodes.DUP);
    w.visitLdcInsn("leibniz: "); // how a companion's own refusal begins (emit.CompanionRefusals)
    w.visitVarInsn(Opcodes.ALOAD, 0);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
    w.visitLdcInsn(": the companions of " + method + ", which returns a new " + JavaSignature.className(owner)
        + " (README, \"Objects\": object results built new), serve receivers of class " + JavaSignature.className(owner)
        + " only, and this subclass may override " + p.name() + (p.bindsSelfCalls() ? " or a method it calls on this" : "")
        + ": make " + method + (p.bindsSelfCalls() ? " and the methods it calls on this" : "") + " final, or differentiate the"
        + " subclass's own method");
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
    w.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
    w.visitInsn(Opcodes.ATHROW);
    w.visitLabel(own);
    w.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
  }

  private static int slots(MethodNode twin, Type[] args) {
    return slotOf(twin, args, args.length);
  }

  /** The local slot of argument {@code k}. */
  private static int slotOf(MethodNode twin, Type[] args, int k) {
    int slot = (twin.access & Opcodes.ACC_STATIC) == 0 ? 1 : 0;
    for (int i = 0; i < k; i++) slot += args[i].getSize();
    return slot;
  }

  /**
   * The twin adjoint's seed (the {@code double[]} for its result): after the parameters and their
   * adjoints, before the trailing {@code double[]} of scalar adjoints when {@code m} has a scalar parameter.
   */
  private static int seedIndex(Plan p, int count) {
    boolean scalar = false;
    for (Type t : Type.getArgumentTypes(p.desc())) scalar |= t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
    return scalar ? count - 2 : count - 1;
  }

  /** Loads the receiver and the arguments; at {@code seed}, the local {@code seedArray} instead. */
  private static int loadAll(MethodNode w, MethodNode twin, Type[] args, int seed, int seedArray) {
    int slot = 0;
    if ((twin.access & Opcodes.ACC_STATIC) == 0) w.visitVarInsn(Opcodes.ALOAD, slot++);
    for (int k = 0; k < args.length; k++) {
      w.visitVarInsn(k == seed ? Opcodes.ALOAD : args[k].getOpcode(Opcodes.ILOAD), k == seed ? seedArray : slot);
      slot += args[k].getSize();
    }
    return slot;
  }

  /**
   * Local {@code into} := {@code new double[]{seed.f + seed.g, ...}} per constructor parameter (the fields it is
   * stored into; a field the host may not read through its plain getter), zeros for a null seed (at slot {@code seed}).
   */
  private static void seedArray(MethodNode w, Plan p, int seed, int into) {
    if (p.exactSeed()) exactSeed(w, p, seed);
    w.visitLdcInsn(p.arity());
    w.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_DOUBLE);
    w.visitVarInsn(Opcodes.ASTORE, into);
    Label none = new Label();
    w.visitVarInsn(Opcodes.ALOAD, seed);
    w.visitJumpInsn(Opcodes.IFNULL, none);
    for (int k = 0; k < p.arity(); k++) {
      List<String> fields = p.fieldsOf().get(k);
      if (fields.isEmpty()) continue;
      w.visitVarInsn(Opcodes.ALOAD, into);
      w.visitLdcInsn(k);
      Type param = Type.getArgumentTypes(p.constructorDesc())[k]; // a field holds its parameter's type
      for (int f = 0; f < fields.size(); f++) {
        w.visitVarInsn(Opcodes.ALOAD, seed);
        String getter = p.getters().get(fields.get(f)); // a field the host may not read: its plain getter
        if (getter != null) {
          w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, p.resultClass(), getter, "()" + param.getDescriptor(), false);
        } else {
          w.visitFieldInsn(Opcodes.GETFIELD, p.resultClass(), fields.get(f), param.getDescriptor());
        }
        if (param.getSort() == Type.FLOAT) w.visitInsn(Opcodes.F2D); // a float seed read back widened
        if (f > 0) w.visitInsn(Opcodes.DADD);
      }
      w.visitInsn(Opcodes.DASTORE);
    }
    w.visitLabel(none);
    w.visitFrame(Opcodes.F_APPEND, 1, new Object[] {"[D"}, 0, null);
  }

  /**
   * A seed read through getters a subclass may override (Hipparchus' {@code Vector3D.getX()}) must be of the result
   * class itself: another class's override could return anything, so the wrapper throws naming it.
   */
  private static void exactSeed(MethodNode w, Plan p, int seed) {
    Label exact = new Label();
    w.visitVarInsn(Opcodes.ALOAD, seed);
    w.visitJumpInsn(Opcodes.IFNULL, exact);
    w.visitVarInsn(Opcodes.ALOAD, seed);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
    w.visitLdcInsn(Type.getObjectType(p.resultClass()));
    w.visitJumpInsn(Opcodes.IF_ACMPEQ, exact);
    String result = JavaSignature.className(p.resultClass());
    w.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalArgumentException");
    w.visitInsn(Opcodes.DUP);
    w.visitLdcInsn("leibniz: the seed of the " + result + " returned by " + p.name() + " is read through getters a subclass may"
        + " override, so it must be a " + result + " itself, not a ");
    w.visitVarInsn(Opcodes.ALOAD, seed);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
    w.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false);
    w.visitInsn(Opcodes.ATHROW);
    w.visitLabel(exact);
    w.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
  }

  private void call(MethodNode w, MethodNode twin) {
    boolean isStatic = (twin.access & Opcodes.ACC_STATIC) != 0;
    int op = isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL; // private once finished (ofTwin)
    w.visitMethodInsn(op, owner, twin.name, twin.desc, false);
  }

  /**
   * {@code return new C(a[0], ..., a[n-1]);} for the array in local {@code a}, a float parameter's entry narrowed
   * ({@code (float) a[k]}: the primal's was a float widened, so exact; a tangent is narrowed as a float result's is).
   */
  private void construct(MethodNode w, Plan p, int a) {
    Type[] types = Type.getArgumentTypes(p.constructorDesc());
    if (!p.linked()) {
      w.visitTypeInsn(Opcodes.NEW, p.resultClass());
      w.visitInsn(Opcodes.DUP);
    }
    for (int k = 0; k < p.arity(); k++) {
      w.visitVarInsn(Opcodes.ALOAD, a);
      w.visitLdcInsn(k);
      w.visitInsn(Opcodes.DALOAD);
      if (types[k].getSort() == Type.FLOAT) w.visitInsn(Opcodes.D2F);
      if (NewResults.counted(types[k])) w.visitInsn(Opcodes.D2I); // a passive int or flag: exact (its tangent is 0)
    }
    if (dev.leibniz.core.objects.MadeLayouts.made(p.constructorDesc())) w.visitInsn(Opcodes.ACONST_NULL); // its unused Void
    if (p.linked()) { // a constructor private to the result class: through the host's leibniz$access (findConstructor)
      w.instructions.add(Relocation.link(owner, false, Opcodes.NEW, p.resultClass(), "new", p.constructorDesc(),
          Type.getMethodDescriptor(Type.getObjectType(p.resultClass()), types)));
    } else {
      w.visitMethodInsn(Opcodes.INVOKESPECIAL, p.resultClass(), "<init>", p.constructorDesc(), false);
    }
    w.visitInsn(Opcodes.ARETURN);
  }
}

package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import dev.leibniz.core.outline.HeldObjects;
import dev.leibniz.core.outline.Outliner;

/**
 * Differentiates the {@code @Differentiable} methods of one class file: the core's single entry
 * point, free of any agent or class-loading concern. Stateless and thread-safe.
 *
 * <p>Marked methods get public companions; un-annotated static methods of the same class that
 * they call get private ones. A method (or one mode of it) that cannot be differentiated gets a
 * {@link Diagnostic}, and so does, transitively, every caller that needs its companion; the rest
 * of the class is still differentiated. Original members are copied byte for byte.
 */
public final class ClassDifferentiator {
  /** HotSpot does not JIT-compile methods with more bytecode than this (DontCompileHugeMethods). */
  public static final int HUGE_METHOD_LIMIT = 8000;

  private final ClassFinder finder;
  /** Classes being differentiated further up this thread's stack (for calls between marked classes). */
  private final Set<String> outer;
  private final GraphObserver observer;
  /**
   * Other marked classes' differentiations within one call of {@link #differentiate}, shared by its
   * libraries and nested differentiations; null on a differentiator as made (each call makes its own).
   */
  private final MarkedClassResults markedClasses;
  private boolean checkpointing = true;
  private boolean eagerVariants;
  /**
   * Set during one call when second order or vector tangents named a first-order variant that was
   * not built on demand (they call through the first order's callees): the call is then redone
   * with every variant built, as before.
   */
  private boolean variantsFellShort;
  /** The last try of a class some companion of which no cut brought under the compile limit ({@link #oversizedIfNeeded}). */
  private boolean oversize;
  /** What the outlining searches of this call found at each try, shared with its oversized retry; null before the call. */
  private OutlineTries tries;
  /** Whether {@link #outlined} answers a try it made before from {@link #tries} (false: as before, what a test compares with). */
  private boolean reusingTries = true;
  /** Adds up the tries answered so (a test's count), when not null. */
  int[] triesReused;
  /** Adds up the whole attempts at a try taken from {@link #tries} instead of made again (a test's count), when not null. */
  int[] attemptsReused;

  public ClassDifferentiator(ClassFinder finder) {
    this(finder, Set.of(), GraphObserver.NONE);
  }

  /** Also shows {@code observer} every derivative graph it builds (for {@code dump}). */
  public ClassDifferentiator(ClassFinder finder, GraphObserver observer) {
    this(finder, Set.of(), observer);
  }

  /** Differentiates a class called from {@code outer}'s, within their transformation ({@link ClassLibrary#mayHaveCompanion}). */
  ClassDifferentiator(ClassFinder finder, Set<String> outer, MarkedClassResults markedClasses) {
    this(finder, outer, GraphObserver.NONE, markedClasses);
  }

  private ClassDifferentiator(ClassFinder finder, Set<String> outer, GraphObserver observer) {
    this(finder, outer, observer, null);
  }

  private ClassDifferentiator(ClassFinder finder, Set<String> outer, GraphObserver observer, MarkedClassResults markedClasses) {
    this.finder = finder;
    this.outer = outer;
    this.observer = observer;
    this.markedClasses = markedClasses;
  }

  /**
   * This differentiator with no loop checkpointed (every loop taped whole): what {@code
   * TransformTime} compares a class's size and transformation time with. Not an agent option.
   */
  public ClassDifferentiator withoutCheckpointing() {
    checkpointing = false;
    return this;
  }

  /**
   * This differentiator building every variant of every method (split, distinct-arguments, pair)
   * and dropping those nothing calls at assembly, as before variants were built on demand: what
   * {@code OnDemandVariantsTest} and {@code TransformTime} compare with. Not an agent option.
   */
  public ClassDifferentiator withEagerVariants() {
    eagerVariants = true;
    return this;
  }

  /** True when the class file declares a method annotated {@code @Differentiable}. */
  public static boolean marksAny(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      if (isMarked(m)) return true;
    }
    return false;
  }

  static boolean isMarked(MethodNode m) {
    return SourceClass.isMarked(m);
  }

  /**
   * Lifts, differentiates and emits; never throws for bad input (see {@link Result#diagnostics}).
   * The plans ({@code verbose}) also say which classes nobody annotated got shadows, and why.
   */
  public Result differentiate(byte[] classFile) {
    if (markedClasses == null) return copy(new MarkedClassResults()).differentiate(classFile); // this call's own
    ClassLibrary forResults = library(outer);
    NewResultCompanions newResults = NewResultCompanions.of(classFile, forResults::classNode, forResults.hierarchy(),
        shadowedClasses(classFile, forResults));
    if (newResults != null) return newResults.finish(differentiateVariants(newResults.input()));
    return NewResultCompanions.builtBefore(classFile, differentiateVariants(classFile));
  }

  /** Variants on demand; the whole class again with every variant when second order or vector tangents named one not built. */
  private Result differentiateVariants(byte[] classFile) {
    if (eagerVariants) return differentiateOnce(classFile);
    ClassDifferentiator run = copy(); // per call: whether second order or vector tangents named a variant not built
    Result r = run.differentiateOnce(classFile);
    if (!run.variantsFellShort) return r;
    ClassDifferentiator eager = copy();
    eager.eagerVariants = true;
    return eager.differentiateOnce(classFile);
  }

  /** This differentiator's settings, for one call of {@link #differentiate}. */
  private ClassDifferentiator copy() {
    return copy(markedClasses);
  }

  /** As above, sharing {@code results} with this call's other libraries. */
  private ClassDifferentiator copy(MarkedClassResults results) {
    ClassDifferentiator c = new ClassDifferentiator(finder, outer, observer, results);
    c.checkpointing = checkpointing;
    c.eagerVariants = eagerVariants;
    c.oversize = oversize;
    c.probing = probing;
    c.probeChecks = probeChecks;
    c.tries = tries;
    c.reusingTries = reusingTries;
    c.triesReused = triesReused;
    c.attemptsReused = attemptsReused;
    return c;
  }

  private Result differentiateOnce(byte[] classFile) {
    tries = reusingTries ? new OutlineTries() : null; // this is a per-call differentiator (differentiateVariants)
    Result r = oversizedIfNeeded(differentiateClass(classFile), classFile);
    if (triesReused != null && tries != null) triesReused[0] += tries.reused;
    if (attemptsReused != null && tries != null) attemptsReused[0] += tries.attemptsReused;
    if (r.transformed() == null) return r;
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, ClassReader.SKIP_FRAMES);
    Set<String> inProgress = new java.util.HashSet<>(outer);
    inProgress.add(cn.name);
    List<String> lines = dev.leibniz.core.objects.ShadowClasses.lines(unannotatedShadowClasses(cn, library(inProgress)));
    if (lines.isEmpty()) return r;
    List<String> plans = new ArrayList<>(lines);
    plans.addAll(r.plans());
    return r.withPlans(plans);
  }

  /**
   * {@code r}, or, when a method was refused because a companion stays over HotSpot's compile limit
   * after every cut the outliner could make, the class again with such companions emitted whole (under
   * the JVM's 64 KB) and warned ({@link ModeUnit#oversizeAllowed}): a derivative the interpreter runs
   * slowly beats none. Whichever has fewer refusals stands. The other companions are made as in
   * {@code r}: the oversized ones still count as too large, so outlining is tried as before.
   */
  private Result oversizedIfNeeded(Result r, byte[] classFile) {
    if (oversize || !refusedForSize(r)) return r;
    ClassDifferentiator again = copy();
    again.oversize = true;
    Result whole;
    try {
      whole = again.differentiateClass(classFile);
    } catch (RuntimeException e) { // ASM's limits on a method that large (frames): the refusal stands
      return r;
    }
    if (refusals(whole) >= refusals(r)) return r;
    variantsFellShort |= again.variantsFellShort;
    return whole;
  }

  private static boolean refusedForSize(Result r) {
    return r.diagnostics().stream().anyMatch(d -> !d.warning() && d.reason() != null && d.reason().contains(ModeUnit.SIZE_LIMIT));
  }

  private static long refusals(Result r) {
    return r.diagnostics().stream().filter(d -> !d.warning()).count();
  }

  /**
   * Whether {@code a} is the better of two differentiations of one class: fewer refusals, or as many and fewer
   * diagnostics. Refusals first: warnings are counted per place and marked method, so a variant with more methods
   * (local copies, checkpoint segments) repeats the same warnings and must not lose for that.
   */
  private static boolean fewerProblems(Result a, Result b) {
    long ra = refusals(a), rb = refusals(b);
    return ra != rb ? ra < rb : a.diagnostics().size() < b.diagnostics().size();
  }

  private Result differentiateClass(byte[] classFile) {
    ClassNode cn = new ClassNode();
    try {
      new ClassReader(classFile).accept(cn, 0);
    } catch (RuntimeException e) {
      return new Result(null, null, List.of(), List.of(new Diagnostic("?", "?", -1, "", "both", "the class file cannot be read: " + e)));
    }
    Set<String> inProgress = new java.util.HashSet<>(outer);
    inProgress.add(cn.name);
    ClassLibrary library = library(inProgress).transforming(cn.name);
    InheritedCalls.retarget(cn, library);
    SourceClass source = new SourceClass(cn);
    source.objectCode = new LibraryObjectCode(cn, library);
    source.markOverrides(library);
    dev.leibniz.core.ir.Shadows shadows = shadows(cn, library);
    source.shadows = shadows;
    if (source.marked.isEmpty()) {
      return new Result(null, null, List.of(), List.of());
    }
    if (hasCompanions(cn)) {
      // transformed before (at build time): left as it is; reported where a companion is missing
      return new Result(null, null, List.of(), Refusals.alreadyDeclared(source, shadows));
    }
    if (source.isInterface && (cn.version & 0xFFFF) < Opcodes.V9) {
      return java8Interface(source);
    }
    Checkpoints checkpoints = checkpointing ? Checkpoints.of(cn, source.closure()) : null;
    if (checkpoints == null) return sized(classFile, cn, source, library, List.of());
    SourceClass rewritten = new SourceClass(checkpoints.cn());
    rewritten.objectCode = new LibraryObjectCode(checkpoints.cn(), library);
    rewritten.markOverrides(library);
    rewritten.beforeCheckpointing = source; // loop helpers are inlined into loops as written
    rewritten.checkpointed = checkpoints.rewritten();
    Result r;
    try {
      // the tangent tapes nothing: it is made from the class as it is (segments only serve the adjoint)
      r = sized(classFile, checkpoints.cn(), rewritten, library, checkpoints.segments(), source);
      List<String> plans = new ArrayList<>(checkpoints.plans());
      plans.addAll(r.plans()); // the adjoints' notes (ModeUnit.notes)
      r = r.withPlans(plans);
    } catch (RuntimeException e) {
      if (Boolean.getBoolean("leibniz.debugOutline")) e.printStackTrace();
      return sized(classFile, cn, source, library, List.of()); // never worse for the checkpointed form
    }
    if (Boolean.getBoolean("leibniz.debugOutline") && !r.diagnostics().isEmpty()) System.err.println("checkpointed form: " + r.diagnostics());
    if (!namesCheckpointed(r.diagnostics(), checkpoints)) return r; // the class as it is would fail the same way
    // whatever the checkpointed form cannot do (a segment refused), the class as it is may still do
    Result plain = sized(classFile, cn, source, library, List.of());
    return fewerProblems(plain, r) ? plain : r;
  }

  /** True when a diagnostic names a method checkpointing rewrote or one of its segments (or no method), or its reason names a segment. */
  private static boolean namesCheckpointed(List<Diagnostic> diagnostics, Checkpoints checkpoints) {
    for (Diagnostic d : diagnostics) {
      if (d.method() == null || dev.leibniz.core.outline.Checkpointer.isSegment(d.method()) || checkpoints.rewritten().contains(d.method())
          || (d.reason() != null && dev.leibniz.core.outline.Checkpointer.isSegment(d.reason()))) { // a caller's, through a segment
        return true;
      }
      for (String key : checkpoints.rewritten()) { // a caller's, through a callee rewritten
        if (d.reason() != null && d.reason().contains("." + key.substring(0, key.indexOf('(')) + "(")) return true;
      }
    }
    return false;
  }

  /** Differentiates {@code cn} (with {@code extra} methods its code calls), outlining what is too large. */
  private Result sized(byte[] classFile, ClassNode cn, SourceClass source, ClassLibrary library, List<MethodNode> extra) {
    return sized(classFile, cn, source, library, extra, null);
  }

  /** As above, the tangent companions made from {@code tangentFrom} (the class before checkpointing) unless null. */
  private Result sized(byte[] classFile, ClassNode cn, SourceClass source, ClassLibrary library, List<MethodNode> extra,
      SourceClass tangentFrom) {
    // A method over the compile limit has companions over it too (they compute its values as well):
    // it is outlined without first differentiating it whole.
    Set<String> huge = new java.util.LinkedHashSet<>();
    for (String key : source.closure()) {
      if (!SourceClass.isHosted(key) && !source.isAbstract(key) && codeSize(source.methods.get(key)) > HUGE_METHOD_LIMIT) huge.add(key);
    }
    if (!huge.isEmpty()) {
      Result r = outlined(classFile, cn, library, huge, extra);
      if (r != null) return r;
    }
    Attempt whole = attempt(classFile, cn, source, library, extra, tangentFrom);
    Set<String> untried = new java.util.LinkedHashSet<>(whole.tooLarge);
    untried.removeAll(huge);
    Result r = untried.isEmpty() ? null : outlined(classFile, cn, library, whole.tooLarge, extra);
    return withHeldObjects(withLocalCopies(r != null ? r : whole.result, whole, classFile, cn, library, extra), cn);
  }

  /** The advice of the size refusals of {@code cn}'s methods replaced by what keeps them uncut, where that is a reference ({@link HeldObjects}). */
  private static Result withHeldObjects(Result r, ClassNode cn) {
    String advice = "; split the method into smaller helper methods";
    String warned = advice + " to make it fast"; // the warning of a companion kept whole over the limit (ModeUnit)
    List<Diagnostic> out = new ArrayList<>();
    boolean changed = false;
    for (Diagnostic d : r.diagnostics()) {
      String tail = d.reason() == null ? null
          : !d.warning() && d.reason().endsWith(ModeUnit.SIZE_LIMIT + advice) ? advice
          : d.warning() && d.reason().contains(ModeUnit.SIZE_LIMIT) && d.reason().endsWith(warned) ? warned : null;
      MethodNode m = tail == null ? null : find(cn, d.method());
      String held = m == null ? null : HeldObjects.of(cn.name, m);
      if (held == null) {
        out.add(d);
        continue;
      }
      if (d.warning()) held = held.substring(held.indexOf(": ") + 2); // the warning has said "no cut splits it"
      String reason = d.reason().substring(0, d.reason().length() - tail.length()) + "; " + held;
      out.add(new Diagnostic(d.className(), d.method(), d.line(), d.instruction(), d.mode(), reason, d.warning(), d.sourceFile()));
      changed = true;
    }
    return changed ? new Result(r.transformed(), r.companions(), r.generated(), out, r.plans()) : r;
  }

  /**
   * When a hosted callee's companion was too large, differentiates again with it (and its hosted
   * callers) copied into the class, where outlining splits it ({@link LocalCopies}); the result
   * with fewer diagnostics stands. Copies are made once: not again from a class holding copies.
   */
  private Result withLocalCopies(Result r, Attempt whole, byte[] classFile, ClassNode cn, ClassLibrary library,
      List<MethodNode> extra) {
    if (whole.hostedTooLarge.isEmpty() || r.diagnostics().isEmpty()) return r;
    for (MethodNode m : extra) {
      if (LocalCopies.isLocal(m.name)) return r;
    }
    LocalCopies.Copied copied = LocalCopies.of(cn, whole.hostedTooLarge, whole.hosted, library);
    if (copied == null) return r;
    try {
      SourceClass source = new SourceClass(copied.cn());
      source.objectCode = new LibraryObjectCode(copied.cn(), library);
      source.shadows = shadows(copied.cn(), library);
      source.markOverrides(library);
      List<MethodNode> more = new ArrayList<>(extra);
      more.addAll(copied.copies());
      Result local = sized(classFile, copied.cn(), source, library, more, null);
      if (!fewerProblems(local, r)) return r;
      // a marked method failing both ways keeps the diagnostic that names the other class's code, not a copy
      java.util.Map<String, Diagnostic> before = new java.util.HashMap<>();
      for (Diagnostic d : r.diagnostics()) before.putIfAbsent(d.className() + "." + d.method() + " " + d.mode(), d);
      List<Diagnostic> kept = new ArrayList<>();
      for (Diagnostic d : local.diagnostics()) kept.add(before.getOrDefault(d.className() + "." + d.method() + " " + d.mode(), d));
      return new Result(local.transformed(), local.companions(), local.generated(), kept);
    } catch (RuntimeException e) {
      if (Boolean.getBoolean("leibniz.debugOutline")) e.printStackTrace();
      return r; // never worse than without the copies
    }
  }

  /** Which classes carry shadows, and the root class each one's shadow is typed as (an override's is its base's). */
  static dev.leibniz.core.ir.Shadows shadows(ClassNode cn, ClassLibrary library) {
    Set<String> written = unannotatedShadowClasses(cn, library).keySet();
    return new dev.leibniz.core.ir.Shadows(
        name -> name.equals(cn.name)
            ? SourceClass.isMarked(cn) || written.contains(name) || (cn.superName != null && library.isShadowClass(cn.superName, written))
            : library.isShadowClass(name, written),
        name -> {
          if (!name.equals(cn.name)) return library.shadowRoot(name, written);
          String above = cn.superName == null ? null : library.shadowRoot(cn.superName, written);
          return above != null && library.isShadowClass(above, written) ? above : name;
        },
        name -> layout(name.equals(cn.name) ? cn : library.classNode(name), library),
        SlotTypes.of(cn, written, library));
  }

  /**
   * Whether a class has shadows when {@code classFile} is transformed (annotated, or given them by its marked methods'
   * code: {@link dev.leibniz.core.objects.ShadowClasses}), the class file scanned at the first question only.
   */
  private static java.util.function.Predicate<String> shadowedClasses(byte[] classFile, ClassLibrary library) {
    java.util.List<java.util.Map<String, String>> scanned = new ArrayList<>(1);
    return c -> {
      if (library.isShadowClass(c)) return true;
      if (scanned.isEmpty()) {
        ClassNode cn = new ClassNode();
        new org.objectweb.asm.ClassReader(classFile).accept(cn, 0);
        scanned.add(dev.leibniz.core.objects.ShadowClasses.of(cn, SourceClass::isMarked, library::classNode));
      }
      return scanned.get(0).containsKey(c);
    };
  }

  /**
   * The classes nobody annotated that get shadows because code reachable from {@code cn}'s marked
   * methods writes their fields ({@link dev.leibniz.core.objects.ShadowClasses}), with why.
   */
  static java.util.Map<String, String> unannotatedShadowClasses(ClassNode cn, ClassLibrary library) {
    return library.unannotatedShadows(cn.name, () -> scanShadowClasses(cn, library));
  }

  private static java.util.Map<String, String> scanShadowClasses(ClassNode cn, ClassLibrary library) {
    java.util.Map<String, String> all = dev.leibniz.core.objects.ShadowClasses.of(cn, SourceClass::isMarked, library::classNode);
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    all.forEach((c, why) -> {
      if (!library.isShadowClass(c) && !(c.equals(cn.name) && SourceClass.isMarked(cn))) out.put(c, why);
    });
    return out;
  }

  /** {@code c}'s access and instance fields, its superclasses' after its own; null when a class of the chain is unknown. */
  private static dev.leibniz.core.ir.Shadows.Layout layout(ClassNode c, ClassLibrary library) {
    if (c == null) return null;
    List<dev.leibniz.core.ir.Shadows.Field> fields = new ArrayList<>();
    int depth = 0;
    for (ClassNode k = c; !"java/lang/Object".equals(k.name); k = library.classNode(k.superName)) {
      for (org.objectweb.asm.tree.FieldNode f : k.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0) fields.add(new dev.leibniz.core.ir.Shadows.Field(k.name, f.name, f.desc, f.access));
      }
      if (k.superName == null || "java/lang/Object".equals(k.superName)) break;
      if (library.classNode(k.superName) == null || ++depth > 64) return null;
    }
    return new dev.leibniz.core.ir.Shadows.Layout(c.access, List.copyOf(fields));
  }

  /**
   * The modes' warnings at places in code, once per place and marked method: a special case in a helper that several
   * marked methods reach warns each of them (issue 13: naming only the first left the others' wrong derivative at the
   * point with no warning of their own); an unmarked helper is named only at a place that no marked method's warning names.
   */
  private static List<Diagnostic> placeWarnings(SourceClass source, List<ModeUnit> modes) {
    Set<String> markedPlaces = new java.util.HashSet<>(), places = new java.util.HashSet<>();
    for (ModeUnit mode : modes) {
      for (Diagnostic w : mode.warnings()) {
        if (source.marked.contains(w.method())) markedPlaces.add(w.className() + ":" + w.line() + ":" + w.instruction());
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (ModeUnit mode : modes) {
      for (Diagnostic w : mode.warnings()) {
        String place = w.className() + ":" + w.line() + ":" + w.instruction();
        boolean marked = source.marked.contains(w.method());
        if (!marked && markedPlaces.contains(place)) continue;
        if (places.add(marked ? place + " " + w.method() : place)) out.add(w);
      }
    }
    return out;
  }

  /**
   * One differentiation of {@code cn} (as read, or with methods outlined): its result and the methods too large to compile;
   * {@code reachedLimit} when a build was over the compile limit at its last try (then the oversized retry's differs).
   */
  private record Attempt(Result result, Set<String> tooLarge, Set<String> hostedTooLarge, java.util.Map<String, MethodNode> hosted,
      boolean reachedLimit) {}

  private Attempt attempt(byte[] classFile, ClassNode cn, SourceClass source, ClassLibrary library, List<MethodNode> parts,
      SourceClass tangentFrom) {
    dev.leibniz.core.ir.Shadows shadows = shadows(cn, library);
    List<Diagnostic> refused = Refusals.refuseMembers(source, shadows, name -> {
      ClassNode c = library.classNode(name);
      return c != null && (c.access & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0;
    });
    WriteSummaries writes = new WriteSummaries(source, library);
    Set<String> todo = source.closure();
    source.lift(todo);
    UserRules rules = new UserRules(cn, library);
    ModeUnit secondOrderInput = secondOrderInput(source, rules, library, writes, todo, shadows);
    // The second order differentiates the adjoint, whose segment calls need the segments' tangents:
    // then the tangent comes from the checkpointed class too.
    SourceClass forTangent = tangentFrom != null && secondOrderInput == null ? tangentFrom : source;
    Set<String> tangentTodo = forTangent == source ? todo : forTangent.closure();
    if (forTangent != source) forTangent.lift(tangentTodo);
    ModeUnit tangent = mode(true, rules, forTangent, library, forTangent == source ? writes : new WriteSummaries(forTangent, library), shadows);
    tangent.generate(tangentTodo);
    ModeUnit adjoint = mode(false, rules, source, library, writes, shadows);
    adjoint.generate(todo);
    ClassAssembler assembler = new ClassAssembler(source, library.hierarchy());
    tangent.addStubs(assembler);
    adjoint.addStubs(assembler);
    SecondOrder.Output second = SecondOrder.generate(source, tangent, secondOrderInput, library, observer); // order = 2: m$adjoint$tangent
    second = second.with(SecondOrder.workspaceFreeFailures(source, secondOrderInput, adjoint));
    second = second.with(VectorTangents.generate(forTangent, tangent, library, observer)); // tangents = true: m$tangents, m$pattern
    second = second.with(VectorAdjoints.generate(source, adjoint, observer)); // adjoints = true: m$adjoints
    if (tangent.lacksVariantsNamedBy(second.methods()) || adjoint.lacksVariantsNamedBy(second.methods())) {
      variantsFellShort = true; // only ever on a per-call copy: eager calls never lack one
    }
    Result r = assembler.assemble(classFile, tangent, adjoint, second, primalParts(parts, cn, library),
        unannotatedShadowClasses(cn, library).keySet());
    if (!adjoint.notes().isEmpty()) {
      List<String> plans = new ArrayList<>(r.plans());
      plans.addAll(adjoint.notes());
      r = r.withPlans(plans);
    }
    List<Diagnostic> all = new ArrayList<>(rules.problems);
    all.addAll(refused);
    all.addAll(DispatchedWrites.of(source, library, writes));
    all.addAll(HeldPassiveNumbers.of(source, library, shadows));
    all.addAll(BoxedParameters.of(source));
    all.addAll(NarrowedParameters.of(source, shadows));
    all.addAll(r.diagnostics());
    all.addAll(placeWarnings(source, List.of(tangent, adjoint)));
    Set<String> tooLarge = tooLarge(todo, tangent, adjoint);
    boolean reachedLimit = tangent.reachedLimit() || adjoint.reachedLimit();
    Set<String> hostedTooLarge = new java.util.LinkedHashSet<>();
    java.util.Map<String, MethodNode> hosted = new java.util.LinkedHashMap<>();
    for (ModeUnit mode : List.of(tangent, adjoint)) {
      for (String key : mode.keys()) { // other classes' methods met (LocalCopies copies those too large)
        if (!SourceClass.isHosted(key)) continue;
        hosted.putIfAbsent(key, (mode == tangent ? forTangent : source).node(key));
        if (mode.failure(key) instanceof ModeUnit.TooLarge || mode.oversized(key)) hostedTooLarge.add(key);
      }
    }
    if (cn.sourceFile != null && !cn.sourceFile.endsWith(".java")) { // Kotlin, Scala...: name the real file
      all.replaceAll(d -> d.className().equals(source.className) ? d.withSourceFile(cn.sourceFile) : d);
    } else if (all.size() == r.diagnostics().size()) {
      return new Attempt(r, tooLarge, hostedTooLarge, hosted, reachedLimit);
    }
    return new Attempt(new Result(r.transformed(), r.companions(), r.generated(), all, r.plans()), tooLarge, hostedTooLarge, hosted,
        reachedLimit);
  }

  /** One mode of an attempt, with this differentiator's settings. */
  private ModeUnit mode(boolean tangentMode, UserRules rules, SourceClass source, ClassLibrary library, WriteSummaries writes,
      dev.leibniz.core.ir.Shadows shadows) {
    ModeUnit mode = new ModeUnit(tangentMode, rules, source, library, writes, shadows);
    mode.observer = observer;
    mode.onDemand = !eagerVariants;
    mode.oversizeAllowed = oversize;
    return mode;
  }

  /** The methods of {@code todo} whose companion in either mode is too large to compile (failed so, or emitted oversized). */
  private static Set<String> tooLarge(Set<String> todo, ModeUnit tangent, ModeUnit adjoint) {
    Set<String> tooLarge = new java.util.LinkedHashSet<>();
    for (ModeUnit mode : List.of(tangent, adjoint)) {
      for (String key : todo) {
        if (mode.failure(key) instanceof ModeUnit.TooLarge || mode.oversized(key)) tooLarge.add(key);
      }
    }
    return tooLarge;
  }

  /**
   * What {@link #attempt} would find too large in {@code cn}, an outlining try, from the methods
   * {@code changed} (split, cut, left whole after all budgets) and those that call one, with what they
   * call, differentiated in the class's order: every other method neither calls a changed method
   * nor is called by one that does, so its builds read the same answers as at the first try
   * (whole), where it was not too large (else it would be in {@code changed}). Null when that is every method.
   */
  private Set<String> probe(ClassNode cn, ClassLibrary library, Set<String> changed) {
    SourceClass source = outlinedSource(cn, library);
    dev.leibniz.core.ir.Shadows shadows = shadows(cn, library);
    Refusals.refuseMembers(source, shadows); // as an attempt: a refused mark is no root
    Set<String> closure = source.closure();
    Set<String> todo = OwnCalls.around(source.cn, closure, changed);
    if (todo.size() == closure.size()) return null; // every method: the whole attempt costs as much and gives the result
    source.lift(todo);
    UserRules rules = new UserRules(cn, library);
    WriteSummaries writes = new WriteSummaries(source, library);
    ModeUnit tangent = mode(true, rules, source, library, writes, shadows);
    tangent.generate(todo);
    ModeUnit adjoint = mode(false, rules, source, library, writes, shadows);
    adjoint.generate(todo);
    return tooLarge(todo, tangent, adjoint);
  }

  /** The primal methods the companions call, added to the class: copies of other classes' code moved here ({@link Relocation}). */
  private static List<MethodNode> primalParts(List<MethodNode> parts, ClassNode cn, ClassLibrary library) {
    List<MethodNode> out = new ArrayList<>();
    for (MethodNode p : parts) {
      if (!LocalCopies.isLocal(p.name)) {
        out.add(p);
        continue;
      }
      MethodNode moved = new MethodNode(Opcodes.ASM9, p.access, p.name, p.desc, p.signature,
          p.exceptions == null ? null : p.exceptions.toArray(new String[0]));
      p.accept(moved);
      try {
        new Relocation(cn.name, (cn.access & Opcodes.ACC_INTERFACE) != 0, library, new java.util.HashMap<>()).apply(moved, -1);
      } catch (NotDifferentiable e) {
        throw new IllegalStateException("a copied method cannot be moved: " + e.getMessage(), e);
      }
      out.add(moved);
    }
    return out;
  }

  /**
   * Differentiates again with each method of {@code tooLarge} split into parts ({@link Outliner}),
   * smaller parts on each try while a part's companion is still too large (each method at its own
   * budget: only the method whose part failed is cut smaller; one whose parts still fail at the
   * smallest budget is left whole, keeping its diagnostic, while the others are outlined). Null when that never
   * succeeds for every part; then the attempt without outlining stands (its size diagnostic names
   * the method, not one of its parts). A method that cannot be split keeps its diagnostic while the
   * others are outlined. The first try differentiates the whole class; the later ones only what the
   * cuts change ({@link #probe}), and the class is differentiated whole once more at the budgets chosen.
   */
  private Result outlined(byte[] classFile, ClassNode original, ClassLibrary library, Set<String> tooLarge,
      List<MethodNode> extra) {
    Result r = outlined(classFile, original, library, tooLarge, extra, probing);
    return r != PROBE_DISAGREED ? r : outlined(classFile, original, library, tooLarge, extra, false);
  }

  /** Whether {@link #outlined} searches the budgets with probes (false: a whole attempt per try, as tests compare). */
  private boolean probing = true;
  /** Also differentiates the whole class at each probe and records where the two disagree (a test's check). */
  java.util.List<String> probeChecks;

  /** A library for this call's work, with {@code inProgress} up the chain of marked classes. */
  private ClassLibrary library(Set<String> inProgress) {
    return new ClassLibrary(finder, inProgress, markedClasses);
  }

  /** This differentiator with a whole attempt per outlining budget tried, as before probes: what tests compare with. */
  ClassDifferentiator withoutProbes() {
    probing = false;
    return this;
  }

  /** This differentiator searching the outlining budgets of the oversized retry anew, as before {@link OutlineTries}: what tests compare with. */
  ClassDifferentiator withoutReusedTries() {
    reusingTries = false;
    return this;
  }

  /** {@link #outlined}'s answer when a whole attempt did not find what its probe found: searched again without probes. */
  private static final Result PROBE_DISAGREED = new Result(null, null, List.of(), List.of());

  private Result outlined(byte[] classFile, ClassNode original, ClassLibrary library, Set<String> tooLarge,
      List<MethodNode> extra, boolean probe) {
    Attempt candidate = null;
    Tried candidateTry = null;
    // each method's own budget (an index into OUTLINE_BUDGETS): one whose parts fit keeps its larger parts
    java.util.Map<String, Integer> level = new java.util.LinkedHashMap<>();
    for (String key : tooLarge) level.put(key, 0);
    boolean wholeTried = false;
    for (int round = 0; round <= OUTLINE_BUDGETS.length * (level.size() + 1); round++) {
      ClassNode cn = copy(original);
      List<MethodNode> parts = new ArrayList<>(extra);
      Set<String> uncut = new java.util.LinkedHashSet<>();
      Set<String> changed = new java.util.LinkedHashSet<>(level.keySet()); // what a probe differentiates again
      for (java.util.Map.Entry<String, Integer> e : level.entrySet()) {
        if (e.getValue() >= OUTLINE_BUDGETS.length) continue; // given up: its own diagnostic names it
        Outliner.Outlined o = split(cn, library, e.getKey(), OUTLINE_BUDGETS[e.getValue()]);
        if (o == null) {
          uncut.add(e.getKey());
          continue;
        }
        MethodNode m = find(cn, e.getKey());
        cn.methods.set(cn.methods.indexOf(m), o.driver());
        cn.methods.addAll(o.parts());
        parts.addAll(o.parts());
        for (MethodNode p : o.parts()) changed.add(p.name + p.desc);
      }
      uncut.forEach(key -> level.merge(key, 1, Integer::sum)); // a smaller budget may cut a short method
      if (parts.size() == extra.size()) {
        if (uncut.isEmpty()) break;
        continue;
      }
      Tried t = new Tried(cn, parts);
      Object tryKey = probe && tries != null ? OutlineTries.key(cn, extra) : null; // tries are reused where probes are
      Set<String> found = tryKey != null ? tries.found(tryKey, oversize) : null;
      boolean reused = found != null;
      if (found == null && probe && wholeTried) found = probe(copy(cn), library, changed);
      Attempt a = null;
      if (found != null && probeChecks != null) {
        Set<String> whole = t.attempt(this, classFile, library, extra.size()).tooLarge;
        if (!whole.equals(found)) probeChecks.add(original.name + " round " + round + ": probe " + found + ", whole " + whole);
      }
      if (found == null) {
        a = t.attempt(this, classFile, library, extra.size());
        found = a.tooLarge;
        wholeTried = true;
      }
      if (tryKey != null && !reused) tries.record(tryKey, oversize, found);
      if (found.isEmpty()) {
        if (a == null) a = t.attempt(this, classFile, library, extra.size());
        if (!a.tooLarge.isEmpty()) return PROBE_DISAGREED;
        return a.result;
      }
      boolean partFailed = false, progress = !uncut.isEmpty();
      for (String key : found) {
        if (find(original, key) != null) { // too large beside the outlined methods, or cut and still too large
          Integer at = level.putIfAbsent(key, 0);
          if (at != null && at < OUTLINE_BUDGETS.length) level.merge(key, 1, Integer::sum);
          progress |= at == null || at < OUTLINE_BUDGETS.length;
          continue;
        }
        partFailed = true; // a part: its method is split smaller next time
        String owner = partOwner(level.keySet(), key);
        if (owner != null && level.get(owner) < OUTLINE_BUDGETS.length) {
          level.merge(owner, 1, Integer::sum);
          progress = true;
        }
      }
      if (!partFailed) {
        candidate = a;
        candidateTry = a == null ? t : null;
        if (a == null) t.found = found;
      }
      if (!progress) break;
    }
    if (candidateTry != null) { // found by a probe: differentiated whole now
      candidate = candidateTry.attempt(this, classFile, library, extra.size());
      if (!candidate.tooLarge.equals(candidateTry.found)) return PROBE_DISAGREED;
    }
    return candidate == null ? null : candidate.result;
  }

  /** One try of {@link #outlined}: the class with its methods split at that try's budgets, and the parts added. */
  private static final class Tried {
    final ClassNode cn;
    final List<MethodNode> parts;
    /** What its probe found too large. */
    Set<String> found;

    Tried(ClassNode cn, List<MethodNode> parts) {
      this.cn = cn;
      this.parts = parts;
    }

    /**
     * The whole class differentiated, from a copy (it may be differentiated again): the parts cut
     * are the copy's methods, the {@code extra} methods given to {@link #outlined} are as given. An attempt made before
     * at the same try in this call ({@link OutlineTries#attempt}) is taken instead: the oversized retry keeps the first
     * run's try where no build reached the compile limit (RegularizedGamma.P's local copies, outlined).
     */
    Attempt attempt(ClassDifferentiator d, byte[] classFile, ClassLibrary library, int extra) {
      ClassNode c = copy(cn);
      List<MethodNode> ps = new ArrayList<>(parts.subList(0, extra));
      for (MethodNode p : parts.subList(extra, parts.size())) ps.add(find(c, p.name + p.desc));
      Object key = d.tries != null && d.observer == GraphObserver.NONE ? OutlineTries.attemptKey(cn, ps) : null;
      if (key != null) {
        Object kept = d.tries.attempt(key, d.oversize, () -> d.variantsFellShort = true);
        if (kept != null) return (Attempt) kept;
      }
      boolean fellShortBefore = d.variantsFellShort;
      d.variantsFellShort = false;
      Attempt a = d.attempt(classFile, c, outlinedSource(c, library), library, ps, null);
      if (key != null) d.tries.recordAttempt(key, d.oversize, a, a.reachedLimit, d.variantsFellShort);
      d.variantsFellShort |= fellShortBefore;
      return a;
    }
  }

  /** The source of a class with methods outlined: objects in a part are taken apart as in the whole. */
  private static SourceClass outlinedSource(ClassNode cn, ClassLibrary library) {
    SourceClass source = new SourceClass(cn);
    source.objectCode = new LibraryObjectCode(cn, library);
    source.shadows = shadows(cn, library);
    source.markOverrides(library);
    return source;
  }

  /** {@code key} split into parts at {@code budget} (a copy of another class's code flattened first when it has no cut), or null. */
  private static Outliner.Outlined split(ClassNode cn, ClassLibrary library, String key, int budget) {
    MethodNode m = find(cn, key);
    if (m == null) return null;
    boolean itf = (cn.access & Opcodes.ACC_INTERFACE) != 0;
    Outliner.ObjectClasses objects = objectClasses(cn, library);
    Outliner.Outlined o = Outliner.split(cn.name, itf, m, budget, objects);
    if (o == null && LocalCopies.isLocal(m.name)) { // its size from objects taken apart: cut those
      MethodNode flat = LocalCopies.flattened(cn, library, m);
      if (flat != null) o = Outliner.split(cn.name, itf, flat, budget, objects);
    }
    return o;
  }

  /** The class files the outliner reads to carry objects across a cut (the class as it is outlined, the others from the library). */
  private static Outliner.ObjectClasses objectClasses(ClassNode cn, ClassLibrary library) {
    java.util.function.Function<String, ClassNode> classes = name -> name.equals(cn.name) ? cn : library.classNode(name);
    return new Outliner.ObjectClasses(classes,
        (cls, desc) -> dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, desc, classes) != null);
  }

  /** The split method a part ({@code m$part2}, {@code m$loop0$part1}...) was cut from: the longest name it extends. */
  private static String partOwner(Set<String> split, String part) {
    String best = null;
    for (String key : split) {
      String name = key.substring(0, key.indexOf('('));
      if (part.startsWith(name + "$") && (best == null || name.length() > best.indexOf('('))) best = key;
    }
    return best;
  }

  /**
   * Bytes of primal bytecode per part, tried in turn: companions are about 3 to 4 times their primal,
   * but a short method whose calls take objects apart (a library's {@code new Duplication(x).integral()})
   * has companions many times its size, so the small budgets cut it statement by statement.
   */
  private static final int[] OUTLINE_BUDGETS = {1000, 500, 250, 120, 60, 30};

  /** A deep copy of {@code cn}, to rewrite without touching the class as read. */
  static ClassNode copy(ClassNode cn) {
    ClassNode c = new ClassNode();
    cn.accept(c);
    return c;
  }

  private static MethodNode find(ClassNode cn, String key) {
    for (MethodNode m : cn.methods) {
      if ((m.name + m.desc).equals(key)) return m;
    }
    return null;
  }

  /**
   * The adjoints second order differentiates, for a class with a method marked order 2 (else null):
   * the workspace-free form ({@link ModeUnit#workspaceFreeAdjoint}), whose tapes are ordinary arrays
   * of the method. The emitted adjoints keep their entry, body and shared tape workspace.
   */
  private static ModeUnit secondOrderInput(SourceClass source, UserRules rules, ClassLibrary library, WriteSummaries writes,
      Set<String> todo, dev.leibniz.core.ir.Shadows shadows) {
    boolean wanted = false;
    for (org.objectweb.asm.tree.MethodNode m : source.cn.methods) wanted |= SecondOrder.order(m) == 2;
    if (!wanted) return null;
    ModeUnit plain = ModeUnit.workspaceFreeAdjoint(rules, source, library, writes, shadows);
    plain.generate(todo);
    return plain;
  }

  /**
   * True when the class already declares a companion of one of its methods: it was transformed at
   * build time (or twice), and differentiating it again would declare its companions twice.
   */
  public static boolean hasCompanions(ClassNode cn) {
    Set<String> names = new java.util.HashSet<>();
    for (MethodNode m : cn.methods) {
      names.add(m.name);
    }
    for (MethodNode m : cn.methods) {
      if (names.contains(Companions.tangentName(m.name)) || names.contains(Companions.adjointName(m.name))) {
        return true;
      }
    }
    return false;
  }

  private static Result java8Interface(SourceClass source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String key : source.marked) {
      diagnostics.add(new Diagnostic(source.className, key, -1, "", "both", "methods of interfaces compiled for Java 8 or earlier are not supported (their companions need private interface methods, Java 9); move the method into a class"));
    }
    return new Result(null, null, List.of(), diagnostics);
  }

  /** The bytecode size of {@code mn}, measured by writing it (frames are not needed for that). */
  public static int codeSize(MethodNode mn) {
    LabelNode end = new LabelNode();
    MethodNode copy = new MethodNode(Opcodes.ASM9, mn.access, mn.name, mn.desc, null, null);
    mn.accept(copy);
    copy.instructions.add(end);
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Size", null, "java/lang/Object", null);
    copy.accept(cw);
    return end.getLabel().getOffset();
  }

  /**
   * Computes frames without loading classes: two reference types merge as {@code hierarchy} says.
   * Remembers the merges it had to guess (a class file not found: {@code Object}), which {@link
   * FrameCheck} then checks.
   */
  static final class FrameWriter extends ClassWriter {
    /** ASM's default bound on the bytes its frame computation allocates per method. */
    private static final int FRAME_MEMORY = 10 << 20;
    /**
     * The bound on the merge operations of one method's frame computation: ten times ASM's default (10^8, a guard
     * against hostile class files). Companions are our own code, under the JVM's 64 KB; an adjoint kept whole over the
     * compile limit ({@link ModeUnit#oversizeAllowed}) with a thousand locals and the branches of its objects' inlined
     * code needs more than the default (Sceneform's {@code Quaternion.eulerAngles}, 14,869 bytes: between 1 and 2 times
     * 10^8), and failed the whole retry with ASM's "Too many operations" instead of being emitted with its warning.
     * Still bounded, so a method past it fails as before (seconds of frame merging at most).
     */
    static final long FRAME_OPERATIONS = 1_000_000_000L;

    private final TypeHierarchy hierarchy;
    /** The classes of guessed merges whose hierarchy is not known. */
    final java.util.Set<String> unknown = new java.util.TreeSet<>();

    FrameWriter(TypeHierarchy hierarchy) {
      super(ClassWriter.COMPUTE_FRAMES);
      this.hierarchy = hierarchy;
      setComputeLimits(FRAME_MEMORY, FRAME_OPERATIONS);
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
      String common = hierarchy.commonSuperClass(a, b);
      if (common.equals("java/lang/Object") && hierarchy != TypeHierarchy.UNKNOWN) {
        if (!hierarchy.knows(a)) unknown.add(a);
        if (!hierarchy.knows(b)) unknown.add(b);
      }
      return common;
    }
  }
}

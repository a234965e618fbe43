package dev.leibniz.core;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.lift.BitIdioms;
import dev.leibniz.core.lift.Inliner;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.core.lift.ScalaRanges;
import dev.leibniz.core.objects.FieldAliasGuards;
import dev.leibniz.core.objects.ObjectsToValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The class being differentiated, read once and shared by both modes: its methods by key
 * ({@code name + desc}), the marked ones, the methods to differentiate, and their lifted graphs
 * (pristine: builders never change them). Knows nothing about modes or failures of generation.
 */
final class SourceClass {
  final ClassNode cn;
  /** The binary name, e.g. {@code com.acme.Model}. */
  final String className;
  final boolean isInterface;
  final Map<String, MethodNode> methods = new LinkedHashMap<>();
  final Set<String> marked = new LinkedHashSet<>();
  /**
   * Overridable instance methods of this (non-final) class, not marked, that the code of its
   * marked methods calls (found by {@link #closure}): they get companions like marked methods,
   * with the primal's access (so companions override exactly where the primals do) and the check
   * of {@link OverrideGuards}, but no diagnostic of their own (their callers report them).
   */
  final Set<String> dispatchedHelpers = new LinkedHashSet<>();
  /**
   * Abstract instance methods of this class or interface, not marked, that the code of its marked methods calls on
   * its objects (found by {@link #closure}; Smile's {@code AbstractInterpolation.interpolate} calling its {@code
   * rawinterp}, a default method calling the interface's own abstract method): a template method's hook. They get the companions of an abstract marked method ({@link
   * Stubs#missing}): a subclass's implementation, annotated by nobody, gets its companions at its first call, or the
   * call fails naming its class; one that overrides a marked hook of its own is marked there and has its own.
   */
  final Set<String> abstractHooks = new LinkedHashSet<>();
  /** Methods that override a marked method of a supertype: when they fail, their companions throw. */
  final Set<String> overrides = new LinkedHashSet<>();
  private final Map<String, Graph> graphs = new HashMap<>();
  private final Map<String, NotDifferentiable> liftErrors = new HashMap<>();
  private final Map<String, Graph> inlined = new HashMap<>();
  /** Methods of other classes whose companions are generated into this one, by {@link #hostedKey}. */
  private final Map<String, ClassLibrary.Declaration> hosted = new HashMap<>();

  SourceClass(ClassNode cn) {
    this.cn = cn;
    this.className = cn.name.replace('/', '.');
    this.isInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
    for (MethodNode m : cn.methods) {
      methods.put(m.name + m.desc, ScalaRanges.rewrite(cn, m)); // Scala's for over a range as a loop (the class keeps its code)
      // A bridge (javac copies the annotation onto it) only calls the method it bridges to,
      // which gets the companions.
      if (isMarked(m) && (m.access & Opcodes.ACC_BRIDGE) == 0) marked.add(m.name + m.desc);
    }
    // Not members of the class: only their companions are (the bodies of method references).
    for (MethodNode f : LambdaBodies.forwarders(cn)) methods.putIfAbsent(f.name + f.desc, f);
  }

  /**
   * Marks every method that overrides a marked method of a supertype (annotated itself or not):
   * a companion call dispatches like the primal one, so an override needs its own companions. Then takes in the
   * inherited template methods the class calls on its own objects ({@link #inheritTemplates}).
   */
  void markOverrides(ClassLibrary library) {
    for (MethodNode m : cn.methods) {
      if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_BRIDGE)) != 0 || m.name.startsWith("<")) continue;
      if (library.overridesMarked(cn, m.name, m.desc)) {
        overrides.add(m.name + m.desc);
        marked.add(m.name + m.desc);
      }
    }
    inheritTemplates(library);
  }

  /**
   * Takes in, as methods to differentiate (not members: the class keeps its code), the template methods its code calls
   * on objects of this class that it inherits from a superclass ({@link InheritedCalls#template}: LWJGL's final {@code
   * Vector.length()} called in {@code Vector3f}), each seen as a method of this class, and those their views call so.
   */
  private void inheritTemplates(ClassLibrary library) {
    List<MethodNode> work = new ArrayList<>(methods.values());
    while (!work.isEmpty()) {
      for (AbstractInsnNode n : work.remove(work.size() - 1).instructions) {
        if (!(n instanceof MethodInsnNode c) || !c.owner.equals(cn.name) || methods.containsKey(c.name + c.desc)) continue;
        ClassLibrary.Declaration view = InheritedCalls.template(cn, c, library);
        if (view != null) {
          methods.put(c.name + c.desc, view.method());
          work.add(view.method());
        }
      }
    }
  }

  /** True for an abstract method (no code: its companions are {@link Stubs#missing}). */
  boolean isAbstract(String key) {
    return !isHosted(key) && (methods.get(key).access & Opcodes.ACC_ABSTRACT) != 0;
  }

  /** True for a class annotated {@code @Differentiable}: its instances have shadows (README, "Objects"). */
  static boolean isMarked(ClassNode c) {
    for (List<AnnotationNode> list : Arrays.asList(c.visibleAnnotations, c.invisibleAnnotations)) {
      if (list != null) {
        for (AnnotationNode a : list) {
          if (a.desc.equals(Companions.ANNOTATION)) return true;
        }
      }
    }
    return false;
  }

  static boolean isMarked(MethodNode m) {
    for (List<AnnotationNode> list : Arrays.asList(m.visibleAnnotations, m.invisibleAnnotations)) {
      if (list != null) {
        for (AnnotationNode a : list) {
          if (a.desc.equals(Companions.ANNOTATION)) return true;
        }
      }
    }
    return false;
  }

  /**
   * Marked methods, the bodies of this class's lambdas that may be called through dispatch
   * ({@link #lambdaBodies}), and the same-class helper candidates they call, transitively.
   */
  Set<String> closure() {
    Set<String> set = new LinkedHashSet<>(marked);
    set.addAll(lambdaBodies());
    List<String> work = new ArrayList<>(set);
    Set<String> inlinedBodies = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      MethodNode m = methods.get(work.remove(work.size() - 1));
      if (m.instructions.size() == 0) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) {
          // A lambda called here is replaced by its body (LambdaCalls): what the body calls is called here.
          org.objectweb.asm.tree.InvokeDynamicInsnNode d = (org.objectweb.asm.tree.InvokeDynamicInsnNode) n;
          if (dev.leibniz.core.objects.LambdaCalls.isLambda(d)) {
            org.objectweb.asm.Handle h = (org.objectweb.asm.Handle) d.bsmArgs[1];
            String key = h.getName() + h.getDesc();
            boolean constructor = h.getName().startsWith("<"); // C::new: a new object, its constructor as any new's
            if (!constructor && h.getOwner().equals(cn.name) && methods.containsKey(key) && inlinedBodies.add(key)) work.add(key);
          }
        } else if (n instanceof MethodInsnNode) {
          MethodInsnNode c = (MethodInsnNode) n;
          String key = c.name + c.desc;
          if (!c.owner.equals(cn.name) || !methods.containsKey(key) || c.name.startsWith("<")) continue;
          boolean dispatched = c.getOpcode() == Opcodes.INVOKEVIRTUAL && dispatchedHelper(methods.get(key)) && !marked.contains(key);
          boolean hook = c.getOpcode() == (isInterface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL)
              && abstractHook(methods.get(key)) && !marked.contains(key);
          if ((helperCandidate(methods.get(key)) || dispatched || hook) && set.add(key)) {
            if (dispatched) dispatchedHelpers.add(key);
            if (hook) abstractHooks.add(key);
            else work.add(key);
          }
        }
      }
    }
    return set;
  }

  /** The lambda bodies of this class that get companions ({@link LambdaBodies}). */
  Set<String> lambdaBodies() {
    return LambdaBodies.of(cn, methods.keySet());
  }

  /**
   * An un-annotated method of this class that may get private companions: a static one, or an
   * instance method that no subclass can override (private, final, or in a final class), so
   * that its companion is the derivative of the method a call actually runs.
   */
  boolean helperCandidate(MethodNode m) {
    if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return false;
    if ((m.access & Opcodes.ACC_STATIC) != 0) return true;
    return (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (cn.access & Opcodes.ACC_FINAL) != 0;
  }

  /**
   * An un-annotated instance method with code that a subclass may override: not static, private or
   * final, in a class that is not final ({@link #dispatchedHelpers}). An inherited template taken in
   * ({@link #inheritTemplates}) counts annotated too: marked in the superclass, not here, it has no
   * other way to its companions (LIBLINEAR's {@code subXTv} seen from a subclass that overrides a
   * method it calls was refused as an overridable method "that is not @Differentiable").
   */
  boolean dispatchedHelper(MethodNode m) {
    return (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL
        | Opcodes.ACC_BRIDGE)) == 0 && (cn.access & (Opcodes.ACC_FINAL | Opcodes.ACC_INTERFACE)) == 0
        && (!isMarked(m) || !cn.methods.contains(m));
  }

  /**
   * An abstract instance method declared here, of a class or an interface, returning a {@code double} or {@code float}
   * ({@link #abstractHooks}). Not one returning an object: an erased type variable (la4j's {@code <T> T apply(op, that)})
   * carries no derivative itself; a call of it on a receiver with a shadow whose result is only unboxed is seen with a
   * {@code double} result instead and dispatched as another class's abstract method is ({@link BoxedResultCalls}).
   */
  private boolean abstractHook(MethodNode m) {
    return (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC | Opcodes.ACC_BRIDGE)) == Opcodes.ACC_ABSTRACT && cn.methods.contains(m)
        && dev.leibniz.core.ir.Types.isDifferentiable(org.objectweb.asm.Type.getReturnType(m.desc));
  }

  /** An abstract method whose companions are dispatch stubs: marked, or a hook marked code calls ({@link #abstractHooks}). */
  boolean abstractMarked(String key) {
    return methods.containsKey(key) && isAbstract(key) && (marked.contains(key) || abstractHooks.contains(key));
  }

  /**
   * The access of the companion a caller calls ({@code m$tangent}, the {@code m$adjoint} entry): a
   * marked method's is public; a dispatched helper's is its primal's, so that a subclass's
   * companion overrides it exactly where the subclass's method overrides the primal (a
   * package-private method is not overridden from another package); others' are private.
   */
  int contractAccess(String key) {
    if (marked.contains(key)) return Opcodes.ACC_PUBLIC;
    if (dispatchedHelpers.contains(key)) {
      return (methods.get(key).access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_SYNTHETIC;
    }
    return Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC;
  }

  /** The key of a method of another class: {@code owner.name+desc} (own methods: {@code name+desc}). */
  static String hostedKey(String owner, String name, String desc) {
    return owner + "." + name + desc;
  }

  /** The key under which a call of {@code m} finds its callee here. */
  String keyOf(dev.leibniz.core.ir.MethodRef m) {
    return m.owner().equals(cn.name) ? m.name() + m.desc() : hostedKey(m.owner(), m.name(), m.desc());
  }

  static boolean isHosted(String key) {
    return key.indexOf('.') >= 0;
  }

  /** Adds a method of another class to differentiate here; false when it was known already. */
  boolean host(String key, ClassLibrary.Declaration d) {
    return hosted.putIfAbsent(key, d) == null;
  }

  boolean knows(String key) {
    return isHosted(key) ? hosted.containsKey(key) : methods.containsKey(key);
  }

  /** The declaration of a method to differentiate (own or hosted). */
  MethodNode node(String key) {
    return isHosted(key) ? hosted.get(key).method() : methods.get(key);
  }

  /** The internal name of the class that declares {@code key}. */
  String ownerOf(String key) {
    return isHosted(key) ? hosted.get(key).owner().name : cn.name;
  }

  private boolean ownerIsInterface(String key) {
    return isHosted(key) ? (hosted.get(key).owner().access & Opcodes.ACC_INTERFACE) != 0 : isInterface;
  }

  /** Lifts every method of {@code keys}; a method that cannot be lifted keeps its reason. */
  void lift(Set<String> keys) {
    for (String key : keys) {
      try {
        if (graphs.containsKey(key) || liftErrors.containsKey(key) || isAbstract(key)) continue;
        Graph g = Lifter.lift(ownerOf(key), node(key));
        g.ownerIsInterface = ownerIsInterface(key);
        bindReceivers(g);
        graphs.put(key, g);
      } catch (NotDifferentiable e) {
        liftErrors.put(key, e);
      } catch (RuntimeException e) {
        liftErrors.put(key, new NotDifferentiable(-1, "", "internal error while lifting: " + e));
      }
    }
  }

  /** The lifted graph of a method of this class, or null when it was not lifted or failed. */
  Graph graph(String key) {
    return graphs.get(key);
  }

  Map<String, NotDifferentiable> liftErrors() {
    return liftErrors;
  }

  /** The graph of {@code key} with small same-class callees inlined (lifted afresh: graphs stay pristine). */
  Graph inlined(String key) throws NotDifferentiable {
    Graph g = inlined.get(key);
    if (g == null) {
      g = prepare(() -> {
        Graph x = Lifter.lift(ownerOf(key), node(key));
        x.ownerIsInterface = ownerIsInterface(key);
        // copies of other classes' methods stay calls, as the hosted methods they copy were (LocalCopies)
        Inliner.inline(x, m -> LocalCopies.isLocal(m.name()) ? null : graphs.get(keyOf(m)));
        bindReceivers(x); // a helper's parameter is the caller's value now
        BitIdioms.rewrite(x); // an idiom split between the method and its inlined helpers is whole now
        dev.leibniz.core.lift.Unboxing.rewrite(x); // and a box made by a helper, unboxed here
        return x;
      }, key);
      inlined.put(key, g);
    }
    return g;
  }

  /**
   * The graph of {@code key} with small loop helpers called in its loops inlined as well ({@link
   * Inliner#inlineLoopHelpers}), for the reverse mode; null when it calls none (the {@link #inlined}
   * graph is the same).
   */
  Graph inlinedLoops(String key) throws NotDifferentiable {
    if (inlinedLoops.containsKey(key)) return inlinedLoops.get(key);
    boolean[] any = new boolean[1];
    Graph g = prepare(() -> {
      Graph x = Lifter.lift(ownerOf(key), node(key));
      x.ownerIsInterface = ownerIsInterface(key);
      any[0] = Inliner.inlineLoopHelpers(x, m -> LocalCopies.isLocal(m.name()) ? null : helperBody(keyOf(m)));
      bindReceivers(x);
      BitIdioms.rewrite(x);
      dev.leibniz.core.lift.Unboxing.rewrite(x);
      if (any[0]) dev.leibniz.core.lift.LoopFusion.fuse(x); // the helpers' loops side by side now: one loop, one reversed loop
      return x;
    }, key);
    inlinedLoops.put(key, any[0] ? g : null);
    return inlinedLoops.get(key);
  }

  private final Map<String, Graph> inlinedLoops = new HashMap<>();

  /**
   * The class before checkpointing rewrote the methods in {@link #checkpointed} (set by {@link
   * ClassDifferentiator} on the rewritten class), else null.
   */
  SourceClass beforeCheckpointing;
  /** The keys of the methods checkpointing rewrote. */
  Set<String> checkpointed = Set.of();

  /**
   * The body a callee is inlined with into a loop: as written, not its checkpointed form. A loop
   * nested in another is never checkpointed on its own (the outer loop's checkpoints cover it), and
   * the checkpointed form's preambles, once per inlined loop, made GMM's inlined adjoint pass the
   * compile limit (8,910 bytes), so that it fell back to calling split helpers.
   */
  private Graph helperBody(String key) {
    if (beforeCheckpointing == null || !checkpointed.contains(key)) return graphs.get(key);
    return asWritten.computeIfAbsent(key, k -> {
      try {
        Graph g = Lifter.lift(ownerOf(k), beforeCheckpointing.node(k));
        g.ownerIsInterface = ownerIsInterface(k);
        bindReceivers(g);
        return g;
      } catch (NotDifferentiable e) {
        return graphs.get(k);
      }
    });
  }

  private final Map<String, Graph> asWritten = new HashMap<>();

  /**
   * The graph of {@code key} without same-class inlining (after the size diagnostic), prepared
   * like the inlined one (lifted afresh: graphs stay pristine), once, as the inlined one: asked by both modes, and
   * twice by a last try kept over the compile limit ({@code ModeUnit.lastTry}); prepared, JSOFA's {@code jauNut00a}
   * takes its 1365 objects apart each time.
   */
  Graph plain(String key) throws NotDifferentiable {
    Graph g = plain.get(key);
    if (g == null) {
      g = prepare(() -> {
        Graph x = Lifter.lift(ownerOf(key), node(key));
        x.ownerIsInterface = ownerIsInterface(key);
        bindReceivers(x);
        return x;
      }, key);
      plain.put(key, g);
    }
    return g;
  }

  private final Map<String, Graph> plain = new HashMap<>();

  /**
   * Calls whose receiver's class is known bound to that class's code ({@link ReceiverClasses}), before anything asks
   * about them: every graph of both modes is lifted here, and other classes' code inlined into it comes bound from
   * {@link LibraryObjectCode}.
   */
  private void bindReceivers(Graph g) {
    if (!(objectCode instanceof LibraryObjectCode code)) return;
    code.receivers.bind(g);
    code.retypeArguments(g, shadows); // objects with shadows given to parameters declared without: ArgumentView
  }

  /** Other classes' code, for scalar replacement; set by {@link ClassDifferentiator}. */
  dev.leibniz.core.objects.ObjectCode objectCode;

  /** Which classes carry shadows (their array fields are active, not passive data); set by {@link ClassDifferentiator}. */
  dev.leibniz.core.ir.Shadows shadows = dev.leibniz.core.ir.Shadows.NONE;

  /**
   * What objects mean before differentiation: created objects that do not escape become their
   * fields ({@link ObjectsToValues}); guards for arrays read from fields and for static constants copied
   * ({@link dev.leibniz.core.objects.StaticConstantGuards}).
   */
  private Graph prepare(ObjectsToValues.GraphSource lifted, String key) throws NotDifferentiable {
    MethodNode m = node(key);
    ObjectsToValues.GraphSource split = () -> { // constructions that compute, of classes with shadows: a temporary and its fields copied
      Graph x = lifted.get();
      dev.leibniz.core.objects.ValuedConstructions.splitComputed(x, objectCode, shadows);
      return x;
    };
    Graph g = objectCode != null ? ObjectsToValues.run(split, objectCode, shadows) : lifted.get();
    if (objectCode != null) dev.leibniz.core.objects.ValuedConstructions.rewrite(g, objectCode, shadows);
    if (objectCode instanceof LibraryObjectCode code) code.retypeInlinedFunctions(g, shadows);
    dev.leibniz.core.objects.ScratchFields.rewrite(g, cn, m, this::scratchUses, shadows, this::confinedScratch);
    FieldAliasGuards.insert(g, JavaSignature.method(ownerOf(key), m.name, m.desc), shadows);
    if (objectCode != null) {
      dev.leibniz.core.objects.StaticConstantGuards.insert(g, JavaSignature.method(ownerOf(key), m.name, m.desc), objectCode);
    }
    return g;
  }

  private dev.leibniz.core.objects.ScratchFields.Uses scratchUses;

  /** Which fields each method of the class reads and who calls it (for scratch fields), made once. */
  private dev.leibniz.core.objects.ScratchFields.Uses scratchUses() {
    if (scratchUses == null) scratchUses = new dev.leibniz.core.objects.ScratchFields.Uses(cn);
    return scratchUses;
  }

  private dev.leibniz.core.objects.ConfinedScratch confinedScratch;

  /** Which static objects of the class are scratch in every method reading them (proven once per field). */
  private dev.leibniz.core.objects.ConfinedScratch confinedScratch() {
    if (confinedScratch == null) confinedScratch = new dev.leibniz.core.objects.ConfinedScratch(cn, objectCode);
    return confinedScratch;
  }

  int firstLine(String key) {
    for (AbstractInsnNode n : node(key).instructions) {
      if (n instanceof LineNumberNode) return ((LineNumberNode) n).line;
    }
    return -1;
  }
}

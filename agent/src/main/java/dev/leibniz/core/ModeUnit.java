package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.BitPatterns;
import dev.leibniz.core.analysis.ComparisonOnlyResults;
import dev.leibniz.core.analysis.DerivativeCuts;
import dev.leibniz.core.analysis.WholeNumberPoison;
import dev.leibniz.core.emit.Emitter;
import dev.leibniz.core.emit.SecondOrderTapes;
import dev.leibniz.core.emit.TangentFrames;
import dev.leibniz.core.emit.Workspace;
import dev.leibniz.core.forward.TangentBuilder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.reverse.AdjointBuilder;
import dev.leibniz.core.reverse.SplitCut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * One derivative mode of one class: generates the companion of every method to differentiate,
 * owns that mode's failures (a method fails when it cannot be differentiated or when a callee it
 * needs failed: repeated until stable), and, in adjoint mode, the distinct-arguments variants.
 */
final class ModeUnit {
  /** Key suffix of the distinct-arguments adjoint variant in {@link #made}. */
  static final String VARIANT = "#distinct";
  /** Key suffix of the split adjoint ({@code m$adjoint$split}) or pair tangent ({@code m$tangent$pair}) in {@link #made}. */
  static final String SPLIT = "#split";
  /** Key suffix (after {@link #SPLIT}) of a split adjoint's reverse sweep ({@code m$adjoint$split$reverse}) in {@link #made}. */
  static final String REVERSE = "#reverse";
  /**
   * Key suffix of the adjoint's entry ({@code m$adjoint}, calling the body) in {@link #made}; in tangent mode, of the
   * entry ({@code m$tangent}, {@code m$tangent$pair}) of a tangent whose frames are the thread's ({@link TangentFrames}).
   */
  static final String ENTRY = "#entry";
  /** The entry of the tangent the last build made as a body ({@link TangentFrames}), or null. */
  private MethodNode frameEntry;

  final boolean tangentMode;
  /**
   * Adjoint mode without the tape workspace: each {@code m$adjoint} (and variant) is one method with
   * tapes of its own that calls its callees' contract adjoints. Never emitted into the class: it is
   * the input second order differentiates ({@link SecondOrder}), whose tapes are then ordinary arrays.
   */
  private final boolean workspaceFree;
  private final SourceClass source;
  private final WriteSummaries writes;
  /** What each build read and wrote of the state below: a build reading the same answers in a later round is reused. */
  private final BuildRecords records = new BuildRecords();
  private final Map<String, NotDifferentiable> failures = records.map();
  private final Set<String> variants = records.set();
  /** Methods of other classes met as callees during a round, differentiated from the next round on. */
  private final Set<String> discovered = records.set();
  /** Every method this mode differentiates: the class's own, then the hosted ones as they are met. */
  private final Set<String> todo = records.set();
  private final CalleeOracle callees;
  private final Relocation relocation;
  private final Map<String, MethodNode> made = records.map();
  /** Why a split adjoint could not be built ({@link #splitFailure}). */
  private final Map<String, NotDifferentiable> splitFailures = new HashMap<>();
  /** Why the pair tangent of a key could not be built, quoted by callers refused for calling it twice. */
  private final Map<String, NotDifferentiable> pairFailures = new HashMap<>();
  private final Map<String, Diagnostic> warnings = new LinkedHashMap<>();
  /** One line per method whose adjoint calls its loop helpers because inlining them failed ({@link #withLoopHelpers}), for {@code verbose}. */
  private final Map<String, String> notes = new LinkedHashMap<>();
  /**
   * Builds a variant only when a method built in the same round that a root reaches names it
   * ({@link #buildNamed}); false: every variant is built, as the workspace-free mode (second order
   * differentiates all of them) and the first-dispatch companions ({@link OnDemand}) need.
   */
  boolean onDemand;
  /** Sees each derivative graph before emission (for {@code dump}). */
  GraphObserver observer = GraphObserver.NONE;
  /**
   * A class's last try ({@link ClassDifferentiator}): a companion still over the compile limit
   * without inlining is emitted anyway (under the JVM's 64 KB), with a warning, instead of refused.
   */
  boolean oversizeAllowed;
  /** True while the last build of a companion runs: {@link #lower} then keeps a method over the limit. */
  private boolean acceptingOversize;
  /** The methods whose companion (or one of its sweeps) was emitted over the compile limit. */
  private final Set<String> oversized = new LinkedHashSet<>();
  /**
   * Whether a build reached the compile limit where {@link #oversizeAllowed} decides ({@link #lastTry}): when none did,
   * this mode did the same with the flag either way (what {@link OutlineTries} reuses a whole attempt on).
   */
  private boolean reachedLimit;

  /** The class's shadow types (README, "Objects"). */
  private final dev.leibniz.core.ir.Shadows shadows;

  ModeUnit(boolean tangentMode, UserRules rules, SourceClass source, ClassLibrary library, WriteSummaries writes,
      dev.leibniz.core.ir.Shadows shadows) {
    this(tangentMode, false, rules, source, library, writes, shadows);
  }

  /** The workspace-free adjoint mode second order differentiates (see {@link #workspaceFree}). */
  static ModeUnit workspaceFreeAdjoint(UserRules rules, SourceClass source, ClassLibrary library, WriteSummaries writes,
      dev.leibniz.core.ir.Shadows shadows) {
    return new ModeUnit(false, true, rules, source, library, writes, shadows);
  }

  private ModeUnit(boolean tangentMode, boolean workspaceFree, UserRules rules, SourceClass source, ClassLibrary library,
      WriteSummaries writes, dev.leibniz.core.ir.Shadows shadows) {
    this.shadows = shadows;
    this.tangentMode = tangentMode;
    this.workspaceFree = workspaceFree;
    this.source = source;
    this.writes = writes;
    Map<String, Relocation.Dispatch> dispatchPrimals = new HashMap<>();
    this.callees = new CalleeOracle(tangentMode, rules, dispatchPrimals, source, library, writes, failures, variants, todo, discovered, shadows,
        records);
    this.callees.workspaceFree = workspaceFree;
    this.callees.splitFailures = splitFailures::get;
    this.callees.pairFailures = pairFailures::get;
    this.relocation = new Relocation(source.cn.name, source.isInterface, library, dispatchPrimals);
  }

  /** The methods this mode differentiated (after {@link #generate}), own ones first. */
  Set<String> keys() {
    return todo;
  }

  String modeName() {
    return tangentMode ? "tangent" : "adjoint";
  }

  /** What this mode assumed about callees (second order differentiates the adjoint's forward sweep with it). */
  dev.leibniz.core.analysis.Callees callees() {
    return callees;
  }

  /** Why {@code key} failed in this mode, or null. */
  NotDifferentiable failure(String key) {
    return failures.get(key);
  }

  /** Whether {@code key}'s companion was emitted over the compile limit ({@link #oversizeAllowed}). */
  boolean oversized(String key) {
    return oversized.contains(key);
  }

  /** Whether {@link #oversizeAllowed} was read: a build was over the compile limit at its last try. */
  boolean reachedLimit() {
    return reachedLimit;
  }

  /** Why the split adjoint of {@code key} could not be built (the eager build: {@link #onDemand} false), or null. */
  NotDifferentiable splitFailure(String key) {
    return splitFailures.get(key);
  }

  /**
   * Builds the split adjoint of {@code key} too (adjoint mode), though no caller here asks for it: a root whose callers
   * are elsewhere ({@link OnDemand}: a strategy implementation, whose callers dispatch their split calls to it).
   */
  void splitRoot(String key) {
    if (!tangentMode && !workspaceFree) callees.splits.add(key);
  }

  /** The companion of {@code key} (or of its variant, {@code key + VARIANT}), or null. */
  MethodNode companion(String key) {
    return made.get(key);
  }

  /** Generates this mode for every method of {@code todo}, failing callers of failed callees until stable. */
  void generate(Set<String> own) {
    todo.addAll(own);
    failures.putAll(source.liftErrors());
    if (tangentMode) {
      for (String key : todo) {
        if (!failures.containsKey(key) && splitEligible(key) && Types.isScalar(Type.getReturnType(key.substring(key.indexOf('('))))) {
          callees.pairs.add(key);
        }
      }
    } else {
      for (String key : todo) {
        if (!failures.containsKey(key) && variantEligible(key)) variants.add(key);
        if (!failures.containsKey(key) && !workspaceFree && splitEligible(key)) callees.splits.add(key);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      made.clear();
      callees.stableSplits.clear(); // asked again by this round's callers
      for (String key : todo) {
        if (failures.containsKey(key) || source.isAbstract(key)) continue;
        try {
          records.run(key, () -> made.put(key, buildEither(key, false)));
        } catch (NotDifferentiable e) {
          failures.put(key, e);
          variants.remove(key);
          changed = true;
        } catch (RuntimeException e) {
          failures.put(key, new NotDifferentiable(-1, "", "internal error: " + e + " at "
              + Arrays.toString(Arrays.copyOf(e.getStackTrace(), 8))));
          variants.remove(key);
          changed = true;
        }
      }
      if (onDemand) {
        changed |= buildNamed();
        changed |= takeDiscovered();
        continue;
      }
      for (String key : new ArrayList<>(variants)) {
        try {
          records.run(key + VARIANT, () -> made.put(key + VARIANT, buildEither(key, true)));
        } catch (NotDifferentiable | RuntimeException e) {
          variants.remove(key); // callers fall back to the general adjoint
          changed = true;
        }
      }
      for (String key : new ArrayList<>(callees.pairs)) {
        if (!todo.contains(key)) continue; // a hosted callee met in this round: built from the next
        try {
          if (failures.containsKey(key)) throw new NotDifferentiable(-1, "", "failed");
          records.run(key + SPLIT, () -> made.put(key + SPLIT, buildEither(key, false, true)));
        } catch (NotDifferentiable | RuntimeException e) {
          callees.pairs.remove(key); // callers call the primal and the tangent
          if (e instanceof NotDifferentiable nd) pairFailures.putIfAbsent(key, nd);
          changed = true;
        }
      }
      for (String key : new ArrayList<>(callees.splits)) {
        if (!todo.contains(key)) continue;
        try {
          if (failures.containsKey(key)) throw new NotDifferentiable(-1, "", "failed");
          records.run(key + SPLIT, () -> putSplit(key + SPLIT, key, 0));
        } catch (NotDifferentiable | RuntimeException e) {
          callees.splits.remove(key); // callers fall back to joint reversal
          if (SourceClass.isHosted(key) || callees.requestedOwnSplits.contains(key)) callees.refusedSplits.add(key); // asked for again by callers otherwise
          splitFailures.put(key, e instanceof NotDifferentiable ? (NotDifferentiable) e
              : new NotDifferentiable(-1, "", "internal error: " + e));
          changed = true;
        }
      }
      changed |= buildStableSplits(new java.util.HashSet<>());
      changed |= takeDiscovered();
    }
    // a caller refused for a callee's shape before that callee's own failure was known: that failure is what it is told
    failures.replaceAll((key, e) -> dev.leibniz.core.analysis.CalleeOwnFailures.named(e, callees));
  }

  /**
   * The variants (distinct-arguments and split adjoints, pair tangents, stable-argument split
   * adjoints) that the methods built in this round name, built until none is new: a variant nothing
   * names is never built (before, every variant was built and those nothing called were dropped
   * at assembly, {@link CallableMembers}). Each variant is tried exactly as the eager loops try it,
   * and a stable-argument split only after its ordinary split (whose failure refuses it); a failed
   * method's pair and split are dropped without building. True when one failed (its callers fall
   * back in the next round).
   */
  private boolean buildNamed() {
    boolean failed = dropFailedVariants();
    Set<String> dispatchable = CallableMembers.dispatchable(source.cn);
    Set<String> names = new java.util.HashSet<>();
    Map<MethodNode, Set<String>> reached = new java.util.IdentityHashMap<>();
    Set<String> tried = new java.util.HashSet<>();
    Set<String> builtStable = new java.util.HashSet<>();
    boolean more = true;
    while (more) {
      more = false;
      reachedNames(reached, names, dispatchable);
      for (String key : new ArrayList<>(variants)) {
        if (!names.contains(Companions.distinctAdjointName(source.node(key).name)) || !tried.add(key + VARIANT)) continue;
        more = true;
        try {
          records.run(key + VARIANT, () -> made.put(key + VARIANT, buildEither(key, true)));
        } catch (NotDifferentiable | RuntimeException e) {
          variants.remove(key); // callers fall back to the general adjoint
          failed = true;
        }
      }
      for (String key : new ArrayList<>(callees.pairs)) {
        if (!todo.contains(key) || !names.contains(variantName(key, Companions.pairTangentName(source.node(key).name)))
            || !tried.add(key + SPLIT)) continue;
        more = true;
        try {
          records.run(key + SPLIT, () -> made.put(key + SPLIT, buildEither(key, false, true)));
        } catch (NotDifferentiable | RuntimeException e) {
          callees.pairs.remove(key); // callers call the primal and the tangent
          if (e instanceof NotDifferentiable nd) pairFailures.putIfAbsent(key, nd);
          failed = true;
        }
      }
      for (String key : new ArrayList<>(callees.splits)) {
        if (!todo.contains(key) || !(names.contains(variantName(key, Companions.splitBodyName(source.node(key).name)))
            || callees.stableSplits.containsKey(key)) || !tried.add(key + SPLIT)) continue;
        more = true;
        try {
          records.run(key + SPLIT, () -> putSplit(key + SPLIT, key, 0));
        } catch (NotDifferentiable | RuntimeException e) {
          callees.splits.remove(key); // callers fall back to joint reversal
          if (SourceClass.isHosted(key) || callees.requestedOwnSplits.contains(key)) callees.refusedSplits.add(key); // asked for again by callers otherwise
          if (e instanceof NotDifferentiable nd) splitFailures.putIfAbsent(key, nd);
          failed = true;
        }
      }
      if (more) continue; // the ordinary splits the stable ones asked for first
      int before = builtStable.size();
      failed |= buildStableSplits(builtStable, key -> !callees.splits.contains(key) || tried.contains(key + SPLIT));
      more = builtStable.size() > before;
    }
    return failed;
  }

  /**
   * Adds to {@code names} what the methods built so far that a root reaches name ({@link
   * CallableMembers}: what may be emitted); {@code reached}: the methods reached before, with their
   * names (reached they stay: this round's methods are only added to).
   */
  private void reachedNames(Map<MethodNode, Set<String>> reached, Set<String> names, Set<String> dispatchable) {
    Map<String, java.util.List<MethodNode>> byName = new HashMap<>();
    java.util.Deque<MethodNode> work = new java.util.ArrayDeque<>();
    for (MethodNode mn : made.values()) {
      byName.computeIfAbsent(mn.name, k -> new ArrayList<>()).add(mn);
      if (reached.containsKey(mn) || CallableMembers.isRoot(mn, dispatchable)) work.push(mn);
    }
    Set<MethodNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (!work.isEmpty()) {
      MethodNode mn = work.pop();
      if (!seen.add(mn)) continue;
      Set<String> own = reached.computeIfAbsent(mn, m -> {
        Set<String> n = new java.util.HashSet<>();
        CallableMembers.namesIn(m, n);
        return n;
      });
      names.addAll(own);
      for (String name : own) {
        for (MethodNode callee : byName.getOrDefault(name, java.util.List.of())) {
          if (!seen.contains(callee)) work.push(callee);
        }
      }
    }
  }

  /**
   * True when {@code methods} (made by second order or vector tangents through this mode's callees)
   * name a variant this mode would have built eagerly but did not build on demand.
   */
  boolean lacksVariantsNamedBy(java.util.List<MethodNode> methods) {
    if (!onDemand || methods.isEmpty()) return false;
    Set<String> names = new java.util.HashSet<>();
    for (MethodNode mn : methods) CallableMembers.namesIn(mn, names);
    for (String key : variants) {
      if (!made.containsKey(key + VARIANT) && names.contains(Companions.distinctAdjointName(source.node(key).name))) return true;
    }
    for (String key : tangentMode ? callees.pairs : callees.splits) {
      if (!todo.contains(key) || made.containsKey(key + SPLIT)) continue;
      String own = tangentMode ? Companions.pairTangentName(source.node(key).name) : Companions.splitBodyName(source.node(key).name);
      if (names.contains(variantName(key, own))) return true;
    }
    return false;
  }

  /** Drops the pairs and splits of methods that failed, as the eager loops do without building them. */
  private boolean dropFailedVariants() {
    boolean dropped = false;
    for (String key : new ArrayList<>(callees.pairs)) {
      if (todo.contains(key) && failures.containsKey(key)) {
        callees.pairs.remove(key);
        dropped = true;
      }
    }
    for (String key : new ArrayList<>(callees.splits)) {
      if (todo.contains(key) && failures.containsKey(key)) {
        callees.splits.remove(key);
        if (SourceClass.isHosted(key)) callees.refusedSplits.add(key);
        dropped = true;
      }
    }
    return dropped;
  }

  /** The name variant {@code own} (a name of {@code key}'s method) has in this class: hosted ones carry their owner. */
  private String variantName(String key, String own) {
    return SourceClass.isHosted(key) ? Companions.hostedName(source.ownerOf(key), own) : own;
  }

  /**
   * The stable-argument split adjoints that this round's callers asked for ({@link
   * Companions#stableSplitName}), including those asked for by the stable split adjoints built here
   * (a nested outlined part's {@code m$part1$loop0$part6$adjoint$split$distinct}, asked for only while
   * {@code m$part1$loop0$adjoint$split$distinct} is built: one pass over the requests left it
   * ungenerated and its caller unlinked); true when one failed (its callers fall back to the
   * ordinary split adjoint in the next round).
   */
  private boolean buildStableSplits(Set<String> built) {
    return buildStableSplits(built, key -> true);
  }

  /** As above, {@code built} the ones built before; a split of a key {@code ready} refuses waits for the next call. */
  private boolean buildStableSplits(Set<String> built, java.util.function.Predicate<String> ready) {
    boolean failed = false;
    boolean asked = true;
    while (asked) { // until a pass builds nothing new: the requests only grow, each is built once
      asked = false;
      for (Map.Entry<String, Set<Long>> e : new ArrayList<>(callees.stableSplits.entrySet())) {
        String key = e.getKey();
        if (!ready.test(key)) continue;
        for (long stable : new ArrayList<>(e.getValue())) {
          if (!built.add(key + "#" + stable)) continue;
          asked = true;
          try {
            if (failures.containsKey(key) || !callees.splits.contains(key)) throw new NotDifferentiable(-1, "", "no split adjoint");
            records.run(key + SPLIT + stable, () -> putSplit(key + SPLIT + stable, key, stable));
          } catch (NotDifferentiable | RuntimeException x) {
            callees.failedStableSplits.add(key + "#" + stable);
            failed = true;
          }
        }
      }
    }
    return failed;
  }

  /** The stable-argument split adjoints of {@code key} built in the last round. */
  java.util.List<MethodNode> stableSplits(String key) {
    java.util.List<MethodNode> out = new ArrayList<>();
    for (long stable : callees.stableSplits.getOrDefault(key, Set.of())) {
      for (String sweep : new String[] {key + SPLIT + stable, key + SPLIT + stable + REVERSE}) {
        MethodNode mn = made.get(sweep);
        if (mn != null) out.add(mn);
      }
    }
    return out;
  }

  /**
   * Dispatch stubs: abstract marked methods get companions that name the receiver's class, and
   * overrides of marked methods that failed get companions that throw their diagnostic.
   */
  void addStubs(ClassAssembler assembler) {
    for (String key : todo) {
      if (SourceClass.isHosted(key)) continue;
      MethodNode m = source.methods.get(key);
      if (source.abstractMarked(key)) {
        made.put(key, Stubs.missing(source.cn.name, source.isInterface, m, tangentMode, shadows));
      } else if (source.overrides.contains(key) && failures.containsKey(key)) {
        made.put(key, Stubs.failed(source.cn.name, m, tangentMode, assembler.diagnostic(key, failures.get(key), modeName()), shadows));
      }
    }
  }

  /** Lifts the callees of other classes met in the last round and adds them to the work. */
  private boolean takeDiscovered() {
    if (discovered.isEmpty()) return false;
    records.forget(); // lifted graphs answer calls the records do not cover (CalleeOracle.isDifferentiable)
    Set<String> fresh = new LinkedHashSet<>(discovered);
    discovered.clear();
    source.lift(fresh);
    for (String key : fresh) {
      NotDifferentiable e = source.liftErrors().get(key);
      if (e != null) failures.put(key, e);
    }
    return todo.addAll(fresh);
  }

  /**
   * An own method that no subclass overrides, that another own method calls and whose result is
   * not an array: its callers reverse their calls split.
   */
  private boolean splitEligible(String key) {
    if (SourceClass.isHosted(key) || dev.leibniz.core.outline.Checkpointer.isSegment(key)) return false; // a segment re-runs
    MethodNode m = source.methods.get(key);
    if (!(source.helperCandidate(m) || callees.guardedOwnSplit(key) || callees.guardedOwnPair(key))
        || Type.getReturnType(m.desc).getSort() == Type.ARRAY) {
      return false;
    }
    for (String caller : todo) {
      if (SourceClass.isHosted(caller)) continue;
      for (org.objectweb.asm.tree.AbstractInsnNode n : source.methods.get(caller).instructions) {
        if (n instanceof org.objectweb.asm.tree.MethodInsnNode) {
          org.objectweb.asm.tree.MethodInsnNode c = (org.objectweb.asm.tree.MethodInsnNode) n;
          if (c.owner.equals(source.cn.name) && key.equals(c.name + c.desc)) return true;
        }
      }
    }
    return false;
  }

  /** A static method with two or more array parameters that writes one of them. */
  private boolean variantEligible(String key) {
    if (SourceClass.isHosted(key)) return false;
    MethodNode m = source.methods.get(key);
    if ((m.access & Opcodes.ACC_STATIC) == 0) return false;
    int arrays = 0;
    for (Type t : Type.getArgumentTypes(m.desc)) {
      if (t.getSort() == Type.ARRAY) arrays++;
    }
    if (arrays < 2) return false;
    BitSet w = writes.of(new MethodRef(Opcodes.INVOKESTATIC, source.cn.name, m.name, m.desc, false));
    return w.nextSetBit(0) >= 0 && w.nextSetBit(0) < 255;
  }

  /**
   * Builds from the inlined graph, or from the plain one when inlining made the companion too
   * large. Any other failure is the method's own and is not retried.
   */
  private MethodNode buildEither(String key, boolean variant) throws NotDifferentiable {
    return buildEither(key, variant, false);
  }

  private MethodNode buildEither(String key, boolean variant, boolean split) throws NotDifferentiable {
    return buildEither(key, variant, split, 0);
  }

  /**
   * Puts split adjoint {@code key}'s sweeps in {@link #made}: the forward under {@code madeKey}, the
   * reverse under {@code madeKey + REVERSE} ({@link SplitCut#sweeps}); from the plain graph when
   * inlining made one of them too large.
   */
  private void putSplit(String madeKey, String key, long stable) throws NotDifferentiable {
    java.util.List<MethodNode> sweeps = withLoopHelpers(key, g -> buildAll(g, false, true, stable, key));
    if (sweeps == null) {
      try {
        sweeps = buildAll(source.inlined(key), false, true, stable, key);
      } catch (TooLarge e) {
        sweeps = lastTry(() -> buildAll(source.plain(key), false, true, stable, key));
      }
    }
    made.put(madeKey, sweeps.get(0));
    made.put(madeKey + REVERSE, sweeps.get(1));
  }

  /** {@code stable}: a split adjoint's stable arguments ({@link Companions#stableSplitName}), or 0. */
  private MethodNode buildEither(String key, boolean variant, boolean split, long stable) throws NotDifferentiable {
    frameEntry = null;
    MethodNode mn = withLoopHelpers(key, g -> build(g, variant, split, stable, key));
    if (mn == null) {
      try {
        mn = build(source.inlined(key), variant, split, stable, key);
      } catch (TooLarge e) {
        mn = lastTry(() -> build(source.plain(key), variant, split, stable, key));
      }
    }
    if (frameEntry != null) { // mn is the body of a tangent taking its frames from the thread's sets (TangentFrames)
      made.put((split ? key + SPLIT : key) + ENTRY, frameEntry);
      frameEntry = null;
    }
    if (!tangentMode && !workspaceFree && !variant && !split) {
      made.put(key + ENTRY, entry(key, mn));
    }
    return mn;
  }

  /**
   * The reverse mode's build from the graph with small loop helpers inlined ({@link
   * SourceClass#inlinedLoops}), or null when the method calls none in a loop, in tangent mode, in the
   * workspace-free mode second order differentiates (the helpers' bodies repeated in the caller's
   * adjoint made its tangent too large: GMM's, checkpointed, 13,898 bytes), or when that build fails
   * (too large, or refused): the ordinary graph is built then, with the helpers called, and a
   * {@code verbose} line says so ({@link #notes}): the helpers' split calls cost far more than the
   * inlined loops (GMM's adjoint fell back unnoticed for a day when the inlined build passed the
   * compile limit).
   */
  private <T> T withLoopHelpers(String key, GraphBuild<T> build) {
    if (tangentMode || workspaceFree) return null;
    Graph g = null;
    try {
      g = source.inlinedLoops(key);
      return g == null ? null : build.run(g);
    } catch (NotDifferentiable e) {
      if (g != null) {
        notes.putIfAbsent(key, "leibniz: the adjoint of " + source.className.replace('/', '.') + "." + key.substring(0, key.indexOf('('))
            + " calls its loop helpers instead of inlining them (slower): inlined, " + e.getMessage());
      }
      return null;
    }
  }

  /** The {@code verbose} lines of this mode: adjoints that could not inline their loop helpers ({@link #withLoopHelpers}). */
  java.util.Collection<String> notes() {
    return notes.values();
  }

  /** A build from a given graph that may fail with a diagnostic. */
  private interface GraphBuild<T> {
    T run(Graph g) throws NotDifferentiable;
  }

  /** The contract's {@code m$adjoint}: takes the thread's tape workspace and runs the body (emit.Workspace). */
  private MethodNode entry(String key, MethodNode body) {
    MethodNode src = source.node(key);
    boolean hosted = SourceClass.isHosted(key);
    String name = Companions.adjointName(src.name);
    String owner = hosted ? source.ownerOf(key) : source.cn.name;
    String desc = Companions.adjointDesc(owner, (src.access & Opcodes.ACC_STATIC) != 0, src.desc, shadows);
    int access;
    if (hosted) {
      name = Companions.hostedName(source.ownerOf(key), name);
      if ((src.access & Opcodes.ACC_STATIC) == 0) desc = Companions.staticForm(source.ownerOf(key), desc);
      access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
    } else {
      access = source.contractAccess(key) | (src.access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED));
    }
    return Workspace.entry(source.cn.name, source.isInterface, access, name, desc, body, !source.isInterface);
  }

  /** A build that may fail with a diagnostic. */
  private interface Build<T> {
    T run() throws NotDifferentiable;
  }

  /**
   * {@code build}, and when its result is over the compile limit and this is the class's last try
   * ({@link #oversizeAllowed}), {@code build} again keeping the oversized method.
   */
  private <T> T lastTry(Build<T> build) throws NotDifferentiable {
    try {
      return build.run();
    } catch (TooLarge e) {
      reachedLimit = true; // the only place the flag is read: past this, a mode with the other flag may differ
      if (!oversizeAllowed) throw e;
      acceptingOversize = true;
      try {
        return build.run();
      } finally {
        acceptingOversize = false;
      }
    }
  }

  private MethodNode build(Graph g, boolean variant, boolean split, long stable, String key) throws NotDifferentiable {
    return buildAll(g, variant, split, stable, key).get(0);
  }

  /** The companion's methods: one, or a split adjoint's forward and reverse sweeps ({@link SplitCut#sweeps}). */
  private java.util.List<MethodNode> buildAll(Graph g, boolean variant, boolean split, long stable, String key) throws NotDifferentiable {
    MethodNode src = source.node(key);
    boolean hosted = SourceClass.isHosted(key);
    if (!hosted) refuseCompanion(src, variant, key);
    if (!tangentMode) ObjectRefusals.reverse(g, shadows, callees, leftOutBy(g));
    Activity act = Activity.of(g, callees);
    java.util.List<NotDifferentiable> cuts = new java.util.ArrayList<>(DerivativeCuts.tableLookups(g, act, callees));
    cuts.addAll(DerivativeCuts.integralityTests(g, act));
    cuts.addAll(DerivativeCuts.constantEqualityTests(g, act));
    cuts.addAll(DerivativeCuts.strictPairTests(g, act));
    cuts.addAll(DerivativeCuts.toleranceTests(g, act, callees));
    cuts.addAll(DerivativeCuts.storedKeyTests(g, act));
    cuts.addAll(DerivativeCuts.rootsOfSquares(g, act));
    cuts.addAll(DerivativeCuts.signTimesActive(g, act));
    cuts.addAll(DerivativeCuts.bracketSearches(g, act));
    cuts.addAll(ComparisonOnlyResults.of(g, act));
    for (NotDifferentiable w : cuts) {
      // one per method and place: a helper inlined into several marked methods warns each (issue 13: a warning naming
      // only the first left the others' wrong derivative at that point unexplained)
      warnings.putIfAbsent(key + " " + w.line + w.instruction, new Diagnostic(
          hosted ? source.ownerOf(key).replace('/', '.') : source.className, hosted ? key.substring(key.indexOf('.') + 1) : key,
          w.line, w.instruction, "both", w.getMessage(), true));
    }
    if (!hosted && dev.leibniz.core.outline.WholeNumberTests.isPiece(src.name)) { // a piece must pass the NaN on
      NotDifferentiable lost = dev.leibniz.core.outline.WholeNumberTests.lost(g, act);
      if (lost != null) throw lost;
    }
    if (WholeNumberPoison.apply(g, act)) act = Activity.of(g, callees); // NaN where such a test holds
    boolean local = LocalCopies.isLocal(src.name); // another class's code copied here (LocalCopies)
    if (hosted || local) BitPatterns.check(g, act);
    String name = tangentMode ? (split ? Companions.pairTangentName(src.name) : Companions.tangentName(src.name))
        : split && stable != 0 ? Companions.stableSplitName(src.name, stable)
        : split ? Companions.splitBodyName(src.name)
        : variant ? Companions.distinctAdjointName(src.name)
        : workspaceFree ? Companions.adjointName(src.name) : Companions.adjointBodyName(src.name);
    if (hosted) name = Companions.hostedName(source.ownerOf(key), name);
    Graph d = tangentMode
        ? (split ? TangentBuilder.buildPair(g, act, callees, name) : TangentBuilder.build(g, act, callees, name))
        : split ? AdjointBuilder.buildSplit(g, act, callees, name, stable)
        : workspaceFree ? AdjointBuilder.buildWorkspaceFree(g, act, callees, name, variant)
        : AdjointBuilder.build(g, act, callees, name, variant);
    observer.built(src, g, d);
    boolean contract = (tangentMode && !split) || (workspaceFree && !variant); // the companion a user calls
    int access = (contract ? source.contractAccess(key) : Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC)
        | (src.access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED)); // same monitor: receiver or class
    if (split && !tangentMode) { // two methods, each profiled and compiled on its own (SplitCut)
      return SplitCut.sweeps(d, sweep -> lower(sweep, access, key, src, hosted, local || g.hasForeignCode));
    }
    if (tangentMode) {
      frameEntry = null;
      String desc = d.desc;
      int frames = hosted || source.isInterface ? 0 : TangentFrames.reuse(d, src.name); // an outlined method's driver
      if (frames > 0) {
        int bodyAccess = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (access & Opcodes.ACC_STATIC);
        MethodNode body = lower(d, bodyAccess, key, src, hosted, local || g.hasForeignCode);
        frameEntry = SecondOrderTapes.entry(source.cn.name, false, access, name, desc, body, frames, true);
        return java.util.List.of(body);
      }
    }
    return java.util.List.of(lower(d, access, key, src, hosted, local || g.hasForeignCode));
  }

  /**
   * The calls of {@code g} its adjoint leaves out ({@link Activity#isLeftOut}), for {@link ObjectRefusals#reverse}: activity
   * found once, when first asked of a call that may be a release; a method whose activity fails leaves none out (the refusal stands).
   */
  private java.util.function.Predicate<dev.leibniz.core.ir.Insn> leftOutBy(Graph g) {
    Activity[] act = new Activity[1];
    boolean[] failed = new boolean[1];
    return i -> {
      Type r = i.type; // a release returns no number and no reference (analysis.PooledArrays.isReleaseOf): no activity needed
      if (r.getSort() == Type.DOUBLE || r.getSort() == Type.FLOAT || Types.isReference(r)) return false;
      if (act[0] == null && !failed[0]) {
        try {
          act[0] = Activity.of(g, callees);
        } catch (NotDifferentiable | RuntimeException e) {
          failed[0] = true;
        }
      }
      return act[0] != null && act[0].isLeftOut(i);
    };
  }

  /** Lowers {@code d} to a method: the size limit, dispatch and relocation of what it calls. */
  private MethodNode lower(Graph d, int access, String key, MethodNode src, boolean hosted, boolean foreign) throws NotDifferentiable {
    MethodNode mn;
    try {
      mn = Emitter.emit(d, access, new TreeSet<>());
    } catch (MethodTooLargeException | org.objectweb.asm.LimitExceededException e) {
      throw new TooLarge(source.firstLine(key), "the generated " + modeName() + " is over HotSpot's " + SIZE_LIMIT
          + "; split the method into smaller helper methods");
    }
    relocation.library.restoreArgumentViews(mn); // calls of argument views call the methods they view
    int size = ClassDifferentiator.codeSize(mn);
    if (size > ClassDifferentiator.HUGE_METHOD_LIMIT && acceptingOversize) {
      warnOversized(key, size);
    } else if (size > ClassDifferentiator.HUGE_METHOD_LIMIT) {
      throw new TooLarge(source.firstLine(key), "the generated " + modeName() + " has " + size
          + " bytes of bytecode, over HotSpot's " + SIZE_LIMIT + "; split the method into smaller helper methods");
    }
    relocation.dispatch(mn);
    relocation.finalWrites(mn, source.cn);
    if (hosted) hostedForm(mn, src, source.ownerOf(key));
    if (hosted || foreign) relocation.apply(mn, source.firstLine(key)); // inlined code of other classes too
    if ((source.cn.version & 0xFFFF) < Opcodes.V1_7 && Relocation.linksDynamically(mn)) {
      throw new NotDifferentiable(source.firstLine(key), "", "the companion needs invokedynamic (a call dispatched on its receiver,"
          + " or a private member of another class), and " + source.className + " is compiled for Java 6 or earlier; compile it for Java 7 or later");
    }
    return mn;
  }

  /**
   * The warning of a companion kept over the compile limit: HotSpot does not compile it (it runs in
   * the interpreter: right, but slow), since no cut split it.
   */
  private void warnOversized(String key, int size) {
    oversized.add(key);
    boolean hosted = SourceClass.isHosted(key);
    warnings.putIfAbsent(key + " " + modeName() + " size", new Diagnostic(
        hosted ? source.ownerOf(key).replace('/', '.') : source.className, hosted ? key.substring(key.indexOf('.') + 1) : key,
        source.firstLine(key), "", modeName(), "the generated " + modeName() + " has " + size + " bytes of bytecode, over HotSpot's "
        + SIZE_LIMIT + ", and no cut splits it: it is generated anyway, and HotSpot"
        + " runs it in the interpreter (right, but typically 10 to 50 times slower than compiled) unless the JVM runs with"
        + " -XX:-DontCompileHugeMethods; split the method into smaller helper methods to make it fast", true));
  }

  /** Fails when the class could not be defined with this companion (too many parameter slots). */
  private void refuseCompanion(MethodNode src, boolean variant, String key) throws NotDifferentiable {
    String name = tangentMode ? Companions.tangentName(src.name)
        : variant ? Companions.distinctAdjointName(src.name) : Companions.adjointName(src.name);
    String desc = tangentMode ? Companions.tangentDesc(source.cn.name, (src.access & Opcodes.ACC_STATIC) != 0, src.desc, shadows)
        : Companions.adjointDesc(source.cn.name, (src.access & Opcodes.ACC_STATIC) != 0, src.desc, shadows);
    String refused = Refusals.ofCompanion(src, name, desc, modeName());
    if (refused != null) {
      throw new NotDifferentiable(source.firstLine(key), "", refused);
    }
  }

  /** Warnings about the graphs this mode differentiated, one per place (source line and instruction). */
  java.util.Collection<Diagnostic> warnings() {
    return warnings.values();
  }

  /** A companion of another class's method, moved here: private static, the receiver first. */
  private static void hostedForm(MethodNode mn, MethodNode src, String owner) {
    if ((src.access & Opcodes.ACC_STATIC) == 0) {
      mn.desc = Companions.staticForm(owner, mn.desc);
    }
    mn.access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
  }

  /** What every size diagnostic says (a caller's names its callee's): the class's last try looks for it. */
  static final String SIZE_LIMIT = ClassDifferentiator.HUGE_METHOD_LIMIT + "-byte compile limit";

  /** The size diagnostic: the only failure after which the companion is retried without inlining. */
  static final class TooLarge extends NotDifferentiable {
    private static final long serialVersionUID = 1L;

    TooLarge(int line, String reason) {
      super(line, "", reason);
    }
  }
}

package dev.leibniz.core;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.outline.OutlinedNames;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the phases of one mode may assume about callees: which have companions, where those live,
 * what callees write, why one cannot be differentiated. Reads the failures and variants of its
 * mode's {@link ModeUnit} live, so that a callee that fails makes its callers fail on the next round.
 *
 * <p>A callee has companions when it is a marked method (of any class: they sit next to it), a
 * helper candidate of this class, or a method of another class that can be differentiated from
 * its own bytecode here ({@link #reach}): those are "hosted", their companions generated into this
 * class under {@link Companions#hostedName}. A hosted callee met for the first time is recorded in
 * {@code discovered}, and assumed differentiable until its own generation fails.
 */
final class CalleeOracle implements Callees {
  private final SourceClass source;
  private final ClassLibrary library;
  private final WriteSummaries writes;
  private final Map<String, NotDifferentiable> failures;
  private final Set<String> variants;
  private final Set<String> discovered;
  private final Set<String> work;
  private final boolean tangentMode;
  private final UserRules rules;
  /** What each dispatch placeholder ({@link MethodRef#toString}) made here stands for (Relocation.dispatch). */
  private final Map<String, Relocation.Dispatch> dispatchPrimals;
  /** Shadow types (README, "Objects"): objects of @Differentiable classes. */
  private final dev.leibniz.core.ir.Shadows shadows;
  /** Records what each build asks of this mode's state ({@link ModeUnit}'s reuse of builds). */
  private final BuildRecords records;

  CalleeOracle(boolean tangentMode, UserRules rules, Map<String, Relocation.Dispatch> dispatchPrimals, SourceClass source, ClassLibrary library, WriteSummaries writes,
      Map<String, NotDifferentiable> failures, Set<String> variants, Set<String> work, Set<String> discovered, dev.leibniz.core.ir.Shadows shadows,
      BuildRecords records) {
    this.records = records;
    this.splits = records.set();
    this.refusedSplits = records.set();
    this.requestedOwnSplits = records.set();
    this.failedStableSplits = records.set();
    this.pairs = records.set();
    this.shadows = shadows;
    this.work = work;
    this.tangentMode = tangentMode;
    this.rules = rules;
    this.dispatchPrimals = dispatchPrimals;
    this.source = source;
    this.library = library;
    this.writes = writes;
    this.failures = failures;
    this.variants = variants;
    this.discovered = discovered;
  }

  private DispatchedCalls dispatchedCalls;

  @Override
  public dev.leibniz.core.analysis.DispatchedCode dispatchedCode(MethodRef m) {
    // a call that dispatches to the receiver's own companion covers overrides too (generated at their first call)
    if (ruled(m) || dispatched(m, own(m) ? null : library.resolve(m))) return null;
    if (dispatchedCalls == null) dispatchedCalls = new DispatchedCalls(source, library, writes, shadows::implementations);
    // a dispatched helper whose result carries nothing (an index search): its own code, kept as a passive call if it may be
    if (own(m) && source.dispatchedHelpers.contains(m.name() + m.desc()) && !carriesDerivative(m.desc())
        && !shadows.has(Type.getReturnType(m.desc()))) {
      return dispatchedCalls.ofOwn(m);
    }
    return dispatchedCalls.of(m);
  }

  @Override
  public dev.leibniz.core.analysis.DispatchedCode codeRun(MethodRef m) {
    if (ruled(m)) return null;
    if (dispatchedCalls == null) dispatchedCalls = new DispatchedCalls(source, library, writes, shadows::implementations);
    return dispatchedCalls.of(m);
  }

  @Override
  public boolean keepsOnlyReference(MethodRef m, int argIndex) {
    return !ruled(m) && writes.keepsOnlyReference(m, argIndex);
  }

  @Override
  public boolean usesOnlyInMessages(MethodRef m, int argIndex) {
    return !ruled(m) && writes.usesOnlyInMessages(m, argIndex);
  }

  @Override
  public boolean isEmptyArrayConstant(dev.leibniz.core.ir.FieldRef f) {
    return source.objectCode != null && source.objectCode.isEmptyArrayConstant(f);
  }

  @Override
  public boolean fieldlessConstant(dev.leibniz.core.ir.FieldRef f) {
    return source.objectCode != null && source.objectCode.fieldlessConstant(f);
  }

  @Override
  public dev.leibniz.core.objects.ValuedConstructions.Layout immutableConstant(dev.leibniz.core.ir.FieldRef f) {
    return source.objectCode == null ? null : source.objectCode.immutableConstant(f, source.cn.name);
  }

  @Override
  public java.util.List<dev.leibniz.core.ir.FieldPath> blankConstructor(MethodRef init) {
    return source.objectCode == null ? null : source.objectCode.blankConstructor(init);
  }

  @Override
  public boolean tangentMode() {
    return tangentMode;
  }

  @Override
  public java.util.List<dev.leibniz.core.ir.FieldPath> madeFieldsToZero(MethodRef init) {
    return source.objectCode == null ? java.util.List.of() : source.objectCode.madeFieldsToZero(init);
  }

  @Override
  public boolean plainConstructor(MethodRef init) {
    return source.objectCode != null && source.objectCode.plainConstructor(init, init.owner()) != null;
  }

  /**
   * Judged by the code the call names, and that code must be the one run: a call bound statically, or (the adjoint,
   * where a kept object would lose its seed) a split call behind the receiver check ({@link #splitGuard}); in tangent
   * mode the shadow follows the object wherever the callee puts it, so the receiver's own code may run. The same for
   * the callees it hands the object on to.
   */
  @Override
  public boolean confinesArgument(MethodRef m, int k) {
    // a strategy's implementations are checked at their first dispatch (OnDemand.keptArgument); where the call is refused
    // (the workspace-free adjoint: reach, strategyRefusal), that reason, not an escape of the object, is the one to report
    if (!ruled(m) && !own(m) && strategyCall(m, library.resolve(m))) return true;
    if (ruled(m)) return false;
    // equals/hashCode whose implementations write nothing: a yes/no or integer answer, which holds nothing it is given
    if (isReadOnlyQuery(m)) return true;
    // a generic JDK function given the object typed with its class: its implementations are judged at their first dispatch
    if (TypedFunctionCalls.keepsNothingGiven(m, k, shadows)) return true;
    if (runsNamedCode(m)) return writes.confinesArgument(m, k, tangentMode ? "tangent" : "adjoint", this::runsJudgedCode, false, this::codeJudged);
    return ownGuardable(m) && writes.confinesArgument(m, k, "adjoint", this::runsJudgedCode, false, this::codeJudged) && splitOnRequest(m) && splitGuard(m) != null;
  }

  /**
   * As {@link #confinesArgument}, the object of exactly class {@code exact} (*Objects given to calls*): given as the
   * receiver, the call runs that class's code, the one judged; given at another position, the call must run the code it
   * names as for {@link #confinesArgument}, and that code's own calls on the object run {@code exact}'s
   * ({@code WriteSummaries.confinesExact}).
   */
  @Override
  public boolean confinesExact(MethodRef m, int k, String exact) {
    if (confinesArgument(m, k)) return true;
    if (ruled(m) || m.name().startsWith("<")) return false;
    String mode = tangentMode ? "tangent" : "adjoint";
    if (k == 0 && WriteSummaries.dispatched(m)) {
      MethodRef run = WriteSummaries.ranOn(exact, m);
      return !ruled(run) && writes.confinesExact(run, 0, exact, mode, this::runsJudgedCode, this::codeJudged);
    }
    if (abstractOfAnother(m)) return false; // judged by its implementations (confinesArgument), not one class's code
    if (runsNamedCode(m)) return writes.confinesExact(m, k, exact, mode, this::runsJudgedCode, this::codeJudged);
    return ownGuardable(m) && writes.confinesExact(m, k, exact, mode, this::runsJudgedCode, this::codeJudged) && splitOnRequest(m)
        && splitGuard(m) != null;
  }

  /**
   * An overridable method of this class ({@code getSign(state, target)} of WPILib's {@code TrapezoidProfile}, Ardor3D's
   * {@code conjugate(store)} on {@code this}) given, in adjoint mode, an object made in the caller: an override may keep it,
   * so its code is judged only with the receiver check in place: the caller asks for its split adjoint, built from this
   * class's code and called behind {@link #splitGuard} ({@link #ownSplitOnRequest}), so a receiver whose class overrides
   * the method fails naming it, and the code that runs is the code found to keep nothing (*Objects given to calls*).
   */
  private boolean ownGuardable(MethodRef m) {
    return !tangentMode && !workspaceFree && own(m) && !m.isStatic() && !m.name().startsWith("<");
  }

  @Override
  public boolean confinesImmutable(MethodRef m, int k) {
    return !ruled(m) && runsNamedCode(m) && writes.confinesArgument(m, k, tangentMode ? "tangent" : "adjoint", this::runsNamedCode, true);
  }

  @Override
  public boolean immutable(org.objectweb.asm.Type t) {
    return t.getSort() == org.objectweb.asm.Type.OBJECT && source.objectCode != null
        && source.objectCode.immutable(t.getInternalName());
  }

  /**
   * What a call of {@code m} is judged by when it is given an object made in the caller (*Stores made per call*): for an
   * abstract method of another class with a shadow slot type as its owner (Ardor3D's {@code ReadOnlyVector3.normalize(store)}
   * on a {@code ReadOnlyVector3}), the code of each class with shadows implementing it ({@link #implementationsOf}), the
   * code its dispatch runs for their receivers (the fallbacks of {@code Helpers.relinkOr}; in reverse mode a call returning
   * an object is split behind {@link #splitGuard}, a receiver of another class failing named); none for a read-only
   * {@code equals}/{@code hashCode} ({@link #isReadOnlyQuery}: Ardor3D's {@code axis.equals(Vector3.ZERO)} on the pooled
   * temporary), whose implementations write no memory, so cannot store what they are given, and return no reference;
   * else the code it names.
   */
  private List<MethodRef> codeJudged(MethodRef m) {
    if (!abstractOfAnother(m)) return List.of(m);
    if (isReadOnlyQuery(m)) return List.of(); // writes nothing and returns no reference: keeps what it is given
    List<ClassLibrary.Declaration> runs = implementationsOf(m);
    if (runs.isEmpty()) return List.of(m);
    List<MethodRef> out = new java.util.ArrayList<>();
    for (ClassLibrary.Declaration d : runs) out.add(new MethodRef(Opcodes.INVOKEVIRTUAL, d.owner().name, m.name(), m.desc(), false));
    return out;
  }

  private boolean abstractOfAnother(MethodRef m) {
    if (own(m) || m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL || m.name().startsWith("<") || ruled(m)) return false;
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && !ClassLibrary.isJdk(d.owner().name) && (d.method().access & Opcodes.ACC_ABSTRACT) != 0;
  }

  /**
   * {@link #runsNamedCode}, or in reverse mode an abstract method of another class with implementations known here
   * ({@link #codeJudged}) that returns no object, so cannot hand the one it is given back: a getter read through an
   * interface ({@code axis.getX()}), dispatched on the receiver's class to the code judged, or for a receiver of
   * another class to companions made at its first call, which must write nothing ({@code OnDemand.ofMethod}).
   */
  private boolean runsJudgedCode(MethodRef m) {
    if (runsNamedCode(m)) return true;
    return !tangentMode && abstractOfAnother(m) && !Types.isReference(Type.getReturnType(m.desc())) && !implementationsOf(m).isEmpty();
  }

  private boolean runsNamedCode(MethodRef m) {
    return !ruled(m) && (bindsStatically(m) || (!m.name().startsWith("<") && (tangentMode || splitGuard(m) != null)));
  }

  /** True when a call of {@code m} runs the code it names whatever the receiver (see {@link #boundStatically}). */
  @Override
  public boolean bindsStatically(MethodRef m) {
    if (m.name().startsWith("<")) return false;
    if (m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL) return true;
    if (own(m)) {
      MethodNode mn = source.methods.get(m.name() + m.desc());
      return mn != null && ((mn.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (source.cn.access & Opcodes.ACC_FINAL) != 0);
    }
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && !m.itf() && boundStatically(m, d);
  }

  private NewStoreReturns newStoreReturns;

  @Override
  public boolean mayReturnNewStore(MethodRef m) {
    if (newStoreReturns == null) newStoreReturns = new NewStoreReturns(library, shadows);
    return newStoreReturns.may(m);
  }

  private HeldArrayReads heldArrayReads;

  @Override
  public boolean mayReadHeldArray(MethodRef m, String arrayDesc) {
    if (heldArrayReads == null) heldArrayReads = new HeldArrayReads(source, library);
    return heldArrayReads.mayRead(m, arrayDesc);
  }

  private FieldReads fieldReads;

  @Override
  public boolean mayReadFields(MethodRef m) {
    if (fieldReads == null) fieldReads = new FieldReads(source, library);
    return fieldReads.mayRead(m);
  }

  @Override
  public String readsOnlyReceiverNumbers(MethodRef m) {
    if (m.isStatic() || m.name().startsWith("<") || own(m)) return null;
    ClassLibrary.Declaration d = library.resolve(m);
    if (d == null || (d.owner().access & Opcodes.ACC_INTERFACE) != 0 || ReceiverNumberReads.only(library, d) == null) return null;
    return library.bindsStatically(m, d) ? "" : d.owner().name.replace('/', '.');
  }

  @Override
  public List<MethodRef> receiverNumberGetters(MethodRef m) {
    if (readsOnlyReceiverNumbers(m) == null) return List.of();
    return ReceiverNumberReads.only(library, library.resolve(m));
  }

  private boolean own(MethodRef m) {
    return own(m.owner()) && !abstractOfShadowedClass(m);
  }

  /**
   * An abstract method of this class that nothing marks, called on a receiver with a shadow (la4j's {@code Vector.get(i)}
   * in {@code norm()}, the numbers in a subclass known only at run time): it has no code here, so it is called as another
   * class's abstract method is — dispatched at run time to the companion of the receiver's class (made at its first call
   * when the agent runs), or a run-time error naming that class ({@code objects.SubclassNumbersTest}).
   */
  private boolean abstractOfShadowedClass(MethodRef m) {
    MethodNode mn = source.methods.get(m.name() + m.desc());
    if (mn == null && own(m.owner())) { // the result view of one returning an erased Object the caller unboxes (BoxedResultCalls)
      ClassLibrary.Declaration view = library.argumentViewOf(m.owner(), m.name(), m.desc());
      mn = view == null ? null : view.method();
    }
    return mn != null && !source.isInterface && (mn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == Opcodes.ACC_ABSTRACT
        && !SourceClass.isMarked(mn) && Companions.receiverShadow(m.owner(), false, shadows)
        // a method whose arguments or result can carry a derivative (a getter, or one filling a double[]), as dispatched()
        // takes: the receiver's class's companion runs, so whatever it carries is carried; or a setter, dispatched as a
        // strategy is (strategyCall)
        && (carriesDerivative(m.desc()) || shadows.has(Type.getReturnType(m.desc())) || isStrategyShape(m.owner(), m.desc(), shadows));
  }

  private boolean own(String internalName) {
    return internalName.equals(source.cn.name);
  }

  /**
   * A helper candidate of this class that the walk from the marked methods did not reach ({@link SourceClass#closure}
   * reads this class's code only): a call to it sits in code inlined from another class — an anonymous class's method
   * calling a private method of the enclosing instance, as a nestmate does, once the object is inlined (t-digest's
   * {@code ScaleFunction}). Like a hosted callee, it is lifted when first met and assumed differentiable until its
   * own generation fails.
   */
  private boolean metInInlinedCode(String key) {
    MethodNode mn = source.methods.get(key);
    return mn != null && !mn.name.startsWith("<") && !source.marked.contains(key) && source.helperCandidate(mn);
  }

  /** The rule class giving this mode's companion of {@code m} (@DerivativeRules), or null. */
  private String rule(MethodRef m, String name, String desc) {
    if (own(m)) return null;
    return rules.ruleFor(m, name, m.isStatic() ? desc : Companions.staticForm(m.owner(), desc));
  }

  private boolean ruled(MethodRef m) {
    if (!rules.covers(m.owner())) return false; // asked of every call: no descriptors made for the common case
    return rule(m, Companions.tangentName(m.name()), Companions.tangentDesc(m.desc())) != null
        || rule(m, Companions.adjointName(m.name()), Companions.adjointDesc(m.desc())) != null;
  }

  @Override
  public boolean isDifferentiable(MethodRef m) {
    if (rules.covers(m.owner()) && rule(m, companionName(m), companionDesc(m)) != null) return true;
    String key = m.name() + m.desc();
    if (own(m)) {
      boolean abstractMarked = source.abstractMarked(key);
      if (!work.contains(key) && !failures.containsKey(key) && metInInlinedCode(key)) {
        discovered.add(key); // this mode's work: the other mode may have lifted it already
        return true;
      }
      return (source.graph(key) != null || abstractMarked) && !failures.containsKey(key)
          && (source.marked.contains(key) || abstractMarked || source.dispatchedHelpers.contains(key) || source.helperCandidate(source.methods.get(key)));
    }
    ClassLibrary.Declaration d = library.resolve(m);
    if (dispatched(m, d)) {
      // The declaration's own code (or, for an abstract method of a slot type, each class with shadows'
      // code) runs for receivers that do not override it: its companion, generated here, is one of the
      // dispatch's fallbacks, so it must exist.
      for (ClassLibrary.Declaration runs : fallbacks(m, d)) {
        String fallback = SourceClass.hostedKey(runs.owner().name, m.name(), m.desc());
        if (failures.containsKey(fallback)) return false;
        source.host(fallback, runs);
        if (!work.contains(fallback)) discovered.add(fallback);
      }
      return true;
    }
    if (d == null) return false;
    if (usesMarkedCompanion(m, d)) return library.mayHaveCompanion(d.owner().name, companionName(m), companionDesc(m));
    if (reach(m, d) != null) return false;
    String hosted = SourceClass.hostedKey(d.owner().name, m.name(), m.desc());
    if (failures.containsKey(hosted)) return false;
    source.host(hosted, d);
    if (!work.contains(hosted) && discovered.add(hosted) && writesSomething(d)) {
      Type r = Type.getReturnType(d.method().desc);
      if (tangentMode && Types.isScalar(r)) pairs.add(hosted);
      if (!tangentMode && !workspaceFree && r.getSort() != Type.ARRAY) splits.add(hosted);
    }
    return true;
  }

  /**
   * A method of another class to differentiate here that may write something (an array argument,
   * a field or static, an object passed in, at any depth): its callers call it once, as the primal
   * does — in tangent mode through its pair tangent (a call for its value and another in its
   * tangent would repeat the write), in reverse mode split (joint reversal would run it again in
   * the reverse sweep, from the state the method left). One that writes nothing may run twice.
   */
  private boolean writesSomething(ClassLibrary.Declaration d) {
    MethodNode mn = d.method();
    BitSet w = (BitSet) writes.of(new MethodRef(Opcodes.INVOKESTATIC, d.owner().name, mn.name, mn.desc, false)).clone();
    w.clear(ParamWrites.BIT_PATTERNS);
    return !w.isEmpty();
  }

  /**
   * The key of {@code m}'s callee when it is a method of another class differentiated here from
   * its bytecode (not ruled, marked or dispatched), else null.
   */
  private String hostedKeyOf(MethodRef m) {
    if (own(m) || ruled(m)) return null;
    ClassLibrary.Declaration d = library.resolve(m);
    return d == null || dispatched(m, d) || usesMarkedCompanion(m, d) ? null
        : SourceClass.hostedKey(d.owner().name, m.name(), m.desc());
  }

  private String companionName(MethodRef m) {
    return tangentMode ? Companions.tangentName(m.name()) : Companions.adjointName(m.name());
  }

  private String companionDesc(MethodRef m) {
    return tangentMode ? Companions.tangentDesc(m.owner(), m.isStatic(), m.desc(), shadows)
        : Companions.adjointDesc(m.owner(), m.isStatic(), m.desc(), shadows);
  }

  @Override
  public dev.leibniz.core.ir.Shadows shadows() {
    return shadows;
  }

  @Override
  public MethodRef companion(MethodRef m, String name, String desc) {
    String r = rule(m, name, desc);
    if (r != null) return new MethodRef(Opcodes.INVOKESTATIC, r, name, m.isStatic() ? desc : Companions.staticForm(m.owner(), desc), false);
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    if (dispatched(m, d)) {
      // A placeholder that Relocation.dispatch turns into an invokedynamic: owned by the (first) class
      // whose code is a fallback, or by this class when there is none (an abstract method).
      List<ClassLibrary.Declaration> runs = fallbacks(m, d);
      MethodRef site = new MethodRef(Opcodes.INVOKESTATIC, runs.isEmpty() ? source.cn.name : runs.get(0).owner().name,
          Relocation.DISPATCH_PREFIX + name, Companions.staticForm(m.owner(), desc), source.isInterface);
      List<Relocation.Fallback> companions = new java.util.ArrayList<>();
      for (ClassLibrary.Declaration run : runs) {
        // an implementation's companion takes its own class's shadow, where the site passes the slot type's
        String owner = run.owner().name, own = run == d ? desc : tangentMode ? Companions.tangentDesc(owner, false, m.desc(), shadows)
            : Companions.adjointDesc(owner, false, m.desc(), shadows);
        companions.add(new Relocation.Fallback(owner, Companions.staticForm(owner, own)));
      }
      dispatchPrimals.put(site.toString(), new Relocation.Dispatch(m.desc(), List.copyOf(companions)));
      return site;
    }
    if (d == null || usesMarkedCompanion(m, d)) return Callees.super.companion(m, name, desc);
    boolean isStatic = (d.method().access & Opcodes.ACC_STATIC) != 0;
    return new MethodRef(Opcodes.INVOKESTATIC, source.cn.name, Companions.hostedName(d.owner().name, name),
        isStatic ? desc : Companions.staticForm(d.owner().name, desc), source.isInterface);
  }

  /**
   * {@code equals(Object)} or {@code hashCode()} called on an interface with shadows that declares neither (Ardor3D's
   * {@code axis.equals(Vector3.ZERO)} on a {@code ReadOnlyVector3}: {@code ReceiverClasses} names it on the interface,
   * {@code ClassLibrary} gives the member every interface implicitly has): a yes/no or integer answer about an object with
   * a shadow, whose code only the receiver's class tells. Dispatched as a getter is: each implementation with shadows is
   * differentiated for it (its result carries nothing; it is refused there if it writes what it is given), and a receiver
   * running other code is named at run time.
   */
  private boolean objectQuery(MethodRef m, ClassLibrary.Declaration d) {
    return d != null && m.itf() && (d.owner().access & Opcodes.ACC_INTERFACE) != 0 && !ClassLibrary.isJdk(d.owner().name)
        && d.method().instructions.size() == 0 && (d.method().access & Opcodes.ACC_ABSTRACT) != 0
        && (m.name().equals("equals") || m.name().equals("hashCode")) && shadows.has(Type.getObjectType(m.owner()));
  }

  /**
   * A call of a marked method of another class goes to the companion next to it — except a super call ({@code
   * super.m(x)}, {@code I.super.m(x)}) that is not this class's own: one made by the code of another class
   * differentiated here (an override nobody transformed, generated at its first dispatch: {@link OnDemand}). The marked
   * companion starts with the receiver check ({@link OverrideGuards}), which for a receiver running that very override
   * hands back the override's companion, so the call would come back to itself (a {@code StackOverflowError}), or, with
   * no agent running, fail naming the override whose derivative it is computing. A super call runs the code it names
   * whatever the receiver, so that code is differentiated here as any statically bound callee is ({@code
   * oracle.SuperCallOverridesTest}).
   */
  private boolean usesMarkedCompanion(MethodRef m, ClassLibrary.Declaration d) {
    return SourceClass.isMarked(d.method()) && !foreignSuperCall(m, d) && !hostedForItsWrites(m, d) && !hostedForShadows(m, d);
  }

  /**
   * A marked method of another class, bound statically, that can be handed objects of a class nobody annotated that has
   * shadows here but not in its class's transformation ({@link ShadowDisagreement}): its companion would take them as
   * constants (derivative 0, silently when its parameter list is the one asked for: an annotated holder of them), or has
   * another parameter list. It is differentiated here from its bytecode, with this class's shadows, as an unmarked callee
   * is; one that cannot be keeps its companion, and the call its refusal.
   */
  private boolean hostedForShadows(MethodRef m, ClassLibrary.Declaration d) {
    MethodNode mn = d.method();
    if (!boundStatically(m, d) || (mn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return false;
    return !ShadowDisagreement.of(source.cn, d, library).isEmpty() && reach(m, d) == null
        && library.failureOf(d.owner().name, mn.name + mn.desc, tangentMode) == null;
  }

  /**
   * A marked method of another class, bound statically, that returns a number and writes a field or a static, itself or
   * deeper (a call counter, an accumulator's fields): its public {@code $tangent} gives only the tangent, so a caller would
   * call it for its value as well and repeat the write, and its joint adjoint would run it again in the reverse sweep; both
   * were refused. It is differentiated here from its bytecode instead, as an unmarked callee is (hosted, {@link
   * #writesSomething}): its private pair tangent gives the value with the tangent from one run, its split adjoint runs it
   * once, at the call (*Calls that write fields*, docs/architecture.md). Not in the workspace-free adjoint, which has no
   * split adjoints.
   */
  private boolean hostedForItsWrites(MethodRef m, ClassLibrary.Declaration d) {
    MethodNode mn = d.method();
    if (workspaceFree || !Types.isScalar(Type.getReturnType(mn.desc)) || !boundStatically(m, d)
        || (mn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
      return false;
    }
    BitSet w = writes.of(new MethodRef(Opcodes.INVOKESTATIC, d.owner().name, mn.name, mn.desc, false));
    // one its own class refuses keeps that refusal, quoted in the caller's (the statement in Java syntax)
    return (w.get(ParamWrites.FIELDS) || w.get(ParamWrites.FOUND_CALLEE_FIELDS)) && reach(m, d) == null
        && library.failureOf(d.owner().name, mn.name + mn.desc, tangentMode) == null;
  }

  /** A super call of code with a body, from code other than this class's own (whose super calls name its supertypes). */
  private boolean foreignSuperCall(MethodRef m, ClassLibrary.Declaration d) {
    return m.opcode() == Opcodes.INVOKESPECIAL && !m.name().startsWith("<") && !own(m)
        && (d.method().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) == 0
        && !library.isSubtype(source.cn.name, m.owner());
  }

  /**
   * A call of an overridable method of another class that no declaration marks (an interface of
   * a library or the JDK, such as {@code DoubleUnaryOperator.applyAsDouble}): its companion call
   * dispatches at run time to the companion the receiver's class declares (Helpers.virtual).
   */
  private boolean dispatched(MethodRef m, ClassLibrary.Declaration d) {
    // a result with a shadow carries derivatives too (a getter returning a held vector: its companion
    // returns the field's shadow, or the object whose adjoint shadow collects into it)
    if (own(m) || m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL || m.name().startsWith("<")
        || !(carriesDerivative(m.desc()) || shadows.has(Type.getReturnType(m.desc())) || mutator(m, d) || objectQuery(m, d))) {
      return false;
    }
    if (d == null) return m.itf() && ClassLibrary.isJdk(m.owner());
    int access = d.method().access;
    return !SourceClass.isMarked(d.method()) && !boundStatically(m, d) && (access & Opcodes.ACC_NATIVE) == 0;
  }

  /**
   * An overridable method of a class outside the JDK whose result carries no derivative but whose code,
   * given objects with shadows (its receiver or a parameter), writes memory: a setter ({@code
   * KahanObject.set(s, c)}, JTS' {@code Coordinate.setX}) or any {@code void} method updating its receiver.
   * Its derivative lives in the shadows it writes, so it is dispatched as a getter is (README, "Dispatch"):
   * the declaring class's code is the fallback companion for receivers that run it, an override gets
   * companions at its first call only if it writes nothing ({@code OnDemand}), else it is named at run time;
   * reverse mode reverses it in split mode behind the same check ({@link #guardable}). Unlike a getter's,
   * its write summary is the declaration's ({@link #writesArgument}): that code is what runs.
   */
  private boolean mutator(MethodRef m, ClassLibrary.Declaration d) {
    if (strategyMutator(m, d)) return true;
    if (d == null || ClassLibrary.isJdk(d.owner().name) || (d.owner().access & Opcodes.ACC_INTERFACE) != 0
        || (d.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) != 0) return false;
    if (!Companions.involvesShadows(m.owner(), false, m.desc(), shadows)) return false;
    BitSet w = (BitSet) writes.of(m).clone();
    w.clear(ParamWrites.BIT_PATTERNS); // a void check reading bits writes nothing: a passive call (PassiveCallCheck)
    return !w.isEmpty();
  }

  /**
   * The strategy pattern: an abstract method of an interface or abstract class outside the JDK that no declaration marks,
   * whose result carries no derivative ({@code void}, an integer) and which takes objects with shadows as parameters
   * ({@code stepper.step(state, dt)}). Which code runs, and what it writes, is known only at run time, so the caller takes
   * it to write any field of every object it is given (the abstract method's write summary says "anything"), and
   * dispatches to the implementation the receiver's class runs: in tangent mode to its tangent, run once at the call; in
   * reverse mode to its split adjoint ({@link #strategySplit}). Each implementation gets those companions at its first
   * dispatch, generated with this class's shadows, and is refused there if it keeps one of those objects ({@code
   * OnDemand.keptArgument}), which is what lets an object made here be given to the call ({@link
   * #confinesArgument}). The workspace-free adjoint (second order) calls contract adjoints only, which would re-run the
   * implementation's writes: it refuses the call ({@link #reach}).
   */
  private boolean strategyMutator(MethodRef m, ClassLibrary.Declaration d) {
    return (tangentMode || !workspaceFree) && strategyCall(m, d);
  }

  /**
   * A strategy call in reverse mode ({@link #strategyMutator}): reversed in split mode, its split adjoint dispatched on
   * the receiver's class at the call in the forward sweep and again, on the same receiver (as the reverse sweep has it,
   * taped where it may change), in the reverse sweep ({@link #splitAdjoint}).
   */
  private boolean strategySplit(MethodRef m) {
    if (tangentMode || own(m) || ruled(m)) return false;
    ClassLibrary.Declaration d = library.resolve(m);
    return strategyMutator(m, d) || dispatchedFactory(m, d);
  }

  /**
   * An abstract method of an interface or abstract class outside the JDK that no declaration marks, returning an object
   * with a shadow, with no one class with shadows below the type whose code it runs ({@link #implementationOf}): la4j's
   * {@code Vector.blankOfLength(n)}, implemented by {@code BasicVector} and {@code CompressedVector}, each returning a new
   * object of its own class, known only at run time. Joint reversal cannot give the caller the result's adjoint shadow,
   * and {@link #splitDeclaration} has no one code to host; so, as a strategy's ({@link #strategySplit}), the split adjoint
   * is dispatched on the receiver's class, in the forward sweep and again in the reverse, to the split adjoint its
   * implementation gets at its first call ({@code OnDemand.ofMethod}: refused there, naming the class, when it writes
   * memory). The workspace-free adjoint (second order) keeps the refusal.
   */
  private boolean dispatchedFactory(MethodRef m, ClassLibrary.Declaration d) {
    return !workspaceFree && d != null && !m.isStatic() && m.opcode() != Opcodes.INVOKESPECIAL && !ClassLibrary.isJdk(d.owner().name)
        && !SourceClass.isMarked(d.method()) && (d.method().access & Opcodes.ACC_ABSTRACT) != 0
        && isFactoryShape(m.desc(), shadows) && implementationOf(m) == null;
  }

  @Override
  public boolean dispatchedFactory(MethodRef m) {
    return !tangentMode && !own(m) && !ruled(m) && dispatchedFactory(m, library.resolve(m));
  }

  /** An object with a shadow as the result: the shape of an abstract factory ({@link #dispatchedFactory}). */
  static boolean isFactoryShape(String desc, dev.leibniz.core.ir.Shadows shadows) {
    Type r = Type.getReturnType(desc);
    return r.getSort() == Type.OBJECT && shadows.has(r);
  }

  /** A call of an abstract method of the strategy's shape, in either mode (see {@link #strategyMutator}). */
  private boolean strategyCall(MethodRef m, ClassLibrary.Declaration d) {
    if (d == null || m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL || ClassLibrary.isJdk(d.owner().name)
        || SourceClass.isMarked(d.method()) || (d.method().access & Opcodes.ACC_ABSTRACT) == 0) return false;
    return isStrategyShape(m.owner(), m.desc(), shadows);
  }

  /**
   * A result with no derivative and a parameter (not the receiver) with a shadow: the shape of a strategy mutator; or
   * an abstract setter: the receiver has a shadow and a {@code double}/{@code float} is given to it (la4j's {@code
   * Vector.set(int, double)}, whose numbers live in a subclass known only at run time, {@code
   * objects.SubclassSettersTest}). Either writes objects with shadows it is given, the receiver being one.
   */
  static boolean isStrategyShape(String owner, String desc, dev.leibniz.core.ir.Shadows shadows) {
    Type r = Type.getReturnType(desc);
    if (Types.isDifferentiable(r) || r.getSort() == Type.OBJECT || r.getSort() == Type.ARRAY) return false;
    boolean stored = false;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (t.getSort() == Type.OBJECT && shadows.has(t)) return true;
      stored |= Types.isScalar(t);
    }
    return stored && Companions.receiverShadow(owner, false, shadows);
  }

  /** Why the workspace-free adjoint refuses a strategy mutator ({@link #strategyMutator}), or null for another call. */
  private String strategyRefusal(MethodRef m, ClassLibrary.Declaration d) {
    if (strategyMutator(m, d) || !strategyCall(m, d)) return null;
    return "it is abstract and writes objects with derivatives it is given (a strategy such as a stepper updating a state),"
        + " and the workspace-free adjoint (second order) calls contract adjoints, which would run the writes of the"
        + " implementation chosen at run time again in the reverse sweep; second order is not given for such a call: use"
        + " the adjoint (it reverses the call in split mode) or the tangent";
  }

  /**
   * Null when the method of another class that {@code m} resolves to can be differentiated here
   * from its bytecode; otherwise why not, with the fix.
   */
  private String reach(MethodRef m, ClassLibrary.Declaration d) {
    MethodNode mn = d.method();
    String strategy = strategyRefusal(m, d);
    if (strategy != null) return strategy;
    if ((mn.access & Opcodes.ACC_NATIVE) != 0) {
      return "it is a native method; give a rule for it (@DerivativeRules) or pass its value as a parameter";
    }
    if (mn.name.startsWith("<")) {
      return "it is a constructor; objects are passive";
    }
    String inherited = inheritedFromPassiveClass(m, d);
    if (inherited != null) return inherited;
    boolean overridable = (mn.access & Opcodes.ACC_ABSTRACT) != 0 || !boundStatically(m, d);
    boolean objects = Companions.involvesShadows(d.owner().name, (mn.access & Opcodes.ACC_STATIC) != 0, mn.desc, shadows);
    if (!carriesDerivative(mn.desc) && !objects) {
      return overridable
          ? "it returns no derivative, and it can be overridden, so what a call runs (and writes) is not known; "
              + OverrideAdvice.bindStatically(m, (mn.access & Opcodes.ACC_ABSTRACT) != 0) + "; or pass the value as a"
              + " parameter (for a library's class, which you cannot change: keep the numbers in doubles inside the"
              + " differentiated method and call the library's methods outside it)"
          : "neither its result nor an array parameter can carry a derivative";
    }
    if (overridable) {
      return "it can be overridden, and dispatch needs its class file; give a rule for it (@DerivativeRules)";
    }
    return null;
  }

  /**
   * Why a call on a receiver with a shadow cannot run the code a superclass without shadows declares, when that code
   * calls overridable methods of its own receiver (LWJGL's final {@code Vector.length()} calling the abstract {@code
   * lengthSquared()} that {@code Vector3f} implements on its numbers): its companion would take no receiver shadow, so
   * what those calls read would reach the result with derivative 0. Null otherwise.
   */
  private String inheritedFromPassiveClass(MethodRef m, ClassLibrary.Declaration d) {
    MethodNode mn = d.method();
    String declaring = d.owner().name;
    boolean isStatic = (mn.access & Opcodes.ACC_STATIC) != 0;
    if (isStatic || Companions.receiverShadow(declaring, false, shadows) || mn.instructions == null) return null;
    // the receiver's class as the call named it, or (InheritedCalls names the declaring class) the class differentiated
    String receiver = !declaring.equals(m.owner()) ? m.owner() : superclassOrSelf(source.cn.name, declaring) ? source.cn.name : null;
    if (receiver == null || receiver.equals(declaring) || !Companions.receiverShadow(receiver, false, shadows)) return null;
    for (org.objectweb.asm.tree.AbstractInsnNode i : mn.instructions) {
      if (i instanceof org.objectweb.asm.tree.MethodInsnNode c && c.getOpcode() != Opcodes.INVOKESTATIC
          && c.getOpcode() != Opcodes.INVOKESPECIAL && carriesDerivative(c.desc) && superclassOrSelf(declaring, c.owner)) {
        String simple = declaring.substring(declaring.lastIndexOf('/') + 1);
        return "it is declared in " + simple + ", a class whose objects carry no derivatives, and calls " + c.name
            + "() of its receiver, which a " + receiver.substring(receiver.lastIndexOf('/') + 1) + " may compute"
            + " from numbers with derivatives that its companion would not see (derivative 0); write its computation"
            + " where you call it, calling " + c.name + "() there" + ((mn.access & Opcodes.ACC_FINAL) != 0 ? ""
                : " (or override " + mn.name + " in " + receiver.substring(receiver.lastIndexOf('/') + 1) + ")");
      }
    }
    return null;
  }

  /** Whether {@code named} is {@code c} or one of its superclasses (a call on the receiver names one). */
  private boolean superclassOrSelf(String c, String named) {
    for (org.objectweb.asm.tree.ClassNode k = library.classNode(c); k != null; k = k.superName == null ? null : library.classNode(k.superName)) {
      if (k.name.equals(named)) return true;
    }
    return false;
  }

  /** The method a call runs is the declaration itself ({@link ClassLibrary#bindsStatically}). */
  private boolean boundStatically(MethodRef m, ClassLibrary.Declaration d) {
    return library.bindsStatically(m, d);
  }

  private static boolean carriesDerivative(String desc) {
    if (Types.isDifferentiable(Type.getReturnType(desc))) return true;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (Types.isDifferentiableArray(t)) return true;
    }
    return false;
  }

  @Override
  public boolean notYet(MethodRef m) {
    String key = m.name() + m.desc();
    return own(m) && failures.get(key) instanceof ObjectRefusals.NotYet;
  }

  @Override
  public String bindingAdvice(MethodRef m) {
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    MethodNode declared = d != null ? d.method() : source.methods.get(m.name() + m.desc());
    String bound = d != null ? (boundStatically(m, d) ? whyBound(d.method(), d.owner()) : null)
        : declared != null ? whyBound(declared, source.cn) : null;
    if (bound != null) return splitRefusal(m, bound, d == null ? m.name() + m.desc() : SourceClass.hostedKey(d.owner().name, m.name(), m.desc()));
    return OverrideAdvice.bindStatically(m, declared != null && (declared.access & Opcodes.ACC_ABSTRACT) != 0);
  }

  /** Why {@code method} of {@code owner} binds statically ("class Quaternion is final"), or null when a subclass may override it. */
  private static String whyBound(MethodNode method, org.objectweb.asm.tree.ClassNode owner) {
    if ((method.access & Opcodes.ACC_STATIC) != 0) return "it is static";
    if ((method.access & Opcodes.ACC_PRIVATE) != 0) return "it is private";
    if ((method.access & Opcodes.ACC_FINAL) != 0) return "it is final";
    return (owner.access & Opcodes.ACC_FINAL) != 0 ? "class " + JavaSignature.className(owner.name) + " is final" : null;
  }

  /**
   * For a call that binds statically already, in place of advice to make it so: the split adjoint of {@code key} was not
   * built, and why (its failure, when recorded), which is what to change (Rajawali's {@code Quaternion.multiply(Vector3)},
   * of a final class, returning an object its receiver keeps in a field).
   */
  private String splitRefusal(MethodRef m, String bound, String key) {
    NotDifferentiable e = failures.containsKey(key) ? failures.get(key) : splitFailures.apply(key);
    return JavaSignature.method(m.owner(), m.name(), m.desc()) + " binds statically already (" + bound + "), but its split adjoint"
        + " could not be built" + (e == null ? "" : (e.line > 0 ? " (line " + e.line + ")" : "") + ": " + e.getMessage());
  }

  /** Why the split adjoint of a key could not be built (the mode's record), or null. */
  java.util.function.Function<String, NotDifferentiable> splitFailures = k -> null;

  /** Why the pair tangent of a key could not be built (the mode's record), or null. */
  java.util.function.Function<String, NotDifferentiable> pairFailures = k -> null;

  @Override
  public String pairRefusal(MethodRef m) {
    String key = own(m) ? m.name() + m.desc() : hostedKeyOf(m);
    NotDifferentiable e = !tangentMode || key == null ? null : pairFailures.apply(key);
    return e == null ? null : "that pair tangent could not be built" + (e.line > 0 ? " (line " + e.line + ")" : "") + ": " + e.getMessage();
  }

  @Override
  public String failure(MethodRef m) {
    String key = m.name() + m.desc();
    String shown = JavaSignature.method(m.owner(), m.name(), m.desc());
    if (own(m)) {
      NotDifferentiable e = failures.get(key);
      if (e == null) return null;
      // a part the core split off is named by the user's method it came from, which is what the user can change
      String callee = OutlinedNames.userMethod(m.name()) == null ? "the callee " + shown
          : OutlinedNames.part(m.owner(), m.name(), source.methods.containsKey(key) ? firstLine(source.methods.get(key)) : -1);
      return callee + " cannot be differentiated" + (e.line > 0 ? " (line " + e.line + ")" : "") + ": " + e.getMessage();
    }
    if (ClassLibrary.isJdk(m.owner())) return null;
    ClassLibrary.Declaration d = library.resolve(m);
    if (d == null) return null;
    NotDifferentiable e = failures.get(SourceClass.hostedKey(d.owner().name, m.name(), m.desc()));
    return e == null ? null : failedCallee(shown, e, d.owner());
  }

  @Override
  public String whyNot(MethodRef m) {
    String key = m.name() + m.desc();
    String shown = JavaSignature.method(m.owner(), m.name(), m.desc());
    if (own(m) && failures.containsKey(key)) return failure(m);
    if (own(m) && source.methods.containsKey(key)) {
      Type result = Type.getReturnType(m.desc());
      // an int size() of the receiver: its result carries nothing; what stops the call is the code it may run
      String lead = carriesDerivative(m.desc()) || Types.isReference(result)
          ? "the callee's result depends on an active value, and " + shown
          : (result.getSort() == Type.VOID ? "the callee returns nothing" : "the callee's " + JavaSignature.type(result)
              + " result carries no derivative") + ", but it is given an active value (the"
              + " receiver or an argument), and " + shown;
      int access = source.methods.get(key).access;
      // a method javac wrote (a bridge) has no source to annotate or make final: only the class's binding can change
      String advice = (access & Opcodes.ACC_SYNTHETIC) != 0
          ? "; it is a synthetic method that javac generated (a bridge), which has no source to annotate: make class "
              + JavaSignature.className(m.owner()) + " final, or declare the receiver with a final subclass of it"
          : "; annotate it, or " + OverrideAdvice.bindStatically(m, (access & Opcodes.ACC_ABSTRACT) != 0);
      return lead
          + " is an overridable instance method that is not @Differentiable (the receiver's class chooses its code at run time,"
          + " which may write what it is given)" + advice;
    }
    if (ClassLibrary.isJdk(m.owner()) && jdkFunctionalCall(m)) {
      return "the callee's result depends on an active value, and " + shown + " is the abstract method of the JDK's"
          + " functional interface " + JavaSignature.className(m.owner()) + ": the call runs whichever implementation the"
          + " receiver holds (a class of yours, a lambda), which the core cannot see from this call, and its result's declared"
          + " type " + JavaSignature.type(Type.getReturnType(m.desc())) + " carries no derivative through dispatch; "
          + OverrideAdvice.bindStatically(m, true) + " (or cast it to that class where you call it)";
    }
    if (ClassLibrary.isJdk(m.owner())) {
      return "the callee's result depends on an active value, and " + shown
          + " is a JDK method without a derivative rule; give a rule for it (@DerivativeRules) or pass its value as a parameter";
    }
    ClassLibrary.Declaration d = library.resolve(m);
    String jdkDeclarer = d == null ? jdkDeclarer(m.owner()) : null;
    if (jdkDeclarer != null) {
      // la4j's it.hasNext() on its abstract VectorIterator, which implements java.util.Iterator without declaring it
      return "the callee's result depends on an active value, and " + shown + " is not declared in "
          + JavaSignature.className(m.owner()) + " nor in a class above it outside the JDK: it comes from " + jdkDeclarer
          + ", so the receiver's class chooses at run time which code runs, and the core cannot see it from this call; "
          + OverrideAdvice.bindStatically(m, true) + " (or pass the value as a parameter)";
    }
    if (d == null) {
      return "the callee's result depends on an active value, and the class file of " + shown
          + " cannot be read (the agent reads it through the class loader; the transform command and the Maven plugin from the"
          + " class path: add it there); give a rule for it (@DerivativeRules) or pass its value as a parameter";
    }
    String hosted = SourceClass.hostedKey(d.owner().name, m.name(), m.desc());
    if (failures.containsKey(hosted)) return failure(m);
    if (dispatched(m, d)) {
      // a fallback the dispatch needs (the code a class with shadows runs for it) could not be differentiated: its reason
      for (ClassLibrary.Declaration runs : fallbacks(m, d)) {
        String fallback = SourceClass.hostedKey(runs.owner().name, m.name(), m.desc());
        if (failures.containsKey(fallback)) {
          return failedCallee(JavaSignature.method(runs.owner().name, m.name(), m.desc()) + ", the code " + shown
              + " runs for a " + JavaSignature.className(runs.owner().name) + ",", failures.get(fallback), runs.owner());
        }
      }
    }
    if (usesMarkedCompanion(m, d)) {
      String file = fileOf(d.owner());
      String why = library.failureOf(d.owner().name, m.name() + m.desc(), tangentMode);
      String unannotated = unannotatedShadowClasses(m);
      // the callee's own refusal, when it has one, is the cause (its code may reach the same writes): report that
      if (!unannotated.isEmpty() && why == null) {
        return "the callee " + shown + " (" + file + ":" + firstLine(d.method()) + ") gets no " + companionName(m)
            + " taking shadows of " + unannotated + ": that class is not annotated, and has shadows only where the code a"
            + " class's marked methods reach writes its fields — this method's does, " + JavaSignature.className(d.owner().name)
            + "'s does not, so their contracts differ; annotate " + unannotated + " @Differentiable so that both agree";
      }
      String where = " (" + file + ":" + firstLine(d.method()) + "): ";
      if (why != null) {
        return "the callee " + shown + " cannot be differentiated" + where + "it gets no " + companionName(m) + ", because its own diagnostic says: " + why;
      }
      return "the callee " + shown + " cannot be called here" + where + ContractMismatch.explain(companionName(m), companionDesc(m),
          library.companionDescs(d.owner().name, companionName(m)), d.owner().name);
    }
    return "the callee's result depends on an active value, and " + shown + " cannot be differentiated: " + reach(m, d);
  }

  /**
   * For a class whose file (and its supertypes' outside the JDK) can be read, the JDK supertypes that may declare a
   * method none of those declares ({@code the JDK's Iterator}), in Java syntax; null when a class file is missing (the
   * method may be there).
   */
  private String jdkDeclarer(String owner) {
    java.util.Set<String> jdk = new java.util.LinkedHashSet<>();
    java.util.Deque<String> work = new java.util.ArrayDeque<>(List.of(owner));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      String c = work.poll();
      if (!seen.add(c)) continue;
      if (ClassLibrary.isJdk(c)) {
        if (!c.equals("java/lang/Object")) jdk.add(JavaSignature.className(c));
        continue;
      }
      org.objectweb.asm.tree.ClassNode n = library.classNode(c);
      if (n == null) return null;
      work.addAll(n.interfaces);
      if (n.superName != null) work.add(n.superName);
    }
    return jdk.isEmpty() ? null : "the JDK's " + String.join(" or ", jdk);
  }

  /**
   * A call of the abstract method of a JDK functional interface ({@code DoubleFunction.apply}): its code is whatever
   * implementation the receiver holds, often the user's own class, so a rule for the JDK method is no advice. The JDK's
   * class files are not read, so the interface is known by its package and the method by its name.
   */
  private static boolean jdkFunctionalCall(MethodRef m) {
    return m.opcode() == Opcodes.INVOKEINTERFACE && m.owner().startsWith("java/util/function/")
        && FUNCTIONAL_METHODS.contains(m.name());
  }

  /** The abstract methods of {@code java.util.function}'s interfaces (their others are default or static). */
  private static final Set<String> FUNCTIONAL_METHODS = Set.of("apply", "applyAsDouble", "applyAsInt", "applyAsLong",
      "accept", "test", "get", "getAsDouble", "getAsInt", "getAsLong", "getAsBoolean");

  /** The classes nobody annotated that have shadows here among {@code m}'s parameter and result types (Java names), or "". */
  private String unannotatedShadowClasses(MethodRef m) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    java.util.List<Type> types = new java.util.ArrayList<>(java.util.List.of(Type.getArgumentTypes(m.desc())));
    types.add(Type.getReturnType(m.desc()));
    if (!m.isStatic()) types.add(Type.getObjectType(m.owner()));
    for (Type t : types) {
      Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (shadows.has(e) && !library.isShadowClass(e.getInternalName())) out.add(e.getClassName());
    }
    return String.join(", ", out);
  }

  private static String failedCallee(String shown, NotDifferentiable e, org.objectweb.asm.tree.ClassNode owner) {
    return "the callee " + shown + " cannot be differentiated"
        + (e.line > 0 ? " (" + fileOf(owner) + ":" + e.line + ")" : "") + ": " + e.getMessage();
  }

  /** The source file {@code owner} names (Scala's, Kotlin's), else its outermost class's name with .java. */
  private static String fileOf(org.objectweb.asm.tree.ClassNode owner) {
    if (owner.sourceFile != null) return owner.sourceFile;
    String simple = owner.name.substring(owner.name.lastIndexOf('/') + 1);
    int dollar = simple.indexOf('$');
    return (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
  }

  private static int firstLine(MethodNode m) {
    for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
      if (n instanceof org.objectweb.asm.tree.LineNumberNode) return ((org.objectweb.asm.tree.LineNumberNode) n).line;
    }
    return -1;
  }

  private SingularSummaries singular;

  @Override
  public boolean mayHaveInfinitePartial(MethodRef m) {
    if (singular == null) singular = new SingularSummaries(source, library);
    return singular.mayHaveInfinitePartial(m);
  }

  private RoundingSummaries rounding;

  @Override
  public boolean mayReturnRounded(MethodRef m) {
    if (rounding == null) rounding = new RoundingSummaries(source, library);
    return rounding.mayReturnRounded(m);
  }

  private ToleranceSummaries tolerance;

  @Override
  public java.util.BitSet toleranceTested(MethodRef m) {
    if (tolerance == null) tolerance = new ToleranceSummaries(source, library);
    return tolerance.toleranceTested(m, this);
  }

  @Override
  public boolean dispatchedWithoutCode(MethodRef m) {
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    // not a marked abstract method, nor one of an annotated class: their implementations are transformed as
    // they load and may write their own state (a filter stage), which a joint reversal would re-run
    return dispatched(m, d) && (d == null || ((d.method().access & Opcodes.ACC_ABSTRACT) != 0 && !SourceClass.isMarked(d.owner())));
  }

  @Override
  public boolean isPure(MethodRef m) {
    return ruled(m) ? Type.getReturnType(m.desc()).getSort() != Type.VOID : writes.of(m).isEmpty();
  }

  /** A callee with a rule is taken to write its array arguments only when it returns nothing. */
  @Override
  public boolean returnsFreshArray(MethodRef m) {
    return !ruled(m) && writes.returnsFreshArray(m);
  }

  @Override
  public boolean returnsFreshObject(MethodRef m) {
    return !ruled(m) && writes.returnsFreshObject(m);
  }

  /** The code a call of {@code m} names writes nothing and returns new objects made blank ({@link dev.leibniz.core.analysis.FreshObjects}). */
  @Override
  public dev.leibniz.core.analysis.FreshObjects.Made freshObject(MethodRef m) {
    return ruled(m) || !writes.of(m).isEmpty() ? null : writes.freshObject(m);
  }

  /** What a pool's take {@code m} hands out ({@link WriteSummaries#pooledObject}): only a call that runs the code it names. */
  @Override
  public dev.leibniz.core.analysis.FreshObjects.Made pooledObject(MethodRef m) {
    return ruled(m) || !dev.leibniz.core.analysis.FreshObjects.boundStatically(m) ? null : writes.pooledObject(m);
  }

  @Override
  public boolean writesOnlyReceiver(MethodRef m) {
    return !ruled(m) && writes.receiverOnly(m);
  }

  @Override
  public boolean movesRows(MethodRef m) {
    return !ruled(m) && writes.of(m).get(ParamWrites.MOVES_ROWS);
  }

  @Override
  public boolean writesArgument(MethodRef m, int argIndex) {
    if (argIndex == ParamWrites.THROWING_WRITES) return writesBeforeThrowing(m);
    boolean fields = argIndex == ParamWrites.FIELDS || argIndex == ParamWrites.FOUND_CALLEE_FIELDS
        || argIndex == ParamWrites.NON_WHOLE_FIELDS;
    if (ruled(m)) {
      return !fields && Type.getReturnType(m.desc()).getSort() == Type.VOID;
    }
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    if (objectQuery(m, d) && !implementationsOf(m).isEmpty()) return queryWrites(m, argIndex);
    if ((dispatched(m, d) && !mutator(m, d)) || abstractMarked(m)) {
      if (argIndex == ParamWrites.BIT_PATTERNS) return readsBitsWhenRun(m, d);
      return !fields && mayHoldArray(m, argIndex); // implementations are assumed not to write fields
    }
    return mayHoldArray(m, argIndex) && writes.of(throughImplementation(m, d)).get(argIndex);
  }

  /**
   * {@link ParamWrites#THROWING_WRITES}, a finding of analysed code (as {@link #movesRows}): false for a ruled method, and
   * for a dispatched one, whose implementations are taken to write no field and are judged at their own class.
   */
  private boolean writesBeforeThrowing(MethodRef m) {
    if (ruled(m)) return false;
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    if ((dispatched(m, d) && !mutator(m, d)) || abstractMarked(m)) return false;
    return writes.of(throughImplementation(m, d)).get(ParamWrites.THROWING_WRITES);
  }

  /**
   * What an {@link #objectQuery} writes: what any of the implementations the classes with shadows run writes (their code
   * is what runs for every receiver that passes the run-time check; another class is named there). Unlike a getter's
   * "implementations write no fields", this is their own summary: a read-only {@code equals} writes nothing, so an object
   * written after the call needs no snapshot and the adjoint reverses the call jointly (its result carries nothing);
   * one that writes what it is given is refused in reverse mode as any such callee is.
   */
  private boolean queryWrites(MethodRef m, int argIndex) {
    String key = m.owner() + "." + m.name() + m.desc();
    if (!queriesJudged.add(key)) return true; // an implementation that asks the same again: taken to write (a guess)
    try {
      for (ClassLibrary.Declaration run : implementationsOf(m)) {
        MethodRef named = new MethodRef(Opcodes.INVOKEVIRTUAL, run.owner().name, m.name(), m.desc(), false);
        if (writes.ofBeyondDispatch(named, this::checkedAtRunTime, this::checkedWrites).get(argIndex)) return true;
      }
      return false;
    } finally {
      queriesJudged.remove(key);
    }
  }

  @Override
  public boolean isReadOnlyQuery(MethodRef m) {
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    if (!objectQuery(m, d) || implementationsOf(m).isEmpty()) return false;
    int[] bits = {0, 1, ParamWrites.FIELDS, ParamWrites.CALLEE_FIELDS, ParamWrites.UNKNOWN, ParamWrites.FOUND_CALLEE_FIELDS};
    for (int b : bits) {
      if (queryWrites(m, b)) return false;
    }
    return true;
  }

  /** What a call {@link #checkedAtRunTime} writes: its arrays as the oracle says; no field, its code checked where it runs. */
  private boolean checkedWrites(MethodRef m, int argIndex) {
    return argIndex != ParamWrites.CALLEE_FIELDS && writesArgument(m, argIndex);
  }

  /** The queries being judged ({@link #queryWrites}), against recursion. */
  private final Set<String> queriesJudged = new java.util.HashSet<>();

  /** A getter or query dispatched with a check of the receiver's class at run time: what it runs writes no field. */
  private boolean checkedAtRunTime(MethodRef m) {
    ClassLibrary.Declaration d = own(m) ? null : library.resolve(m);
    return d != null && !ClassLibrary.isJdk(d.owner().name) && dispatched(m, d) && !mutator(m, d);
  }

  /**
   * For an abstract method of an interface or abstract class that has shadow slots as the supertype of
   * one class with shadows (Flink ML's {@code Vector.size()}, DenseVector's), that class's declaration:
   * the code such a call runs, which a kept call checks the receiver's class against
   * ({@code DispatchedCalls}, {@code Helpers.relinkRuns}); else {@code m} itself.
   */
  private MethodRef throughImplementation(MethodRef m, ClassLibrary.Declaration d) {
    if (d != null && (d.method().access & Opcodes.ACC_ABSTRACT) == 0) return m;
    ClassLibrary.Declaration run = implementationOf(m);
    if (run == null) return m;
    boolean itf = (run.owner().access & Opcodes.ACC_INTERFACE) != 0;
    return new MethodRef(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, run.owner().name, m.name(), m.desc(), itf);
  }

  /**
   * The code a dispatched call of {@code m} (declared by {@code d}) runs for receivers without companions of
   * their own, each a fallback companion generated here (Relocation.Dispatch): the declaration when it has
   * code; for an abstract method, {@link #implementationsOf}; else none.
   */
  private List<ClassLibrary.Declaration> fallbacks(MethodRef m, ClassLibrary.Declaration d) {
    if (d == null) return List.of();
    return (d.method().access & Opcodes.ACC_ABSTRACT) == 0 ? List.of(d) : implementationsOf(m);
  }

  /** The one of {@link #implementationsOf} when exactly one class with shadows is below the type, else null. */
  private ClassLibrary.Declaration implementationOf(MethodRef m) {
    List<ClassLibrary.Declaration> runs = implementationsOf(m);
    return runs.size() == 1 && shadows.implementations(m.owner()).size() == 1 ? runs.get(0) : null;
  }

  /**
   * For a call of an abstract method of an interface or abstract class that has shadow slots as the
   * supertype of classes with shadows ({@code v.get(i)} on {@code Vec v}, {@code Dense}'s; {@code s.area()} on
   * {@code Shape s}, {@code Circle}'s and {@code Square}'s), the declarations those classes run, without
   * repeats, when each has code: what the call runs for receivers that pass the check of their class
   * (Helpers.relinkOr, relinkRuns); else none (one of them without code, or none below).
   */
  private List<ClassLibrary.Declaration> implementationsOf(MethodRef m) {
    if (m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL) return List.of();
    Map<String, ClassLibrary.Declaration> runs = new java.util.LinkedHashMap<>();
    for (String below : shadows.implementations(m.owner())) {
      ClassLibrary.Declaration run = library.resolve(new MethodRef(Opcodes.INVOKEVIRTUAL, below, m.name(), m.desc(), false));
      // its companion must take the receiver's shadow, as the site passes it
      // (and hosted from another class: Relocation.dispatch takes a site owned by this class for one without fallback)
      if (run == null || (run.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || own(run.owner().name)
          || !Companions.receiverShadow(run.owner().name, false, shadows)) {
        return List.of();
      }
      runs.putIfAbsent(run.owner().name, run);
    }
    return List.copyOf(runs.values());
  }

  /**
   * Whether the code a dispatched call runs for the declared class reads bit patterns: that code's
   * answer when the declaration has code (a library method such as {@code
   * PolynomialFunction.value}); true for an abstract one (its implementations are not known here).
   * Overrides are differentiated from their own code, where a bit read is judged again. Answering
   * true for every dispatched call made each integer read after it (an index from {@code
   * Arrays.binarySearch}) count as bits of an active value, a false refusal.
   */
  private boolean readsBitsWhenRun(MethodRef m, ClassLibrary.Declaration d) {
    // an abstract method of this class (marked, or a hook: SourceClass.abstractHooks) as its write summary says: one
    // returning a number reads no bits (WriteSummaries.isAbstractNumber), its implementations judged by their own code
    if (d == null && own(m) && source.abstractMarked(m.name() + m.desc())) return writes.of(m).get(ParamWrites.BIT_PATTERNS);
    if (d == null || (d.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return true;
    MethodRef declared = new MethodRef(m.opcode(), d.owner().name, m.name(), m.desc(), m.itf());
    return writes.of(declared).get(ParamWrites.BIT_PATTERNS);
  }

  /**
   * A call of a marked method without code (an interface callback such as {@code Term.value}):
   * like a dispatched call, it runs whatever the receiver's class implements, which is not known
   * here, so, as for dispatched calls, implementations are assumed not to write fields.
   */
  private boolean abstractMarked(MethodRef m) {
    if (m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL) return false;
    if (own(m)) {
      String key = m.name() + m.desc();
      return source.abstractMarked(key);
    }
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && SourceClass.isMarked(d.method()) && (d.method().access & Opcodes.ACC_ABSTRACT) != 0;
  }

  /**
   * Only an array can be written "into": a receiver or another object argument is written through
   * its fields (bit 255), so an analysis that gives up on a callee (an interface method) must not
   * make its callers copy such an argument as if it were an array.
   */
  private static boolean mayHoldArray(MethodRef m, int argIndex) {
    if (argIndex == 255) return true;
    int self = m.isStatic() ? 0 : 1;
    if (argIndex < self) return false;
    Type[] args = Type.getArgumentTypes(m.desc());
    if (argIndex - self >= args.length) return true;
    Type t = args[argIndex - self];
    return t.getSort() == Type.ARRAY || t.getDescriptor().equals("Ljava/lang/Object;");
  }

  /** The own methods whose split adjoint exists in this round (adjoint mode; filled by {@link ModeUnit}). */
  final Set<String> splits;

  /** Hosted split adjoints whose build failed: their callers reverse the call jointly (or refuse it). */
  final Set<String> refusedSplits;

  /**
   * Own methods: whether their split adjoint exists in this round ({@link ModeUnit} fills {@link
   * #splits}). Methods of other classes differentiated here are reversed split when they may write
   * something ({@link #isDifferentiable} adds them) or take or return objects with shadows ({@link
   * #hostedSplit}).
   */
  @Override
  public boolean hasSplitAdjoint(MethodRef m) {
    if (own(m)) return (hasAdjointBody(m) || guardedOwnSplit(m.name() + m.desc())) && splits.contains(m.name() + m.desc());
    if (strategySplit(m)) return true; // dispatched to the implementation's, generated at its first call
    String writing = workspaceFree ? null : hostedKeyOf(m);
    if (writing != null && splits.contains(writing)) return true;
    String hosted = hostedSplit(m);
    if (hosted == null || refusedSplits.contains(hosted) || failures.containsKey(hosted)) return false;
    splits.add(hosted); // built in this round, after the callers that asked
    return true;
  }

  /**
   * A callee of another class differentiated here from its bytecode (one that writes nothing, and
   * so is otherwise reversed jointly) gets a hosted split adjoint when a caller writes a field or
   * static after the call: the callee may read it, and its split forward runs once, at the call.
   */
  @Override
  public boolean splitOnRequest(MethodRef m) {
    if (tangentMode || workspaceFree || Type.getReturnType(m.desc()).getSort() == Type.ARRAY || !isDifferentiable(m)) return false;
    if (own(m)) return ownSplitOnRequest(m.name() + m.desc());
    String key = hostedKeyOf(m);
    if (key == null || refusedSplits.contains(key) || failures.containsKey(key)) return false;
    ClassLibrary.Declaration d = library.resolve(m);
    if (d == null || (d.method().access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0) return false;
    splits.add(key); // built in this round (or the next, if it was discovered in this one)
    return true;
  }

  /** Own overridable methods whose split adjoint, behind the receiver check, a caller asked for ({@link #ownSplitOnRequest}). */
  final Set<String> requestedOwnSplits;

  /**
   * An overridable method of this class (marked or a dispatched helper) that a caller cannot reverse jointly: it passes
   * an object with a shadow that is written after the call, or writes a field or static after it (ECoordinate's
   * {@code epsCoordinate()} before {@code m_value = r}, LWJGL's {@code src.determinant()} before writing {@code dest},
   * which may be {@code src}). Its split adjoint is built from this class's code, and the call checks that the receiver
   * runs that code ({@link #splitGuard}): the forward runs once, at the call, on the state the call sees, and a receiver
   * whose class overrides the method fails naming it, never the derivative of code it does not run.
   */
  private boolean ownSplitOnRequest(String key) {
    MethodNode mn = source.methods.get(key);
    if (mn == null || mn.name.startsWith("<") || source.isInterface || refusedSplits.contains(key) || failures.containsKey(key)
        || !(source.marked.contains(key) || source.dispatchedHelpers.contains(key))
        || (mn.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
        || (source.cn.access & Opcodes.ACC_FINAL) != 0) {
      return false;
    }
    requestedOwnSplits.add(key);
    splits.add(key); // built in this round, after the callers that asked
    return true;
  }

  /**
   * The key of the hosted split adjoint of a callee of another class that takes or returns objects
   * with shadows, or null. Joint reversal would run such a callee again in the reverse sweep, from
   * the objects' state at that time (objects are not snapshotted); its split adjoint, generated here
   * from its bytecode (marked or not: its own companions are joint ones), runs its forward sweep
   * once, in the caller's, and records what its reverse reads. Only a callee that a call binds
   * statically (static, private, final, or in a final class) can be copied: an overridable one runs
   * whatever the receiver's class declares.
   */
  private String hostedSplit(MethodRef m) {
    if (tangentMode || workspaceFree || ruled(m) || m.name().startsWith("<")) return null;
    ClassLibrary.Declaration d = splitDeclaration(m);
    if (d == null || (!boundStatically(m, d) && !guardable(m, d))) return null;
    MethodNode mn = d.method();
    boolean isStatic = (mn.access & Opcodes.ACC_STATIC) != 0;
    Type result = Type.getReturnType(mn.desc);
    if ((mn.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0 || result.getSort() == Type.ARRAY
        || !Companions.involvesShadows(d.owner().name, isStatic, mn.desc, shadows)) {
      return null;
    }
    String key = SourceClass.hostedKey(d.owner().name, m.name(), m.desc());
    source.host(key, d);
    if (!work.contains(key)) discovered.add(key);
    return key;
  }

  /**
   * The declaration whose code a split adjoint of {@code m} is hosted from: the one the call names; or, for an abstract
   * method of an interface or abstract class returning an object with a shadow (Ardor3D's {@code ReadOnlyVector3.normalize(store)}
   * on a {@code ReadOnlyVector3}, {@code Vector3}'s), the code of the one class with shadows below that type ({@link
   * #implementationOf}), called behind the check that the receiver runs it ({@link #splitGuard}): joint reversal cannot
   * give the caller the result's adjoint shadow, and a receiver of another class fails naming it.
   */
  private ClassLibrary.Declaration splitDeclaration(MethodRef m) {
    ClassLibrary.Declaration d = library.resolve(m);
    if (tangentMode || d == null || (d.method().access & Opcodes.ACC_ABSTRACT) == 0 || own(m) || m.isStatic()
        || !shadows.has(Type.getReturnType(m.desc())) || SourceClass.isMarked(d.method())) {
      return d;
    }
    ClassLibrary.Declaration run = implementationOf(m);
    return run == null || (run.owner().access & Opcodes.ACC_INTERFACE) != 0 ? d : run;
  }

  /**
   * An overridable callee of another class (a class, not an interface, this class can name) whose
   * code can be hosted as a split adjoint for receivers that run it: the caller checks before the
   * forward call that the receiver's class does not override it ({@link #splitGuard}), so a
   * receiver running other code fails, naming its class, instead of giving this code's derivative.
   */
  private boolean guardable(MethodRef m, ClassLibrary.Declaration d) {
    // only what joint reversal cannot do (a callee writing memory, or returning an object with a
    // shadow); a pure one keeps dispatching to the receiver's own companions
    return !own(m) && !m.isStatic() && (d.owner().access & Opcodes.ACC_INTERFACE) == 0
        && (m.opcode() == Opcodes.INVOKEVIRTUAL || m.opcode() == Opcodes.INVOKEINTERFACE)
        && (!isPure(m) || shadows.has(Type.getReturnType(m.desc())));
  }

  /**
   * An overridable method of this class (a dispatched helper) that joint reversal cannot reverse: it takes or
   * returns objects with shadows and writes memory or returns such an object (dyn4j's {@code rotate(cos, sin, x,
   * y)} writing {@code this.x} and returning {@code this}), or one (also a marked one) whose code writes a field. Like
   * an overridable callee of another class ({@link
   * #guardable}), it is reversed in split mode from this class's code, behind a check that the receiver runs that
   * code ({@link #splitGuard}); its tangent keeps dispatching.
   */
  boolean guardedOwnSplit(String key) {
    if (tangentMode || workspaceFree) return false;
    if (requestedOwnSplits.contains(key)) return true; // a caller that cannot reverse it jointly asked
    if (overridableMarkedObjectResult(key)) return true;
    boolean helper = source.dispatchedHelpers.contains(key);
    if (!helper && !overridableMarked(key)) return false;
    MethodNode mn = source.methods.get(key);
    if (mn == null) return false;
    MethodRef m = new MethodRef(Opcodes.INVOKEVIRTUAL, source.cn.name, mn.name, mn.desc, source.isInterface);
    // one whose analysed code writes a field (JTK's interpolate0 caching its interval through index(x); a marked one
    // counting its calls, Tinfour's halfPlane): a joint reversal would run the write again in the reverse sweep
    // (reverse.CallReversal refuses it); the split runs it once
    if ((writesArgument(m, ParamWrites.FIELDS) || writesArgument(m, ParamWrites.FOUND_CALLEE_FIELDS))
        && !writesArgument(m, ParamWrites.UNKNOWN)) {
      return true;
    }
    if (!helper || !Companions.involvesShadows(source.cn.name, false, mn.desc, shadows)) return false;
    return shadows.has(Type.getReturnType(mn.desc)) || !isPure(m);
  }

  /**
   * A marked overridable method of this class returning an object with a shadow (Ardor3D's {@code multiply(scalar,
   * store)} returning the store, Commons Geometry's {@code cross(v)} returning a new vector): its joint adjoint, which
   * dispatch would choose, takes the result's seed but cannot give its caller the result's adjoint shadow, which the
   * caller's reverse sweep reads and writes ({@link ObjectRefusals}). Reversed in split mode from this class's code,
   * which leaves that shadow on the tape, behind the check that the receiver runs that code ({@link #splitGuard}): an
   * override (marked too, with companions of its own) fails naming its class, never this code's derivative.
   */
  private boolean overridableMarkedObjectResult(String key) {
    return overridableMarked(key) && shadows.has(Type.getReturnType(source.methods.get(key).desc));
  }

  /** A marked method of this class (not an interface) with code that a subclass may override. */
  private boolean overridableMarked(String key) {
    MethodNode mn = source.methods.get(key);
    return mn != null && source.marked.contains(key) && !mn.name.startsWith("<") && !source.isInterface
        && (mn.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0
        && (source.cn.access & Opcodes.ACC_FINAL) == 0;
  }

  /**
   * An overridable method of this class (a dispatched helper) that tangent mode would call twice, for its value and
   * for its tangent: it returns a number and writes a field or static, itself or deeper (WPILib's {@code
   * PIDController.calculate(measurement, setpoint)} ending in {@code return calculate(measurement)}), or a marked one
   * (Tinfour's {@code halfPlane(...)} counting its calls in {@code nHalfPlaneCalls}, called by the marked {@code
   * area(a, b, c)}). Like a split adjoint ({@link #guardedOwnSplit}), its pair tangent is this class's code, called
   * behind a check that the receiver runs that code ({@link #splitGuard}); a receiver that overrides it fails, naming
   * its class.
   */
  boolean guardedOwnPair(String key) {
    if (!tangentMode || !(source.dispatchedHelpers.contains(key) || overridableMarked(key))) return false;
    MethodNode mn = source.methods.get(key);
    MethodRef m = new MethodRef(Opcodes.INVOKEVIRTUAL, source.cn.name, mn.name, mn.desc, source.isInterface);
    return writesArgument(m, ParamWrites.FIELDS) || writesArgument(m, ParamWrites.FOUND_CALLEE_FIELDS);
  }

  /** For a split adjoint or pair tangent of an overridable method: see {@link Callees#splitGuard}. */
  @Override
  public String splitGuard(MethodRef m) {
    if (own(m)) {
      String key = m.name() + m.desc();
      boolean guarded = tangentMode ? guardedOwnPair(key) && pairs.contains(key) : guardedOwnSplit(key) && splits.contains(key);
      return !m.isStatic() && guarded ? source.cn.name.replace('/', '.') : null;
    }
    if (m.isStatic() || strategySplit(m)) return null; // a strategy's split adjoint is the receiver's own
    ClassLibrary.Declaration d = splitDeclaration(m);
    return d == null || boundStatically(m, d) || !guardable(m, d) ? null : d.owner().name.replace('/', '.');
  }

  /**
   * Where the split adjoint of {@code m} lives: next to it (own methods), hosted here, or, for a strategy call, with the
   * receiver's class: a placeholder that {@link Relocation#dispatch} turns into an {@code invokedynamic} dispatched on the
   * receiver's class (no fallback: the method is abstract), its reverse sweep ({@link Companions#splitReverseName}) a
   * site of its own, so each sweep links the implementation's split adjoint generated at its first call.
   */
  @Override
  public MethodRef splitAdjoint(MethodRef m) {
    if (own(m)) return Callees.super.splitAdjoint(m);
    if (strategySplit(m)) {
      String desc = Companions.splitBodyDesc(m.owner(), false, m.desc(), shadows);
      return new MethodRef(Opcodes.INVOKESTATIC, source.cn.name, Relocation.DISPATCH_PREFIX + Companions.splitBodyName(m.name()),
          Companions.staticForm(m.owner(), desc), source.isInterface);
    }
    ClassLibrary.Declaration d = splitDeclaration(m);
    String owner = d.owner().name;
    String desc = Companions.splitBodyDesc(owner, m.isStatic(), m.desc(), shadows);
    return new MethodRef(Opcodes.INVOKESTATIC, source.cn.name, Companions.hostedName(owner, Companions.splitBodyName(m.name())),
        m.isStatic() ? desc : Companions.staticForm(owner, desc), source.isInterface);
  }

  /** Per own method: the stable-argument masks its callers asked for this round (filled by {@link #hasStableSplit}). */
  final Map<String, Set<Long>> stableSplits = new java.util.LinkedHashMap<>();
  /** {@code key#mask} of the stable-argument split adjoints that could not be built. */
  final Set<String> failedStableSplits;

  @Override
  public boolean hasStableSplit(MethodRef m, long stable) {
    String key = m.name() + m.desc();
    if (stable == 0 || !own(m) || !hasSplitAdjoint(m) || failedStableSplits.contains(key + "#" + stable)) return false;
    askStableSplit(key, stable);
    records.wrote(() -> askStableSplit(key, stable)); // asked again when the build is reused
    return true;
  }

  private void askStableSplit(String key, long stable) {
    stableSplits.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(stable);
  }

  /**
   * Workspace-free (the classic adjoint second order differentiates): calls go to the callees'
   * contract adjoints, never to bodies or split adjoints.
   */
  boolean workspaceFree;

  /**
   * The methods whose pair tangent exists in this round (tangent mode; filled by {@link ModeUnit}):
   * own ones by {@code name+desc}, hosted ones (of other classes, differentiated here) by {@link
   * SourceClass#hostedKey}.
   */
  final Set<String> pairs;

  @Override
  public boolean hasPairTangent(MethodRef m) {
    if (!tangentMode) return false;
    if (own(m)) return pairs.contains(m.name() + m.desc());
    String hosted = hostedKeyOf(m);
    return hosted != null && pairs.contains(hosted);
  }

  @Override
  public boolean hasAdjointBody(MethodRef m) {
    String key = m.name() + m.desc();
    return !workspaceFree && own(m) && source.methods.containsKey(key) && source.helperCandidate(source.methods.get(key));
  }

  @Override
  public boolean hasDistinctVariant(MethodRef m) {
    return own(m) && m.isStatic() && variants.contains(m.name() + m.desc());
  }
}

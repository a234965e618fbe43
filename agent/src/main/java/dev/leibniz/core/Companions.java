package dev.leibniz.core;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.core.ir.Shadows;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The generated-member vocabulary, in one place: companion names and descriptors per the public
 * contract (defined once in {@link CompanionContract}, which the annotation processor and {@code
 * Derivatives} use too), and the names of the private helpers generated into a class.
 */
public final class Companions {
  public static final String TANGENT = CompanionContract.TANGENT_SUFFIX;
  public static final String ADJOINT = CompanionContract.ADJOINT_SUFFIX;
  public static final String ANNOTATION = "Ldev/leibniz/Differentiable;";

  /** The method's {@code @Differentiable}, or null when it has none. */
  static AnnotationNode mark(MethodNode m) {
    for (List<AnnotationNode> list : java.util.Arrays.asList(m.visibleAnnotations, m.invisibleAnnotations)) {
      if (list == null) continue;
      for (AnnotationNode a : list) {
        if (a.desc.equals(ANNOTATION)) return a;
      }
    }
    return null;
  }

  /** The value ASM read for attribute {@code name} of {@code mark} (an Integer, a Boolean), null when absent or unmarked. */
  static Object markAttribute(AnnotationNode mark, String name) {
    if (mark == null || mark.values == null) return null;
    for (int k = 0; k + 1 < mark.values.size(); k += 2) {
      if (mark.values.get(k).equals(name)) return mark.values.get(k + 1);
    }
    return null;
  }
  /** Prefix of the private static helpers (zeros, tape growth, array adjoints). */
  public static final String HELPER_PREFIX = "leibniz$";

  private Companions() {}

  public static String tangentName(String name) {
    return name + TANGENT;
  }

  /** The vector tangent companion ({@code @Differentiable(tangents = true)}): k directions per call. */
  public static String vectorTangentName(String name) {
    return name + CompanionContract.VECTOR_TANGENT_SUFFIX;
  }

  /**
   * The private body of a vector tangent: the public {@code m$tangents} takes the calling thread's
   * workspace (as an adjoint does) and calls it; calls between vector tangents of one class pass
   * the workspace on, so their work arrays and shadows are reused from one call to the next.
   */
  public static String vectorTangentBodyName(String name) {
    return vectorTangentName(name) + "$body";
  }

  /** A vector tangent body's descriptor: the vector tangent's, then the workspace. */
  public static String vectorTangentBodyDesc(String desc) {
    String v = vectorTangentDesc(desc);
    int close = v.indexOf(')');
    return v.substring(0, close) + WORKSPACE + v.substring(close);
  }

  /** The sparsity companion (with {@code tangents = true}): the input columns each value depends on. */
  public static String patternName(String name) {
    return name + CompanionContract.PATTERN_SUFFIX;
  }

  /** See {@link dev.leibniz.core.forward.VectorTangentBuilder#vectorDesc}. */
  public static String vectorTangentDesc(String desc) {
    return dev.leibniz.core.forward.VectorTangentBuilder.vectorDesc(desc);
  }

  public static String adjointName(String name) {
    return name + ADJOINT;
  }

  /** The vector adjoint ({@code @Differentiable(adjoints = true)}): k seeds, one forward sweep, k reverse sweeps. */
  public static String vectorAdjointName(String name) {
    return name + CompanionContract.VECTOR_ADJOINT_SUFFIX;
  }

  /** {@code m$adjointsSet}: {@link CompanionContract#VECTOR_ADJOINT_SET_SUFFIX}. */
  public static String vectorAdjointSetName(String name) {
    return name + CompanionContract.VECTOR_ADJOINT_SET_SUFFIX;
  }

  /** {@code m$adjointsInto}: {@link CompanionContract#VECTOR_ADJOINT_INTO_SUFFIX}. */
  public static String vectorAdjointIntoName(String name) {
    return name + CompanionContract.VECTOR_ADJOINT_INTO_SUFFIX;
  }

  /** See {@link CompanionContract#vectorAdjointIntoDescriptor}. */
  public static String vectorAdjointIntoDesc(String desc) {
    return CompanionContract.vectorAdjointIntoDescriptor(desc);
  }

  /** See {@link CompanionContract#vectorAdjointDescriptor}. */
  public static String vectorAdjointDesc(String desc) {
    return CompanionContract.vectorAdjointDescriptor(desc);
  }

  /** The private adjoint variant that may assume its array parameters are distinct arrays. */
  public static String distinctAdjointName(String name) {
    return name + ADJOINT + "$distinct";
  }

  /**
   * The private body of an adjoint: the public (or helper) {@code m$adjoint} takes the calling
   * thread's tape workspace and calls it; calls between companions of one class pass their
   * workspace on, so one gradient uses one set of tapes, reused from one gradient to the next.
   */
  public static String adjointBodyName(String name) {
    return name + ADJOINT + "$body";
  }

  /** The tape workspace: {@code Object[]} (layout in {@code dev.leibniz.core.emit.Workspace}). */
  public static final String WORKSPACE = "[Ljava/lang/Object;";

  /** A private adjoint body's descriptor: the adjoint's, then the tape workspace. */
  public static String adjointBodyDesc(String desc) {
    return withWorkspace(adjointDesc(desc));
  }

  /** {@link #adjointBodyDesc} with objects (README, "Objects"): the adjoint shadows as in {@link #adjointDesc(String, boolean, String, Shadows)}. */
  public static String adjointBodyDesc(String owner, boolean isStatic, String desc, Shadows shadows) {
    return withWorkspace(adjointDesc(owner, isStatic, desc, shadows));
  }

  private static String withWorkspace(String adjointDesc) {
    int close = adjointDesc.indexOf(')');
    return adjointDesc.substring(0, close) + WORKSPACE + adjointDesc.substring(close);
  }

  /**
   * The private split adjoint of a callee: its forward sweep, which leaves on the workspace's tapes
   * what its reverse needs and returns the primal result (called with mode 1); the reverse sweep is
   * a method of its own, {@link #splitReverseName} (called from the caller's reverse sweep with the
   * same arguments again and mode 2).
   */
  public static String splitBodyName(String name) {
    return name + ADJOINT + "$split";
  }

  /**
   * The reverse sweep of split adjoint {@code splitName} (a {@link #splitBodyName} or {@link
   * #stableSplitName}, hosted or not), emitted as a method of its own; the forward sweep keeps
   * {@code splitName}. Same descriptor.
   */
  public static String splitReverseName(String splitName) {
    return splitName + "$reverse";
  }

  /**
   * A split adjoint that may read the arrays of the arguments in {@code stable} (bit {@code a}:
   * argument {@code a}, receiver first) again in its reverse sweep instead of recording what it
   * read: its caller proves that nothing writes them between the two calls.
   */
  public static String stableSplitName(String name, long stable) {
    long args = stable & ~SPLIT_DISTINCT;
    return splitBodyName(name) + ((stable & SPLIT_DISTINCT) != 0 ? "$distinct" : "") + (args != 0 ? "$stable" + Long.toHexString(args) : "");
  }

  /**
   * Bit of a {@link #stableSplitName} mask: the caller proves the array arguments the callee writes
   * distinct from its other array arguments (the proof of {@link #distinctAdjointName}), so the
   * split adjoint is built with distinct parameters: a read of an array it does not write is
   * loop-invariant where its index is ({@code m$adjoint$split$distinct...}, issue 11).
   */
  public static final long SPLIT_DISTINCT = 1L << 63;

  /** Mode of a split adjoint call: the forward sweep. */
  public static final int SPLIT_FORWARD = 1;
  /** Mode of a split adjoint call: the reverse sweep. */
  public static final int SPLIT_REVERSE = 2;

  /** A split adjoint's descriptor: the adjoint body's, then the {@code int} mode. */
  public static String splitBodyDesc(String desc) {
    return withMode(adjointBodyDesc(desc));
  }

  /** {@link #splitBodyDesc} with objects (README, "Objects"). */
  public static String splitBodyDesc(String owner, boolean isStatic, String desc, Shadows shadows) {
    return withMode(adjointBodyDesc(owner, isStatic, desc, shadows));
  }

  private static String withMode(String bodyDesc) {
    int close = bodyDesc.indexOf(')');
    return bodyDesc.substring(0, close) + "I" + bodyDesc.substring(close);
  }

  /**
   * The private tangent of a callee that also gives its primal result: it returns the tangent, as
   * {@code m$tangent} does, and stores the primal result in {@code out[0]} (its last parameter), so
   * a caller needs no second, primal call (a recursion runs each level once).
   */
  public static String pairTangentName(String name) {
    return name + TANGENT + "$pair";
  }

  /** A pair tangent's descriptor: the tangent's, then {@code double[] out}. */
  public static String pairTangentDesc(String owner, boolean isStatic, String desc, Shadows shadows) {
    String t = tangentDesc(owner, isStatic, desc, shadows);
    int close = t.indexOf(')');
    return t.substring(0, close) + "[D" + t.substring(close);
  }

  /** The static field holding a class's per-thread tape workspaces. */
  public static final String TAPE_CACHE = HELPER_PREFIX + "tapes";

  /**
   * The name, in the calling class, of companion {@code companionName} of a method of class
   * {@code owner} that cannot hold it (see docs/architecture.md, "Companions of other classes"):
   * {@code leibniz$org_hipparchus_special_Gamma$logGamma$tangent}. The owner is mangled as JNI
   * does ({@code _} for {@code /}, {@code _1} for {@code _}), so distinct owners get distinct names.
   */
  public static String hostedName(String owner, String companionName) {
    return HELPER_PREFIX + owner.replace("_", "_1").replace('/', '_') + "$" + companionName;
  }

  /** A companion descriptor made static: the receiver of class {@code owner} becomes the first parameter. */
  public static String staticForm(String owner, String companionDesc) {
    return "(L" + owner + ";" + companionDesc.substring(1);
  }

  /** Each parameter followed by its tangent when differentiable; returns the result's tangent or void. */
  public static String tangentDesc(String desc) {
    return tangentDesc(desc, Shadows.NONE);
  }

  /**
   * The tangent descriptor with objects (README, "Objects"): a parameter of a shadow type is
   * followed by its shadow (same type), a result of a shadow type comes back as its shadow.
   */
  public static String tangentDesc(String desc, Shadows shadows) {
    return CompanionContract.tangent(desc, shadows::hasSlot).descriptor();
  }

  /**
   * The tangent descriptor of method {@code desc} of class {@code owner}: an instance method of a
   * shadow class takes the receiver's shadow first (the receiver itself is {@code this}).
   */
  public static String tangentDesc(String owner, boolean isStatic, String desc, Shadows shadows) {
    return signature(CompanionContract.Kind.TANGENT, owner, isStatic, desc, shadows).descriptor();
  }

  /** The adjoint descriptor of method {@code desc} of {@code owner}: the receiver's adjoint shadow first for a shadow class. */
  public static String adjointDesc(String owner, boolean isStatic, String desc, Shadows shadows) {
    return signature(CompanionContract.Kind.ADJOINT, owner, isStatic, desc, shadows).descriptor();
  }

  /**
   * The contract's parameter layout of companion {@code kind} of method {@code desc} of class
   * {@code owner}: what the builders create their parameters from, in its order (the receiver's
   * shadow, typed as {@link Shadows#root}, first for an instance method of a shadow class).
   */
  public static CompanionContract.Signature signature(CompanionContract.Kind kind, String owner, boolean isStatic, String desc,
      Shadows shadows) {
    return kind.of(desc, shadows::hasSlot, receiverShadow(owner, isStatic, shadows) ? shadows.root(owner) : null);
  }

  /**
   * True when the companions of a method of {@code owner} take the receiver's shadow: a shadow class's, and
   * an interface's or abstract class's given slots as the supertype of classes with shadows (a call {@code
   * v.get(i)} on {@code Vec v} holding a {@code Dense} runs {@code Dense}'s code, whose companion reads the
   * receiver's shadow: CalleeOracle.implementationsOf).
   */
  public static boolean receiverShadow(String owner, boolean isStatic, Shadows shadows) {
    return !isStatic && shadows.hasSlot(owner);
  }

  /** True when a method's companions would involve shadows (its receiver, a parameter or its result). */
  public static boolean involvesShadows(String owner, boolean isStatic, String desc, Shadows shadows) {
    if (receiverShadow(owner, isStatic, shadows) || shadows.has(Type.getReturnType(desc))) return true;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (shadows.has(t)) return true;
    }
    return false;
  }

  /**
   * Each parameter followed by its adjoint array when a differentiable array; then the seed when
   * the result is differentiable; then one {@code double[]} for the scalar adjoints if any.
   */
  public static String adjointDesc(String desc) {
    return adjointDesc(desc, Shadows.NONE);
  }

  /**
   * The adjoint descriptor with objects (README, "Objects"): a parameter of a shadow type is
   * followed by its adjoint shadow, as an array by its adjoint array; the seed of a result of a
   * shadow type is a shadow.
   */
  public static String adjointDesc(String desc, Shadows shadows) {
    return CompanionContract.adjoint(desc, shadows::hasSlot).descriptor();
  }

  /** How many differentiable scalar parameters (the length of the adjoint's scalar array). */
  public static int scalarCount(String desc) {
    return CompanionContract.scalarCount(desc);
  }
}

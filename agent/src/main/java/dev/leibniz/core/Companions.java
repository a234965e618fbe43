package dev.leibniz.core;

import dev.leibniz.contract.CompanionContract;

/**
 * The generated-member vocabulary, in one place: companion names and descriptors per the public
 * contract ({@link CompanionContract}, which defines it for the agent, {@code Derivatives} and the
 * annotation processor alike), and the names of the private helpers generated into a class.
 */
public final class Companions {
  public static final String TANGENT = CompanionContract.TANGENT_SUFFIX;
  public static final String ADJOINT = CompanionContract.ADJOINT_SUFFIX;
  public static final String ANNOTATION = "Ldev/leibniz/Differentiable;";
  /** Prefix of the private static helpers (zeros, tape growth, array adjoints). */
  public static final String HELPER_PREFIX = "leibniz$";

  private Companions() {}

  public static String tangentName(String name) {
    return name + TANGENT;
  }

  public static String adjointName(String name) {
    return name + ADJOINT;
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
    String a = adjointDesc(desc);
    int close = a.indexOf(')');
    return a.substring(0, close) + WORKSPACE + a.substring(close);
  }

  /**
   * The private split adjoint of a callee: with mode 1 it runs the forward sweep, leaves on the
   * workspace's tapes what its reverse needs and returns the primal result; with mode 2 (called from
   * the caller's reverse sweep, the same arguments again) it runs the reverse sweep from there.
   */
  public static String splitBodyName(String name) {
    return name + ADJOINT + "$split";
  }

  /** Mode of a split adjoint call: the forward sweep. */
  public static final int SPLIT_FORWARD = 1;
  /** Mode of a split adjoint call: the reverse sweep. */
  public static final int SPLIT_REVERSE = 2;

  /** A split adjoint's descriptor: the adjoint body's, then the {@code int} mode. */
  public static String splitBodyDesc(String desc) {
    String a = adjointBodyDesc(desc);
    int close = a.indexOf(')');
    return a.substring(0, close) + "I" + a.substring(close);
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

  /** The descriptor of {@code m$tangent} for {@code m} of descriptor {@code desc} (see {@link CompanionContract#tangent}). */
  public static String tangentDesc(String desc) {
    return CompanionContract.tangent(desc).descriptor();
  }

  /** The descriptor of {@code m$adjoint} for {@code m} of descriptor {@code desc} (see {@link CompanionContract#adjoint}). */
  public static String adjointDesc(String desc) {
    return CompanionContract.adjoint(desc).descriptor();
  }

  /** How many differentiable scalar parameters (the length of the adjoint's scalar array). */
  public static int scalarCount(String desc) {
    return CompanionContract.scalarCount(desc);
  }
}

package dev.leibniz.core.analysis;

import dev.leibniz.core.Companions;
import dev.leibniz.core.ir.MethodRef;

/**
 * The generated helpers ({@code leibniz$…}, see {@code core.emit.Helpers}) as they appear in a
 * generated adjoint that is itself differentiated (second order). Each is linear in its arrays, so
 * its tangent is the same helper applied to the tangents (shadows), with the same integer
 * arguments; the tape-growth helpers are copies, like {@code Arrays.copyOf}.
 */
public enum HelperIntrinsic {
  /** {@code growD/I/J/A(tape, need, name)}: the tape itself or a longer copy of it. */
  GROW,
  /** {@code zeros(a)}: a fresh zero array shaped like {@code a}; its tangent is zero too. */
  ZEROS,
  /** {@code snapshot(a)}: a deep copy of {@code a}. */
  SNAPSHOT,
  /**
   * {@code snapshotAs(a, p1, s1, p2, s2, p3, s3)}: {@code s_k} when {@code a} is the earlier call argument {@code p_k}
   * already copied to {@code s_k}, else {@code snapshot(a)}; its tangent is the same helper on the shadows.
   */
  SNAPSHOT_AS,
  /** {@code addD/F(dst, dp, src, sp, len)}: {@code dst[dp + k] += src[sp + k]}. */
  ADD,
  /** {@code addRows(dst, src)}: {@code dst[i][...] += src[i][...]} at any depth (a {@code double[][]} result's seed). */
  ADD_ROWS,
  /** {@code arraycopyD/F(srcBar, sp, dstBar, dp, len)}: moves {@code dstBar}'s range into {@code srcBar}, zeroing it. */
  ARRAYCOPY_ADJOINT,
  /** {@code drainD/F(a, from, to)}: the sum of {@code a[from..to)}, zeroing it. */
  DRAIN,
  /** {@code sortPermD/F(a, from, to)}: sorts {@code a}'s range, returns the permutation ({@link ArrayIntrinsic}). */
  SORT_PERM,
  /** {@code permuteD/F}, {@code unpermuteD/F(t, from, p)}: moves {@code t}'s range through permutation {@code p}, in place. */
  PERMUTE,
  /** {@code requireShadow}, {@code sameShadow}: entry checks of objects' shadows; no values, no tangent. */
  CHECK;

  /** The helper {@code m} calls, or null when {@code m} is not a generated helper. */
  public static HelperIntrinsic of(MethodRef m) {
    if (!m.name().startsWith(Companions.HELPER_PREFIX)) {
      return null;
    }
    switch (m.name().substring(Companions.HELPER_PREFIX.length())) {
      case "growD": case "growI": case "growJ": case "growA": return GROW;
      case "zeros": return ZEROS;
      case "snapshot": return SNAPSHOT;
      case "snapshotAs": return SNAPSHOT_AS;
      case "addD": case "addF": return ADD;
      case "addRows": return ADD_ROWS;
      case "arraycopyD": case "arraycopyF": return ARRAYCOPY_ADJOINT;
      case "drainD": case "drainF": return DRAIN;
      case "sortPermD": case "sortPermF": return SORT_PERM;
      case "permuteD": case "permuteF": case "unpermuteD": case "unpermuteF": return PERMUTE;
      case "requireShadow": case "sameShadow": case "requireClass": return CHECK;
      default: return null;
    }
  }

  /** True when the helper writes its {@code argIndex}-th argument. */
  public boolean writes(int argIndex) {
    switch (this) {
      case ADD: case ADD_ROWS: case DRAIN: case SORT_PERM: case PERMUTE: return argIndex == 0;
      case ARRAYCOPY_ADJOINT: return argIndex == 0 || argIndex == 2;
      default: return false;
    }
  }

  /** True when the result may be the first argument itself (not a fresh array). */
  public boolean returnsArgument() {
    return this == GROW;
  }
}

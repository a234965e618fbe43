/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: AurelienRibon/universal-tween-engine (GitHub, commit c5ef780d66d53f5ac94e43c2566b2824380f4f86), java/api/src/aurelienribon/tweenengine/equations/Back.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no header).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.tween (the original's aurelienribon.tweenengine.equations); the import of aurelienribon.tweenengine.TweenEquation dropped (copied into this package). @Differentiable added to the compute method of each equation (the anonymous classes' entry methods, see ThirtyThirdRound) with its import.
 */
package dev.leibniz.corpus.tween;

import dev.leibniz.Differentiable;


/**
 * Easing equation based on Robert Penner's work:
 * http://robertpenner.com/easing/
 * @author Aurelien Ribon | http://www.aurelienribon.com/
 */
public abstract class Back extends TweenEquation {
	public static final Back IN = new Back() {
		@Override
		@Differentiable
		public final float compute(float t) {
			float s = param_s;
			return t*t*((s+1)*t - s);
		}

		@Override
		public String toString() {
			return "Back.IN";
		}
	};

	public static final Back OUT = new Back() {
		@Override
		@Differentiable
		public final float compute(float t) {
			float s = param_s;
			return (t-=1)*t*((s+1)*t + s) + 1;
		}

		@Override
		public String toString() {
			return "Back.OUT";
		}
	};

	public static final Back INOUT = new Back() {
		@Override
		@Differentiable
		public final float compute(float t) {
			float s = param_s;
			if ((t*=2) < 1) return 0.5f*(t*t*(((s*=(1.525f))+1)*t - s));
			return 0.5f*((t-=2)*t*(((s*=(1.525f))+1)*t + s) + 2);
		}

		@Override
		public String toString() {
			return "Back.INOUT";
		}
	};

	// -------------------------------------------------------------------------

	protected float param_s = 1.70158f;

	public Back s(float s) {
		param_s = s;
		return this;
	}
}
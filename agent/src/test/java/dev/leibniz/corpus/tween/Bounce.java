/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: AurelienRibon/universal-tween-engine (GitHub, commit c5ef780d66d53f5ac94e43c2566b2824380f4f86), java/api/src/aurelienribon/tweenengine/equations/Bounce.java
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
public abstract class Bounce extends TweenEquation {
	public static final Bounce IN = new Bounce() {
		@Override
		@Differentiable
		public final float compute(float t) {
			return 1 - OUT.compute(1-t);
		}

		@Override
		public String toString() {
			return "Bounce.IN";
		}
	};

	public static final Bounce OUT = new Bounce() {
		@Override
		@Differentiable
		public final float compute(float t) {
			if (t < (1/2.75)) {
				return 7.5625f*t*t;
			} else if (t < (2/2.75)) {
				return 7.5625f*(t-=(1.5f/2.75f))*t + .75f;
			} else if (t < (2.5/2.75)) {
				return 7.5625f*(t-=(2.25f/2.75f))*t + .9375f;
			} else {
				return 7.5625f*(t-=(2.625f/2.75f))*t + .984375f;
			}
		}

		@Override
		public String toString() {
			return "Bounce.OUT";
		}
	};

	public static final Bounce INOUT = new Bounce() {
		@Override
		@Differentiable
		public final float compute(float t) {
			if (t < 0.5f) return IN.compute(t*2) * .5f;
			else return OUT.compute(t*2-1) * .5f + 0.5f;
		}

		@Override
		public String toString() {
			return "Bounce.INOUT";
		}
	};
}
/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: AurelienRibon/universal-tween-engine (GitHub, commit c5ef780d66d53f5ac94e43c2566b2824380f4f86), java/api/src/aurelienribon/tweenengine/equations/Linear.java
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
public abstract class Linear extends TweenEquation {
	public static final Linear INOUT = new Linear() {
		@Override
		@Differentiable
		public float compute(float t) {
			return t;
		}

		@Override
		public String toString() {
			return "Linear.INOUT";
		}
	};
}

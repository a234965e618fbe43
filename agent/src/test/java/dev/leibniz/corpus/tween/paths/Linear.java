/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: AurelienRibon/universal-tween-engine (GitHub, commit c5ef780d66d53f5ac94e43c2566b2824380f4f86), java/api/src/aurelienribon/tweenengine/paths/Linear.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no header).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.tween.paths (the original's aurelienribon.tweenengine.paths); the import of TweenPath follows it (copied into dev.leibniz.corpus.tween). @Differentiable added to compute (the entry method, see ThirtyThirdRound) with its import.
 */
package dev.leibniz.corpus.tween.paths;

import dev.leibniz.Differentiable;

import dev.leibniz.corpus.tween.TweenPath;

/**
 * @author Aurelien Ribon | http://www.aurelienribon.com/
 */
public class Linear implements TweenPath {
	@Override
	@Differentiable
	public float compute(float t, float[] points, int pointsCnt) {
		int segment = (int) Math.floor((pointsCnt-1) * t);
		segment = Math.max(segment, 0);
		segment = Math.min(segment, pointsCnt-2);

		t = t * (pointsCnt-1) - segment;

		return points[segment] + t * (points[segment+1] - points[segment]);
	}
}

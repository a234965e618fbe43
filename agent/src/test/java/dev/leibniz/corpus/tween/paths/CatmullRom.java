/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: AurelienRibon/universal-tween-engine (GitHub, commit c5ef780d66d53f5ac94e43c2566b2824380f4f86), java/api/src/aurelienribon/tweenengine/paths/CatmullRom.java
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
public class CatmullRom implements TweenPath {
	@Override
	@Differentiable
	public float compute(float t, float[] points, int pointsCnt) {
		int segment = (int) Math.floor((pointsCnt-1) * t);
		segment = Math.max(segment, 0);
		segment = Math.min(segment, pointsCnt-2);

		t = t * (pointsCnt-1) - segment;

		if (segment == 0) {
			return catmullRomSpline(points[0], points[0], points[1], points[2], t);
		}

		if (segment == pointsCnt-2) {
			return catmullRomSpline(points[pointsCnt-3], points[pointsCnt-2], points[pointsCnt-1], points[pointsCnt-1], t);
		}

		return catmullRomSpline(points[segment-1], points[segment], points[segment+1], points[segment+2], t);
	}

	private float catmullRomSpline(float a, float b, float c, float d, float t) {
		float t1 = (c - a) * 0.5f;
		float t2 = (d - b) * 0.5f;

		float h1 = +2 * t * t * t - 3 * t * t + 1;
		float h2 = -2 * t * t * t + 3 * t * t;
		float h3 = t * t * t - 2 * t * t + t;
		float h4 = t * t * t - t * t;

		return b * h1 + c * h2 + t1 * h3 + t2 * h4;
	}
}

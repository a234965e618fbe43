/*
 * Real-code corpus support (test code only, see ../README.md).
 * A stand-in for MOEA Framework 4.5's org.moeaframework.core.Settings (LGPL-3.0-or-later, Copyright 2009-2024 David
 * Hadka), holding only the constant the copied files read, with its value there; the framework's properties and
 * start-up code are left out.
 */
package dev.leibniz.corpus.moea;

final class Settings {
	private Settings() {}

	/** The framework's {@code Settings.EPS}: "the level of significance or machine precision". */
	public static final double EPS = 1e-10;
}

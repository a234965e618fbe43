/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/util/Interpolable.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.util), its imports of the project's own classes dropped (one package here).
 */
package dev.leibniz.corpus.team254;

/**
 * Interpolable is an interface used by an Interpolating Tree as the Value type. Given two end points and an
 * interpolation parameter on [0, 1], it calculates a new Interpolable representing the interpolated value.
 *
 * @param <T> The Type of Interpolable
 * @see InterpolatingTreeMap
 */
public interface Interpolable<T> {
    /**
     * Interpolates between this value and an other value according to a given parameter. If x is 0, the method should
     * return this value. If x is 1, the method should return the other value. If 0 < x < 1, the return value should be
     * interpolated proportionally between the two.
     *
     * @param other The value of the upper bound
     * @param x     The requested value. Should be between 0 and 1.
     * @return Interpolable<T> The estimated average between the surrounding data
     */
    public T interpolate(T other, double x);
}
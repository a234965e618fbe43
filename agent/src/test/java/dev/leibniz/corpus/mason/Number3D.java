/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: eclab/mason (GitHub, commit 43c501ca5fb30f3549f4271d163fcd69561855e1), mason/src/main/java/sim/util/Number3D.java
 * Licence: Academic Free License 3.0 (the file's own header, kept below, and the repository's LICENSE: "Most of MASON is
 * licensed under the Academic Free License, version 3.0"; its text is in ./LICENSE-MASON.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.mason (the original's sim.util).
 */
package dev.leibniz.corpus.mason;

public abstract class Number3D extends NumberND
    {
    public abstract Number3D add(Int3D other);
    public abstract Number3D subtract(Int3D other);
    public abstract Double3D add(Double3D other);
    public abstract Double3D subtract(Double3D other);
    public abstract Double3D add(double x, double y, double z);

    public Number3D add(Number3D other)
        {
        if (other instanceof Int3D)
            {
            return add((Int3D) other);
            }
        else if (other instanceof Double3D)
            {
            return add((Double3D) other);
            }
        else    // uh...
            {
            return add(other.getVal(0), other.getVal(1), other.getVal(2));
            }
        }

    public Number3D subtract(Number3D other)
        {
        if (other instanceof Int3D)
            {
            return subtract((Int3D) other);
            }
        else if (other instanceof Double3D)
            {
            return subtract((Double3D) other);
            }
        else    // uh...
            {
            return add(0 - other.getVal(0), 0 - other.getVal(1), 0 - other.getVal(2));
            }
        }
    }

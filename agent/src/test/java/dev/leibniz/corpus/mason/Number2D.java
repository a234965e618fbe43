/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: eclab/mason (GitHub, commit 43c501ca5fb30f3549f4271d163fcd69561855e1), mason/src/main/java/sim/util/Number2D.java
 * Licence: Academic Free License 3.0 (the file's own header, kept below, and the repository's LICENSE: "Most of MASON is
 * licensed under the Academic Free License, version 3.0"; its text is in ./LICENSE-MASON.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.mason (the original's sim.util).
 */
package dev.leibniz.corpus.mason;

public abstract class Number2D extends NumberND
    {
    public abstract Number2D add(Int2D other);
    public abstract Number2D subtract(Int2D other);
    public abstract Double2D add(Double2D other);
    public abstract Double2D subtract(Double2D other);
    public abstract Double2D add(double x, double y);
        
    public Number2D add(Number2D other)
        {
        if (other instanceof Int2D)
            {
            return add((Int2D) other);
            }
        else if (other instanceof Double2D)
            {
            return add((Double2D) other);
            }
        else    // uh...
            {
            return add(other.getVal(0), other.getVal(1));
            }
        }


    public Number2D subtract(Number2D other)
        {
        if (other instanceof Int2D)
            {
            return subtract((Int2D) other);
            }
        else if (other instanceof Double2D)
            {
            return subtract((Double2D) other);
            }
        else    // uh...
            {
            return add(0 - other.getVal(0), 0 - other.getVal(1));
            }
        }

    }

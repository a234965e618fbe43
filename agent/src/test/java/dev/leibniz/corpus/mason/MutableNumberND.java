/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: eclab/mason (GitHub, commit 43c501ca5fb30f3549f4271d163fcd69561855e1), mason/src/main/java/sim/util/MutableNumberND.java
 * Licence: Academic Free License 3.0 (the file's own header, kept below, and the repository's LICENSE: "Most of MASON is
 * licensed under the Academic Free License, version 3.0"; its text is in ./LICENSE-MASON.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.mason (the original's sim.util).
 */
/*
  Copyright 2019 by Sean Luke and George Mason University
  Licensed under the Academic Free License version 3.0
  See the file "LICENSE" for more information
*/

package dev.leibniz.corpus.mason;

/** 
    MutableNumberND is the top-level abstract class of MASON's 2D and 3D mutable ints and doubles,
    and is a subclass of NumberND.  All MutableNumberND classes are cloneable.
*/

public abstract class MutableNumberND extends NumberND implements Cloneable
    {
    private static final long serialVersionUID = 1;
    
    public abstract void setVal(int val, double to);
    public boolean isMutable() { return true; }
    
    }

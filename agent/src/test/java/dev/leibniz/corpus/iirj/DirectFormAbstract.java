package dev.leibniz.corpus.iirj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: iirj 1.7, iirj sources jar (Maven Central; berndporr/iirj on GitHub),
 * uk/me/berndporr/iirj/DirectFormAbstract.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements ... http://www.apache.org/licenses/LICENSE-2.0"; Copyright (c) 2009 by Vinnie Falco, Copyright
 * (c) 2016 by Bernd Porr). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class.
 * Changes: package; javadoc omitted. Not an entry.
 */
public abstract class DirectFormAbstract {

    public DirectFormAbstract () {
        reset();
    }

    public abstract void reset();

    public abstract double process1 (double in, Biquad s);

    public static final int DIRECT_FORM_I = 0;
    public static final int DIRECT_FORM_II = 1;

};

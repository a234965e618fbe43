package dev.leibniz.corpus.colt;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: wilx/colt (GitHub; Colt 1.2), src/cern/jet/math/Constants.java
 * Licence: CERN (permissive): Copyright (c) 1999 CERN - European Organization for Nuclear Research.
 * Permission to use, copy, modify, distribute and sell this software and its documentation for any
 * purpose is hereby granted without fee, provided that the above copyright notice appear in all copies
 * and that both that copyright notice and this permission notice appear in supporting documentation.
 * CERN makes no representations about the suitability of this software for any purpose. It is provided
 * "as is" without expressed or implied warranty.
 * Copied unchanged: the constants; javadoc omitted.
 */
public class Constants {
	protected static final double MACHEP =  1.11022302462515654042E-16;
	protected static final double MAXLOG =  7.09782712893383996732E2;
	protected static final double MINLOG = -7.451332191019412076235E2;
	protected static final double MAXGAM = 171.624376956302725;
	protected static final double SQTPI  =  2.50662827463100050242E0;
	protected static final double SQRTH  =  7.07106781186547524401E-1;
	protected static final double LOGPI  =  1.14472988584940017414;
	protected static final double big = 4.503599627370496e15;
	protected static final double biginv =  2.22044604925031308085e-16;
}

package dev.leibniz.corpus.jafama;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Jafama 2.3.2, jafama sources jar (Maven Central; jeffhain/jafama on GitHub),
 * net/jafama/CmnFastMath.java
 * Licence: Apache License 2.0 ("Copyright 2012-2017 Jeff Hain. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: PIO2_HI, PIO2_LO, TWOPI_HI, TWOPI_LO, SIN_COS_TABS_SIZE, SIN_COS_DELTA_HI, SIN_COS_DELTA_LO,
 * SIN_COS_INDEXER, the table class MyTSinCos, EXP_OVERFLOW_LIMIT, EXP_UNDERFLOW_LIMIT, EXP_LO_DISTANCE_TO_ZERO_POT,
 * EXP_LO_DISTANCE_TO_ZERO, EXP_LO_TAB_SIZE_POT, EXP_LO_TAB_SIZE, EXP_LO_TAB_MID_INDEX, EXP_LO_INDEXING,
 * EXP_LO_INDEXING_DIV_SHIFT, the table class MyTExp, TWO_POW_52 (as the constant 2^52), DOUBLE_MIN_NORMAL,
 * MAX_DOUBLE_EXPONENT, LOG_2, LOG_BITS, LOG_TAB_SIZE, the table class MyTLog, USE_TWO_POW_TAB,
 * twoPowNormalOrSubnormal(int), getTabSizePower(int).
 * Changes: package; comments shortened; FM_USE_JDK_MATH, SFM_USE_JDK_MATH are false and SFM_USE_REDEFINED_LOG is
 * true (the library reads them from the system properties jafama.usejdk, jafama.strict.usejdk and
 * jafama.strict.fastlog, with these defaults); TWO_POW_52 is written 0x1p52 (the library computes it with
 * NumbersUtils.twoPow(52)); twoPowNormalOrSubnormal's table branch omitted (USE_TWO_POW_TAB is false); the rest of
 * CmnFastMath omitted.
 * Shared by the jafama entries (not an entry).
 */
abstract class CmnFastMath {
    static final boolean FM_USE_JDK_MATH = false;
    static final boolean SFM_USE_JDK_MATH = false;
    static final boolean SFM_USE_REDEFINED_LOG = true;
    static final boolean USE_TWO_POW_TAB = false;

    static final double TWO_POW_52 = 0x1p52;
    static final double DOUBLE_MIN_NORMAL = Double.longBitsToDouble(0x0010000000000000L); // 2.2250738585072014E-308
    static final int MAX_DOUBLE_EXPONENT = 1023;
    static final double LOG_2 = StrictMath.log(2.0);

    static final double PIO2_HI = Double.longBitsToDouble(0x3FF921FB54400000L); // 1.57079632673412561417e+00 first 33 bits of pi/2
    static final double PIO2_LO = Double.longBitsToDouble(0x3DD0B4611A626331L); // 6.07710050650619224932e-11 pi/2 - PIO2_HI
    static final double TWOPI_HI = 4*PIO2_HI;
    static final double TWOPI_LO = 4*PIO2_LO;

    static final int SIN_COS_TABS_SIZE = (1<<getTabSizePower(11)) + 1;
    static final double SIN_COS_DELTA_HI = TWOPI_HI/(SIN_COS_TABS_SIZE-1);
    static final double SIN_COS_DELTA_LO = TWOPI_LO/(SIN_COS_TABS_SIZE-1);
    static final double SIN_COS_INDEXER = 1/(SIN_COS_DELTA_HI+SIN_COS_DELTA_LO);

    static final class MyTSinCos {
        static final double[] sinTab = new double[SIN_COS_TABS_SIZE];
        static final double[] cosTab = new double[SIN_COS_TABS_SIZE];
        static {
            init();
        }
        private static strictfp void init() {
            final int SIN_COS_PI_INDEX = (SIN_COS_TABS_SIZE-1)/2;
            final int SIN_COS_PI_MUL_2_INDEX = 2*SIN_COS_PI_INDEX;
            final int SIN_COS_PI_MUL_0_5_INDEX = SIN_COS_PI_INDEX/2;
            final int SIN_COS_PI_MUL_1_5_INDEX = 3*SIN_COS_PI_INDEX/2;
            for (int i=0;i<SIN_COS_TABS_SIZE;i++) {
                // angle: in [0,2*PI] (doesn't seem to help to have it in [-PI,PI]).
                double angle = i * SIN_COS_DELTA_HI + i * SIN_COS_DELTA_LO;
                double sinAngle = StrictMath.sin(angle);
                double cosAngle = StrictMath.cos(angle);
                // For indexes corresponding to zero cosine or sine, we make sure
                // the value is zero and not an epsilon.
                if (i == SIN_COS_PI_INDEX) {
                    sinAngle = 0.0;
                } else if (i == SIN_COS_PI_MUL_2_INDEX) {
                    sinAngle = 0.0;
                } else if (i == SIN_COS_PI_MUL_0_5_INDEX) {
                    cosAngle = 0.0;
                } else if (i == SIN_COS_PI_MUL_1_5_INDEX) {
                    cosAngle = 0.0;
                }
                sinTab[i] = sinAngle;
                cosTab[i] = cosAngle;
            }
        }
    }

    static final double EXP_OVERFLOW_LIMIT = Double.longBitsToDouble(0x40862E42FEFA39EFL); // 7.09782712893383973096e+02
    static final double EXP_UNDERFLOW_LIMIT = Double.longBitsToDouble(0xC0874910D52D3051L); // -7.45133219101941108420e+02
    static final int EXP_LO_DISTANCE_TO_ZERO_POT = 0;
    static final int EXP_LO_DISTANCE_TO_ZERO = (1<<EXP_LO_DISTANCE_TO_ZERO_POT);
    static final int EXP_LO_TAB_SIZE_POT = getTabSizePower(11);
    static final int EXP_LO_TAB_SIZE = (1<<EXP_LO_TAB_SIZE_POT)+1;
    static final int EXP_LO_TAB_MID_INDEX = ((EXP_LO_TAB_SIZE-1)/2);
    static final int EXP_LO_INDEXING = EXP_LO_TAB_MID_INDEX/EXP_LO_DISTANCE_TO_ZERO;
    static final int EXP_LO_INDEXING_DIV_SHIFT = EXP_LO_TAB_SIZE_POT-1-EXP_LO_DISTANCE_TO_ZERO_POT;

    static final class MyTExp {
        static final double[] expHiTab = new double[1+(int)EXP_OVERFLOW_LIMIT-(int)EXP_UNDERFLOW_LIMIT];
        static final double[] expLoPosTab = new double[EXP_LO_TAB_SIZE];
        static final double[] expLoNegTab = new double[EXP_LO_TAB_SIZE];
        static {
            init();
        }
        private static strictfp void init() {
            for (int i=(int)EXP_UNDERFLOW_LIMIT;i<=(int)EXP_OVERFLOW_LIMIT;i++) {
                expHiTab[i-(int)EXP_UNDERFLOW_LIMIT] = StrictMath.exp(i);
            }
            for (int i=0;i<EXP_LO_TAB_SIZE;i++) {
                // x: in [-EXPM1_DISTANCE_TO_ZERO,EXPM1_DISTANCE_TO_ZERO].
                double x = -EXP_LO_DISTANCE_TO_ZERO + i/(double)EXP_LO_INDEXING;
                // exp(x)
                expLoPosTab[i] = StrictMath.exp(x);
                // 1-exp(-x), accurately computed
                expLoNegTab[i] = -StrictMath.expm1(-x);
            }
        }
    }

    static final int LOG_BITS = getTabSizePower(12);
    static final int LOG_TAB_SIZE = (1<<LOG_BITS);

    static final class MyTLog {
        static final double[] logXLogTab = new double[LOG_TAB_SIZE];
        static final double[] logXTab = new double[LOG_TAB_SIZE];
        static final double[] logXInvTab = new double[LOG_TAB_SIZE];
        static {
            init();
        }
        private static strictfp void init() {
            for (int i=0;i<LOG_TAB_SIZE;i++) {
                // Exact to use inverse of tab size, since it is a power of two.
                double x = 1+i*(1.0/LOG_TAB_SIZE);
                logXLogTab[i] = StrictMath.log(x);
                logXTab[i] = x;
                logXInvTab[i] = 1/x;
            }
        }
    }

    static double twoPowNormalOrSubnormal(int power) {
        if (power <= -MAX_DOUBLE_EXPONENT) { // Not normal.
            return Double.longBitsToDouble(0x0008000000000000L>>(-(power+MAX_DOUBLE_EXPONENT)));
        } else { // Normal.
            return Double.longBitsToDouble(((long)(power+MAX_DOUBLE_EXPONENT))<<52);
        }
    }

    private static int getTabSizePower(int tabSizePower) {
        return (FM_USE_JDK_MATH && SFM_USE_JDK_MATH) ? Math.min(2, tabSizePower) : tabSizePower;
    }
}

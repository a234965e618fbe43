package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 08c8ef2d212ccf821f4c72c095e7de5f5cf92443),
 * h2o-core/src/main/java/hex/LinkFunction.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the file: the package-private abstract LinkFunction (expString, link, linkInv, linkInvString) and
 * its package-private subclasses IdentityFunction, LogFunction (LogExpUtil.log and exp) and LogitFunction (1 / (1 +
 * LogExpUtil.exp(-f))).
 * Changes: package; 'extends Iced<LinkFunction>' dropped; javadoc omitted.
 */

abstract class LinkFunction {

    public static String expString(String x) {
        return "Math.min(1e19, Math.exp(" + x + "))";
    }

    public abstract double link(double f);

    public abstract  double linkInv(double f);

    public abstract String linkInvString(String f);
}

class IdentityFunction extends LinkFunction {

    @Override
    public double link(double f) {
        return f;
    }

    @Override
    public double linkInv(double f) {
        return f;
    }

    @Override
    public String linkInvString(String f) {
        return f;
    }
}

class LogFunction extends LinkFunction {

    @Override
    public double link(double f) {
        return LogExpUtil.log(f);
    }

    @Override
    public double linkInv(double f) {
        return LogExpUtil.exp(f);
    }

    @Override
    public String linkInvString(String f) {
        return expString(f);
    }
}

class LogitFunction extends LinkFunction {

    @Override
    public double link(double f) {
        return LogExpUtil.log(f / (1 - f));
    }

    @Override
    public double linkInv(double f) {
        return 1 / (1 + LogExpUtil.exp(-f));
    }

    @Override
    public String linkInvString(String f) {
        return "1./(1. + " + expString("-("+f+")") + ")";
    }
}

package org.citynet.kernel.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX(text, pattern[, flags])} (and XPath's {@code fn:matches}) with Jena's semantics —
 * the same argument checks, flags and Java patterns as {@link E_Regex} — but matching through a
 * {@link CancellableText}, so that the query's timeout stops a catastrophically backtracking pattern
 * instead of leaving it to burn a processor long after the client got its 503. One instance per
 * occurrence in a query; the last compiled pattern is kept, as E_Regex keeps a constant one.
 */
final class CancellableRegex extends FunctionBase {

    private String lastKey;
    private Pattern lastPattern;

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) {
            throw new QueryBuildException("REGEX takes two or three arguments, not " + args.size());
        }
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
        boolean found = pattern.matcher(new CancellableText(text, cancelSignal(env))).find();
        return NodeValue.booleanReturn(found);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new IllegalStateException("REGEX is evaluated with its query's environment");
    }

    private synchronized Pattern pattern(NodeValue pattern, NodeValue flags) {
        // E_Regex's own checks: a string pattern, string flags of s, m, i, x, q only. Jena lets a pattern that
        // is not a string fail the whole query; it is a type error, so here it fails only this evaluation.
        try {
            E_Regex.makeRegexEngine(pattern, flags);
        } catch (ExprEvalException e) {
            throw e;
        } catch (ExprException e) {
            throw new ExprEvalException(e.getMessage());
        }
        String flagText = flags == null ? null : flags.getString();
        String key = pattern.getString() + '\u0000' + flagText;
        if (!Lib.equals(key, lastKey)) {
            lastPattern = RegexEngine.makePattern("Regex", pattern.getString(), flagText);
            lastKey = key;
        }
        return lastPattern;
    }

    /** The flag Jena sets when the query is aborted or times out; never set outside a query execution. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        AtomicBoolean signal = null;
        if (env instanceof ExecutionContext execution) {
            signal = execution.getCancelSignal();
        } else if (env != null && env.getContext() != null) {
            signal = Context.getCancelSignal(env.getContext());
        }
        return signal != null ? signal : new AtomicBoolean();
    }
}

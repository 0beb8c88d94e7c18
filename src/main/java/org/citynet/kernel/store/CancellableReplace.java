package org.citynet.kernel.store;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REPLACE(text, pattern, replacement[, flags])} (and XPath's {@code fn:replace}) as Jena
 * evaluates it ({@code XSDFuncOp.strReplace}: one empty match only, the text's language tag or datatype
 * kept), matching through a {@link CancellableText} so that the query's timeout stops a runaway pattern.
 */
final class CancellableReplace extends FunctionBase {

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3 && args.size() != 4) {
            throw new QueryBuildException("REPLACE takes three or four arguments, not " + args.size());
        }
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        String patternText = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
        String flags = args.size() == 4
                ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
        Pattern pattern = RegexEngine.makePattern("replace", patternText, flags);
        NodeValue subject = args.get(0);
        Node text = NodeValueOps.checkAndGetStringLiteral("replace", subject);
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        String lexical = text.getLiteralLexicalForm();
        String replaced = replaceAll(pattern.matcher(new CancellableText(lexical, CancellableRegex.cancelSignal(env))),
                replacement);
        if (replaced == null || replaced.equals(lexical)) {
            return subject;
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(),
                text.getLiteralDatatype()));
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new IllegalStateException("REPLACE is evaluated with its query's environment");
    }

    /** Jena's rule: of zero-length matches only a first one is replaced. Null when nothing matched. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder out = null;
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
            }
            if (out == null) {
                return null;
            }
            matcher.appendTail(out);
            return out.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
        }
    }
}

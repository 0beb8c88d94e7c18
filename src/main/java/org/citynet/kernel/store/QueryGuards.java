package org.citynet.kernel.store;

import java.util.Iterator;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every query on a local dataset stoppable by its timeout, whoever sends it (the service or the
 * embedded Fuseki). Jena's timeout sets a cancel flag that its iterators check between solutions; two
 * things escape that and would keep a processor busy after the client has had its 503:
 * <ul>
 *   <li>regular expressions ({@code REGEX}, {@code REPLACE}, {@code fn:matches}, {@code fn:replace}): Java's
 *       matcher never looks at the flag, and a pattern such as {@code (.*a){40}b} backtracks for hours.
 *       The optimiser step installed here rewrites them, before Jena's own optimiser could fold a constant
 *       one, into {@link CancellableRegex} and {@link CancellableReplace}, which read their text through
 *       {@link CancellableText};</li>
 *   <li>functions and property functions loaded by class name ({@code <java:…>}, and the ARQ libraries
 *       mapped onto it, e.g. {@code apf:strSplit}, which splits by regex): the dataset gets registries that
 *       hold what Jena registers at start-up and load nothing else;</li>
 *   <li>work done while the plan is being built (a hash join reads its whole left side then): the dataset
 *       gets {@link CancellableOpExecutor}, which checks the flag between every two operators.</li>
 * </ul>
 * Installed once on the dataset's context when the store opens; the context is merged into every execution.
 */
final class QueryGuards {

    static final String REGEX = "urn:x-citynet:function:regex";
    static final String REPLACE = "urn:x-citynet:function:replace";
    private static final String FN_MATCHES = ARQConstants.fnPrefix + "matches";
    private static final String FN_REPLACE = ARQConstants.fnPrefix + "replace";

    private QueryGuards() {
    }

    static void install(Context datasetContext) {
        FunctionRegistry functions = registeredFunctionsOnly(FunctionRegistry.get());
        FunctionFactory regex = uri -> new CancellableRegex();
        FunctionFactory replace = uri -> new CancellableReplace();
        functions.put(REGEX, regex);
        functions.put(FN_MATCHES, regex);
        functions.put(REPLACE, replace);
        functions.put(FN_REPLACE, replace);
        FunctionRegistry.set(datasetContext, functions);
        PropertyFunctionRegistry.set(datasetContext, registeredPropertyFunctionsOnly(PropertyFunctionRegistry.get()));
        datasetContext.set(ARQConstants.sysOptimizerFactory, rewriteThenOptimise(Optimize.getFactory()));
        datasetContext.set(ARQConstants.sysOpExecutorFactory, CancellableOpExecutor.FACTORY);
    }

    /** Regular expressions rewritten first, so that the standard optimiser never evaluates one unguarded. */
    static RewriteFactory rewriteThenOptimise(RewriteFactory standard) {
        return context -> op -> standard.create(context).rewrite(cancellableRegexes(op));
    }

    static Op cancellableRegexes(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (function instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(function, args);
            }
        }, op);
    }

    private static FunctionRegistry registeredFunctionsOnly(FunctionRegistry standard) {
        FunctionRegistry registry = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }
        };
        for (Iterator<String> uris = standard.keys(); uris.hasNext(); ) {
            String uri = uris.next();
            registry.put(uri, standard.get(uri));
        }
        return registry;
    }

    private static PropertyFunctionRegistry registeredPropertyFunctionsOnly(PropertyFunctionRegistry standard) {
        PropertyFunctionRegistry registry = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }

            @Override
            public boolean manages(String uri) {
                return isRegistered(uri);
            }
        };
        for (Iterator<String> uris = standard.keys(); uris.hasNext(); ) {
            String uri = uris.next();
            registry.put(uri, standard.get(uri));
        }
        return registry;
    }
}

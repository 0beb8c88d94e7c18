package org.citynet.kernel.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.Template;

/**
 * A client's DESCRIBE as a CONSTRUCT that every store answers alike. SPARQL leaves what DESCRIBE returns to
 * the store: RDF4J adds the triples that point at the resource, Virtuoso leaves some out, Jena (the embedded
 * store, Fuseki) gives the triples whose subject it is and those of the blank nodes they reach. The service
 * keeps Jena's answer everywhere: for each described resource, its triples as subject and, one level deep,
 * those of blank nodes among their objects (citynet's data has none; a client's write might). Stateless.
 */
final class DescribeAsConstruct {

    private static final Var RESOURCE = Var.alloc("citynetDescribed");
    private static final Var PROPERTY = Var.alloc("citynetProperty");
    private static final Var VALUE = Var.alloc("citynetValue");
    private static final Var BLANK_PROPERTY = Var.alloc("citynetBlankProperty");
    private static final Var BLANK_VALUE = Var.alloc("citynetBlankValue");

    private DescribeAsConstruct() {
    }

    static Query of(Query describe) {
        if (!describe.isDescribeType()) {
            throw new IllegalArgumentException("Not a DESCRIBE query");
        }
        ElementUnion described = new ElementUnion();
        List<Node> iris = describe.getResultURIs();
        if (!iris.isEmpty()) {
            ElementData data = new ElementData();
            data.add(RESOURCE);
            iris.forEach(iri -> data.add(BindingFactory.binding(RESOURCE, iri)));
            described.addElement(data);
        }
        Element pattern = describe.getQueryPattern();
        if (pattern != null) {
            List<Var> vars = describe.isQueryResultStar() ? new ArrayList<>(PatternVars.vars(pattern))
                    : describe.getProjectVars();
            for (Var var : vars) {
                ElementGroup one = new ElementGroup();
                one.addElement(new ElementSubQuery(solutions(describe, pattern, vars)));
                one.addElement(new ElementBind(RESOURCE, new ExprVar(var)));
                described.addElement(one);
            }
        }
        Query resources = new Query();
        resources.setQuerySelectType();
        resources.setDistinct(true);
        resources.addResultVar(RESOURCE);
        resources.setQueryPattern(described.getElements().size() == 1 ? described.getElements().get(0) : described);

        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(resources));
        ElementPathBlock facts = new ElementPathBlock();
        facts.addTriple(Triple.create(RESOURCE, PROPERTY, VALUE));
        where.addElement(facts);
        ElementGroup blank = new ElementGroup();
        ElementPathBlock blankFacts = new ElementPathBlock();
        blankFacts.addTriple(Triple.create(VALUE, BLANK_PROPERTY, BLANK_VALUE));
        blank.addElement(blankFacts);
        blank.addElement(new ElementFilter(new E_IsBlank(new ExprVar(VALUE))));
        where.addElement(new ElementOptional(blank));

        BasicPattern template = new BasicPattern();
        template.add(Triple.create(RESOURCE, PROPERTY, VALUE));
        template.add(Triple.create(VALUE, BLANK_PROPERTY, BLANK_VALUE));
        Query construct = new Query();
        construct.setQueryConstructType();
        construct.setConstructTemplate(new Template(template));
        construct.setQueryPattern(where);
        construct.setPrefixMapping(describe.getPrefixMapping());
        describe.getGraphURIs().forEach(construct::addGraphURI);
        describe.getNamedGraphURIs().forEach(construct::addNamedGraphURI);
        return construct;
    }

    /** The DESCRIBE's own solutions, with its ORDER BY, LIMIT and OFFSET. */
    private static Query solutions(Query describe, Element pattern, List<Var> vars) {
        Query solutions = new Query();
        solutions.setQuerySelectType();
        vars.forEach(solutions::addResultVar);
        solutions.setQueryPattern(pattern);
        if (describe.hasOrderBy()) {
            for (SortCondition condition : describe.getOrderBy()) {
                solutions.addOrderBy(condition);
            }
        }
        solutions.setLimit(describe.getLimit());
        solutions.setOffset(describe.getOffset());
        return solutions;
    }
}

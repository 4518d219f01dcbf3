package se.rapportkoll.xlsx.write.template;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.jxls.expression.EvaluationException;
import org.jxls.expression.ExpressionEvaluator;
import org.jxls.expression.ExpressionEvaluatorFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only expression language the tool's templates get: JEXL reduced to reading variables and
 * the properties of the tool's own template rows. The syntax allows no method or function calls,
 * no {@code new}, no loops, no assignments, no lambdas, no pragmas or annotations; and the
 * introspection may see only the public getters (and the {@code get(String)} of {@link TemplateRows.Texts})
 * of the classes in {@link #ALLOWED}, so {@code x.class} and the like find nothing.
 * Expressions come from the template files alone, never from the user's workbook: jxls only ever
 * runs over a tool-owned copy of a template, see {@link TemplateSheets}.
 */
final class RestrictedJexl implements ExpressionEvaluatorFactory {

    /** The classes whose getters templates may read. */
    static final Set<Class<?>> ALLOWED = Set.of(
            TemplateRows.Texts.class, TemplateRows.FindingRow.class, TemplateRows.DeviationRow.class);

    private static final JexlFeatures FEATURES = new JexlFeatures()
            .methodCall(false)
            .newInstance(false)
            .loops(false)
            .sideEffect(false)
            .sideEffectGlobal(false)
            .lambda(false)
            .thinArrow(false)
            .fatArrow(false)
            .script(false)
            .localVar(false)
            .pragma(false)
            .pragmaAnywhere(false)
            .namespacePragma(false)
            .importPragma(false)
            .annotation(false)
            .register(false)
            .structuredLiteral(false);

    // One engine and one expression cache for the JVM: both are thread-safe, and a watch worker or the
    // window then keeps JEXL's introspection and the parsed template expressions from file to file.
    private static final JexlEngine ENGINE = new JexlBuilder()
            .features(FEATURES)
            .permissions(new Permissions())
            .namespaces(Map.of())
            .strict(true)
            .silent(false)
            .safe(false)
            .cache(256)
            .create();
    private static final Map<String, JexlExpression> EXPRESSIONS = new ConcurrentHashMap<>();

    @Override
    public ExpressionEvaluator createExpressionEvaluator(String expression) {
        return new Evaluator(expression);
    }

    /** Evaluates one expression against the given variables; used by jxls and by the tests. */
    Object evaluate(String expression, Map<String, Object> variables) {
        try {
            JexlExpression compiled = EXPRESSIONS.computeIfAbsent(expression, ENGINE::createExpression);
            return compiled.evaluate(new MapContext(variables));
        } catch (JexlException e) {
            throw new EvaluationException("Template expression refused or failed: " + expression + ": " + e.getMessage(), e);
        }
    }

    private final class Evaluator implements ExpressionEvaluator {
        private final String expression;

        Evaluator(String expression) {
            this.expression = expression;
        }

        @Override
        public Object evaluate(String text, Map<String, Object> context) {
            return RestrictedJexl.this.evaluate(text, context);
        }

        @Override
        public Object evaluate(Map<String, Object> context) {
            return RestrictedJexl.this.evaluate(expression, context);
        }

        @Override
        public String getExpression() {
            return expression;
        }
    }

    /** Introspection sees the allowed classes' public getters and nothing else. */
    private static final class Permissions implements JexlPermissions {

        @Override
        public boolean allow(Package pack) {
            return pack != null && pack.getName().equals(RestrictedJexl.class.getPackageName());
        }

        @Override
        public boolean allow(Class<?> clazz) {
            return clazz != null && ALLOWED.contains(clazz);
        }

        @Override
        public boolean allow(Constructor<?> ctor) {
            return false;
        }

        @Override
        public boolean allow(Method method) {
            if (method == null || !ALLOWED.contains(method.getDeclaringClass())
                    || Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
                return false;
            }
            String name = method.getName();
            if (method.getParameterCount() == 0) {
                return name.startsWith("get") && name.length() > 3 && !name.equals("getClass");
            }
            return name.equals("get") && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == String.class && method.getDeclaringClass() == TemplateRows.Texts.class;
        }

        @Override
        public boolean allow(Field field) {
            return false;
        }

        @Override
        public JexlPermissions compose(String... src) {
            throw new UnsupportedOperationException("The template permissions are fixed");
        }
    }
}

package se.rapportkoll.xlsx.write.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Template expressions read the tool's row objects and nothing else: no classes, no calls, no code. */
class RestrictedJexlTest {

    /** Not one of the classes templates may read; records whether anything reached it. */
    public static final class Probe {
        boolean reached;

        public String getSecret() {
            reached = true;
            return "secret";
        }

        public String fire() {
            reached = true;
            return "fired";
        }

        @Override
        public String toString() {
            reached = true;
            return "probe";
        }
    }

    private final RestrictedJexl jexl = new RestrictedJexl();
    private final Probe probe = new Probe();

    private Map<String, Object> variables() {
        Messages messages = Messages.swedish();
        Finding finding = new Finding(Severity.ERROR, Rules.TOTAL, "Drift", "C8", "Summan stämmer inte", "Ska vara 120 men är 100.",
                120.0, 100.0, "SUM('Drift'!C4:C7)");
        Map<String, Object> variables = new HashMap<>();
        variables.put("f", new TemplateRows.FindingRow(finding, messages, new TemplateRows.Directives()));
        variables.put("text", new TemplateRows.Texts(messages, "sheet.findings."));
        variables.put("title", "Validering av x.xlsx");
        variables.put("x", "a string");
        variables.put("probe", probe);
        return variables;
    }

    @Test
    void propertiesOfTheToolsRowsAndTextsAreRead() {
        assertEquals("Summan stämmer inte", jexl.evaluate("f.rule", variables()), "the rule's name for people, not its id");
        assertEquals("Drift", jexl.evaluate("f.sheet", variables()));
        assertEquals("Allvarlighet", jexl.evaluate("text.severity", variables()));
        assertEquals("Validering av x.xlsx", jexl.evaluate("title", variables()));
        assertEquals("ab", jexl.evaluate("'a' + 'b'", variables()));
        assertEquals(true, jexl.evaluate("f.rule == 'Summan stämmer inte'", variables()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "''.getClass().forName('java.lang.Runtime')",
            "''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/rapportkoll-pwned')",
            "x.class",
            "x.class.forName('java.lang.Runtime')",
            "f.class",
            "f.class.classLoader",
            "x.bytes",
            "x.empty",
            "f.getRule()",
            "text.get('severity')",
            "new('java.io.File', '/tmp')",
            "new java.io.File('/tmp')",
            "java.lang.Runtime.getRuntime()",
            "Math:abs(-1)",
            "probe.secret",
            "probe.fire()",
            "for (var i : [1, 2]) { i }",
            "while (true) { 1 }",
            "var a = 1",
            "title = 'changed'",
            "(x) -> { x }",
            "#pragma jexl.namespace.r java.lang.Runtime\nr:getRuntime()",
            "[1, 2, 3]",
            "{'a': 1}",
    })
    void expressionsThatReachClassesOrRunCodeYieldNothing(String expression) {
        Map<String, Object> variables = variables();
        Object result;
        try {
            result = jexl.evaluate(expression, variables);
        } catch (RuntimeException refused) {
            result = null;
        }
        assertNull(result, expression);
        assertFalse(probe.reached, expression + " reached an object outside the allow-list");
        assertEquals("Validering av x.xlsx", variables.get("title"), expression + " changed a variable");
        assertFalse(new java.io.File("/tmp/rapportkoll-pwned").exists(), expression + " ran a command");
    }
}

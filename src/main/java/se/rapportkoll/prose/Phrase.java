package se.rapportkoll.prose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence of the draft as a tree of its parts, rendered twice from one definition: as an Excel
 * formula over the basis cells, and as the text that formula gives (the cached value). Words are
 * chosen by the sign of the rounded figure, so the text never calls a favourable deviation
 * unfavourable, and a figure that rounds to nothing is said to be in line with budget.
 */
public sealed interface Phrase {

    /** Where the basis row of a figure is, and what it holds. */
    interface Basis {
        /** The cell of the figure's value, rounded as the text states it (signed). */
        String roundedCell(String id);

        double rounded(String id);

        /** The cell with the rounded amount in words ("3 400 tkr"). */
        String amountCell(String id);

        String amount(String id);

        /** The cell with the row's label. */
        String labelCell(String id);

        String label(String id);

        /** The cell of the unrounded value, and the value. */
        String valueCell(String id);

        double value(String id);
    }

    record Text(String text) implements Phrase {
    }

    record Amount(String id) implements Phrase {
    }

    record Label(String id) implements Phrase {
    }

    /** By the sign of the rounded figure: above zero, below zero, zero. */
    record BySign(String id, Phrase positive, Phrase negative, Phrase zero) implements Phrase {
    }

    /** {@code balanced} when the figure is within the margin (a basis row) or rounds to zero. */
    record Balance(String id, String marginId, Phrase balanced, Phrase otherwise) implements Phrase {
    }

    record Seq(List<Phrase> parts) implements Phrase {
    }

    static Phrase of(Object... parts) {
        List<Phrase> list = new ArrayList<>();
        for (Object p : parts) {
            list.add(p instanceof Phrase ph ? ph : new Text(String.valueOf(p)));
        }
        return list.size() == 1 ? list.get(0) : new Seq(List.copyOf(list));
    }

    static Phrase text(String s) {
        return new Text(s);
    }

    /** The text the formula gives. */
    static String evaluate(Phrase p, Basis b) {
        if (p instanceof Text t) {
            return t.text();
        } else if (p instanceof Amount a) {
            return b.amount(a.id());
        } else if (p instanceof Label l) {
            return b.label(l.id());
        } else if (p instanceof BySign s) {
            double r = b.rounded(s.id());
            return evaluate(r > 0 ? s.positive() : r < 0 ? s.negative() : s.zero(), b);
        } else if (p instanceof Balance bal) {
            boolean balanced = Math.abs(b.value(bal.id())) <= b.value(bal.marginId()) || b.rounded(bal.id()) == 0;
            return evaluate(balanced ? bal.balanced() : bal.otherwise(), b);
        }
        StringBuilder sb = new StringBuilder();
        ((Seq) p).parts().forEach(x -> sb.append(evaluate(x, b)));
        return sb.toString();
    }

    /** The formula (without "=") giving the same text. */
    static String formula(Phrase p, Basis b) {
        if (p instanceof Text t) {
            return quote(t.text());
        } else if (p instanceof Amount a) {
            return b.amountCell(a.id());
        } else if (p instanceof Label l) {
            return b.labelCell(l.id());
        } else if (p instanceof BySign s) {
            return "IF(" + b.roundedCell(s.id()) + ">0," + formula(s.positive(), b) + ",IF(" + b.roundedCell(s.id())
                    + "<0," + formula(s.negative(), b) + "," + formula(s.zero(), b) + "))";
        } else if (p instanceof Balance bal) {
            return "IF(OR(ABS(" + b.valueCell(bal.id()) + ")<=" + b.valueCell(bal.marginId()) + ","
                    + b.roundedCell(bal.id()) + "=0)," + formula(bal.balanced(), b) + "," + formula(bal.otherwise(), b) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (Phrase x : merged(((Seq) p).parts())) {
            parts.add(formula(x, b));
        }
        return parts.isEmpty() ? "\"\"" : String.join("&", parts);
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Neighbouring texts as one literal: shorter formulas. */
    private static List<Phrase> merged(List<Phrase> parts) {
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : parts) {
            if (p instanceof Seq s) {
                out.addAll(merged(s.parts()));
            } else if (p instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text last) {
                out.set(out.size() - 1, new Text(last.text() + t.text()));
            } else if (!(p instanceof Text t2 && t2.text().isEmpty())) {
                out.add(p);
            }
        }
        return out;
    }

    static List<Phrase> list(Phrase... ps) {
        return Arrays.asList(ps);
    }
}

package se.rapportkoll.prose;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.model.Severity;
import se.rapportkoll.analyse.volumeprice.Scope;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.CellRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the amount claims of a report's text against the workbook's figures, at the text's own
 * precision (a claim of "3 400 tkr" agrees with 3 350–3 450). A claim whose subject the text names
 * and whose figure says otherwise is an error; a claim the workbook has no figure for, or one that
 * names nothing and agrees with no total, is information only: the text may rest on figures
 * (ledger accounts, grants) that are not in the workbook.
 */
public final class TextCheck {

    public static final String RULE = Rules.TEXT_AMOUNT;

    /** A finding about the text: the sentence, the amount as written, the workbook's figure and its cell. */
    public record TextFinding(Severity severity, String rule, String quote, String amount, Double expected,
                              String sheet, String cell, String message) {
    }

    /** The findings and how many claims agreed. */
    public record Result(List<Claim> claims, List<TextFinding> findings, int agreeing) {
        public long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }

        public boolean hasErrors() {
            return count(Severity.ERROR) > 0;
        }
    }

    private TextCheck() {
    }

    public static Result check(List<ClaimFinder.Paragraph> paragraphs, WorkbookFigures figures, Messages m) {
        List<String> labels = figures.rows().stream().map(Figure::label).distinct().toList();
        List<Claim> claims = ClaimFinder.find(paragraphs, labels);
        List<TextFinding> findings = new ArrayList<>();
        int agreeing = 0;
        for (Claim c : claims) {
            List<Figure> candidates = candidates(c, figures);
            if (candidates.isEmpty()) {
                findings.add(new TextFinding(Severity.INFO, RULE, c.quote(), c.written(), null, null, null,
                        m.get("prose.check.noCounterpart", c.written())));
                continue;
            }
            if (candidates.stream().anyMatch(f -> agrees(c, f))) {
                agreeing++;
                continue;
            }
            Figure f = candidates.get(0);
            SourceCell cell = f.cell();
            String where = Formulas.ref(cell.sheet(), cell.row(), cell.col()).replace("'", "");
            if (c.subject().explicit()) {
                // the figure as the table shows it, where it has its own deviation cell
                double shown = f.shownTkr();
                String actual = m.get("prose.check.direction." + (c.isChange() ? (shown < 0 ? "worsened" : "improved")
                        : shown < 0 ? "unfavourable" : "favourable"));
                findings.add(new TextFinding(Severity.ERROR, RULE, c.quote(), c.written(), shown, cell.sheet(), a1(cell),
                        m.get("prose.check.contradiction", words(c, m), c.written(), subject(c, f, m),
                                m.get(f.scope() == Scope.PERIOD ? "prose.check.period" : "prose.check.year"),
                                actual, m.number(Math.abs(shown)), where)));
            } else {
                findings.add(new TextFinding(Severity.INFO, RULE, c.quote(), c.written(), null, null, null,
                        m.get("prose.check.noCounterpart", c.written())));
            }
        }
        return new Result(List.copyOf(claims), List.copyOf(findings), agreeing);
    }

    /** The figures a claim may be about: its subject's, for its scope (both scopes when the text does not say). */
    private static List<Figure> candidates(Claim c, WorkbookFigures f) {
        List<Figure> out = new ArrayList<>();
        List<Scope> scopes = c.scope() == null ? List.of(Scope.PERIOD, Scope.FULL_YEAR) : List.of(c.scope());
        if (c.isChange()) {
            if (f.previous() != null && (c.subject().kind() == Claim.Subject.Kind.COMMITTEE || !c.subject().explicit())) {
                Figure now = f.totalYear();
                Figure prev = f.previous().deviation();
                // the change as a figure: the current forecast against the earlier one
                out.add(new Figure(now.label(), now.labelCell(), Scope.FULL_YEAR, now.unit(), prev.outcome(), now.outcome(), null,
                        now.favourableSign(), false));
            }
            return out;
        }
        for (Scope s : scopes) {
            Figure figure = switch (c.subject().kind()) {
                case COMMITTEE, NONE -> s == Scope.PERIOD ? f.totalPeriod() : f.totalYear();
                case REVENUE -> s == Scope.PERIOD ? f.revenuePeriod() : f.revenueYear();
                case COST -> s == Scope.PERIOD ? f.costPeriod() : f.costYear();
                case ROW -> f.rows().stream().filter(r -> r.scope() == s && r.label().equals(c.subject().label())).findFirst().orElse(null);
            };
            if (figure != null) {
                out.add(figure);
            }
        }
        return out;
    }

    /** Within half the step the text is written to, of the computed deviation or of the table's own deviation cell. */
    static boolean agrees(Claim c, Figure f) {
        double tolerance = c.stepTkr() / 2 + 1e-6;
        List<Double> values = List.of(f.tkr(), f.shownTkr());
        for (double v : values) {
            double claimed = c.direction() == null ? Math.abs(v) : c.signedTkr();
            if (Math.abs(claimed - v) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    private static String words(Claim c, Messages m) {
        return m.get("prose.check.direction." + c.direction().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static String subject(Claim c, Figure f, Messages m) {
        return switch (c.subject().kind()) {
            case COMMITTEE -> m.get("prose.check.subject.committee");
            case REVENUE -> m.get("prose.check.subject.revenue", f.label());
            case COST -> m.get("prose.check.subject.cost", f.label());
            default -> f.label();
        };
    }

    private static String a1(SourceCell c) {
        return new CellRef(c.row(), c.col()).a1();
    }
}

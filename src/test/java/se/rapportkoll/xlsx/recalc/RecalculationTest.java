package se.rapportkoll.xlsx.recalc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.testing.SheetBuilder;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * After a fill, the user's formulas that depend on it, directly, through other formulas, or on
 * another sheet, are checked with the values Excel will show, not with their stale caches.
 */
class RecalculationTest {

    @TempDir
    Path dir;

    @Test
    void aChainOfFormulasOverAFilledCellIsRecalculatedAcrossSheets() throws Exception {
        Path input = new SheetBuilder().sheet("Drift").rows(0, 0,
                        row("Driftredovisning, tkr"),
                        row("Rad", "Budget helår 2025", "Prognos 2025", "Avvikelse budget-prognos"),
                        row("Intäkter", 150, 160, 10),
                        row("Kostnader", -750, -770, null), // filled: -20
                        row("Summa", "=SUM(B3:B4)", "=SUM(C3:C4)", "=SUM(D3:D4)")) // cached 10, becomes -10
                .sheet("Sammanställning").rows(0, 0,
                        row("Sammanställning, tkr"),
                        row("Nämnd", "Budget helår 2025", "Prognos 2025", "Avvikelse budget-prognos"),
                        row("Socialnämnd", "='Drift'!B5", "='Drift'!C5", "='Drift'!D5"), // through Drift!D5
                        row("Kulturnämnd", 100, 100, 0),
                        row("Summa", "=SUM(B3:B4)", "=SUM(C3:C4)", "=SUM(D3:D4)"), // through D3
                        row(),
                        row("Övrigt, tkr"),
                        row("Oberoende", "Budget helår 2025", "Prognos 2025", "Avvikelse budget-prognos"),
                        row("Annat", 5, 7, "=C9-B9")) // refers to nothing filled: not evaluated, still agrees
                .save(dir.resolve("kedja.xlsx"));
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).validate(input);
        assertEquals(List.of("INFO fillable Drift!D4 -20 -"), describe(result.findings()),
                "stale caches of D5, Sammanställning!D3 and D5 would each be a deviation or total error");
    }
}

package se.rapportkoll.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.plan.PlanProjection;
import org.junit.jupiter.api.Test;
import se.rapportkoll.fill.FillPlanner;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.model.Fill;
import se.rapportkoll.model.Finding;
import se.rapportkoll.testing.Grid;
import se.rapportkoll.validate.Validator;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.analyse.volumeprice.VolumePriceConfig;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * The JSON report rendered from what the core makes of grids built in code, without POI or a
 * file: located tables, findings, the fills, the volume–price lines.
 */
class JsonReportFromGridsTest {

    private static final TableLocator LOCATOR = new TableLocator();

    private static String report(LocatedWorkbook located, List<Finding> findings, List<Fill> fills) {
        VolumePriceAnalysis.Result volumePrice = VolumePriceAnalysis.analyse(located, VolumePriceConfig.load(null),
                VolumePriceOptions.DEFAULT, Messages.swedish());
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(volumePrice.findings());
        return JsonReport.render(new JsonReport.Content("validate", "drift.xlsx", "00", null, "test",
                located.tables(), all, fills, volumePrice, Forecasting.Outcome.NONE, PlanProjection.Result.EMPTY));
    }

    @Test
    void aTableWithAnEmptyDeviationAndATotalTypedWrong() {
        LocatedWorkbook asRead = Grid.sheet("Drift").rows(0,
                row("Driftredovisning socialnämnden, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse"),
                row("Äldreomsorg", -4000, -4150, -150),
                row("Individ- och familjeomsorg", -2000, -1950, null),
                row("Summa", -6000, -6130, -100)).locate();
        // as the pipeline does: fill the empty deviation, then check the table as it will be
        List<Fill> fills = FillPlanner.plan(asRead);
        LocatedWorkbook filled = LOCATOR.relocate(asRead, FillPlanner.asCells(asRead, fills));
        assertEquals("""
                {
                  "formatVersion": 1,
                  "tool": "rapportkoll",
                  "version": "test",
                  "command": "validate",
                  "input": "drift.xlsx",
                  "inputSha256": "00",
                  "output": null,
                  "summary": {
                    "error": 1,
                    "warning": 0,
                    "info": 0
                  },
                  "tables": [
                    {
                      "sheet": "Drift",
                      "range": "A2:D5",
                      "title": "Driftredovisning socialnämnden, tkr",
                      "kind": "amounts",
                      "unit": "tkr",
                      "convention": "signed",
                      "period": "jan-aug 2025",
                      "rows": 3,
                      "columns": [
                        {
                          "header": "Budget jan-aug 2025",
                          "kind": "budget",
                          "period": "jan-aug 2025"
                        },
                        {
                          "header": "Utfall jan-aug 2025",
                          "kind": "actual",
                          "period": "jan-aug 2025"
                        },
                        {
                          "header": "Avvikelse",
                          "kind": "deviation",
                          "period": null
                        }
                      ]
                    }
                  ],
                  "findings": [
                    {
                      "severity": "error",
                      "rule": "total",
                      "sheet": "Drift",
                      "cell": "C5",
                      "message": "\\"Utfall jan-aug 2025\\" för \\"Summa\\" är inte summan av sina delar. Rätta summan eller delarna.",
                      "detail": "Ska vara summan av C3:C4 = -6 100 men är -6 130 (skillnad -30). Därför blir också avvikelsen i D5 fel; den blir rätt när du rättat summan.",
                      "expected": -6100,
                      "actual": -6130
                    }
                  ],
                  "filled": [
                    {
                      "sheet": "Drift",
                      "cell": "D4",
                      "formula": "=C4-B4",
                      "value": 50
                    }
                  ],
                  "volumePrice": [],
                  "volumePriceReconciliation": [],
                  "forecast": [],
                  "scenarios": [],
                  "planYears": []
                }
                """, report(filled, new Validator(Messages.swedish()).validate(filled), fills));
    }

    @Test
    void theVolumeAndPriceEffectsOfOneCareTypeInItsGroupAndInTotal() throws Exception {
        LocatedWorkbook located = LOCATOR.locate(List.of(
                Grid.sheet("Vol").rows(0,
                        row("Volymer, antal dygn"),
                        row("Insatstyp", "Utfall jan-aug 2025", "Budget jan-aug 2025", "Budget 2025", "Prognos 2025"),
                        row("Stödboende unga", 110, 100, 150, 160)).grid(),
                Grid.sheet("Pris").index(1).rows(0,
                        row("Mått och à-priser, kronor per dygn"),
                        row("Insatstyp", "Utfall jan-aug 2025", "Budget 2025", "Prognos 2025"),
                        row("Stödboende unga", 2100, 2000, 2050)).grid()));
        // period: 100 × 2 000 kr = 200 tkr budgeted, 110 × 2 100 kr = 231 tkr: 10 days more cost 20 tkr, 100 kr more 11 tkr;
        // full year: 150 × 2 000 = 300 tkr, 160 × 2 050 = 328 tkr: 20 tkr volume, 8 tkr price
        String line = """
                "budgetVolume": %d, "actualVolume": %d, "budgetPrice": 2000, "actualPrice": %d,
                "budgetCostTkr": %d, "actualCostTkr": %d, "deviationTkr": %d, "volumeEffectTkr": -20, "priceEffectTkr": %d""";
        String period = line.formatted(100, 110, 2100, 200, 231, -31, -11);
        String year = line.formatted(150, 160, 2050, 300, 328, -28, -8);
        String expected = "["
                + "{\"careType\": \"Stödboende unga\", \"group\": \"Barn och unga\", \"scope\": \"period\", " + period + "},"
                + "{\"careType\": \"Barn och unga\", \"group\": \"Barn och unga\", \"scope\": \"period\", " + period + "},"
                + "{\"careType\": \"Totalt\", \"group\": null, \"scope\": \"period\", " + period + "},"
                + "{\"careType\": \"Stödboende unga\", \"group\": \"Barn och unga\", \"scope\": \"fullYear\", " + year + "},"
                + "{\"careType\": \"Barn och unga\", \"group\": \"Barn och unga\", \"scope\": \"fullYear\", " + year + "},"
                + "{\"careType\": \"Totalt\", \"group\": null, \"scope\": \"fullYear\", " + year + "}]";
        ObjectMapper json = new ObjectMapper();
        var report = json.readTree(report(located, List.of(), List.of()));
        assertEquals(json.readTree(expected), report.get("volumePrice"));
        assertEquals(0, report.get("findings").size(), report.get("findings").toString());
        assertEquals(List.of("Vol", "Pris"), List.of(report.get("tables").get(0).get("sheet").asText(),
                report.get("tables").get(1).get("sheet").asText()));
    }
}

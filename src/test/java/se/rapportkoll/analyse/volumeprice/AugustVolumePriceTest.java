package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.pipeline.RunOptions;
import org.junit.jupiter.api.Test;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The August 2025 interim report, worked out by hand from samples/data/volymer-aug-2025.tsv and
 * a-priser-aug-2025.tsv (days × kronor per day / 1000 = tkr; positive = favourable).
 */
class AugustVolumePriceTest {

    private static final double TKR = 0.0005; // half a krona

    private static VolumePriceAnalysis.Result analyse(VolumePriceOptions options) throws Exception {
        return new Pipeline(new RunOptions("sv", options)).validate(Path.of("samples", "delarsrapport-aug-2025.xlsx")).volumePrice();
    }

    private static VolumePriceLine line(VolumePriceAnalysis.Result r, Scope scope, String careType) {
        return r.section(scope).orElseThrow().line(careType).orElseThrow(() -> new AssertionError("no line " + careType));
    }

    @Test
    void workedExampleOfDomainMdFullYear() throws Exception {
        // Institutsplaceringar barn och unga: Vb 10 089, Va 9 806, Pb 5 885, Pa 6 562
        VolumePriceLine l = line(analyse(VolumePriceOptions.DEFAULT), Scope.FULL_YEAR, "Institutsplaceringar barn och unga");
        assertEquals(10089, l.budgetVolume());
        assertEquals(9806, l.actualVolume());
        assertEquals(5885, l.budgetPrice());
        assertEquals(6562, l.actualPrice());
        assertEquals(59373.765, l.budgetCostTkr(), TKR);            // 10 089 · 5 885 = 59 373 765 kr
        assertEquals(64346.972, l.actualCostTkr(), TKR);            // 9 806 · 6 562 = 64 346 972 kr
        assertEquals(-4973.207, l.deviationTkr(), TKR);             // ≈ −4 973 tkr
        assertEquals(1665.455, l.effect(Effect.VOLUME), TKR);       // 283 · 5 885 ≈ +1 665 tkr
        assertEquals(-6638.662, l.effect(Effect.PRICE), TKR);       // −677 · 9 806 ≈ −6 639 tkr
        assertEquals("Barn och unga", l.group());
        assertEquals(Math.round(-4973.207), Math.round(l.deviationTkr()));
    }

    @Test
    void skyddadeBoendenIsPairedWithItsAliasInThePriceTable() throws Exception {
        // volume "Skyddade boenden", price "Våld i nära relationer, skyddat boende": Vb 3 797, Va 2 423, Pb 3 118, Pa 3 764
        VolumePriceLine l = line(analyse(VolumePriceOptions.DEFAULT), Scope.FULL_YEAR, "Skyddade boenden");
        assertEquals("Våld i nära relationer, skyddat boende", l.priceLabel());
        assertEquals("Vuxna", l.group());
        assertEquals(11839.046, l.budgetCostTkr(), TKR);            // 3 797 · 3 118
        assertEquals(9120.172, l.actualCostTkr(), TKR);             // 2 423 · 3 764
        assertEquals(2718.874, l.deviationTkr(), TKR);
        assertEquals(4284.132, l.effect(Effect.VOLUME), TKR);       // 1 374 · 3 118
        assertEquals(-1565.258, l.effect(Effect.PRICE), TKR);       // −646 · 2 423
    }

    @Test
    void periodPairsTheActualWithThePeriodisedBudgetDespiteItsJanAprHeader() throws Exception {
        // Institutionsplaceringar, vuxna, jan-aug: Vb 3 211 (periodised), Va 745 ("Utfall jan-apr" column), Pb 3 237, Pa 2 092
        VolumePriceAnalysis.Result r = analyse(VolumePriceOptions.DEFAULT);
        assertEquals("jan-aug 2025", r.section(Scope.PERIOD).orElseThrow().period());
        VolumePriceLine l = line(r, Scope.PERIOD, "Institutionsplaceringar, vuxna");
        assertEquals(3211, l.budgetVolume());
        assertEquals(745, l.actualVolume());
        assertEquals(10394.007, l.budgetCostTkr(), TKR);
        assertEquals(1558.540, l.actualCostTkr(), TKR);
        assertEquals(8835.467, l.deviationTkr(), TKR);
        assertEquals(7982.442, l.effect(Effect.VOLUME), TKR);       // 2 466 · 3 237
        assertEquals(853.025, l.effect(Effect.PRICE), TKR);         // 1 145 · 745
    }

    @Test
    void groupSubtotalsAndTotals() throws Exception {
        VolumePriceAnalysis.Result r = analyse(VolumePriceOptions.DEFAULT);
        // Period: the report's prose says net volume cost 3 900 tkr, of which 17 200 for BoU, and −13 300 for vuxna
        VolumePriceLine bou = line(r, Scope.PERIOD, "Barn och unga");
        VolumePriceLine vuxna = line(r, Scope.PERIOD, "Vuxna");
        VolumePriceLine total = line(r, Scope.PERIOD, "Totalt");
        assertEquals(VolumePriceLine.Kind.GROUP, bou.kind());
        assertEquals(-17195.566, bou.effect(Effect.VOLUME), TKR);
        assertEquals(-6262.678, bou.effect(Effect.PRICE), TKR);     // the report: "6 300 tkr" price increase for BoU
        assertEquals(13257.636, vuxna.effect(Effect.VOLUME), TKR);
        assertEquals(13182.337, vuxna.deviationTkr(), TKR);
        assertEquals(-3937.930, total.effect(Effect.VOLUME), TKR);
        assertEquals(-6337.977, total.effect(Effect.PRICE), TKR);
        assertEquals(-10275.907, total.deviationTkr(), TKR);
        assertEquals(59006, total.budgetVolume()); // the parts add up to 59 006; the report rounds its Totalt to 59 007
        assertEquals(70046, total.actualVolume());
        // Full year: the care types' forecasts add up to 108 931 (the report's Totalt says 109 669)
        VolumePriceLine year = line(r, Scope.FULL_YEAR, "Totalt");
        assertEquals(88510, year.budgetVolume());
        assertEquals(108931, year.actualVolume());
        assertEquals(152797.104, year.budgetCostTkr(), TKR);
        assertEquals(168000.407, year.actualCostTkr(), TKR);
        assertEquals(-15203.303, year.deviationTkr(), TKR);
        assertEquals(-6775.326, year.effect(Effect.VOLUME), TKR);
        assertEquals(-8427.977, year.effect(Effect.PRICE), TKR);
        assertEquals(-33576.380, line(r, Scope.FULL_YEAR, "Barn och unga").deviationTkr(), TKR);
        assertEquals(18373.077, line(r, Scope.FULL_YEAR, "Vuxna").deviationTkr(), TKR);
        // a group's price is its average: 118 022 756 kr / 75 227 days
        assertEquals(118022756.0 / 75227, line(r, Scope.FULL_YEAR, "Barn och unga").budgetPrice(), 1e-9);
    }

    @Test
    void allTenCareTypesArePairedInTwoGroupsAndEveryLineAddsUp() throws Exception {
        VolumePriceAnalysis.Result r = analyse(VolumePriceOptions.DEFAULT);
        for (Scope scope : Scope.values()) {
            VolumePriceAnalysis.Section s = r.section(scope).orElseThrow();
            assertEquals(10, s.careTypes().size());
            assertEquals(List.of("Barn och unga", "Vuxna"), s.groups().stream().map(VolumePriceLine::careType).toList());
            assertEquals("Totalt", s.total().careType());
            for (VolumePriceLine l : s.lines()) {
                assertEquals(0, l.check(), 1e-9, l.careType());
            }
        }
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Rules.CARE_TYPE_UNMATCHED)));
    }

    @Test
    void threeWaySplitAddsUpAndMatchesTheWorkedExample() throws Exception {
        VolumePriceAnalysis.Result r = analyse(new VolumePriceOptions(VolumePriceOptions.Split.THREE, false));
        VolumePriceLine l = line(r, Scope.FULL_YEAR, "Institutsplaceringar barn och unga");
        assertEquals(1665.455, l.effect(Effect.VOLUME), TKR);                   // 283 · 5 885
        assertEquals(-6830.253, l.effect(Effect.PRICE_AT_BUDGET_VOLUME), TKR);  // −677 · 10 089
        assertEquals(191.591, l.effect(Effect.INTERACTION), TKR);               // (9 806 − 10 089) · (5 885 − 6 562) = −283 · −677
        assertEquals(-4973.207, l.effect(Effect.VOLUME) + l.effect(Effect.PRICE_AT_BUDGET_VOLUME) + l.effect(Effect.INTERACTION), TKR);
        for (VolumePriceAnalysis.Section s : r.sections()) {
            for (VolumePriceLine x : s.lines()) {
                assertEquals(3, x.effectsTkr().size());
                assertEquals(0, x.check(), 1e-9, x.careType());
            }
        }
    }

    @Test
    void mixSplitsTheVolumeEffectAtTheGroupsAveragePrice() throws Exception {
        VolumePriceAnalysis.Result r = analyse(new VolumePriceOptions(VolumePriceOptions.Split.TWO, true));
        VolumePriceLine bou = line(r, Scope.FULL_YEAR, "Barn och unga");
        double avg = 118022756.0 / 75227; // BoU's budget cost over its budget volume, kr per day
        // the group's volume at average price is its total volume change at that price: (75 227 − 102 302) · avg
        assertEquals((75227 - 102302) * avg / 1000, bou.effect(Effect.VOLUME_AT_AVERAGE_PRICE), 1e-6);
        // volume at average price + mix = the two-way volume effect, −24 668.066 tkr
        assertEquals(-24668.066, bou.effect(Effect.VOLUME_AT_AVERAGE_PRICE) + bou.effect(Effect.MIX), TKR);
        VolumePriceLine hvb = line(r, Scope.FULL_YEAR, "Institutsplaceringar barn och unga");
        assertEquals(283 * avg / 1000, hvb.effect(Effect.VOLUME_AT_AVERAGE_PRICE), 1e-6);
        assertEquals(283 * (5885 - avg) / 1000, hvb.effect(Effect.MIX), 1e-6);
        for (VolumePriceAnalysis.Section s : r.sections()) {
            for (VolumePriceLine x : s.lines()) {
                assertEquals(0, x.check(), 1e-9, x.careType());
            }
        }
    }

    @Test
    void priceColumnsSignedAgainstTheVolumeTableAreWarnedOnce() throws Exception {
        List<Finding> findings = new Pipeline(RunOptions.swedish()).validate(Path.of("samples", "delarsrapport-aug-2025.xlsx")).findings();
        List<String> cells = findings.stream().filter(f -> f.rule().equals(Rules.PRICE_DEVIATION_CONVENTION))
                .map(f -> f.sheet() + "!" + f.cell()).toList();
        assertEquals(List.of("À-priser!E4", "À-priser!G4"), cells);
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals(Rules.DEVIATION_CONVENTION)), "the same header is not reported twice");
    }

    @Test
    void thePlanHasNoActualsSoNoAnalysisButItsNamesAllMatch() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(Path.of("samples", "verksamhetsplan-2025-2027.xlsx"));
        assertTrue(r.volumePrice().sections().isEmpty());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("care-type")), r.findings()::toString);
    }
}

package se.rapportkoll.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as Markdown: the table, the linearity line and the verdict per target of issue 8. */
public final class BenchReport {

    static final double MAX_PROCESS_TO_POI = 1.5;
    static final double MIN_LIBREOFFICE_FACTOR = 10;
    /** Linear growth: time per 1 000 formulas of the largest workbook at most this times the smallest's. */
    static final double MAX_LINEARITY_DRIFT = 1.5;

    private BenchReport() {
    }

    public static String table(List<WorkbookResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| workbook | sheets / rows / formulas | process median (min–max) | POI median (min–max) | process / POI "
                + "| process / POI, paired | POI on the output | process / POI on the output "
                + "| peak heap process / POI | cold jar | cold jar, one JVM | LibreOffice | LO / cold | LO / warm |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (WorkbookResult r : results) {
            sb.append("| ").append(r.name())
                    .append(" | ").append(size(r.poi()))
                    .append(" | ").append(runs(r.process()))
                    .append(" | ").append(runs(r.poi()))
                    .append(" | ").append(ratio(r.processToPoi()))
                    .append(" | ").append(pairedRatio(r))
                    .append(" | ").append(runs(r.poiOnOutput()))
                    .append(" | ").append(ratio(r.processToPoiOnOutput()))
                    .append(" | ").append(megabytes(Stats.of(r.process().peakHeapMb()))).append(" / ")
                    .append(megabytes(Stats.of(r.poi().peakHeapMb())))
                    .append(" | ").append(r.coldSeconds().isEmpty() ? r.coldNote() : seconds(r.coldSeconds()))
                    .append(" | ").append(r.coldOneJvmSeconds().isEmpty() ? r.coldNote() : seconds(r.coldOneJvmSeconds()))
                    .append(" | ").append(r.libreOfficeSeconds().isEmpty() ? r.libreOfficeNote() : seconds(r.libreOfficeSeconds()))
                    .append(" | ").append(ratio(r.libreOfficeSeconds().median() / r.coldSeconds().median()))
                    .append(" | ").append(ratio(r.libreOfficeSeconds().median() * 1000 / r.processMillis().median()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** One line per generated size: ms per 1 000 cost-centre rows and per 1 000 formulas, then largest vs smallest. */
    public static String linearity(List<WorkbookResult> generated) {
        List<WorkbookResult> measured = generated.stream().filter(WorkbookResult::processOk).toList();
        StringBuilder sb = new StringBuilder();
        for (WorkbookResult r : generated) {
            sb.append("- ").append(r.name()).append(": ");
            if (!r.processOk()) {
                sb.append("process did not finish (").append(r.process().status()).append(")\n");
                continue;
            }
            double ms = r.processMillis().median();
            sb.append(String.format(Locale.ROOT, "process %s ms per 1 000 cost-centre rows, %s ms per 1 000 formulas; POI %s ms per 1 000 formulas%n",
                    grouped(ms / r.costCentreRows() * 1000), grouped(ms / r.poi().formulas() * 1000),
                    grouped(r.poiMillis().median() / r.poi().formulas() * 1000)));
        }
        if (measured.size() >= 2) {
            WorkbookResult small = measured.get(0);
            WorkbookResult large = measured.get(measured.size() - 1);
            sb.append(String.format(Locale.ROOT, "- %s vs %s: %.1f× the formulas, %.1f× the time (process), %.1f× the time (POI)%n",
                    large.name(), small.name(), (double) large.poi().formulas() / small.poi().formulas(),
                    large.processMillis().median() / small.processMillis().median(),
                    large.poiMillis().median() / small.poiMillis().median()));
        }
        if (measured.size() >= 3) {
            sb.append(String.format(Locale.ROOT, "- over all %d sizes, time grows as formulas^k: k = %.2f for process, %.2f for POI "
                            + "(1 is linear; a fit to every size, less at the mercy of one noisy run than two end points)%n",
                    measured.size(), growthExponent(measured, WorkbookResult::processMillis),
                    growthExponent(measured, WorkbookResult::poiMillis)));
        }
        return sb.toString();
    }

    /** The slope of log(median time) against log(formulas), by least squares. */
    static double growthExponent(List<WorkbookResult> sizes, java.util.function.Function<WorkbookResult, Stats> time) {
        org.apache.commons.math3.stat.regression.SimpleRegression fit = new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (WorkbookResult r : sizes) {
            fit.addData(Math.log(r.poi().formulas()), Math.log(time.apply(r).median()));
        }
        return fit.getSlope();
    }

    /** Met / not met per target, with the figures. */
    public static List<String> verdicts(List<WorkbookResult> all, List<WorkbookResult> generated, boolean libreOffice) {
        List<String> out = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (WorkbookResult r : all) {
            if (!r.processOk() || !(r.processToPoiJudged() <= MAX_PROCESS_TO_POI)) {
                over.add(r.name() + " " + (r.processOk() ? ratio(r.processToPoiJudged()) : "failed"));
            }
        }
        out.add(verdict(over.isEmpty(), "process ≤ " + MAX_PROCESS_TO_POI + " × bare POI on every workbook",
                over.isEmpty() ? "all within" : "over on " + String.join(", ", over)));

        List<String> overOutput = new ArrayList<>();
        for (WorkbookResult r : all) {
            if (!r.processOk() || !(r.processToPoiOnOutput() <= MAX_PROCESS_TO_POI)) {
                overOutput.add(r.name() + " " + (r.processOk() ? ratio(r.processToPoiOnOutput()) : "failed"));
            }
        }
        out.add("- for comparison, not a target of the issue: process ≤ " + MAX_PROCESS_TO_POI
                + " × POI on the output it writes (the same floor for a workbook of the output's size): "
                + (overOutput.isEmpty() ? "within on every workbook" : "over on " + String.join(", ", overOutput)));

        if (libreOffice) {
            List<String> slowCold = new ArrayList<>();
            List<String> slowWarm = new ArrayList<>();
            for (WorkbookResult r : all) {
                double cold = r.libreOfficeSeconds().median() / r.coldSeconds().median();
                double warm = r.libreOfficeSeconds().median() * 1000 / r.processMillis().median();
                if (!(cold >= MIN_LIBREOFFICE_FACTOR)) {
                    slowCold.add(r.name() + " " + ratio(cold));
                }
                if (!(warm >= MIN_LIBREOFFICE_FACTOR)) {
                    slowWarm.add(r.name() + " " + ratio(warm));
                }
            }
            out.add(verdict(slowCold.isEmpty(), "≥ " + (int) MIN_LIBREOFFICE_FACTOR + " × faster than LibreOffice, cold jar vs soffice",
                    slowCold.isEmpty() ? "on every workbook" : "LO / cold below 10 on " + String.join(", ", slowCold)));
            out.add(verdict(slowWarm.isEmpty(), "≥ " + (int) MIN_LIBREOFFICE_FACTOR + " × faster than LibreOffice, warm process vs soffice",
                    slowWarm.isEmpty() ? "on every workbook" : "LO / warm below 10 on " + String.join(", ", slowWarm)));
        } else {
            out.add("- **not measured**: ≥ 10 × faster than LibreOffice (LibreOffice skipped)");
        }

        if (!generated.isEmpty()) {
            WorkbookResult largest = generated.get(generated.size() - 1);
            out.add(verdict(largest.processOk(), "largest workbook (" + largest.name() + ") within -Xmx1g",
                    largest.processOk() ? "peak heap " + megabytes(Stats.of(largest.process().peakHeapMb()))
                            : "process failed: " + largest.process().status()));
        }

        List<WorkbookResult> measured = generated.stream().filter(WorkbookResult::processOk).toList();
        if (measured.size() == generated.size() && measured.size() >= 2) {
            WorkbookResult small = measured.get(0);
            WorkbookResult large = measured.get(measured.size() - 1);
            double drift = (large.processMillis().median() / large.poi().formulas())
                    / (small.processMillis().median() / small.poi().formulas());
            out.add(verdict(drift <= MAX_LINEARITY_DRIFT, "time growing linearly with size",
                    String.format(Locale.ROOT, "time per formula of %s is %.2f × that of %s (≤ %.1f counts as linear)",
                            large.name(), drift, small.name(), MAX_LINEARITY_DRIFT)));
        } else if (generated.size() < 2) {
            out.add("- **not measured**: time growing linearly with size (fewer than two generated sizes)");
        } else {
            out.add("- **not met**: time growing linearly with size: not every size finished ("
                    + generated.stream().filter(r -> !r.processOk()).map(WorkbookResult::name).toList() + "), so growth cannot be shown");
        }
        return out;
    }

    private static String verdict(boolean met, String target, String figures) {
        return "- **" + (met ? "met" : "not met") + "**: " + target + ": " + figures;
    }

    /** "2.4 (2.1–2.9)", the paired rounds' ratios; the failure, or "–" when not measured. */
    static String pairedRatio(WorkbookResult r) {
        Stats s = r.pairedRatio();
        String text = s.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", s.median(), s.min(), s.max());
        return r.paired().ok() ? text : (s.isEmpty() ? "" : text + "; ") + "failed: " + r.paired().status();
    }

    static String size(ChildResult poi) {
        return poi.sheets() < 0 ? "?" : poi.sheets() + " / " + grouped(poi.rows()) + " / " + grouped(poi.formulas());
    }

    /** "83 ms (49–366)", or "18.2 s (17.9–19.0)" from 10 s up; with the failure when runs are missing. */
    static String runs(ChildResult r) {
        Stats s = Stats.of(r.millis());
        String text = s.isEmpty() ? "" : milliseconds(s) + (s.count() == 1 ? " (1 run)" : "");
        if (!r.ok()) {
            text = (text.isEmpty() ? "" : text + "; ") + "failed: " + r.status();
        }
        return text;
    }

    static String milliseconds(Stats s) {
        if (s.median() >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", s.median() / 1000, s.min() / 1000, s.max() / 1000);
        }
        return String.format(Locale.ROOT, "%s ms (%s–%s)", grouped(s.median()), grouped(s.min()), grouped(s.max()));
    }

    static String seconds(Stats s) {
        return String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", s.median(), s.min(), s.max());
    }

    static String megabytes(Stats s) {
        return s.isEmpty() ? "–" : grouped(s.median()) + " MB";
    }

    static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "–" : String.format(Locale.ROOT, "%.1f", r);
    }

    /** A whole number with a space between thousands (1 234). */
    static String grouped(double value) {
        return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
    }
}

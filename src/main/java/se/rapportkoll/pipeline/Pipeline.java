package se.rapportkoll.pipeline;

import se.rapportkoll.base.Version;
import se.rapportkoll.analyse.deviation.DeviationAnalysis;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.model.Fill;
import se.rapportkoll.analyse.plan.PlanProjection;
import se.rapportkoll.fill.FillPlanner;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.locate.MonthlyTable;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.prose.TextDraft;
import se.rapportkoll.prose.WorkbookFigures;
import se.rapportkoll.xlsx.OpenedWorkbook;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.xlsx.read.Readable;
import se.rapportkoll.report.JsonReport;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;
import se.rapportkoll.validate.Validator;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.analyse.volumeprice.VolumePriceConfig;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;
import se.rapportkoll.base.AtomicOutput;
import se.rapportkoll.xlsx.write.output.WorkbookOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import se.rapportkoll.locate.CellData;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** read → locate tables → validate → fill → analyse → write, for one workbook. */
public final class Pipeline {

    /**
     * What a run found and wrote. {@code output} is null for validate. {@code addedSheets}: the
     * tool's sheets in the output and a settings sheet it created, in the workbook's order; empty for validate.
     * {@code findingsIn} says the findings in any language from what the run held (the located
     * tables and the analyses), without reading the input again: a window that switches language
     * shows the findings of the content it processed, even if the file has changed since.
     */
    public record Result(Path input, Path output, String inputSha256, LocatedWorkbook located,
                         List<Finding> findings, Function<Messages, List<Finding>> findingsIn, List<Fill> fills,
                         VolumePriceAnalysis.Result volumePrice, Forecasting.Outcome forecast,
                         PlanProjection.Result planYears, List<String> addedSheets) {

        /** The same result naming other paths (the watcher reports where the files end up, not where they were worked on). */
        public Result withPaths(Path newInput, Path newOutput) {
            return new Result(newInput, newOutput, inputSha256, located, findings, findingsIn, fills, volumePrice, forecast,
                    planYears, addedSheets);
        }

        /**
         * The same result with more findings (the check of a report text dropped beside the workbook),
         * given in any language; {@code messages} is the run's.
         */
        public Result withFindings(Function<Messages, List<Finding>> more, Messages messages) {
            Function<Messages, List<Finding>> all = m -> {
                List<Finding> both = new ArrayList<>(findingsIn.apply(m));
                both.addAll(more.apply(m));
                return List.copyOf(both);
            };
            List<Finding> now = new ArrayList<>(findings);
            now.addAll(more.apply(messages));
            return new Result(input, output, inputSha256, located, List.copyOf(now), all, fills, volumePrice, forecast,
                    planYears, addedSheets);
        }

        public long count(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        public boolean hasErrors() {
            return count(Severity.ERROR) > 0;
        }
    }

    private final Messages messages;
    private final VolumePriceOptions volumePriceOptions;

    /** @param options the language and the analyses' settings, as the command line, drop folder or window chose them */
    public Pipeline(RunOptions options) {
        this.messages = options.messages();
        this.volumePriceOptions = options.volumePrice();
    }

    /** Checks a workbook and writes nothing. */
    public Result validate(Path input) throws InputProblem {
        try (OpenedWorkbook wb = OpenedWorkbook.forChecking(input)) {
            return analyse(input, null, wb, Rules.FILLABLE, "finding.fillable");
        }
    }

    /** Checks a workbook and writes the output: a copy with filled cells and the tool's sheets. */
    public Result process(Path input, Path output, boolean force) throws InputProblem, OutputProblem, IOException {
        OutputPaths.checkOutput(input, output, force);
        try (OpenedWorkbook wb = OpenedWorkbook.forWriting(input)) {
            List<String> before = wb.sheetNames();
            Result result = analyse(input, output, wb, Rules.FILLED, "finding.filled");
            Forecasting.Outcome forecast = result.forecast();
            List<DeviationLine> lines = DeviationAnalysis.lines(result.located());
            String now = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
            boolean forecastSheet = !forecast.lines().isEmpty() || !forecast.scenarios().lines().isEmpty()
                    || !forecast.roundChanges().isEmpty();
            wb.addToolSheets(new WorkbookOutput.Content(result.findings(), lines, result.volumePrice(),
                            forecastSheet ? forecast : null, result.planYears(),
                            TextDraft.draft(WorkbookFigures.of(result.located()), result.volumePrice(), messages)),
                    messages, new WorkbookOutput.Provenance(input.getFileName().toString(), wb.sha256(), now, Version.get()));
            try {
                AtomicOutput.write(output, force, wb::write);
            } catch (FileAlreadyExistsException e) {
                // Only the output itself appearing meanwhile means "exists"; the same exception comes when
                // a file sits where a folder of the output's path should be, which --force cannot cure.
                if (!force && Files.isRegularFile(output)) {
                    throw new OutputProblem(OutputProblem.Reason.EXISTS, output);
                }
                throw e;
            }
            List<String> added = wb.sheetNames().stream()
                    .filter(name -> !before.contains(name) || wb.isToolSheet(name)).toList();
            return new Result(input, output, wb.sha256(), result.located(), result.findings(), result.findingsIn(), result.fills(),
                    result.volumePrice(), forecast, result.planYears(), added);
        }
    }

    /**
     * What validate and process share: locate and fill (in memory), then every analysis and the
     * findings. {@code rule} and {@code keyPrefix} say whether the fills are done or only proposed.
     */
    private Result analyse(Path input, Path output, OpenedWorkbook wb, String rule, String keyPrefix) {
        List<Readable.Conversion> conversions = wb.conversions();
        List<Fill> fills = new ArrayList<>();
        LocatedWorkbook located = locateFilled(wb, fills);
        List<MonthlyTable> monthly = Forecasting.monthlyTables(located);
        located = Forecasting.placed(located, monthly);
        // aliases, target groups, reconciliation rows: built in, overridden by files beside the workbook; once per run
        VolumePriceConfig careTypeNames = VolumePriceConfig.load(input.toAbsolutePath().getParent());
        VolumePriceAnalysis.Result volumePrice = VolumePriceAnalysis.analyse(located, careTypeNames, volumePriceOptions, messages);
        Forecasting.Outcome forecast = Forecasting.analyse(located, monthly, wb.settingsSheet(), careTypeNames);
        PlanProjection.Result planYears = planYears(input, located, wb, careTypeNames);
        LocatedWorkbook tables = located;
        Function<Messages, List<Finding>> findingsIn = m -> findings(m, tables, fills, rule, keyPrefix,
                m == messages ? volumePrice : VolumePriceAnalysis.analyse(tables, careTypeNames, volumePriceOptions, m),
                forecast, conversions);
        return new Result(input, output, wb.sha256(), located, findingsIn.apply(messages), findingsIn, fills, volumePrice, forecast,
                planYears, List.of());
    }

    /**
     * Locates the tables, plans the fills (added to {@code fills}) and puts them into the in-memory
     * workbook, and locates again as the workbook will be: beside a filled cell its value counts, not
     * 0, and the user's formulas over filled cells show what Excel will recalculate. The in-memory
     * model of a read-only workbook is discarded unsaved.
     */
    private static LocatedWorkbook locateFilled(OpenedWorkbook wb, List<Fill> fills) {
        TableLocator locator = new TableLocator();
        // the controller's scenario settings are no report table: not checked, not reported as unplaced
        LocatedWorkbook asRead = locator.locate(wb.userSheets());
        fills.addAll(FillPlanner.plan(asRead));
        if (fills.isEmpty()) {
            return asRead;
        }
        Map<String, List<CellData>> replaced = new HashMap<>(FillPlanner.asCells(asRead, fills));
        wb.fill(asRead, fills).forEach((sheet, cells) ->
                replaced.merge(sheet, cells, (a, b) -> { List<CellData> all = new ArrayList<>(a); all.addAll(b); return all; }));
        return locator.relocate(asRead, replaced);
    }

    /** Writes the JSON report (UTF-8); a report file named on the command line is replaced. */
    public void writeReport(Result result, String command, Path report) throws IOException {
        String json = JsonReport.render(new JsonReport.Content(command, result.input().toString(), result.inputSha256(),
                result.output() == null ? null : result.output().toString(), Version.get(),
                result.located().tables(), result.findings(), result.fills(), result.volumePrice(),
                result.forecast(), result.planYears()));
        AtomicOutput.write(report, true, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The plan years projected from the budget year, with the assumptions the controller entered on
     * the plan-years sheet of an earlier run, else those in the file beside the workbook; none built in.
     */
    private static PlanProjection.Result planYears(Path input, LocatedWorkbook located, OpenedWorkbook wb,
                                                   VolumePriceConfig careTypeNames) {
        List<PlanProjection.Assumption> entered = wb.planAssumptions();
        return PlanProjection.project(located, entered.isEmpty()
                ? PlanProjection.assumptions(input.toAbsolutePath().getParent()) : entered, careTypeNames);
    }

    /** Every finding of a run, in the language of {@code messages}: a pure function of what the run found. */
    private static List<Finding> findings(Messages messages, LocatedWorkbook located, List<Fill> fills, String rule,
                                          String keyPrefix, VolumePriceAnalysis.Result volumePrice,
                                          Forecasting.Outcome forecast, List<Readable.Conversion> conversions) {
        List<Finding> volumePriceFindings = volumePrice.findings();
        List<Finding> findings = new ArrayList<>(new Validator(messages).validate(located,
                forecast.tables().stream().map(MonthlyTable::located).toList()));
        // A price column signed against the volume table says all a convention finding on the same
        // header says and more: the cell is reported once.
        findings.removeIf(f -> f.rule().equals(Rules.DEVIATION_CONVENTION) && volumePriceFindings.stream().anyMatch(a ->
                a.rule().equals(Rules.PRICE_DEVIATION_CONVENTION) && a.sheet().equals(f.sheet()) && a.cell().equals(f.cell())));
        findings.addAll(volumePriceFindings);
        findings.addAll(Forecasting.findings(forecast, messages));
        for (Fill fill : fills) {
            String key = keyPrefix + (fill.kind() == Fill.Kind.TOTAL ? "Total" : "Deviation");
            Object[] args = {fill.address(), fill.rowLabel(), fill.formula(), messages.number(fill.value())};
            findings.add(new Finding(Severity.INFO, rule, fill.sheet(), fill.address(), messages.get(key, args),
                    messages.detail(key, args), fill.value(), null, null));
        }
        // how the file had to be opened
        conversions.forEach(c -> findings.add(new Finding(Severity.INFO, Rules.OPENED_AS, null, null,
                messages.get("finding.opened." + c.name().toLowerCase(Locale.ROOT)), null, null, null, null)));
        return Validator.sorted(findings, located);
    }
}

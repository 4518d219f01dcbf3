package se.rapportkoll.locate;

import java.util.List;

/** What the locator understood of a workbook: every user sheet's cells, its tables, and what it could not place. */
public record LocatedWorkbook(List<SheetGrid> sheets, List<Table> tables, List<UnplacedBlock> unplaced) {

    /** Rows of numbers the locator found no header for. */
    public record UnplacedBlock(String sheetName, String range, String firstCell) {
    }
}

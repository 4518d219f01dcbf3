package se.rapportkoll.model;

/** The stable ids of the validation rules, as written in the JSON report and the findings sheet. */
public final class Rules {
    public static final String DEVIATION = "deviation";
    public static final String DEVIATION_CONVENTION = "deviation-convention";
    /** A table that follows another sign convention than its kind's default, or a column whose header states the opposite sign: told once. */
    public static final String SIGN_CONVENTION = "sign-convention";
    public static final String DEVIATION_UNPAIRED = "deviation-unpaired";
    /** A deviation of part of the year counted against a share of the full-year budget (months / 12): told once. */
    public static final String DEVIATION_PERIODISED = "deviation-periodised";
    public static final String TOTAL = "total";
    public static final String CROSS_TABLE = "cross-table";
    public static final String NUMBER_AS_TEXT = "number-as-text";
    public static final String FORMULA_ERROR = "formula-error";
    public static final String PERIOD = "period";
    public static final String REQUIRED_EMPTY = "required-empty";
    public static final String UNPLACED_TABLE = "unplaced-table";
    public static final String NO_TABLE = "no-table";
    public static final String UNIT_MISSING = "unit-missing";
    public static final String FILLED = "filled";
    public static final String FILLABLE = "fillable";
    /** Volume–price analysis: a care type in the volume table and not in the price table, or the reverse. */
    public static final String CARE_TYPE_UNMATCHED = "care-type-unmatched";
    /** Volume–price analysis: care types paired despite a spelling difference. */
    public static final String CARE_TYPE_MATCH = "care-type-match";
    /** Volume–price analysis: a price deviation column signed the other way from the volume table's. */
    public static final String PRICE_DEVIATION_CONVENTION = "price-deviation-convention";

    /** A full-year forecast outside the range the forecast methods give. */
    public static final String FORECAST_OUTSIDE_METHODS = "forecast-outside-methods";
    /** Scenario settings: measures in the layout of an older version, which are not counted. */
    public static final String SETTINGS_OLDER_LAYOUT = "settings-older-layout";
    /** check-text: an amount in the report's text against the workbook's figure. */
    public static final String TEXT_AMOUNT = "text-amount";

    /** How the file had to be opened: Strict Open XML, or encrypted with Excel's default password. */
    public static final String OPENED_AS = "opened-as";

    private Rules() {
    }
}

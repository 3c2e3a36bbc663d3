namespace Steward.Core.Analytics.Flags;

/// <summary>
/// The red-flag settings. The Cardinal indicators take OCDS Cardinal's defaults (docs/indicators.md, "Red flags");
/// the UK ones take the Procurement Act 2023's figures where the Act gives them and a documented default where it
/// leaves the choice open. A fixed threshold, where one is given, replaces the computed fence as in Cardinal.
/// </summary>
public sealed record FlagSettings
{
    public static readonly FlagSettings Default = new();

    /// <summary>The currency bid amounts must be in for price comparisons (Cardinal: the first seen; Steward: GBP).</summary>
    public string Currency { get; init; } = "GBP";

    /// <summary><c>procurementMethodDetails</c> values whose processes no indicator looks at.</summary>
    public IReadOnlyList<string> ExcludedMethodDetails { get; init; } = [];

    /// <summary>When not empty, only these <c>procurementMethodDetails</c> allow price comparison (R024, R028, R036, R058).</summary>
    public IReadOnlyList<string> PriceComparisonMethodDetails { get; init; } = [];

    /// <summary>Used when <see cref="PriceComparisonMethodDetails"/> is empty: these do not allow price comparison.</summary>
    public IReadOnlyList<string> NoPriceComparisonMethodDetails { get; init; } = [];

    /// <summary>R003: the shortest acceptable submission period in whole days (Cardinal default 15).</summary>
    public int R003Days { get; init; } = 15;

    /// <summary>R003: a different shortest period for some <c>procurementMethodDetails</c>.</summary>
    public IReadOnlyDictionary<string, int> R003DaysByMethodDetails { get; init; } = new Dictionary<string, int>();

    /// <summary>R018: methods in which a single bid is suspicious (Cardinal default open and selective).</summary>
    public IReadOnlyList<string> R018Methods { get; init; } = [ProcedureKinds.Open, ProcedureKinds.Selective];

    public double? R024Threshold { get; init; }

    /// <summary>R025: tenderers with at least this percentile of valid bids count as "top tenderers" (Cardinal default 75).</summary>
    public double R025Percentile { get; init; } = 75;

    public double? R025Threshold { get; init; }

    /// <summary>R035: how many other tenderers must have been disqualified (Cardinal default 1).</summary>
    public int R035Threshold { get; init; } = 1;

    public double? R038Threshold { get; init; }

    /// <summary>R038: tenderers with fewer submitted bids are left out (Cardinal default 2).</summary>
    public int R038MinimumSubmittedBids { get; init; } = 2;

    /// <summary>R038: buyers with fewer submitted bids in their processes are left out (Cardinal default 2).</summary>
    public int R038MinimumBuyerBids { get; init; } = 2;

    /// <summary>R048: how many leading digits of a classification code make a "sector" (Cardinal default 2, a CPV division).</summary>
    public int R048Digits { get; init; } = 2;

    /// <summary>R048: suppliers awarded in fewer processes are left out (Cardinal default 20).</summary>
    public int R048MinimumProcesses { get; init; } = 20;

    public double? R048Threshold { get; init; }

    public double? R058Threshold { get; init; }

    /// <summary>
    /// UK1 (tender period): the minimum tendering period in days for an above-threshold open or competitive flexible
    /// procedure with electronic tendering and all documents provided (PA 2023 s.54(4): 25 days).
    /// </summary>
    public int UkMinimumTenderDays { get; init; } = 25;

    /// <summary>UK1: the shorter minimum when a qualifying planned procurement notice (UK3) was published (PA 2023 s.54(4), s.18: 10 days).</summary>
    public int UkMinimumTenderDaysAfterPlannedNotice { get; init; } = 10;

    /// <summary>UK2 (direct awards): buyers with fewer processes of known method are left out (default 10).</summary>
    public int UkDirectAwardMinimumProcesses { get; init; } = 10;

    public double? UkDirectAwardThreshold { get; init; }

    /// <summary>UK3 (bunching): how far below a threshold counts as "just under" (default 5%).</summary>
    public double UkBunchingBand { get; init; } = 0.05;

    /// <summary>UK3: a buyer needs at least this many values just under a threshold (default 5) …</summary>
    public int UkBunchingMinimum { get; init; } = 5;

    /// <summary>… and at least this many times as many just under as just over (within the same band) to be flagged (default 3).</summary>
    public double UkBunchingRatio { get; init; } = 3;

    /// <summary>
    /// UK3: the VAT rate added to published amounts before they are compared with the thresholds, which include VAT
    /// (PA 2023 Sch. 1); OCDS <c>value.amount</c> is published net (default 20%, the UK standard rate).
    /// </summary>
    public double UkVatRate { get; init; } = 0.2;

    /// <summary>UK4 (contract details notice): days after the contract is entered into (PA 2023 s.53(1): 30 days).</summary>
    public int UkContractDetailsDays { get; init; } = 30;

    /// <summary>
    /// UK4: when the contract's signing date is not published, days allowed from the award notice to the contract:
    /// the standstill period (PA 2023 s.51: 8 working days) taken as 10 calendar days (default).
    /// </summary>
    public int UkStandstillDays { get; init; } = 10;

    /// <summary>Procurement Act 2023 thresholds (Sch. 1, VAT included) by the date they took effect.</summary>
    public IReadOnlyList<ThresholdSet> Thresholds { get; init; } = ThresholdSet.ScheduleOne;
}

/// <summary>The Sch. 1 thresholds in force from a date, VAT included.</summary>
public sealed record ThresholdSet(DateTime From, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>
    /// PA 2023 Sch. 1 / PCR 2015 thresholds (VAT included). From 1 Jan 2022: PPN 10/21 values; from 1 Jan 2024: PPN
    /// 11/23; from 1 Jan 2026: SI 2025/1200 (PPN 023). Processes before 2022 are compared with the 2022 values.
    /// Source: shared domain notes, procurement-rules.md §1.11.
    /// </summary>
    public static readonly IReadOnlyList<ThresholdSet> ScheduleOne =
    [
        new(new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc), new Dictionary<string, double>
        {
            ["central government goods and services"] = 138_760, ["sub-central goods and services"] = 213_477,
            ["works"] = 5_336_937, ["light touch"] = 663_540,
        }),
        new(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new Dictionary<string, double>
        {
            ["central government goods and services"] = 139_688, ["sub-central goods and services"] = 214_904,
            ["works"] = 5_372_609, ["light touch"] = 663_540,
        }),
        new(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new Dictionary<string, double>
        {
            ["central government goods and services"] = 135_018, ["sub-central goods and services"] = 207_720,
            ["works"] = 5_193_000, ["light touch"] = 663_540,
        }),
    ];

    /// <summary>The set in force on <paramref name="date"/> (the earliest set before its start).</summary>
    public static ThresholdSet InForce(IReadOnlyList<ThresholdSet> sets, DateTime? date)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var chosen = sets[0];
        foreach (var set in sets)
        {
            if (date is { } d && d >= set.From)
            {
                chosen = set;
            }
        }

        return chosen;
    }
}

namespace Steward.Core.Processes;

/// <summary>
/// <c>tender.status</c> (and a lot's <c>status</c>, which the lots extension draws from the same list) in words: OCDS
/// 1.1.5's closed tenderStatus codelist (open-contracting/standard 1__1__5 <c>schema/codelists/tenderStatus.csv</c>;
/// ../shared/data/schema/ocds-1.1.5), each title with what its description says in a few words.
/// </summary>
public static class TenderStatuses
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planning"] = "Planning (being considered)",
        ["planned"] = "Planned (not yet started)",
        ["active"] = "Active (tender under way)",
        ["cancelled"] = "Cancelled",
        ["unsuccessful"] = "Unsuccessful (no award)",
        ["complete"] = "Complete",
        ["withdrawn"] = "Withdrawn (no further information)",
    };

    /// <summary>The status in words ("active" → "Active (tender under way)"), any case; null for a code outside the codelist.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}

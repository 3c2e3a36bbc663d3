namespace Steward.Core.Processes;

/// <summary>
/// <c>awards[].status</c> in words: OCDS 1.1.5's closed awardStatus codelist (open-contracting/standard 1__1__5
/// <c>schema/codelists/awardStatus.csv</c>; ../shared/data/schema/ocds-1.1.5). An award is "pending" while it is not
/// yet in force, as during the standstill a UK6 contract award notice starts (PA 2023 s.51).
/// </summary>
public static class AwardStatuses
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = "Pending (not yet in force)",
        ["active"] = "Active (in force)",
        ["cancelled"] = "Cancelled",
        ["unsuccessful"] = "Unsuccessful (not made)",
    };

    /// <summary>The status in words ("active" → "Active (in force)"), any case; null for a code outside the codelist.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}

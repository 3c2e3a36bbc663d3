namespace Steward.Core.Processes;

/// <summary>
/// <c>contracts[].status</c> in words: OCDS 1.1.5's closed contractStatus codelist (open-contracting/standard 1__1__5
/// <c>schema/codelists/contractStatus.csv</c>; ../shared/data/schema/ocds-1.1.5). "terminated" covers a contract
/// that ended on completion as well as one ended early, as the codelist says (and as a UK11 contract termination
/// notice does: PA 2023 s.80).
/// </summary>
public static class ContractStatuses
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = "Pending (not yet signed)",
        ["active"] = "Active (signed, in force)",
        ["cancelled"] = "Cancelled before signature",
        ["terminated"] = "Ended (completed or terminated)",
    };

    /// <summary>The status in words ("terminated" → "Ended (completed or terminated)"), any case; null for a code outside the codelist.</summary>
    public static string? Name(string? code) => code is null ? null : Words.GetValueOrDefault(code.Trim());
}

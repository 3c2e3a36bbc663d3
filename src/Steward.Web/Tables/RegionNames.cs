using Steward.Core.Processes;

namespace Steward.Web.Tables;

/// <summary>Names of the UK's regions (NUTS / ITL codes, first to third level), as pages show them (<see cref="UkRegions"/>, <see cref="UkAreas"/>).</summary>
public static class RegionNames
{
    public static IReadOnlyList<(string Code, string Name)> All => UkRegions.All;

    /// <summary>
    /// "London (UKI)", "Inner London – West (UKI3)", "Camden and City of London (UKI31)", "United Kingdom (several
    /// regions)" for UK, or the code itself when it is not a UK region (<see cref="UkAreas"/>).
    /// </summary>
    public static string Describe(string? code) => UkAreas.Describe(code);
}

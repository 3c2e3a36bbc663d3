using Steward.Core.Processes;

namespace Steward.Web.Tables;

/// <summary>Names of the UK's first-level regions (NUTS 1 / ITL 1 codes), as pages show them (<see cref="UkRegions"/>).</summary>
public static class RegionNames
{
    public static IReadOnlyList<(string Code, string Name)> All => UkRegions.All;

    /// <summary>"London (UKI)", "United Kingdom (several regions)" for UK, or the code itself when it is not a first-level UK region.</summary>
    public static string Describe(string? code) =>
        code is null ? "Unknown" : code == "UK" ? "United Kingdom (several regions) (UK)" : UkRegions.Name(code) is { } name ? $"{name} ({code})" : code;
}

namespace Steward.Data.Entities;

/// <summary>
/// What one process adds to the stored figures (table <c>figure_processes</c>): its market, so that an import can
/// recompute the markets it touched, and its part of the reports' coverage counts, which add up over processes.
/// </summary>
public class FigureProcessRow
{
    public string Ocid { get; set; } = string.Empty;

    /// <summary>"cpv|region" at CPV division level (<c>MarketKey.Of</c>).</summary>
    public string Market { get; set; } = string.Empty;

    public int InWindow { get; set; }

    public int WithoutBuyer { get; set; }

    public int Undated { get; set; }

    public int Duplicates { get; set; }

    public int NotUk { get; set; }

    public int AwardsUndated { get; set; }

    public int Unclassified { get; set; }

    public int Unlocated { get; set; }

    public int Excluded { get; set; }

    public int FrameworkAwards { get; set; }
}

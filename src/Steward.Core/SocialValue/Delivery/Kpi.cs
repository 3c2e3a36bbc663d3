using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Delivery;

/// <summary>
/// One version of a contract KPI: <see cref="Target"/> in <see cref="Unit"/>s of <see cref="Measure"/> over
/// <see cref="PeriodStart"/>–<see cref="PeriodEnd"/>, met in <see cref="Direction"/>. A KPI changed mid-contract is a
/// new version with the same <see cref="Id"/>, in force from <see cref="InForceFrom"/>; the old one keeps its history
/// (docs/social-value.md).
/// </summary>
public sealed record Kpi(
    string Id,
    string Measure,
    string Unit,
    decimal Target,
    KpiDirection Direction,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? Goal = null,
    string? Place = null)
{
    public const string Invalid = "KPI_INVALID";

    /// <summary>The Social Value Model outcome (or the buyer's) it serves, for grouping.</summary>
    public string? Outcome { get; init; }

    /// <summary>The version number, 1 for the KPI as first agreed.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The day this version came into force; null for <see cref="PeriodStart"/>.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>The day this version came into force.</summary>
    public DateOnly EffectiveFrom => InForceFrom ?? PeriodStart;

    /// <summary>Every problem with this version, each naming its field; empty when valid.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add("id: empty; a KPI needs an id");
        }

        if (string.IsNullOrWhiteSpace(Measure))
        {
            problems.Add("measure: empty; say what is measured");
        }

        if (string.IsNullOrWhiteSpace(Unit))
        {
            problems.Add("unit: empty; say what one unit is (people, hours, tCO2e, %)");
        }

        if (Target is < 0m or > Valuation.ValuationRules.Largest)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"target: {Target} is {(Target < 0m ? "negative" : "above 1,000,000,000,000")}"));
        }

        if (PeriodEnd < PeriodStart)
        {
            problems.Add($"periodEnd: {Day(PeriodEnd)} is before periodStart, {Day(PeriodStart)}");
        }

        if (InForceFrom is { } from && (from < PeriodStart || from > PeriodEnd))
        {
            problems.Add($"inForceFrom: {Day(from)} is outside the KPI's period, {Day(PeriodStart)} to {Day(PeriodEnd)}");
        }

        return [.. problems.Select(p => new Error(Invalid, p))];
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

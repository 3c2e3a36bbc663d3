namespace Steward.Core.Suppliers;

/// <summary>
/// One classification (SME, VCSE, …): <see cref="Verdict.True"/> when every test passes, <see cref="Verdict.False"/>
/// when any fails, otherwise <see cref="Verdict.Unknown"/>; with every test's <see cref="Reason"/>.
/// </summary>
public sealed record Classification(Verdict Result, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Combines tests that must all pass.</summary>
    public static Classification AllOf(params IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var result = reasons.Any(r => r.Outcome == Verdict.False) ? Verdict.False
            : reasons.All(r => r.Outcome == Verdict.True) ? Verdict.True
            : Verdict.Unknown;
        return new Classification(result, reasons);
    }

    /// <summary>The profile fields any of its tests read.</summary>
    public IEnumerable<string> Fields => Reasons.SelectMany(r => r.Fields).Distinct(StringComparer.Ordinal);
}

namespace Steward.Core.Suppliers;

/// <summary>
/// One test behind a classification: what was tested, its outcome, a sentence saying why with the figures, the legal
/// or policy reference, the profile fields it used and the figures themselves.
/// </summary>
public sealed record Reason(string Test, Verdict Outcome, string Text, string Reference)
{
    /// <summary>The profile fields the test read (JSON names), so evidence can be matched to it.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>The figures compared, by name (e.g. <c>share</c>, <c>threshold</c>); null where missing.</summary>
    public IReadOnlyDictionary<string, decimal?> Figures { get; init; } = new Dictionary<string, decimal?>();
}

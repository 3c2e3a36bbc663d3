namespace Steward.Core.Suppliers;

/// <summary>
/// A document backing some of a profile's facts (accounts, articles, a workforce return, a register extract) and the
/// person who checked it. Facts it covers count as verified from <see cref="VerifiedOn"/> until <see cref="ValidUntil"/>.
/// </summary>
public sealed record Evidence
{
    /// <summary>What it is, e.g. <c>accounts</c>, <c>governing-document</c>, <c>workforce-return</c>, <c>register-extract</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The profile fields it backs, by their JSON names (e.g. <c>accounts</c>, <c>assetLock</c>).</summary>
    public IReadOnlyList<string> Covers { get; init; } = [];

    /// <summary>Where the document is: a URL or a document reference (never personal data).</summary>
    public string? Document { get; init; }

    /// <summary>Who checked it: a role or team, e.g. "Commissioning team, Anytown Council".</summary>
    public string? VerifiedBy { get; init; }

    public DateOnly? VerifiedOn { get; init; }

    public DateOnly? ValidUntil { get; init; }

    /// <summary>Whether it had been checked and had not expired on <paramref name="day"/>.</summary>
    public bool IsCurrent(DateOnly day) =>
        VerifiedOn is { } verified && verified <= day && (ValidUntil is not { } until || day <= until);
}

namespace Steward.Data;

/// <summary>What the store holds: the figures <c>steward stats</c> prints.</summary>
public sealed record StoreStatistics(
    long Releases,
    long Records,
    long Organisations,
    long Buyers,
    long Suppliers,
    long Awards,
    long Contracts,
    DateTime? FirstReleaseDate,
    DateTime? LastReleaseDate)
{
    /// <summary>Processes that set up a framework or dynamic market (their award values are ceilings, reported apart from spend).</summary>
    public long Frameworks { get; init; }

    /// <summary>Organisation ids that now mean another (records found to be one organisation, or merges a person confirmed).</summary>
    public long Aliases { get; init; }

    /// <summary>Processes by publisher (OCID prefix; null for processes imported before publishers were recorded).</summary>
    public IReadOnlyList<(string? Prefix, long Processes, long OutsideUk)> Publishers { get; init; } = [];

    /// <summary>Every process that repeats another, with the one it repeats and why (docs/indicators.md, "Duplicates").</summary>
    public IReadOnlyList<(string Ocid, string DuplicateOf, string? Reason)> Duplicates { get; init; } = [];

    /// <summary>Counts the store's contents.</summary>
    public static StoreStatistics Read(StewardDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new StoreStatistics(
            context.Releases.LongCount(),
            context.Records.LongCount(),
            context.Organisations.LongCount(),
            context.Processes.Where(p => p.BuyerId != null).Select(p => p.BuyerId).Distinct().LongCount(),
            context.AwardSuppliers.Select(s => s.OrganisationId).Distinct().LongCount(),
            context.Awards.LongCount(),
            context.Contracts.LongCount(),
            context.Releases.Min(r => r.Date),
            context.Releases.Max(r => r.Date))
        {
            Frameworks = context.Processes.LongCount(p => p.Arrangement != null && !p.CallOff),
            Aliases = context.OrganisationAliases.LongCount(),
            Publishers = [.. context.Processes.GroupBy(p => p.Publisher).Select(g => new { g.Key, Count = g.LongCount(), Outside = g.LongCount(p => p.OutsideUk) }).AsEnumerable()
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count, g.Outside))],
            Duplicates = [.. context.Processes.Where(p => p.DuplicateOf != null).OrderBy(p => p.DuplicateOf).ThenBy(p => p.Ocid)
                .Select(p => new { p.Ocid, p.DuplicateOf, p.DuplicateReason }).AsEnumerable().Select(p => (p.Ocid, p.DuplicateOf!, p.DuplicateReason))],
        };
    }
}

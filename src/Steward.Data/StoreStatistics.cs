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
            context.Releases.Max(r => r.Date));
    }
}

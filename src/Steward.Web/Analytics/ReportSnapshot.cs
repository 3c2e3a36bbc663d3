using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Portal;

namespace Steward.Web.Analytics;

/// <summary>
/// Every report over the whole store, computed once per version of the store (the same code as
/// <c>steward report</c> and <c>steward flags</c>), with the lookups pages need.
/// </summary>
public sealed class ReportSnapshot
{
    public ReportSnapshot(StoreOverview overview, DateTimeOffset computedAt, BuyerReportResult buyers, BuyerTrends trends, MarketReportResult markets,
        IReadOnlyList<SupplierFigures> suppliers, FlagReportResult flags)
    {
        ArgumentNullException.ThrowIfNull(trends);
        Trends = trends;
        ArgumentNullException.ThrowIfNull(buyers);
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(suppliers);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(overview);
        Overview = overview;
        Version = overview.Version;
        ComputedAt = computedAt;
        Buyers = buyers;
        Markets = markets;
        Suppliers = suppliers;
        Flags = flags;
        BuyersById = buyers.Buyers.ToDictionary(b => b.BuyerId, StringComparer.Ordinal);
        SuppliersById = suppliers.ToDictionary(s => s.SupplierId, StringComparer.Ordinal);
        FlagsByOcid = flags.Flags.Where(f => f.Ocid is not null).ToLookup(f => f.Ocid!, StringComparer.Ordinal);
        FlagsByBuyer = flags.Flags.Where(f => f.BuyerId is not null).ToLookup(f => f.BuyerId!, StringComparer.Ordinal);
        FlagsByOrganisation = flags.Flags.Where(f => f.OrganisationId is not null).ToLookup(f => f.OrganisationId!, StringComparer.Ordinal);
    }

    /// <summary>What the store held when the figures were computed.</summary>
    public StoreOverview Overview { get; }

    /// <summary>The store's version the figures were computed from.</summary>
    public string Version { get; }

    public DateTimeOffset ComputedAt { get; }

    public BuyerReportResult Buyers { get; }

    /// <summary>Every buyer's figures year by year and by CPV division.</summary>
    public BuyerTrends Trends { get; }

    public MarketReportResult Markets { get; }

    public IReadOnlyList<SupplierFigures> Suppliers { get; }

    public FlagReportResult Flags { get; }

    public IReadOnlyDictionary<string, BuyerFigures> BuyersById { get; }

    public IReadOnlyDictionary<string, SupplierFigures> SuppliersById { get; }

    public ILookup<string, RedFlag> FlagsByOcid { get; }

    public ILookup<string, RedFlag> FlagsByBuyer { get; }

    public ILookup<string, RedFlag> FlagsByOrganisation { get; }
}

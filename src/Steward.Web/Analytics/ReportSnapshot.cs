using System.Collections.Concurrent;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Figures;
using Steward.Data.Portal;

namespace Steward.Web.Analytics;

/// <summary>
/// Every report over the whole store for one version of the store (the same code as <c>steward report</c> and
/// <c>steward flags</c>), with the lookups pages need. Either read from the stored figures, each part when a page
/// first asks for it, a buyer's years and markets one buyer at a time, and suppliers a page at a time
/// (<see cref="Stored"/>, ADR 0016), or computed in memory when the stored figures do not fit the store or this
/// portal's settings (ADR 0015).
/// </summary>
public sealed class ReportSnapshot
{
    private readonly Lazy<BuyerReportResult> _buyers;
    private readonly Lazy<MarketReportResult> _markets;
    private readonly Lazy<SnapshotSuppliers> _suppliers;
    private readonly Lazy<FlagReportResult> _flags;
    private readonly Func<string, StoredTrends?> _trends;
    private readonly ConcurrentDictionary<string, StoredTrends?> _trendsRead = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, BuyerFigures>> _buyersById;
    private readonly Lazy<ILookup<string, RedFlag>> _flagsByOcid, _flagsByBuyer, _flagsByOrganisation;
    private readonly ConcurrentDictionary<string, Lazy<object>> _built = new(StringComparer.Ordinal);
    private Lazy<IReadOnlyDictionary<string, string>> _cpvNames = new(() => new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Figures computed in memory.</summary>
    public ReportSnapshot(StoreOverview overview, DateTimeOffset computedAt, BuyerReportResult buyers, BuyerTrends trends, MarketReportResult markets,
        IReadOnlyList<SupplierFigures> suppliers, FlagReportResult flags)
        : this(overview, computedAt, Ready(buyers), id => new StoredTrends(trends.Years(id), trends.Markets(id)), Ready(markets), Ready(SnapshotSuppliers.InMemory(suppliers)), Ready(flags))
    {
        ArgumentNullException.ThrowIfNull(trends);
    }

    /// <summary>Figures read when first asked for (the stored figures).</summary>
    public ReportSnapshot(StoreOverview overview, DateTimeOffset computedAt, Func<BuyerReportResult> buyers, Func<string, StoredTrends?> trends,
        Func<MarketReportResult> markets, Func<SnapshotSuppliers> suppliers, Func<FlagReportResult> flags)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(buyers);
        ArgumentNullException.ThrowIfNull(trends);
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(suppliers);
        ArgumentNullException.ThrowIfNull(flags);
        Overview = overview;
        Version = overview.Version;
        ComputedAt = computedAt;
        _buyers = new(buyers);
        _trends = trends;
        _markets = new(markets);
        _suppliers = new(suppliers);
        _flags = new(flags);
        _buyersById = new(() => Buyers.Buyers.ToDictionary(b => b.BuyerId, StringComparer.Ordinal));
        _flagsByOcid = new(() => Flags.Flags.Where(f => f.Ocid is not null).ToLookup(f => f.Ocid!, StringComparer.Ordinal));
        _flagsByBuyer = new(() => Flags.Flags.Where(f => f.BuyerId is not null).ToLookup(f => f.BuyerId!, StringComparer.Ordinal));
        _flagsByOrganisation = new(() => Flags.Flags.Where(f => f.OrganisationId is not null).ToLookup(f => f.OrganisationId!, StringComparer.Ordinal));
    }

    /// <summary>What the store held when the figures were computed.</summary>
    public StoreOverview Overview { get; }

    /// <summary>The store's version the figures were computed from.</summary>
    public string Version { get; }

    public DateTimeOffset ComputedAt { get; }

    /// <summary>Read from the stored figures (else computed in memory).</summary>
    public bool Stored { get; init; }

    /// <summary>
    /// The CPV codes the store's publishers gave words to (<see cref="Data.Portal.CpvNames"/>), read when first asked
    /// for: what names a code finer than a division (<see cref="Tables.CodeWords.Cpv(IReadOnlyDictionary{string, string})"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> CpvNames => _cpvNames.Value;

    /// <summary>Reads <see cref="CpvNames"/> when first asked for (none unless given).</summary>
    public Func<IReadOnlyDictionary<string, string>> CpvNamesFrom
    {
        init => _cpvNames = new(value);
    }

    public BuyerReportResult Buyers => _buyers.Value;

    public MarketReportResult Markets => _markets.Value;

    /// <summary>The suppliers: held in memory, or read from the stored figures a page at a time (ADR 0016).</summary>
    public SnapshotSuppliers Suppliers => _suppliers.Value;

    public FlagReportResult Flags => _flags.Value;

    public IReadOnlyDictionary<string, BuyerFigures> BuyersById => _buyersById.Value;

    public ILookup<string, RedFlag> FlagsByOcid => _flagsByOcid.Value;

    public ILookup<string, RedFlag> FlagsByBuyer => _flagsByBuyer.Value;

    public ILookup<string, RedFlag> FlagsByOrganisation => _flagsByOrganisation.Value;

    /// <summary>The buyer's figures for each calendar year its processes or awards are dated in, oldest first.</summary>
    public IReadOnlyList<BuyerYear> Years(string buyerId) => Trends(buyerId)?.Years ?? [];

    /// <summary>The buyer's counted award value by CPV division, largest first.</summary>
    public IReadOnlyList<BuyerMarketSpend> BuyerMarkets(string buyerId) => Trends(buyerId)?.Markets ?? [];

    private StoredTrends? Trends(string buyerId) => _trendsRead.GetOrAdd(buyerId, _trends);

    private static Func<T> Ready<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return () => value;
    }

    /// <summary>
    /// What <paramref name="build"/> makes from this snapshot, built once per <paramref name="key"/> and kept as long as
    /// the snapshot: a list page's table of every buyer or supplier, which at the whole UK record's size (271,000
    /// suppliers) costs more to build than the page itself (docs/performance.md).
    /// </summary>
    public T Built<T>(string key, Func<T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return (T)_built.GetOrAdd(key, _ => new Lazy<object>(() => build())).Value;
    }
}

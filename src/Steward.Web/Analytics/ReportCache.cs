using Microsoft.Extensions.Options;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Figures;
using Steward.Data.Portal;
using Steward.Data.Suppliers;
using Steward.Web.Hosting;

namespace Steward.Web.Analytics;

/// <summary>
/// Holds the current <see cref="ReportSnapshot"/>. The first request waits for it; afterwards, at most every
/// <see cref="PortalOptions.RefreshSeconds"/> a request checks the store's version (one cheap query) and, when the
/// store changed, a new snapshot is made in the background while the old one is served. A snapshot reads the
/// figures the store keeps (ADR 0015) when they fit the store and this portal's settings, each part when first
/// needed; else it computes them in memory over the whole store. Nothing here is state of its own: every web
/// process reads or computes the same figures from the same store.
/// </summary>
public sealed partial class ReportCache(PortalStore store, IOptions<PortalOptions> options, TimeProvider time, Register.RegisterService register, ILogger<ReportCache> logger)
{
    private readonly Lock _gate = new();
    private Task<ReportSnapshot>? _current;
    private Task<ReportSnapshot>? _next;
    private DateTimeOffset _checkedAt;

    public async Task<ReportSnapshot> CurrentAsync()
    {
        Task<ReportSnapshot> current;
        lock (_gate)
        {
            _current ??= Task.Run(Compute);
            if (_next is { IsCompletedSuccessfully: true })
            {
                _current = _next;
                _next = null;
            }

            current = _current;
        }

        if (current.IsCompletedSuccessfully)
        {
            RefreshIfStale(current.Result);
        }
        else if (current.IsFaulted)
        {
            lock (_gate)
            {
                if (_current == current)
                {
                    _current = null;
                }
            }
        }

        return await current.ConfigureAwait(false);
    }

    /// <summary>
    /// This process changed the store (e.g. a tender was published): the next request checks the version at once
    /// instead of waiting for <see cref="PortalOptions.RefreshSeconds"/>. Other processes notice within that time.
    /// </summary>
    public void StoreChanged()
    {
        lock (_gate)
        {
            _checkedAt = DateTimeOffset.MinValue;
        }
    }

    private void RefreshIfStale(ReportSnapshot snapshot)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _checkedAt < TimeSpan.FromSeconds(options.Value.RefreshSeconds) || _next is { IsCompleted: false })
            {
                return;
            }

            _checkedAt = now;
        }

        var version = StoreOverview.ReadVersion(store.Target);
        if (version == snapshot.Version)
        {
            return;
        }

        lock (_gate)
        {
            if (_next is null or { IsCompleted: true })
            {
                LogRefreshing(logger, version);
                _next = Task.Run(Compute);
            }
        }
    }

    private ReportSnapshot Compute()
    {
        var target = store.Target;
        var overview = StoreOverview.Read(target);
        var settings = AnalyticsSettings.Default with
        {
            VerifiedMissionSuppliers = RegisterReport.VerifiedMissionSuppliers(target, register.Rules, register.Today, time),
            UkPublishersOnly = !options.Value.AllPublishers,
        };
        var version = StoredFigures.Version(target);
        if (StoredFigures.State(target) is { } state && state.Fits(version, FigureState.SettingsOf(settings)))
        {
            // The stored figures fit: each part is read when a page first needs it; the flags are computed here only
            // when imports left them behind and nothing has recomputed them since (steward import, steward db rebuild).
            var flagsFit = state.FlagsFit(version);
            return new ReportSnapshot(overview, time.GetUtcNow(), () => StoredFigures.Buyers(target, settings), id => StoredFigures.Trends(target, id),
                () => StoredFigures.Markets(target), () => SnapshotSuppliers.Stored(target),
                flagsFit ? () => StoredFigures.Flags(target) : () => FlagReport.Compute(ProcessViewReader.Read(target, ReportParts.Flags), analytics: settings))
            { Stored = true, CpvNamesFrom = () => CpvNames.Read(target) };
        }

        LogComputing(logger, overview.Version);
        var trends = new BuyerTrends(settings);
        var buyers = BuyerReport.Compute(trends.Collect(ProcessViewReader.Read(target, ReportParts.Buyers)), ReportWindow.All, settings);
        var markets = MarketReport.Compute(ProcessViewReader.Read(target, ReportParts.Markets), ReportWindow.All, CpvLevel.Division, settings);
        var names = OrganisationDirectory.Names(target);
        var suppliers = SupplierReport.Compute(ProcessViewReader.Read(target, ReportParts.Suppliers), ReportWindow.All, CpvLevel.Division,
            id => names.GetValueOrDefault(id), settings);
        var flags = FlagReport.Compute(ProcessViewReader.Read(target, ReportParts.Flags), analytics: settings);
        return new ReportSnapshot(overview, time.GetUtcNow(), buyers, trends, markets, suppliers, flags) { CpvNamesFrom = () => CpvNames.Read(target) };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The stored figures do not fit the store (version {Version}) or this portal's settings: computing them in memory (steward db rebuild stores them)")]
    private static partial void LogComputing(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store changed (version {Version}): recomputing the figures")]
    private static partial void LogRefreshing(ILogger logger, string version);
}

using Steward.Core.Analytics.Markets;

namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// Every buyer's figures year by year and its awarded value by CPV division, gathered in the same single pass as the
/// buyer report (<see cref="Collect"/>). A year's figures are exactly what <see cref="BuyerReport"/> gives for that
/// calendar year as its window: processes by first publication, awards by their own date (docs/indicators.md).
/// The value by CPV division is spend only: frameworks' and dynamic markets' ceilings are left out.
/// </summary>
public sealed class BuyerTrends(AnalyticsSettings? settings = null)
{
    private readonly AnalyticsSettings _settings = settings ?? AnalyticsSettings.Default;
    private readonly Dictionary<(string Buyer, int Year), BuyerAccumulator> _years = [];
    private readonly Dictionary<string, Dictionary<string, (int Awards, double Value)>> _markets = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlyList<BuyerYear>>? _finished;
    private Dictionary<string, List<(int Year, BuyerAccumulator Figures)>>? _taking;

    /// <summary>Passes <paramref name="processes"/> through unchanged, adding each to these trends as it goes.</summary>
    public IEnumerable<ProcessView> Collect(IEnumerable<ProcessView> processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        foreach (var process in processes)
        {
            Add(process);
            yield return process;
        }

        _finished = Finish();
    }

    public void Add(ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (Counting.Excluded(process, _settings) is not null || BuyerReport.BuyerKey(process) is not { } buyer)
        {
            return;
        }

        if (_taking is not null)
        {
            throw new InvalidOperationException("these trends are being taken (TakeYears); no process can be added to them");
        }

        _finished = null;
        if (process.ReportDate is { } published)
        {
            Year(buyer, published.Year).AddProcess(process, _settings);
        }

        var counted = process.Awards.Where(Counting.Counts).ToList();
        foreach (var year in counted.Where(a => ReportWindow.AwardDate(a, process) is not null).GroupBy(a => ReportWindow.AwardDate(a, process)!.Value.Year))
        {
            Year(buyer, year.Key).AddAwards(year.ToList(), process, _settings.VerifiedMissionSuppliers);
        }

        if (process.SetsCeiling)
        {
            return;
        }

        var cpv = MarketKey.Of(process, CpvLevel.Division).Cpv;
        foreach (var award in counted)
        {
            if (!_markets.TryGetValue(buyer, out var markets))
            {
                markets = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
                _markets[buyer] = markets;
            }

            var (awards, value) = markets.GetValueOrDefault(cpv);
            markets[cpv] = (awards + 1, value + (Counting.Value(award.Value, award.Currency) ?? 0));
        }
    }

    /// <summary>The buyer's figures for each calendar year its processes or awards are dated in, oldest first.</summary>
    public IReadOnlyList<BuyerYear> Years(string buyerId)
    {
        if (_taking is not null)
        {
            throw new InvalidOperationException("these trends are being taken (TakeYears)");
        }

        _finished ??= Finish();
        return _finished.GetValueOrDefault(buyerId) ?? [];
    }

    /// <summary>
    /// The buyer's years as <see cref="Years"/> gives them, finished now and then forgotten, with every year's running
    /// totals: for a caller that asks for each buyer once, after the last process (the stored figures of a whole store),
    /// so that memory falls as buyers are written instead of holding every buyer's finished years at once. No process
    /// can be added, and <see cref="Years"/> cannot be asked, once the first is taken.
    /// </summary>
    public IReadOnlyList<BuyerYear> TakeYears(string buyerId)
    {
        if (_taking is null)
        {
            _taking = _years.GroupBy(y => y.Key.Buyer, StringComparer.Ordinal).ToDictionary(g => g.Key,
                g => g.Select(y => (y.Key.Year, y.Value)).OrderBy(y => y.Year).ToList(), StringComparer.Ordinal);
            _years.Clear();
            _finished = null;
        }

        return _taking.Remove(buyerId, out var years) ? [.. years.Select(y => new BuyerYear(y.Year, y.Figures.Finish()))] : [];
    }

    private Dictionary<string, IReadOnlyList<BuyerYear>> Finish() =>
        _years.GroupBy(y => y.Key.Buyer, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => (IReadOnlyList<BuyerYear>)g.OrderBy(y => y.Key.Year).Select(y => new BuyerYear(y.Key.Year, y.Value.Finish())).ToList(), StringComparer.Ordinal);

    /// <summary>The buyer's counted award value by CPV division (GBP or no currency, above 1), largest first.</summary>
    public IReadOnlyList<BuyerMarketSpend> Markets(string buyerId)
    {
        if (!_markets.TryGetValue(buyerId, out var markets))
        {
            return [];
        }

        var all = markets.Values.Sum(m => m.Value);
        return markets.Select(m => new BuyerMarketSpend(m.Key, m.Value.Awards, m.Value.Value, all > 0 ? m.Value.Value / all : null))
            .OrderByDescending(m => m.Value).ThenBy(m => m.Cpv, StringComparer.Ordinal).ToList();
    }

    private BuyerAccumulator Year(string buyer, int year)
    {
        if (!_years.TryGetValue((buyer, year), out var accumulator))
        {
            accumulator = new BuyerAccumulator(buyer);
            _years[(buyer, year)] = accumulator;
        }

        return accumulator;
    }
}

/// <summary>A buyer's figures for one calendar year.</summary>
public sealed record BuyerYear(int Year, BuyerFigures Figures);

/// <summary>Awards counted and their value in one CPV division, and its share of the buyer's counted value.</summary>
public sealed record BuyerMarketSpend(string Cpv, int Awards, double Value, double? Share);

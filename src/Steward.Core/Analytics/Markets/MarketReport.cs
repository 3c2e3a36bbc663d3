namespace Steward.Core.Analytics.Markets;

/// <summary>
/// <c>steward report markets</c>: counted awards grouped by market (CPV × region) and year, with concentration,
/// supplier entries and exits year on year, SME/VCSE shares and the median award. Only spend counts: awards of
/// frameworks and dynamic markets (ceilings) are left out, as are duplicates and, by default, processes published
/// outside the UK. Each process is given once (as every read of the store gives them), its awards together.
/// </summary>
public static class MarketReport
{
    public static MarketReportResult Compute(IEnumerable<ProcessView> processes, ReportWindow window, CpvLevel level, AnalyticsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(window);
        settings ??= AnalyticsSettings.Default;
        var markets = new Dictionary<(MarketKey Key, int Year), Accumulator>();
        int read = 0, awardsUndated = 0, unclassified = 0, unlocated = 0, excluded = 0, ceilings = 0;
        foreach (var process in processes)
        {
            read++;
            if (Counting.Excluded(process, settings) is not null)
            {
                excluded++;
                continue;
            }

            var key = MarketKey.Of(process, level);
            var counted = false;
            foreach (var award in process.Awards)
            {
                var date = ReportWindow.AwardDate(award, process);
                if (!Counting.Counts(award) || !window.Contains(date))
                {
                    continue;
                }

                if (process.SetsCeiling)
                {
                    ceilings++;
                    continue;
                }

                if (date is null)
                {
                    awardsUndated++;
                    continue;
                }

                counted = true;
                if (!markets.TryGetValue((key, date.Value.Year), out var market))
                {
                    market = new Accumulator();
                    markets[(key, date.Value.Year)] = market;
                }

                market.Add(process.Ocid, award);
            }

            unclassified += counted && key.Cpv == MarketKey.Unclassified ? 1 : 0;
            unlocated += counted && key.Region == MarketKey.UnknownRegion ? 1 : 0;
        }

        var years = markets.Keys.Select(k => k.Year).ToHashSet();
        var figures = markets
            .OrderBy(m => m.Key.Year).ThenBy(m => m.Key.Key.Cpv, StringComparer.Ordinal).ThenBy(m => m.Key.Key.Region, StringComparer.Ordinal)
            .Select(m => m.Value.Finish(m.Key.Key, m.Key.Year, years.Contains(m.Key.Year - 1) ? markets.GetValueOrDefault((m.Key.Key, m.Key.Year - 1)) : null,
                years.Contains(m.Key.Year - 1)))
            .ToList();
        return new MarketReportResult(figures, new MarketCoverage(read, awardsUndated, unclassified, unlocated) { ProcessesExcluded = excluded, FrameworkAwards = ceilings });
    }

    private sealed class Accumulator
    {
        private readonly List<double> _values = [];
        private string? _lastProcess;
        private int _processes, _awards;
        private double _value, _sme, _vcse;

        public Dictionary<string, double> Suppliers { get; } = new(StringComparer.Ordinal);

        public void Add(string ocid, AwardView award)
        {
            // A process's awards come together and each process once, so a new ocid is a process not yet counted: no set
            // of every ocid is held (a whole store's stored figures gather every market at once).
            if (!string.Equals(ocid, _lastProcess, StringComparison.Ordinal))
            {
                _lastProcess = ocid;
                _processes++;
            }

            _awards++;
            foreach (var supplier in award.Suppliers)
            {
                Suppliers.TryAdd(supplier.OrganisationId, 0);
            }

            if (Counting.Value(award.Value, award.Currency) is not { } value)
            {
                return;
            }

            _values.Add(value);
            _value += value;
            var split = Counting.Split(award, value);
            _sme += split.Sme;
            _vcse += split.Vcse;
            var listed = Counting.ListedSuppliers(award);
            foreach (var supplier in award.Suppliers)
            {
                Suppliers[supplier.OrganisationId] += value / listed;
            }
        }

        public MarketFigures Finish(MarketKey key, int year, Accumulator? previous, bool previousYearHeld)
        {
            var attributed = Suppliers.Values.Sum();
            var top = Suppliers.Values.OrderDescending().Take(4).Sum();
            var previousSuppliers = previous?.Suppliers.Keys ?? Enumerable.Empty<string>();
            return new MarketFigures
            {
                Cpv = key.Cpv,
                Region = key.Region,
                Year = year,
                Processes = _processes,
                Awards = _awards,
                Value = Math.Round(_value, 2),
                Suppliers = Suppliers.Count,
                Hhi = attributed > 0 ? Math.Round(Suppliers.Values.Sum(v => Math.Pow(100 * v / attributed, 2)), 1) : null,
                Top4Share = attributed > 0 ? Math.Round(top / attributed, 4) : null,
                Entries = previousYearHeld ? Suppliers.Keys.Count(s => previous is null || !previous.Suppliers.ContainsKey(s)) : null,
                Exits = previousYearHeld ? previousSuppliers.Count(s => !Suppliers.ContainsKey(s)) : null,
                SmeShare = _value > 0 ? Math.Round(_sme / _value, 4) : null,
                VcseShare = _value > 0 ? Math.Round(_vcse / _value, 4) : null,
                MedianAwardValue = Statistics.Median(_values) is { } median ? Math.Round(median, 2) : null,
                AwardsValued = _values.Count,
                AttributedValue = Math.Round(attributed, 2),
            };
        }
    }
}

/// <summary>The markets, and what the report read.</summary>
public sealed record MarketReportResult(IReadOnlyList<MarketFigures> Markets, MarketCoverage Coverage);

/// <summary>
/// Processes read; counted awards in the window left out for want of any date; processes with counted awards but
/// no CPV code (market "unclassified") or no UK region (region "unknown"); processes left out as duplicates or
/// published outside the UK; awards left out as a framework's or dynamic market's (ceilings, not spend).
/// </summary>
public sealed record MarketCoverage(int ProcessesRead, int AwardsUndated, int ProcessesUnclassified, int ProcessesWithoutRegion)
{
    public int ProcessesExcluded { get; init; }

    public int FrameworkAwards { get; init; }
}

using Steward.Core.Analytics.Markets;

namespace Steward.Core.Analytics.Suppliers;

/// <summary>
/// <c>steward report suppliers</c>: each supplier's awards, buyers and market shares over the window. Places on a
/// framework or dynamic market are counted apart (<see cref="SupplierFigures.FrameworkPlaces"/>): its ceiling is
/// never split among its members as if it were spend.
/// </summary>
public static class SupplierReport
{
    /// <param name="processes">The processes.</param>
    /// <param name="window">Awards dated in it count.</param>
    /// <param name="level">How finely CPV codes divide markets.</param>
    /// <param name="names">The name of an organisation, when known.</param>
    /// <param name="settings">What counts (publishers); the default when null.</param>
    public static IReadOnlyList<SupplierFigures> Compute(IEnumerable<ProcessView> processes, ReportWindow window, CpvLevel level, Func<string, string?> names,
        AnalyticsSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(names);
        settings ??= AnalyticsSettings.Default;
        var suppliers = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var marketTotals = new Dictionary<MarketKey, double>();
        foreach (var process in processes)
        {
            if (Counting.Excluded(process, settings) is not null)
            {
                continue;
            }

            var market = MarketKey.Of(process, level);
            var buyer = process.BuyerId;
            foreach (var award in process.Awards)
            {
                var date = ReportWindow.AwardDate(award, process);
                if (!Counting.Counts(award) || !window.Contains(date))
                {
                    continue;
                }

                if (process.SetsCeiling)
                {
                    foreach (var supplier in award.Suppliers)
                    {
                        Supplier(suppliers, supplier.OrganisationId).AddPlace(buyer, supplier, date);
                    }

                    continue;
                }

                var value = Counting.Value(award.Value, award.Currency);
                if (value is { } total)
                {
                    marketTotals[market] = marketTotals.GetValueOrDefault(market) + total;
                }

                var listed = Counting.ListedSuppliers(award);
                foreach (var supplier in award.Suppliers)
                {
                    Supplier(suppliers, supplier.OrganisationId).Add(market, buyer, supplier, date, value / listed);
                }
            }
        }

        return suppliers
            .Select(s => s.Value.Finish(s.Key, names(s.Key), marketTotals))
            .OrderByDescending(s => s.AwardValue).ThenBy(s => s.SupplierId, StringComparer.Ordinal)
            .ToList();
    }

    private static Accumulator Supplier(Dictionary<string, Accumulator> suppliers, string id)
    {
        if (!suppliers.TryGetValue(id, out var accumulator))
        {
            accumulator = new Accumulator();
            suppliers[id] = accumulator;
        }

        return accumulator;
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<MarketKey, (int Awards, double Value)> _markets = [];
        private readonly HashSet<string> _buyers = new(StringComparer.Ordinal);
        private int _awards, _valued, _places;
        private double _value;
        private DateTime? _latest;
        private string? _scale;
        private bool? _vcse;

        public void AddPlace(string? buyer, SupplierView supplier, DateTime? date)
        {
            _places++;
            Note(buyer, supplier, date);
        }

        public void Add(MarketKey market, string? buyer, SupplierView supplier, DateTime? date, double? value)
        {
            _awards++;
            _valued += value is null ? 0 : 1;
            _value += value ?? 0;
            var entry = _markets.GetValueOrDefault(market);
            _markets[market] = (entry.Awards + 1, entry.Value + (value ?? 0));
            Note(buyer, supplier, date);
        }

        private void Note(string? buyer, SupplierView supplier, DateTime? date)
        {
            if (buyer is not null)
            {
                _buyers.Add(buyer);
            }

            if (_latest is null || (date ?? DateTime.MinValue) >= _latest)
            {
                _latest = date ?? DateTime.MinValue;
                _scale = supplier.Scale ?? _scale;
                _vcse = supplier.Vcse ?? _vcse;
            }
        }

        public SupplierFigures Finish(string id, string? name, Dictionary<MarketKey, double> totals) => new()
        {
            SupplierId = id,
            Name = name,
            Scale = _scale,
            Vcse = _vcse,
            Awards = _awards,
            AwardValue = _valued > 0 ? Math.Round(_value, 2) : null,
            FrameworkPlaces = _places,
            Buyers = _buyers.Count,
            Markets = _markets
                .Select(m => new SupplierMarketShare(m.Key.Cpv, m.Key.Region, m.Value.Awards, Math.Round(m.Value.Value, 2),
                    totals.GetValueOrDefault(m.Key) is > 0 and var total ? Math.Round(m.Value.Value / total, 4) : null))
                .OrderByDescending(m => m.Value).ThenBy(m => m.Cpv, StringComparer.Ordinal).ThenBy(m => m.Region, StringComparer.Ordinal)
                .ToList(),
        };
    }
}

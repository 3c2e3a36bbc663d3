using Steward.Core.Analytics.Markets;

namespace Steward.Core.Analytics.Suppliers;

/// <summary><c>steward report suppliers</c>: each supplier's awards, buyers and market shares over the window.</summary>
public static class SupplierReport
{
    /// <param name="processes">The processes.</param>
    /// <param name="window">Awards dated in it count.</param>
    /// <param name="level">How finely CPV codes divide markets.</param>
    /// <param name="names">The name of an organisation, when known.</param>
    public static IReadOnlyList<SupplierFigures> Compute(IEnumerable<ProcessView> processes, ReportWindow window, CpvLevel level, Func<string, string?> names)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(names);
        var suppliers = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var marketTotals = new Dictionary<MarketKey, double>();
        foreach (var process in processes)
        {
            var market = MarketKey.Of(process, level);
            var buyer = process.BuyerId ?? process.BuyerName;
            foreach (var award in process.Awards)
            {
                var date = ReportWindow.AwardDate(award, process);
                if (!Counting.Counts(award) || !window.Contains(date))
                {
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
                    if (!suppliers.TryGetValue(supplier.OrganisationId, out var accumulator))
                    {
                        accumulator = new Accumulator();
                        suppliers[supplier.OrganisationId] = accumulator;
                    }

                    accumulator.Add(market, buyer, supplier, date, value / listed);
                }
            }
        }

        return suppliers
            .Select(s => s.Value.Finish(s.Key, names(s.Key), marketTotals))
            .OrderByDescending(s => s.AwardValue).ThenBy(s => s.SupplierId, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<MarketKey, (int Awards, double Value)> _markets = [];
        private readonly HashSet<string> _buyers = new(StringComparer.Ordinal);
        private int _awards;
        private double _value;
        private DateTime? _latest;
        private string? _scale;
        private bool? _vcse;

        public void Add(MarketKey market, string? buyer, SupplierView supplier, DateTime? date, double? value)
        {
            _awards++;
            _value += value ?? 0;
            var entry = _markets.GetValueOrDefault(market);
            _markets[market] = (entry.Awards + 1, entry.Value + (value ?? 0));
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
            AwardValue = Math.Round(_value, 2),
            Buyers = _buyers.Count,
            Markets = _markets
                .Select(m => new SupplierMarketShare(m.Key.Cpv, m.Key.Region, m.Value.Awards, Math.Round(m.Value.Value, 2),
                    totals.GetValueOrDefault(m.Key) is > 0 and var total ? Math.Round(m.Value.Value / total, 4) : null))
                .OrderByDescending(m => m.Value).ThenBy(m => m.Cpv, StringComparer.Ordinal).ThenBy(m => m.Region, StringComparer.Ordinal)
                .ToList(),
        };
    }
}

using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// A price index by year, such as HM Treasury's GDP deflators, that re-bases a value from one price year to another:
/// value × index[target] ÷ index[year]. The user supplies it (docs/social-value.md): Steward ships no series, since it
/// could not verify the published figures. A year the series lacks is refused, never guessed.
/// </summary>
public sealed record DeflatorSeries(string Id, string? Name, string Source, string Licence, IReadOnlyDictionary<int, decimal> Index)
{
    public const string MissingYear = "DEFLATOR_YEAR_MISSING";

    /// <summary><paramref name="value"/> in <paramref name="fromYear"/> prices, given in <paramref name="toYear"/> prices.</summary>
    public Result<decimal> Rebase(decimal value, int fromYear, int toYear)
    {
        if (fromYear == toYear)
        {
            return value;
        }

        var missing = new[] { fromYear, toYear }.Where(y => !Index.ContainsKey(y)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var covers = Index.Count == 0 ? "no years" : string.Create(CultureInfo.InvariantCulture, $"{Index.Keys.Min()}–{Index.Keys.Max()}");
            return new Error(MissingYear, string.Create(CultureInfo.InvariantCulture,
                $"the deflator series \"{Id}\" has no index for {string.Join(" or ", missing)} (it covers {covers}); add the year to the series or choose a price year it covers"));
        }

        return value * Index[toYear] / Index[fromYear];
    }

    /// <summary>The proxy value re-based to <paramref name="toYear"/> prices.</summary>
    public Result<ProxyValue> Rebase(ProxyValue proxy, int toYear)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        var rebased = Rebase(proxy.Value, proxy.PriceYear, toYear);
        return rebased.IsSuccess ? proxy with { Value = rebased.Value, PriceYear = toYear } : rebased.Error!;
    }
}

using System.Globalization;
using Steward.Core.Common;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// The discount rate by year: one flat rate, HM Treasury's Green Book schedule, or the user's own bands. A year's
/// value is divided by the product of (1 + rate) over years 1 to t, each year at the rate in force that year; with one
/// flat rate r that is (1 + r)^t. Year 0 is never discounted. docs/social-value.md.
/// </summary>
public sealed class DiscountSchedule
{
    /// <summary>The name a file gives the Green Book schedule: <c>"discountRate": "greenBook"</c>.</summary>
    public const string GreenBookName = "greenBook";

    /// <summary>Where the Green Book schedule comes from.</summary>
    public const string GreenBookReference =
        "HM Treasury, The Green Book, Annex 6, the declining long-term discount rate: 3.5% for years 0–30, 3.0% for 31–75, " +
        "2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300 and 1.0% from 301 (Open Government Licence v3.0)";

    private DiscountSchedule(IReadOnlyList<DiscountBand> bands, string? name)
    {
        Bands = bands;
        Name = name;
    }

    /// <summary>HM Treasury's Green Book schedule (<see cref="GreenBookReference"/>).</summary>
    public static DiscountSchedule GreenBook { get; } = new(
        [new(1, 0.035m), new(31, 0.030m), new(76, 0.025m), new(126, 0.020m), new(201, 0.015m), new(301, 0.010m)], GreenBookName);

    /// <summary>The bands, the first from year 1, in order.</summary>
    public IReadOnlyList<DiscountBand> Bands { get; }

    /// <summary><see cref="GreenBookName"/> for the Green Book schedule, otherwise null.</summary>
    public string? Name { get; }

    /// <summary>True when one rate applies to every year.</summary>
    public bool IsFlat => Bands.Count == 1;

    /// <summary>One rate for every year.</summary>
    public static DiscountSchedule Flat(decimal rate)
    {
        if (SroiRules.Rate(rate) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, problem);
        }

        return new([new DiscountBand(1, rate)], null);
    }

    /// <summary>A schedule of the user's own: bands from year 1, in increasing order, rates 0–1.</summary>
    public static Result<DiscountSchedule> Create(IReadOnlyList<DiscountBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0)
        {
            return new Error(SroiRules.Code, "discountRate: a schedule needs at least one band");
        }

        var problems = new List<string>();
        for (var i = 0; i < bands.Count; i++)
        {
            var previous = i == 0 ? (decimal?)null : bands[i - 1].FromYear;
            if (SroiRules.FromYear(bands[i].FromYear, previous, i == 0) is { } year)
            {
                problems.Add(SroiRules.Text($"discountRate[{i}].fromYear: {year}"));
            }

            if (SroiRules.Rate(bands[i].Rate) is { } rate)
            {
                problems.Add(SroiRules.Text($"discountRate[{i}].rate: {rate}"));
            }
        }

        return problems.Count == 0 ? new DiscountSchedule([.. bands], null) : new Error(SroiRules.Code, string.Join("; ", problems));
    }

    /// <summary>The rate in force in <paramref name="year"/> (1 or later).</summary>
    public decimal RateFor(int year) => Bands.Last(b => b.FromYear <= Math.Max(year, 1)).Rate;

    /// <summary>The divisor of each year 1..<paramref name="years"/>: the product of (1 + rate) over years 1 to t.</summary>
    public IReadOnlyList<decimal> Divisors(int years)
    {
        var divisors = new decimal[years];
        var divisor = 1m;
        for (var t = 1; t <= years; t++)
        {
            divisor *= 1m + RateFor(t);
            divisors[t - 1] = divisor;
        }

        return divisors;
    }

    /// <summary>Every rate moved by <paramref name="step"/> and held within 0–1; <paramref name="clamped"/> says whether any was held.</summary>
    public DiscountSchedule Shift(decimal step, out bool clamped)
    {
        var moved = Bands.Select(b => b with { Rate = Math.Clamp(b.Rate + step, 0m, 1m) }).ToList();
        clamped = moved.Zip(Bands).Any(p => p.First.Rate != p.Second.Rate + step);
        return new DiscountSchedule(moved, null);
    }

    /// <summary>The schedule in words: "3.5% a year" or "3.5% from year 1, 3% from year 31, …".</summary>
    public string Describe()
    {
        var bands = string.Join(", ", Bands.Select(b => IsFlat ? $"{Percent(b.Rate)} a year" : $"{Percent(b.Rate)} from year {b.FromYear}"));
        return Name == GreenBookName ? $"the Green Book schedule ({bands})" : bands;
    }

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}

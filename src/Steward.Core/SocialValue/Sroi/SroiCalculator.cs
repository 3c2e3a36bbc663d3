using Steward.Core.Common;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// Social Return on Investment, the standard guide's method (Cabinet Office 2009, SROI Network 2012; docs/social-value.md).
/// For each outcome and year t = 1..years: quantity × proxy value × (1 − deadweight) × (1 − attribution) ×
/// (1 − displacement) × (1 − drop-off)^(t−1), divided by the product of (1 + rate) over years 1 to t. Exact
/// <see cref="decimal"/> arithmetic (28 significant digits); nothing is rounded.
/// </summary>
public static class SroiCalculator
{
    /// <summary>The analysis and its sensitivity table, or every problem with the input in one error (<c>SROI_INVALID</c>).</summary>
    public static Result<SroiResult> Calculate(SroiInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return new Error(SroiRules.Code, string.Join("; ", errors.Select(e => e.Message)));
        }

        try
        {
            var result = Evaluate(input);
            return result with { Sensitivity = SroiSensitivity.Table(input, result) };
        }
        catch (OverflowException)
        {
            return new Error("SROI_TOO_LARGE", "the figures exceed the range Steward computes exactly (about 7.9e28): check the quantities, the proxy values, and the discount rate compounded over the years (the sensitivity table adds up to its largest discount-rate step)");
        }
    }

    /// <summary>The analysis of a valid input, without the sensitivity table.</summary>
    internal static SroiResult Evaluate(SroiInput input)
    {
        var horizon = input.Outcomes.Max(o => o.Years);
        var divisors = input.Discount.Divisors(horizon);
        var outcomes = input.Outcomes.Select(o => Outcome(o, divisors)).ToList();
        var years = new List<SroiYear>(horizon);
        var cumulative = 0m;
        decimal? payback = null;
        for (var t = 1; t <= horizon; t++)
        {
            var year = outcomes.Where(o => o.YearValues.Count >= t).Sum(o => o.YearValues[t - 1]);
            var before = cumulative;
            cumulative += year;
            if (payback is null && cumulative >= input.Investment)
            {
                // Linear within the year: the part of year t's present value still needed when year t - 1 ended.
                payback = t - 1 + ((input.Investment - before) / year);
            }

            years.Add(new SroiYear(t, input.Discount.RateFor(t), divisors[t - 1], year, cumulative));
        }

        var presentValue = outcomes.Sum(o => o.PresentValue);
        return new SroiResult(input, presentValue, presentValue - input.Investment, presentValue / input.Investment, payback, outcomes, years);
    }

    private static SroiOutcomeResult Outcome(SroiOutcome outcome, IReadOnlyList<decimal> divisors)
    {
        var gross = outcome.Quantity * outcome.ProxyValue;
        var impact = gross * (1m - outcome.Deadweight) * (1m - outcome.Attribution) * (1m - outcome.Displacement);
        var undiscounted = new decimal[outcome.Years];
        var discounted = new decimal[outcome.Years];
        var value = impact;
        for (var t = 1; t <= outcome.Years; t++)
        {
            undiscounted[t - 1] = value;
            discounted[t - 1] = value / divisors[t - 1];
            value *= 1m - outcome.DropOff;
        }

        return new SroiOutcomeResult(outcome, gross, impact, undiscounted, discounted, discounted.Sum());
    }
}

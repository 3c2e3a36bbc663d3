using System.Globalization;
using static Steward.Core.OpenBook.OpenBookLimits;

namespace Steward.Core.OpenBook;

/// <summary>Checks an open-book result against a profit cap policy on a date (docs/open-book.md, "Profit caps").</summary>
public static class ProfitCapCheck
{
    /// <summary>
    /// Whether <paramref name="result"/> is within <paramref name="policy"/>'s cap on <paramref name="onDate"/>. A
    /// figure exactly at the cap is within it; the comparison is exact, not on rounded figures.
    /// </summary>
    public static CapCheckResult Check(ProfitCapPolicy policy, OpenBookResult result, DateOnly onDate)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(result);
        var outcome = new CapCheckResult
        {
            PolicyId = policy.Id,
            OnDate = onDate,
            Applies = false,
            Status = CapStatus.PolicyInvalid,
            CapType = policy.CapType,
            Reason = string.Empty,
        };

        var errors = policy.Validate();
        if (errors.Count > 0)
        {
            return outcome with { Reason = $"Policy {Quote(policy.Id)} cannot be applied: {string.Join(" ", errors.Select(e => e.Message))}" };
        }

        if (!policy.InForceOn(onDate))
        {
            var to = policy.EffectiveTo is { } end ? $"to {Day(end)}" : "with no end date";
            return outcome with
            {
                Status = CapStatus.NotInForce,
                Reason = $"Policy {Quote(policy.Id)} is not in force on {Day(onDate)}: it runs from {Day(policy.EffectiveFrom)} {to}.",
            };
        }

        if (result.ServiceCategory is { } service && !string.Equals(service, policy.ServiceCategory, StringComparison.OrdinalIgnoreCase))
        {
            return outcome with
            {
                Status = CapStatus.OtherService,
                Reason = $"Policy {Quote(policy.Id)} covers {Quote(policy.ServiceCategory)}; this lot is {Quote(service)}.",
            };
        }

        outcome = outcome with { Applies = true };
        var context = Context(policy);
        if (policy.CapType == ProfitCapType.None)
        {
            var margin = result.MarginPercentOfPrice is { } m ? $"margin {Percent(m)} of price" : "margin as a share of price cannot be computed";
            return outcome with { Status = CapStatus.NoCap, Reason = $"No cap applies under policy {Quote(policy.Id)}; {margin}.{context}" };
        }

        var cap = policy.CapValue!.Value;
        var (actual, excess, label) = policy.CapType switch
        {
            ProfitCapType.MarginPercent => (result.MarginPercentOfPrice, result.Margin - (cap * result.TotalPrice / 100), "Margin as a percentage of price"),
            ProfitCapType.MarkupPercent => (result.MarkupPercentOfCost, result.Margin - (cap * result.TotalCost / 100), "Mark-up as a percentage of cost"),
            _ => (result.PricePerUnit, result.TotalPrice - (cap * result.Units), "Price per unit"),
        };
        var capText = policy.CapType == ProfitCapType.PricePerUnit ? $"{Money(cap)} per {result.Unit}" : Percent(cap);
        if (actual is not { } value)
        {
            return outcome with
            {
                Status = CapStatus.Unknown,
                Cap = cap,
                Reason = $"{label} cannot be computed (price {Money(result.TotalPrice)}, cost {Money(result.TotalCost)}), so the cap of {capText} cannot be checked.{context}",
            };
        }

        var breached = value > cap;
        var figure = policy.CapType switch
        {
            ProfitCapType.MarginPercent => $"Margin {Percent(value)} of price",
            ProfitCapType.MarkupPercent => $"Mark-up {Percent(value)} on cost",
            _ => $"Price {Money(value)} per {result.Unit}",
        };
        var comparison = breached
            ? $"{figure} is above the cap of {capText} set by policy {Quote(policy.Id)} (excess {Money(excess)})."
            : $"{figure} is within the cap of {capText} set by policy {Quote(policy.Id)}.";
        return outcome with
        {
            Status = breached ? CapStatus.Breached : CapStatus.Within,
            Actual = value,
            Cap = cap,
            Excess = breached ? excess : 0m,
            Reason = $"{comparison}{context}",
        };
    }

    /// <summary>" {benchmarks} Legal basis: ..." — the published context and the policy's basis, in words.</summary>
    private static string Context(ProfitCapPolicy policy)
    {
        var parts = policy.Benchmarks.Select(Benchmark).Where(text => text.Length > 0);
        var basis = $"Legal basis: {policy.LegalBasis.TrimEnd('.')}.";
        return " " + string.Join(" ", parts.Append(basis));
    }

    private static string Benchmark(ContextBenchmark benchmark)
    {
        var figures = new List<string>();
        if (benchmark.OperatingMarginPercent is { } margin)
        {
            figures.Add($"an average operating margin of {Percent(margin)}");
        }

        if (benchmark.AveragePrice is { } price)
        {
            var about = benchmark.PriceApproximate ? "about " : string.Empty;
            var unit = benchmark.PriceUnit is { Length: > 0 } u ? $" a {u}" : string.Empty;
            figures.Add($"an average price of {about}{Money(price)}{unit}");
        }

        return figures.Count == 0
            ? string.Empty
            : $"{benchmark.Source} reported {string.Join(" and ", figures)} for {benchmark.Population}.";
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}

using Steward.Core.Common;
using static Steward.Core.OpenBook.OpenBookLimits;

namespace Steward.Core.OpenBook;

/// <summary>
/// A limit on profit or price for a service in a jurisdiction over a period, with its legal basis and published
/// context. The law sets no level (CWSA 2026 s.17 is a power only), so a cap comes from the buyer; see
/// <see cref="ProfitCapPolicies"/> for the known context and a way to build a buyer's cap.
/// </summary>
public sealed record ProfitCapPolicy
{
    public required string Id { get; init; }

    /// <summary>The service covered, e.g. "childrens-homes" or "fostering"; matched against <see cref="CostTemplate.ServiceCategory"/>.</summary>
    public required string ServiceCategory { get; init; }

    /// <summary>e.g. "England".</summary>
    public required string Jurisdiction { get; init; }

    public required ProfitCapType CapType { get; init; }

    /// <summary>The cap: a percentage for MarginPercent and MarkupPercent, pounds for PricePerUnit; null for None.</summary>
    public decimal? CapValue { get; init; }

    /// <summary>First day the policy applies.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last day the policy applies (inclusive); null when open-ended.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>The legal or contractual basis, in words, with its reference.</summary>
    public required string LegalBasis { get; init; }

    public IReadOnlyList<ContextBenchmark> Benchmarks { get; init; } = [];

    /// <summary>Whether the policy is in force on <paramref name="date"/> (both ends inclusive).</summary>
    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);

    /// <summary>The policy's problems, each naming its field; empty when it can be applied.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        CostTemplate.Text(errors, "id", Id);
        CostTemplate.Text(errors, "serviceCategory", ServiceCategory);
        CostTemplate.Text(errors, "jurisdiction", Jurisdiction);
        CostTemplate.Text(errors, "legalBasis", LegalBasis);
        if (!Enum.IsDefined(CapType))
        {
            errors.Add(new("POLICY_CAP_TYPE", $"capType: {(int)CapType} is not a cap type ({string.Join(", ", Enum.GetNames<ProfitCapType>())})."));
        }
        else if (CapType == ProfitCapType.None)
        {
            if (CapValue is { } value)
            {
                errors.Add(new("POLICY_CAP_VALUE_UNEXPECTED", $"capValue: must be empty when capType is None, found {Raw(value)}."));
            }
        }
        else if (CapValue is not { } value)
        {
            errors.Add(new("POLICY_CAP_VALUE_MISSING", $"capValue: is required when capType is {CapType}."));
        }
        else if (value < 0)
        {
            errors.Add(new("POLICY_CAP_VALUE_NEGATIVE", $"capValue: must not be negative, found {Raw(value)}."));
        }
        else if (CapType == ProfitCapType.MarginPercent && value > 100)
        {
            errors.Add(new("POLICY_CAP_VALUE_RANGE", $"capValue: a margin cap is a percentage of price, 0 to 100, found {Raw(value)}."));
        }
        else if (value > MaxAmount)
        {
            errors.Add(new("POLICY_CAP_VALUE_RANGE", $"capValue: must be at most {Raw(MaxAmount)}, found {Raw(value)}."));
        }

        if (EffectiveTo is { } end && end < EffectiveFrom)
        {
            errors.Add(new("POLICY_DATES", $"effectiveTo: {end:yyyy-MM-dd} is before effectiveFrom {EffectiveFrom:yyyy-MM-dd}."));
        }

        foreach (var (benchmark, i) in (Benchmarks ?? []).Select((b, i) => (b, i)))
        {
            if (benchmark is null)
            {
                errors.Add(new("POLICY_BENCHMARK_MISSING", $"benchmarks[{i}]: is null."));
                continue;
            }

            CostTemplate.Text(errors, $"benchmarks[{i}].population", benchmark.Population);
            CostTemplate.Text(errors, $"benchmarks[{i}].source", benchmark.Source);
        }

        return errors;
    }
}

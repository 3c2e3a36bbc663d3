using Steward.Core.Common;

namespace Steward.Core.SocialValue.Sroi;

/// <summary>What an SROI analysis reads: the <see cref="Investment"/> (inputs, in pounds, at year 0), the discount schedule and the outcomes.</summary>
public sealed record SroiInput(decimal Investment, DiscountSchedule Discount, IReadOnlyList<SroiOutcome> Outcomes)
{
    /// <summary>The steps of the sensitivity table.</summary>
    public SensitivitySettings Sensitivity { get; init; } = SensitivitySettings.Default;

    /// <summary>Every problem, each naming its field as the JSON path a file would use (<c>outcomes[1].deadweight</c>); empty when valid.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        void Check(string path, string? problem)
        {
            if (problem is not null)
            {
                errors.Add(new Error(SroiRules.Code, $"{path}: {problem}"));
            }
        }

        Check("investment", SroiRules.Investment(Investment));
        if (Outcomes.Count == 0)
        {
            Check("outcomes", "at least one outcome is needed");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Outcomes.Count; i++)
        {
            var o = Outcomes[i];
            var path = SroiRules.Text($"outcomes[{i}]");
            Check($"{path}.id", string.IsNullOrWhiteSpace(o.Id) ? "empty; every outcome needs an id" : !ids.Add(o.Id) ? $"\"{o.Id}\" is given twice" : null);
            Check($"{path}.quantity", SroiRules.Quantity(o.Quantity));
            Check($"{path}.proxyValue", SroiRules.ProxyValue(o.ProxyValue));
            Check($"{path}.deadweight", SroiRules.Share(o.Deadweight));
            Check($"{path}.attribution", SroiRules.Share(o.Attribution));
            Check($"{path}.displacement", SroiRules.Share(o.Displacement));
            Check($"{path}.dropOff", SroiRules.Share(o.DropOff));
            Check($"{path}.years", SroiRules.Years(o.Years));
        }

        foreach (var (name, steps) in new[] { ("shareSteps", Sensitivity.ShareSteps), ("discountRateSteps", Sensitivity.DiscountRateSteps), ("proxyValueSteps", Sensitivity.ProxyValueSteps) })
        {
            for (var i = 0; i < steps.Count; i++)
            {
                Check(SroiRules.Text($"sensitivity.{name}[{i}]"), SroiRules.Step(steps[i]));
            }
        }

        return errors;
    }
}

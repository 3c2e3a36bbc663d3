namespace Steward.Core.SocialValue.Sroi;

/// <summary>
/// The sensitivity table: the analysis again with one assumption moved at a time, for every outcome at once. Shares
/// and rates move by points and are held within 0–1; proxy values are scaled.
/// </summary>
internal static class SroiSensitivity
{
    private static readonly SroiAssumption[] Shares = [SroiAssumption.Deadweight, SroiAssumption.Attribution, SroiAssumption.Displacement, SroiAssumption.DropOff];

    public static IReadOnlyList<SensitivityRow> Table(SroiInput input, SroiResult baseCase)
    {
        var rows = new List<SensitivityRow>();
        foreach (var assumption in Shares)
        {
            foreach (var step in input.Sensitivity.ShareSteps)
            {
                var clamped = false;
                var outcomes = input.Outcomes.Select(o =>
                {
                    var moved = Math.Clamp(Share(o, assumption) + step, 0m, 1m);
                    clamped |= moved != Share(o, assumption) + step;
                    return WithShare(o, assumption, moved);
                }).ToList();
                rows.Add(Row(assumption, step, clamped, input with { Outcomes = outcomes }, baseCase));
            }
        }

        foreach (var step in input.Sensitivity.DiscountRateSteps)
        {
            var schedule = input.Discount.Shift(step, out var clamped);
            rows.Add(Row(SroiAssumption.DiscountRate, step, clamped, input with { Discount = schedule }, baseCase));
        }

        foreach (var step in input.Sensitivity.ProxyValueSteps)
        {
            var outcomes = input.Outcomes.Select(o => o with { ProxyValue = o.ProxyValue * (1m + step) }).ToList();
            rows.Add(Row(SroiAssumption.ProxyValue, step, false, input with { Outcomes = outcomes }, baseCase));
        }

        return rows;
    }

    private static SensitivityRow Row(SroiAssumption assumption, decimal step, bool clamped, SroiInput varied, SroiResult baseCase)
    {
        var result = SroiCalculator.Evaluate(varied);
        return new SensitivityRow(assumption, step, clamped, varied, result.PresentValue, result.NetPresentValue, result.Ratio, result.PaybackYears,
            result.PresentValue - baseCase.PresentValue);
    }

    private static decimal Share(SroiOutcome outcome, SroiAssumption assumption) => assumption switch
    {
        SroiAssumption.Deadweight => outcome.Deadweight,
        SroiAssumption.Attribution => outcome.Attribution,
        SroiAssumption.Displacement => outcome.Displacement,
        SroiAssumption.DropOff => outcome.DropOff,
        _ => throw new ArgumentOutOfRangeException(nameof(assumption), assumption, "not a share"),
    };

    private static SroiOutcome WithShare(SroiOutcome outcome, SroiAssumption assumption, decimal value) => assumption switch
    {
        SroiAssumption.Deadweight => outcome with { Deadweight = value },
        SroiAssumption.Attribution => outcome with { Attribution = value },
        SroiAssumption.Displacement => outcome with { Displacement = value },
        SroiAssumption.DropOff => outcome with { DropOff = value },
        _ => throw new ArgumentOutOfRangeException(nameof(assumption), assumption, "not a share"),
    };
}

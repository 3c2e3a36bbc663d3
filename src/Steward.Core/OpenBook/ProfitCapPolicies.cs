namespace Steward.Core.OpenBook;

/// <summary>
/// The known legal position on profit caps, with the CMA's figures as context, and a way for a buyer to set its own
/// cap. No cap level is set by law: the Children's Wellbeing and Schools Act 2026 s.17 (2026 c. 21) lets the
/// Secretary of State limit providers' profit by regulations, and no regulations set a level.
/// </summary>
public static class ProfitCapPolicies
{
    /// <summary>The legal basis of the known policies (CWSA 2026 s.17).</summary>
    public const string Cwsa2026Section17 = "Children's Wellbeing and Schools Act 2026 s.17 (power to limit profit by regulations; no level set)";

    /// <summary>Appended to a buyer's basis for a service the known policies cover.</summary>
    public const string NoStatutoryCap = "No cap is set by law: CWSA 2026 s.17 gives a power only.";

    /// <summary>The CMA source of the context figures.</summary>
    public const string CmaInterimReport = "CMA children's social care market study, interim report (22 Oct 2021)";

    // CWSA 2026 received Royal Assent on 29 Apr 2026; the commencement date of s.17 itself is not recorded here.
    private static readonly DateOnly RoyalAssent = new(2026, 4, 29);

    /// <summary>
    /// Children's homes and fostering in England: cap type None (the law sets no level), with the CMA's reported
    /// average operating margins and weekly prices (interim report, 22 Oct 2021) as context.
    /// </summary>
    public static IReadOnlyList<ProfitCapPolicy> Known { get; } =
    [
        new()
        {
            Id = "england-childrens-homes-cwsa-2026-s17",
            ServiceCategory = "childrens-homes",
            Jurisdiction = "England",
            CapType = ProfitCapType.None,
            EffectiveFrom = RoyalAssent,
            LegalBasis = Cwsa2026Section17,
            Benchmarks =
            [
                new()
                {
                    Population = "the largest children's home providers",
                    OperatingMarginPercent = 23m,
                    AveragePrice = 3830m,
                    PriceUnit = "week",
                    Source = CmaInterimReport,
                },
            ],
        },
        new()
        {
            Id = "england-fostering-cwsa-2026-s17",
            ServiceCategory = "fostering",
            Jurisdiction = "England",
            CapType = ProfitCapType.None,
            EffectiveFrom = RoyalAssent,
            LegalBasis = Cwsa2026Section17,
            Benchmarks =
            [
                new()
                {
                    Population = "independent fostering agencies",
                    OperatingMarginPercent = 19m,
                    AveragePrice = 820m,
                    PriceUnit = "week",
                    PriceApproximate = true,
                    Source = CmaInterimReport,
                },
            ],
        },
    ];

    /// <summary>
    /// A buyer's own cap for a service. Where <see cref="Known"/> covers the service and jurisdiction, the cap carries
    /// its CMA context and a note that no cap is set by law.
    /// </summary>
    public static ProfitCapPolicy BuyerCap(
        string id,
        string serviceCategory,
        ProfitCapType capType,
        decimal capValue,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo = null,
        string basis = "The buyer's contract terms",
        string jurisdiction = "England")
    {
        var known = Known.FirstOrDefault(p =>
            string.Equals(p.ServiceCategory, serviceCategory, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(p.Jurisdiction, jurisdiction, StringComparison.OrdinalIgnoreCase));
        return new ProfitCapPolicy
        {
            Id = id,
            ServiceCategory = serviceCategory,
            Jurisdiction = jurisdiction,
            CapType = capType,
            CapValue = capValue,
            EffectiveFrom = effectiveFrom,
            EffectiveTo = effectiveTo,
            LegalBasis = known is null ? basis : $"{basis.TrimEnd('.')}. {NoStatutoryCap}",
            Benchmarks = known?.Benchmarks ?? [],
        };
    }
}

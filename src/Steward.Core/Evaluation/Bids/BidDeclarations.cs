namespace Steward.Core.Evaluation.Bids;

/// <summary>
/// What a supplier declares with its bid. Each must be true for the bid to be accepted: a tender from a supplier that
/// does not meet the conditions of participation must be disregarded (PA 2023 s.19(3)(a)).
/// </summary>
/// <param name="ConditionsOfParticipation">It meets the conditions of participation in the tender notice (PA 2023 s.22).</param>
/// <param name="NoExclusionGrounds">No mandatory or discretionary exclusion ground applies to it or its associated persons (PA 2023 s.57, Schs 6 and 7).</param>
/// <param name="IndependentTender">The price and the tender were arrived at independently, without collusion (PA 2023 Schs 6 and 7, competition law and cartel grounds).</param>
public sealed record BidDeclarations(bool ConditionsOfParticipation, bool NoExclusionGrounds, bool IndependentTender)
{
    /// <summary>The declarations' names in BID.json, with what each says and its reference.</summary>
    public static readonly (string Field, string Text, string Reference)[] All =
    [
        ("conditionsOfParticipation", "We meet the conditions of participation set out in the tender notice", "PA 2023 s.22"),
        ("noExclusionGrounds", "No mandatory or discretionary exclusion ground applies to us or our associated persons", "PA 2023 s.57, Schs 6 and 7"),
        ("independentTender", "Our tender and price were arrived at independently, without collusion with any other supplier", "PA 2023 Schs 6 and 7, competition law and cartel grounds"),
    ];

    public bool AllMade => ConditionsOfParticipation && NoExclusionGrounds && IndependentTender;
}

namespace Steward.Core.Evaluation.Award;

/// <summary>What the buyer decided about a possibly abnormally low price once the supplier was heard (PA 2023 s.19(4), (5)).</summary>
public enum AltDecision
{
    /// <summary>The supplier showed it can perform for the price: the bid stays in.</summary>
    Accepted,

    /// <summary>The price is abnormally low and the bid is disregarded (s.19(3)(c)); prices are scored again without it.</summary>
    Disregarded,
}

namespace Steward.Core.Tenders;

/// <summary>The buyer of a design: its organisation id, whether it applies the Social Value Model (and which), and its kind.</summary>
/// <param name="SocialValueModel">The model version the buyer applies (<c>ppn002</c>, <c>ppn026</c>), <c>none</c> when out of scope, null when not said.</param>
/// <param name="Id">The buyer organisation's id, as the store keys organisations (<c>GB-PPON-…</c>).</param>
/// <param name="Name">Its name, for people.</param>
/// <param name="Kind">Which Sch. 1 goods and services threshold it meets.</param>
public sealed record DesignBuyer(string? Id, string? Name, string? SocialValueModel, AuthorityKind Kind = AuthorityKind.SubCentral)
{
    /// <summary>Whether the buyer says it is in scope of the Social Value Model.</summary>
    public bool InScope => SocialValueModel is { } model && model != "none";
}

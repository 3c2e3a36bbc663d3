namespace Steward.Data.Bids;

/// <summary>An evaluator on a procurement's panel, by account id (never a name), with how many bidders they have declared about.</summary>
public sealed record PanelMember(string AccountId, DateTimeOffset AddedAt, int Declared, int Bidders)
{
    public bool DeclaredAll => Bidders > 0 && Declared >= Bidders;
}

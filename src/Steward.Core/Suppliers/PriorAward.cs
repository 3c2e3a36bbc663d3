namespace Steward.Core.Suppliers;

/// <summary>
/// A contract the same buyer awarded under s.33 (a lot reserved for public service mutuals) to a supplier, from the
/// store: what s.33(5)'s "comparable contract" test is checked against.
/// </summary>
public sealed record PriorAward(string Ocid, string? LotId, string BuyerId, string SupplierId, DateOnly Date, IReadOnlyList<string> Cpv)
{
    public string? Title { get; init; }
}

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// A financial proxy: <see cref="Value"/> pounds per one <see cref="Unit"/> of <see cref="Measure"/>, in
/// <see cref="PriceYear"/> prices, with whose it is (<see cref="Source"/>) and the terms it may be used on
/// (<see cref="Licence"/>). A value's own currency, price year, source and licence default to its library's.
/// </summary>
public sealed record ProxyValue(string Id, string Measure, string Unit, decimal Value, string Currency, int PriceYear, string Source, string Licence)
{
    /// <summary>The library it came from, when it came from one.</summary>
    public string? LibraryId { get; init; }
}

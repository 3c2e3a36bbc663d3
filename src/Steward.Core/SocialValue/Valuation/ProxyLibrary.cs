namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// A library of proxy values a user imports (docs/social-value.md): its <see cref="Source"/> and <see cref="Licence"/>
/// are required, so every £ shown says whose value it rests on. Steward ships only openly licensed values
/// (<see cref="ProxyLibraries"/>); never National TOMs or HACT values, whose licences forbid it.
/// </summary>
public sealed record ProxyLibrary(string Id, string? Name, string Source, string Licence, int PriceYear, string Currency, IReadOnlyList<ProxyValue> Values)
{
    /// <summary>The value with <paramref name="id"/>, or null.</summary>
    public ProxyValue? Find(string id) => Values.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.Ordinal));
}

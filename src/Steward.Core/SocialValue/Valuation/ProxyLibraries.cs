using System.Text.Json;

namespace Steward.Core.SocialValue.Valuation;

/// <summary>
/// The proxy values Steward ships: only openly licensed ones, with their source (docs/social-value.md). Today that is
/// HM Treasury's WELLBY value (Open Government Licence v3.0). National TOMs and HACT values are never shipped: their
/// licences do not allow it (../shared/domain/procurement-rules.md §3.1–3.2); users import them under their own licence.
/// </summary>
public static class ProxyLibraries
{
    private static readonly Lazy<ProxyLibrary> Shipped = new(Load);

    /// <summary>HM Treasury's Green Book values: one WELLBY, £13,000 in 2019 prices.</summary>
    public static ProxyLibrary GreenBook => Shipped.Value;

    private static ProxyLibrary Load()
    {
        using var stream = typeof(ProxyLibraries).Assembly.GetManifestResourceStream("Steward.Core.SocialValue.Valuation.GreenBookProxyValues.json")
            ?? throw new InvalidOperationException("The shipped proxy values are missing from Steward.Core.");
        using var document = JsonDocument.Parse(stream);
        var (library, errors) = ProxyLibraryJson.Read(document.RootElement);
        return library ?? throw new InvalidOperationException($"The shipped proxy values are invalid: {string.Join("; ", errors.Select(e => e.Message))}");
    }
}

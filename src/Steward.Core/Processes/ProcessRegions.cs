using Steward.Core.Analytics;

namespace Steward.Core.Processes;

/// <summary>
/// Where a process is delivered, with where each region was read from (docs/indicators.md, "Regions"): the
/// delivery addresses' NUTS/ITL codes (ITL's <c>TL</c> written with the NUTS <c>UK</c> prefix), or their region
/// names as Contracts Finder publishes them ("London" → UKI); when they give no UK region finer than the whole
/// country, also the buyer's address region, else its postcode (postcode area → first-level region, <see cref="Postcodes"/>).
/// </summary>
public static class ProcessRegions
{
    public const string DeliveryCode = "delivery address";
    public const string DeliveryName = "delivery address region name";
    public const string BuyerRegion = "buyer's address region";

    /// <summary>The regions of a process, distinct by code, each with its source.</summary>
    public static IReadOnlyList<RegionFact> Resolve(IReadOnlyList<string> delivery, PartyFacts? buyer)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var found = new List<RegionFact>();
        foreach (var published in delivery.Select(d => d.Trim()).Where(d => d.Length > 0))
        {
            if (Code(published) is { } code)
            {
                found.Add(new RegionFact(code, DeliveryCode));
            }
            else if (UkRegions.FromName(published) is { } named)
            {
                found.Add(new RegionFact(named, $"{DeliveryName} \"{published}\""));
            }
            else
            {
                found.Add(new RegionFact(published, DeliveryCode));
            }
        }

        // The buyer's own region when the delivery addresses give none finer than the whole country ("England", "UK"):
        // a London borough's notice delivered "in England" is found under London too.
        if (!found.Any(r => RegionCodes.FirstLevel(r.Code) is { } level && level != "UK") && buyer is not null && OfParty(buyer) is { } own)
        {
            found.Add(own with { Source = "buyer's " + own.Source });
        }

        return found.DistinctBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Where a party's address is: its <c>address.region</c> as a code ("UKM75") or a region name, else the region of
    /// its postcode; with the source ("address region", "postcode (SM4)"); null when neither gives a UK region.
    /// </summary>
    public static RegionFact? OfParty(PartyFacts party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (Code(party.Region) is { } code)
        {
            return new RegionFact(code, "address region");
        }

        if (UkRegions.FromName(party.Region) is { } named)
        {
            return new RegionFact(named, $"address region \"{party.Region}\"");
        }

        return Postcodes.Region(party.PostalCode) is { } region ? new RegionFact(region, $"postcode ({Postcodes.District(party.PostalCode)})") : null;
    }

    /// <summary>A UK NUTS or ITL code, upper case, with ITL's TL prefix written UK (TLI3 → UKI3); null for anything else.</summary>
    public static string? Code(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || RegionCodes.FirstLevel(text) is null)
        {
            return null;
        }

        var code = text.Trim().ToUpperInvariant();
        return code.StartsWith("TL", StringComparison.Ordinal) ? "UK" + code[2..] : code;
    }
}

/// <summary>A region of a process (a NUTS/ITL code, or the text published when it is not one) and where it was read from.</summary>
public sealed record RegionFact(string Code, string Source);

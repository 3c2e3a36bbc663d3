using System.Runtime.InteropServices;
using System.Text.Json;

namespace Steward.Ocds.Normalisation;

/// <summary>
/// The read-only question asked before normalising: would <see cref="Normalise"/> change anything? Answering it on the
/// parsed JSON costs a fraction of building the editable tree, and most compiled releases need nothing (none of the
/// demo data's, about half of the real files' in <c>../shared/data/ocds</c>), so an import skips the tree for them.
/// It may say yes where nothing would change (the normaliser then finds nothing); it must never say no where a rule
/// applies. Each rule here mirrors one in <see cref="Normalise"/>: a rule added there is added here, and the
/// normaliser's tests check the two agree.
/// </summary>
public sealed partial class UkNormaliser
{
    /// <summary>False only when <see cref="Normalise"/> would leave <paramref name="release"/> exactly as it is.</summary>
    public static bool MayChange(JsonElement release)
    {
        if (release.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (release.TryGetProperty("buyerID", out var buyerId) && buyerId.ValueKind == JsonValueKind.Array && buyerId.GetArrayLength() == 0)
        {
            return true;
        }

        return AnyFieldMayChange(release) || PartiesMayChange(release) || SuitabilityMayChange(release) ||
               BidStatisticsMayChange(release) || DeliveryAddressesMayChange(release);
    }

    /// <summary>The rules that visit every field: HTML character references, dates without an offset, placeholder amounts.</summary>
    private static bool AnyFieldMayChange(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && AnyFieldMayChange(item))
                {
                    return true;
                }
            }

            return false;
        }

        var money = !element.TryGetProperty("measure"u8, out _);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String when StringMayChange(property, value):
                    return true;
                case JsonValueKind.Number when money && (property.NameEquals("amount"u8) || property.NameEquals("amountGross"u8)) &&
                                               value.TryGetDecimal(out var amount) && amount is >= 0m and <= 1m:
                    return true;
                case JsonValueKind.Object or JsonValueKind.Array when AnyFieldMayChange(value):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    private static bool StringMayChange(JsonProperty property, JsonElement value)
    {
        // Names read as the document's UTF-8, without a .NET string for each field, unless written with an escape; a
        // date with its offset is known to need nothing without parsing it.
        var rawName = JsonMarshal.GetRawUtf8PropertyName(property);
        var name = rawName.Contains((byte)'\\') ? property.Name : null;
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if ((name is null ? IsDateField(rawName) : IsDateField(name)) && !HasOffset(raw) && NormaliseDate(value.GetString()!) is not null)
        {
            return true;
        }

        return !(name is null ? IsReference(rawName) : IsReference(name)) && MayHoldEntity(raw, value);
    }

    /// <summary>Only text with an ampersand (or an escape that may hide one) can hold a character reference.</summary>
    private static bool MayHoldEntity(ReadOnlySpan<byte> raw, JsonElement value) =>
        (raw.Contains((byte)'&') || raw.Contains((byte)'\\')) && value.GetString() is { } text && DecodeEntities(text) != text;

    /// <summary>
    /// A date's raw text ending in <c>Z</c> or an offset (<c>+01:00</c>), without an escape: <see cref="NormaliseDate"/>
    /// leaves it alone, as neither of its patterns (a bare date, a time without an offset) ends so, even trimmed.
    /// </summary>
    private static bool HasOffset(ReadOnlySpan<byte> raw) =>
        !raw.Contains((byte)'\\') && raw.Length >= 6 &&
        (raw[^1] == (byte)'Z' || (raw[^6] is (byte)'+' or (byte)'-' && raw[^3] == (byte)':' && char.IsAsciiDigit((char)raw[^1])));

    /// <summary>Scale variants, Contracts Finder's legacy <c>sme</c>/<c>vco</c> flags, and short Companies House numbers.</summary>
    private static bool PartiesMayChange(JsonElement release)
    {
        if (!release.TryGetProperty("parties"u8, out var parties) || parties.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var party in parties.EnumerateArray())
        {
            if (party.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (party.TryGetProperty("details"u8, out var details) && details.ValueKind == JsonValueKind.Object &&
                details.TryGetProperty("scale"u8, out var scale) && scale.ValueKind == JsonValueKind.String &&
                ScaleCode(scale.GetString()!) is { } code && code != scale.GetString())
            {
                return true;
            }

            if (IsFlag(party, "sme") || IsFlag(party, "vco"))
            {
                return true;
            }

            if (party.TryGetProperty("identifier"u8, out var identifier) && CompaniesHouseMayChange(identifier))
            {
                return true;
            }

            if (party.TryGetProperty("additionalIdentifiers"u8, out var additional) && additional.ValueKind == JsonValueKind.Array &&
                additional.EnumerateArray().Any(CompaniesHouseMayChange))
            {
                return true;
            }

            if (party.TryGetProperty("id"u8, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { } text &&
                text.StartsWith("GB-COH-", StringComparison.Ordinal) && CompaniesHouse.Pad(text[7..]) is { } padded && $"GB-COH-{padded}" != text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CompaniesHouseMayChange(JsonElement identifier)
    {
        if (identifier.ValueKind != JsonValueKind.Object || !identifier.TryGetProperty("scheme"u8, out var scheme) ||
            scheme.ValueKind != JsonValueKind.String || !scheme.ValueEquals("GB-COH"u8) || !identifier.TryGetProperty("id"u8, out var id))
        {
            return false;
        }

        var text = id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
        return text is not null && CompaniesHouse.Pad(text) is { } padded && padded != text;
    }

    /// <summary>Contracts Finder's <c>tender.xClassifications</c> suitability flags.</summary>
    private static bool SuitabilityMayChange(JsonElement release) =>
        release.TryGetProperty("tender"u8, out var tender) && tender.ValueKind == JsonValueKind.Object &&
        tender.TryGetProperty("xClassifications"u8, out var legacy) && legacy.ValueKind == JsonValueKind.Object &&
        (IsFlag(legacy, "isSuitableForSme") || IsFlag(legacy, "isSuitableForVco"));

    private static bool IsFlag(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False;

    /// <summary>Find a Tender's repeated bid statistics: any two alike in lot, measure, currency and value.</summary>
    private static bool BidStatisticsMayChange(JsonElement release)
    {
        if (!release.TryGetProperty("bids"u8, out var bids) || bids.ValueKind != JsonValueKind.Object ||
            !bids.TryGetProperty("statistics"u8, out var statistics) || statistics.ValueKind != JsonValueKind.Array || statistics.GetArrayLength() < 2)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statistic in statistics.EnumerateArray())
        {
            if (statistic.ValueKind == JsonValueKind.Object &&
                !seen.Add($"{Raw(statistic, "relatedLot")}|{Raw(statistic, "measure")}|{Raw(statistic, "currency")}|{Raw(statistic, "value")}"))
            {
                return true;
            }
        }

        return false;

        // A missing field and a null one read alike, as they do to the rule.
        static string? Raw(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;
    }

    /// <summary>Find a Tender's <c>deliveryAddresses</c> published as an object, in tender, award and contract items.</summary>
    private static bool DeliveryAddressesMayChange(JsonElement release)
    {
        static bool InItems(JsonElement owner) =>
            owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty("items"u8, out var items) && items.ValueKind == JsonValueKind.Array &&
            items.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object &&
                                               item.TryGetProperty("deliveryAddresses"u8, out var addresses) && addresses.ValueKind == JsonValueKind.Object);

        if (release.TryGetProperty("tender"u8, out var tender) && InItems(tender))
        {
            return true;
        }

        return AnyInItems(release, "awards") || AnyInItems(release, "contracts");

        static bool AnyInItems(JsonElement release, string section) =>
            release.TryGetProperty(section, out var list) && list.ValueKind == JsonValueKind.Array && list.EnumerateArray().Any(InItems);
    }
}

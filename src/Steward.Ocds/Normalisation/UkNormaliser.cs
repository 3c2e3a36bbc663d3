using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Steward.Ocds.Normalisation;

/// <summary>
/// The one step that smooths UK publishers' quirks (Find a Tender, Contracts Finder, Sell2Wales, Public Contracts
/// Scotland) into one clean shape for analysis, and records every change it makes. It works on one release (or a
/// compiled release) at a time, in place; see <see cref="NormalisationRules"/> for the rules.
/// </summary>
public sealed partial class UkNormaliser
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly Dictionary<string, string> ScaleCodes = new(StringComparer.Ordinal)
    {
        ["micro"] = "micro",
        ["microenterprise"] = "micro",
        ["microbusiness"] = "micro",
        ["sme"] = "sme",
        ["smes"] = "sme",
        ["smallormedium"] = "sme",
        ["smallandmedium"] = "sme",
        ["smallormediumsized"] = "sme",
        ["smallormediumsizedenterprise"] = "sme",
        ["smallandmediumsizedenterprise"] = "sme",
        ["smallandmediumenterprise"] = "sme",
        ["small"] = "small",
        ["smallenterprise"] = "small",
        ["medium"] = "medium",
        ["mediumsized"] = "medium",
        ["mediumenterprise"] = "medium",
        ["large"] = "large",
        ["largeenterprise"] = "large",
        ["nonsme"] = "large",
        ["selfemployed"] = "selfEmployed",
        ["soletrader"] = "selfEmployed",
    };

    /// <summary>Normalises one release in place and returns the changes made (empty when it was already clean).</summary>
    public IReadOnlyList<NormalisationChange> Normalise(JsonObject release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var log = new List<NormalisationChange>();
        var ocid = release["ocid"] is JsonValue o ? o.ToString() : null;
        var releaseId = release["id"] is JsonValue i ? i.ToString() : null;
        void Record(string rule, string path, JsonNode? before, JsonNode? after, string reason) =>
            log.Add(new NormalisationChange(rule, path, before?.ToJsonString(OcdsJson.SerializerOptions), after?.ToJsonString(OcdsJson.SerializerOptions), reason)
            {
                Ocid = ocid,
                ReleaseId = releaseId,
            });

        FixEntities(release, Record);
        FixDates(release, Record);
        FixParties(release, Record);
        CompaniesHouse.Fix(release, Record);
        FixPlaceholderAmounts(release, Record);
        FixSuitability(release, Record);
        FixBidStatistics(release, Record);
        FixDeliveryAddresses(release, Record);
        if (release["buyerID"] is JsonArray { Count: 0 } stray)
        {
            release.Remove("buyerID");
            Record(NormalisationRules.StrayField, "buyerID", stray, null, "Find a Tender notices carry a stray, empty `buyerID` array that is not OCDS");
        }

        return log;
    }

    /// <summary>Writes a bare date, or a date-time without an offset, as an RFC 3339 date-time in UK local time.</summary>
    public static string? NormaliseDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        DateTime local;
        if (BareDatePattern().IsMatch(text))
        {
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            {
                return null;
            }
        }
        else if (NoOffsetPattern().IsMatch(text))
        {
            if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var offset = UkTime.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return new DateTimeOffset(local, offset).ToString(local.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The partyScale code for a published scale value, or null when it is not a known variant.</summary>
    public static string? ScaleCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = new string(value.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());
        return ScaleCodes.GetValueOrDefault(key);
    }

    private static void FixDates(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record) =>
        EachField(release, string.Empty, (obj, name, child, path) =>
        {
            if (!IsDateField(name) || child is not JsonValue value ||
                value.GetValueKind() != JsonValueKind.String || NormaliseDate(value.ToString()) is not { } fixedDate)
            {
                return false;
            }

            obj[name] = fixedDate;
            record(NormalisationRules.BareDate, path, value, obj[name],
                "OCDS dates are RFC 3339 date-times; a date or time without an offset is read as UK local time (Europe/London)");
            return true;
        });

    /// <summary>
    /// Decodes HTML character references in text (<c>&amp;amp;</c>, <c>&amp;#039;</c>, <c>&amp;quot;</c>), as often as
    /// the publisher encoded them (Contracts Finder sometimes twice, <c>&amp;amp;amp;</c>), so that stored text is what
    /// a person reads. Ids and references are left as published, so that they still match each other.
    /// </summary>
    private static void FixEntities(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record) =>
        EachField(release, string.Empty, (obj, name, child, path) =>
        {
            if (child is not JsonValue value || value.GetValueKind() != JsonValueKind.String || IsReference(name))
            {
                return false;
            }

            var text = value.ToString();
            var decoded = DecodeEntities(text);
            if (decoded == text)
            {
                return true;
            }

            // Decoding can bring out an address written with references (name&#64;council.gov.uk): mask it again.
            decoded = PersonalText.IsFreeText(name) ? PersonalText.Mask(decoded) : decoded;

            obj[name] = decoded;
            record(NormalisationRules.HtmlEntities, path, value, obj[name],
                "UK notices carry HTML character references (&amp;amp;, &amp;#039;) in plain-text fields; they are decoded so the text reads as written");
            return true;
        });

    /// <summary>The text with its HTML character references decoded, up to three times over (text encoded twice or thrice).</summary>
    public static string DecodeEntities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var pass = 0; pass < 3 && text.Contains('&', StringComparison.Ordinal) && EntityPattern().IsMatch(text); pass++)
        {
            var decoded = System.Net.WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }

    /// <summary>Ids and references, whose text is left as published (names and endings, one list for .NET text and UTF-8).</summary>
    private static readonly FieldNames References = new(["id", "ocid", "relatedLot", "scheme"]), ReferenceEndings = new(["ID", "Id"]);

    /// <summary>Fields holding a date: <c>date</c> and every name ending in <c>Date</c>.</summary>
    private static readonly FieldNames Dates = new(["date"]), DateEndings = new(["Date"]);

    private static bool IsReference(string name) => References.Is(name) || ReferenceEndings.Ends(name);

    private static bool IsReference(ReadOnlySpan<byte> name) => References.Is(name) || ReferenceEndings.Ends(name);

    private static bool IsDateField(string name) => Dates.Is(name) || DateEndings.Ends(name);

    private static bool IsDateField(ReadOnlySpan<byte> name) => Dates.Is(name) || DateEndings.Ends(name);

    /// <summary>
    /// Visits every field of every object below <paramref name="node"/>, depth first; where <paramref name="visit"/>
    /// returns true the field was handled and is not descended into.
    /// </summary>
    private static void EachField(JsonNode? node, string path, Func<JsonObject, string, JsonNode?, string, bool> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var childPath = Join(path, name);
                    if (!visit(obj, name, child, childPath))
                    {
                        EachField(child, childPath, visit);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    EachField(array[index], Join(path, index), visit);
                }

                break;
            default:
                break;
        }
    }

    private static void FixParties(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        if (release["parties"] is not JsonArray parties)
        {
            return;
        }

        for (var index = 0; index < parties.Count; index++)
        {
            if (parties[index] is not JsonObject party)
            {
                continue;
            }

            var path = $"parties/{index}";
            var details = party["details"] as JsonObject;
            if (details?["scale"] is JsonValue scale && scale.GetValueKind() == JsonValueKind.String &&
                ScaleCode(scale.ToString()) is { } code && code != scale.ToString())
            {
                details["scale"] = code;
                record(NormalisationRules.ScaleVariant, $"{path}/details/scale", scale, details["scale"],
                    "details.scale takes the partyScale codes micro, sme, small, medium, large, selfEmployed");
            }

            MoveLegacyFlag(party, "sme", path, record, flag => ("scale", flag ? "sme" : "large"));
            MoveLegacyFlag(party, "vco", path, record, flag => ("vcse", flag));
        }
    }

    private static void MoveLegacyFlag(JsonObject party, string legacy, string path,
        Action<string, string, JsonNode?, JsonNode?, string> record, Func<bool, (string Field, JsonNode Value)> map)
    {
        if (party[legacy] is not JsonValue flag || flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return;
        }

        var (field, value) = map(flag.GetValueKind() == JsonValueKind.True);
        party.Remove(legacy);
        if (party["details"] is not JsonObject details)
        {
            details = [];
            party["details"] = details;
        }

        var reason = $"Contracts Finder (2017–2020) published a non-standard `{legacy}` flag on supplier parties; OCDS has details.{field}";
        if (details[field] is null)
        {
            details[field] = value;
            record(NormalisationRules.LegacySmeVcoFlags, $"{path}/details/{field}", null, value, reason);
        }

        record(NormalisationRules.LegacySmeVcoFlags, $"{path}/{legacy}", flag, null, reason);
    }

    private static void FixSuitability(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        if (release["tender"] is not JsonObject tender || tender["xClassifications"] is not JsonObject legacy)
        {
            return;
        }

        foreach (var (legacyName, field) in new[] { ("isSuitableForSme", "sme"), ("isSuitableForVco", "vcse") })
        {
            if (legacy[legacyName] is not JsonValue flag || flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                continue;
            }

            if (tender["suitability"] is not JsonObject suitability)
            {
                suitability = [];
                tender["suitability"] = suitability;
            }

            if (suitability[field] is null)
            {
                suitability[field] = flag.GetValueKind() == JsonValueKind.True;
                record(NormalisationRules.LegacySmeVcoFlags, $"tender/suitability/{field}", null, suitability[field],
                    $"Contracts Finder's OCDS 1.0 notices (2014–2017) said tender.xClassifications.{legacyName}; OCDS has tender.suitability.{field}");
            }
        }
    }

    private static void FixPlaceholderAmounts(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record) =>
        EachField(release, string.Empty, (obj, name, child, path) =>
        {
            if (name is not ("amount" or "amountGross") || child is not JsonValue value || value.GetValueKind() != JsonValueKind.Number ||
                !value.TryGetValue<decimal>(out var amount) || amount is > 1m or < 0m || !IsMoney(obj))
            {
                return false;
            }

            obj.Remove(name);
            record(NormalisationRules.PlaceholderValue, path, value, null,
                "UK notices publish amounts such as 0.01 or 0 where the value is not known; an amount of 1 or less is read as unknown");
            return true;
        });

    /// <summary>An OCDS Value: an amount beside a currency, or an amount alone (not a bid statistic's count).</summary>
    private static bool IsMoney(JsonObject obj) =>
        !obj.ContainsKey("measure") && (obj.ContainsKey("currency") || obj.ContainsKey("amount") || obj.ContainsKey("amountGross"));

    private static void FixBidStatistics(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        if (release["bids"] is not JsonObject bids || bids["statistics"] is not JsonArray statistics)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keep = new List<JsonNode?>();
        for (var index = 0; index < statistics.Count; index++)
        {
            var statistic = statistics[index];
            if (statistic is JsonObject s)
            {
                var key = $"{s["relatedLot"]?.ToJsonString()}|{s["measure"]?.ToJsonString()}|{s["currency"]?.ToJsonString()}|{s["value"]?.ToJsonString()}";
                if (!seen.Add(key))
                {
                    record(NormalisationRules.DuplicateBidStatistic, $"bids/statistics/{index}", s, null,
                        "Find a Tender repeats a lot's bid statistics once per award; each (lot, measure, value) is kept once");
                    continue;
                }
            }

            keep.Add(statistic);
        }

        if (keep.Count != statistics.Count)
        {
            statistics.Clear();
            foreach (var statistic in keep)
            {
                statistic?.Parent?.AsArray().Remove(statistic);
                statistics.Add(statistic);
            }
        }
    }

    private static void FixDeliveryAddresses(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        foreach (var (items, path) in ItemLists(release))
        {
            for (var index = 0; index < items.Count; index++)
            {
                if (items[index] is JsonObject item && item["deliveryAddresses"] is JsonObject keyed)
                {
                    var before = keyed.DeepClone();
                    var values = keyed.Select(p => p.Value?.DeepClone()).ToArray();
                    item["deliveryAddresses"] = new JsonArray(values);
                    record(NormalisationRules.DeliveryAddressesObject, $"{path}/{index}/deliveryAddresses", before, item["deliveryAddresses"],
                        "some Find a Tender notices publish deliveryAddresses as an object keyed \"1\", \"2\"…; OCDS has an array");
                }
            }
        }
    }

    private static IEnumerable<(JsonArray Items, string Path)> ItemLists(JsonObject release)
    {
        if (release["tender"].Field("items") is JsonArray tenderItems)
        {
            yield return (tenderItems, "tender/items");
        }

        foreach (var section in new[] { "awards", "contracts" })
        {
            if (release[section] is JsonArray list)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    if (list[index].Field("items") is JsonArray items)
                    {
                        yield return (items, $"{section}/{index}/items");
                    }
                }
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}/{name}";

    private static string Join(string path, int index) => Join(path, index.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDatePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NoOffsetPattern();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Steward.Ocds.Normalisation;

/// <summary>
/// Companies House numbers (scheme GB-COH) are 8 characters: 8 digits, or a 2-letter prefix (SC, NI, OC, SO, NC,
/// R0…) and 6 digits. UK notices often drop the leading zeros (1234567 for 01234567, SC12345 for SC012345). The
/// normalisation pads them in identifiers, and renames a party whose id was built from one
/// (<c>GB-COH-1234567</c> → <c>GB-COH-01234567</c>) together with every reference to it in the release.
/// </summary>
public static partial class CompaniesHouse
{
    private const string Reason = "Companies House numbers have 8 characters; notices often drop leading zeros, which splits one company into several";

    /// <summary>The 8-character form of a Companies House number, or null when it cannot be one.</summary>
    public static string? Pad(string number)
    {
        var text = number.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var prefix = match.Groups["prefix"].Value;
        var digits = match.Groups["digits"].Value;
        var width = 8 - prefix.Length;
        return digits.Length > width ? null : prefix + digits.PadLeft(width, '0');
    }

    internal static void Fix(JsonObject release, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        if (release["parties"] is not JsonArray parties)
        {
            return;
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < parties.Count; index++)
        {
            if (parties[index] is not JsonObject party)
            {
                continue;
            }

            var path = $"parties/{index}";
            FixIdentifier(party["identifier"] as JsonObject, $"{path}/identifier", record);
            if (party["additionalIdentifiers"] is JsonArray additional)
            {
                for (var i = 0; i < additional.Count; i++)
                {
                    FixIdentifier(additional[i] as JsonObject, $"{path}/additionalIdentifiers/{i}", record);
                }
            }

            if (party["id"] is JsonValue id && id.ToString() is { } text && text.StartsWith("GB-COH-", StringComparison.Ordinal) &&
                Pad(text[7..]) is { } padded && $"GB-COH-{padded}" is var newId && newId != text)
            {
                party["id"] = newId;
                renamed[text] = newId;
                record(NormalisationRules.CompaniesHouseNumber, $"{path}/id", id, party["id"], Reason);
            }
        }

        if (renamed.Count > 0)
        {
            RenameReferences(release, renamed, record);
        }
    }

    private static void FixIdentifier(JsonObject? identifier, string path, Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        if (identifier?["scheme"]?.ToString() != "GB-COH" || identifier["id"] is not JsonNode id)
        {
            return;
        }

        var text = id.ToString();
        if (Pad(text) is { } padded && padded != text)
        {
            identifier["id"] = padded;
            record(NormalisationRules.CompaniesHouseNumber, $"{path}/id", id, identifier["id"], Reason);
        }
    }

    /// <summary>Organisation references: buyer, procuring entity, tenderers, suppliers, payers and payees.</summary>
    private static void RenameReferences(JsonObject release, Dictionary<string, string> renamed,
        Action<string, string, JsonNode?, JsonNode?, string> record)
    {
        void Rename(JsonNode? reference, string path)
        {
            if (reference is JsonObject obj && obj["id"]?.ToString() is { } id && renamed.TryGetValue(id, out var newId))
            {
                var before = obj["id"];
                obj["id"] = newId;
                record(NormalisationRules.CompaniesHouseNumber, $"{path}/id", before, obj["id"], Reason);
            }
        }

        void RenameAll(JsonNode? list, string path)
        {
            if (list is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Rename(array[i], $"{path}/{i}");
                }
            }
        }

        Rename(release["buyer"], "buyer");
        Rename(release["tender"].Field("procuringEntity"), "tender/procuringEntity");
        RenameAll(release["tender"].Field("tenderers"), "tender/tenderers");
        ForEach(release["awards"], "awards", (award, path) => RenameAll(award["suppliers"], $"{path}/suppliers"));
        ForEach(release["bids"].Field("details"), "bids/details", (bid, path) => RenameAll(bid["tenderers"], $"{path}/tenderers"));
        ForEach(release["contracts"], "contracts", (contract, path) =>
            ForEach(contract["implementation"].Field("transactions"), $"{path}/implementation/transactions", (transaction, tpath) =>
            {
                Rename(transaction["payer"], $"{tpath}/payer");
                Rename(transaction["payee"], $"{tpath}/payee");
            }));
    }

    private static void ForEach(JsonNode? list, string path, Action<JsonObject, string> action)
    {
        if (list is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject item)
                {
                    action(item, $"{path}/{i}");
                }
            }
        }
    }

    [GeneratedRegex("^(?<prefix>[A-Z]{2}|R0|)(?<digits>[0-9]{1,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

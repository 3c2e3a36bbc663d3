using System.Text.Json.Nodes;
using CsCheck;

namespace Steward.Testing.Fuzzing;

/// <summary>
/// OCDS releases whose every field may hold any JSON type: each field of the release's usual shape is usually
/// well-typed, sometimes left out, sometimes null, and sometimes any value at all (<see cref="HostileJson.Any"/>).
/// Releases share a few ocids, so that processes have several releases to merge.
/// </summary>
public sealed class HostileRelease : Gen<JsonNode?>
{
    private static readonly Gen<JsonNode?> Text = HostileJson.Scalar.Where(n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String);
    private static readonly Gen<JsonNode?> Date = Gen.OneOf("2024-01-01T00:00:00Z", "2025-06-30T12:00:00+01:00", "2024-02-30", "2026-01-01")
        .Select(d => (JsonNode?)JsonValue.Create(d));

    private static readonly Func<PCG, JsonNode?> TextOf = p => Text.Generate(p, null!, out _);
    private static readonly Func<PCG, JsonNode?> DateOf = p => Date.Generate(p, null!, out _);
    private static readonly Func<PCG, JsonNode?> AmountOf = p => HostileJson.Scalar.Generate(p, null!, out _);

    /// <summary>One release.</summary>
    public override JsonNode? Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var ocid = $"ocds-fuzz01-{pcg.Next(4)}";
        return Object(pcg,
            ("ocid", p => p.Next(20) == 0 ? HostileJson.Any.Generate(p, null!, out _) : JsonValue.Create(ocid)),
            ("id", p => JsonValue.Create($"r{p.Next(6)}")),
            ("date", DateOf),
            ("tag", p => new JsonArray(JsonValue.Create(p.Next(2) == 0 ? "tender" : "award"))),
            ("initiationType", p => JsonValue.Create("tender")),
            ("language", TextOf),
            ("parties", p => Array(p, Organisation)),
            ("buyer", p => Reference(p)),
            ("planning", p => Object(p, ("rationale", TextOf), ("budget", q => Object(q, ("amount", Value))))),
            ("tender", Tender),
            ("awards", p => Array(p, Award)),
            ("contracts", p => Array(p, Contract)),
            ("bids", p => Object(p,
                ("statistics", q => Array(q, r => Object(r, ("id", TextOf), ("measure", TextOf), ("value", AmountOf), ("relatedLot", TextOf)))),
                ("details", q => Array(q, r => Object(r, ("id", TextOf), ("status", TextOf), ("tenderers", s => Array(s, Reference)), ("value", Value)))))),
            ("relatedProcesses", p => Array(p, q => Object(q, ("id", TextOf), ("relationship", s => Array(s, TextOf)), ("identifier", TextOf)))));
    }

    private static JsonObject Tender(PCG pcg) => Object(pcg,
        ("id", TextOf), ("title", TextOf), ("description", TextOf), ("status", TextOf),
        ("procurementMethod", TextOf), ("procurementMethodDetails", TextOf), ("mainProcurementCategory", TextOf),
        ("value", Value), ("minValue", Value), ("tenderPeriod", Period), ("awardPeriod", Period), ("submissionMethodDetails", TextOf),
        ("numberOfTenderers", AmountOf), ("classification", Classification), ("additionalClassifications", p => Array(p, Classification)),
        ("items", p => Array(p, Item)), ("documents", p => Array(p, Document)), ("tenderers", p => Array(p, Reference)),
        ("procuringEntity", Reference), ("suitability", p => Object(p, ("sme", Flag), ("vcse", Flag))),
        ("deliveryAddresses", p => Object(p, ("1", Address))),
        ("lots", p => Array(p, q => Object(q, ("id", TextOf), ("title", TextOf), ("value", Value), ("status", TextOf),
            ("awardCriteria", r => Object(r, ("criteria", s => Array(s, t => Object(t, ("type", TextOf), ("name", TextOf), ("description", TextOf),
                ("numbers", u => Array(u, w => Object(w, ("number", AmountOf))))))))),
            ("suitability", r => Object(r, ("sme", Flag), ("vcse", Flag))), ("reservedParticipation", r => Array(r, TextOf))))));

    private static JsonObject Award(PCG pcg) => Object(pcg,
        ("id", TextOf), ("title", TextOf), ("status", TextOf), ("date", DateOf), ("value", Value),
        ("suppliers", p => Array(p, Reference)), ("items", p => Array(p, Item)), ("relatedLots", p => Array(p, TextOf)),
        ("documents", p => Array(p, Document)));

    private static JsonObject Contract(PCG pcg) => Object(pcg,
        ("id", TextOf), ("awardID", TextOf), ("status", TextOf), ("value", Value), ("period", Period), ("dateSigned", DateOf),
        ("implementation", p => Object(p, ("transactions", q => Array(q, r => Object(r, ("id", TextOf), ("value", Value), ("amount", Value),
            ("payer", Reference), ("payee", Reference)))))),
        ("amendments", p => Array(p, q => Object(q, ("id", TextOf), ("date", DateOf), ("rationale", TextOf)))));

    private static JsonObject Organisation(PCG pcg) => Object(pcg,
        ("id", TextOf), ("name", TextOf), ("roles", p => Array(p, q => JsonValue.Create(q.Next(2) == 0 ? "buyer" : "supplier"))),
        ("identifier", Identifier), ("additionalIdentifiers", p => Array(p, Identifier)), ("address", Address),
        ("contactPoint", p => Object(p, ("name", TextOf), ("email", TextOf), ("telephone", TextOf))),
        ("details", p => Object(p, ("scale", TextOf), ("vcse", Flag), ("classifications", q => Array(q, Classification)))));

    private static JsonObject Identifier(PCG pcg) => Object(pcg, ("scheme", p => JsonValue.Create(p.Next(2) == 0 ? "GB-COH" : "GB-PPON")), ("id", TextOf), ("legalName", TextOf));

    private static JsonObject Address(PCG pcg) => Object(pcg, ("streetAddress", TextOf), ("locality", TextOf), ("region", TextOf),
        ("postalCode", TextOf), ("countryName", TextOf));

    private static JsonObject Reference(PCG pcg) => Object(pcg, ("id", TextOf), ("name", TextOf));

    private static JsonObject Value(PCG pcg) => Object(pcg, ("amount", AmountOf), ("currency", TextOf), ("amountGross", AmountOf));

    private static JsonObject Period(PCG pcg) => Object(pcg, ("startDate", DateOf), ("endDate", DateOf), ("durationInDays", AmountOf));

    private static JsonObject Classification(PCG pcg) => Object(pcg, ("scheme", p => JsonValue.Create("CPV")), ("id", TextOf), ("description", TextOf));

    private static JsonObject Item(PCG pcg) => Object(pcg, ("id", TextOf), ("description", TextOf), ("classification", Classification),
        ("quantity", AmountOf), ("relatedLot", TextOf), ("deliveryAddresses", p => Array(p, Address)));

    private static JsonObject Document(PCG pcg) => Object(pcg, ("id", TextOf), ("documentType", TextOf), ("url", TextOf), ("datePublished", DateOf));

    private static JsonNode? Flag(PCG pcg) => HostileJson.Scalar.Generate(pcg, null!, out _);

    /// <summary>An object with the given fields, each usually well-typed, sometimes missing, null or anything.</summary>
    private static JsonObject Object(PCG pcg, params (string Key, Func<PCG, JsonNode?> Value)[] fields)
    {
        var result = new JsonObject();
        foreach (var (key, value) in fields)
        {
            switch (pcg.Next(16))
            {
                case 0 or 1 or 2:
                    break;
                case 3:
                    result[key] = null;
                    break;
                case 4:
                    result[key] = HostileJson.Any.Generate(pcg, null!, out _);
                    break;
                default:
                    result[key] = value(pcg);
                    break;
            }
        }

        return result;
    }

    private static JsonArray Array(PCG pcg, Func<PCG, JsonNode?> item)
    {
        var result = new JsonArray();
        var count = (int)pcg.Next(4);
        for (var i = 0; i < count; i++)
        {
            result.Add(pcg.Next(10) == 0 ? HostileJson.Any.Generate(pcg, null!, out _) : item(pcg));
        }

        return result;
    }
}
